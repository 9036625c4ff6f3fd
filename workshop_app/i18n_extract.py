"""Write the Qt Linguist catalogs from the source (a developer tool, never run by the app).

    python -m workshop_app.i18n_extract           # update resources/translations/*.ts
    python -m workshop_app.i18n_extract --check   # exit 1 when a catalog is out of date
    python -m workshop_app.i18n_extract --out DIR # write the catalogs into DIR instead
    python -m workshop_app.i18n_extract --report  # also list what cannot be extracted

``pyside6-lupdate`` reads ``self.tr("...")`` and ``QCoreApplication.translate``, but not
the Qt-free ``tr(context, text[, n])`` of :mod:`workshop_app.i18n`, a context held in a
variable (``context = "Summary"``), helpers such as ``_t(text)`` that call ``tr`` for
one context, nor the English words declared as data that code translates at run time
(exercise kinds, templates, choice sets, vote levels, keys...). This tool reads the
first kinds with :mod:`ast` and the data by importing the modules that declare it.

Re-running it never loses work: a translation already in a catalog is kept, a new
string is added as ``unfinished``, one the source no longer has is kept as
``vanished`` (``lrelease`` leaves it out). Contexts are sorted by name and messages
kept in source order, without line numbers, so a catalog's diff shows only what changed.

PySide6 looks ``self.tr(text)`` up in the context of each class of the object's MRO,
most derived first, and keeps the first answer that differs from ``text``: a string is
found under the class that defines the method. A plural (``self.tr(text, "", n)``) is
the exception: its untranslated answer already differs (``%n`` is filled in), so only
the object's own class is tried; such strings are written under every subclass too.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
CATALOGS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr")
#: Plural forms per language, as Qt counts them (both: one, and more than one).
NUMERUS_FORMS = {"es": 2, "fr": 2}

#: ``x.tr(...)`` on an object other than ``self``: the class it is (a Protocol or an
#: unannotated parameter says nothing useful). ``QWidget`` is in every widget's MRO.
RECEIVERS = {"home": "HomeView", "main_window": "MainWindow", "parent": "QWidget"}
#: Functions that call the function they are given with a translation context of their
#: own choosing (exercises/common.py): a function passed to one of them gets that context
#: for its parameter ``context``.
CONTEXT_GIVERS = {"room_or_question": "Room", "summary_or_nothing": "Summary"}
_QT_TRANSLATE = {"QCoreApplication", "QApplication", "QGuiApplication"}
#: What refuses a phone's request with English words (participation/): see _refusal.
REFUSALS = {"RoomError", "_error"}

#: Calls whose words are not literal: what supplies them, by (module, context). Each is
#: covered by a data source below; a new one fails ``tests/test_translations.py`` until
#: its data is added here (or the call is given literal words).
DYNAMIC_SITES: dict[tuple[str, str], str] = {
    ("cli/commands.py", "CLI"): "a literal chosen by a condition (read from the source)",
    ("domain/actions.py", "Actions"): "actions.STATUSES",
    ("domain/decision_rules.py", "Votes"): "vote levels",
    ("domain/records.py", "Sectors"): "records.SECTOR_NAMES",
    ("domain/schema.py", "<self.context>"): "choice sets",
    ("exercises/indicator_agreement.py", "Votes"): "vote levels, methods and outcomes",
    ("exercises/library.py", "Exercises"): "registry.FAMILIES",
    ("exercises/measure_criteria.py", "Measures"): "measure_criteria.DEFAULT_CRITERIA",
    ("exercises/registry.py", "Guide"): "exercise kinds' guides",
    ("exercises/registry.py", "Phone"): "exercise kinds' phone inputs",
    ("exercises/share_discretion.py", "Discretion"): "share_discretion.ROLES",
    ("exercises/share_discretion.py", "<context>"): "share_discretion.ROLES (Room, Summary)",
    ("exercises/stakeholder_map.py", "Stakeholders"): "stakeholder_map.QUADRANTS",
    ("exercises/templates.py", "Templates"): "templates",
    ("exercises/templates.py", "Exercises"): "exercise kinds' names and prompts",
    ("export/handouts.py", "Exercises"): "exercise kinds' prompts",
    ("export/handouts.py", "Phone"): "exercise kinds' phone inputs",
    ("export/handouts.py", "Votes"): "vote methods",
    ("participation/meeting.py", "Exercises"): "exercise kinds' prompts",
    ("participation/meeting.py", "Phone"): "exercise kinds' phone inputs",
    ("participation/phone_page.py", "Phone"): "the room's refusals (read from the source)",
    ("participation/phone_page.py", "PhonePage"): "phone_page.PAGE_WORDS",
    ("ui/agenda_pane.py", "AgendaPane"): "registry.FAMILIES",
    ("ui/export_dialog.py", "ExportDialog"): "export.FORMATS",
    ("ui/guide_content.py", "Exercises"): "registry.FAMILIES",
    ("ui/key_help.py", "Shortcuts"): "keys (PanelKey)",
    ("ui/panels/data_inventory.py", "Sharing"): "choice sets",
    ("ui/panels/governance.py", "Governance"): "choice sets",
    ("ui/panels/indicator_agreement.py", "Votes"): "vote levels, methods and outcomes",
    ("ui/panels/indicators.py", "Measures"): "measure_criteria.SCORES",
    ("ui/panels/kit.py", "<context>"): "choice sets (choice_column is given a set and its context)",
    ("ui/panels/resources.py", "Resources"): "choice sets",
    ("ui/panels/stakeholder_map.py", "Stakeholders"): "choice sets",
    ("ui/panels/vote_grid.py", "Votes"): "vote levels and outcomes",
    ("ui/report_dialog.py", "ReportDialog"): "export.FORMATS",
    ("ui/themes.py", "Themes"): "room themes",
}


@dataclass(frozen=True)
class Message:
    """One string to translate: its context, English source and disambiguation."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class Problem:
    """A call whose words cannot be extracted, or are not covered by a data source."""

    where: str
    what: str


@dataclass
class Extraction:
    """What :func:`extract` found: the messages by key, in source order."""

    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: (module, context) of the calls with words that are not literal, where first seen.
    dynamic: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, message: Message) -> None:
        if not any(c.isalpha() for c in message.source):
            return  # "", "3", "—": nothing to translate
        known = self.messages.get(message.key)
        if known is None or (message.numerus and not known.numerus):
            self.messages[message.key] = message


# ----------------------------------------------------------------------- the source


@dataclass(frozen=True)
class _Wrapper:
    """A helper such as ``_t(text)`` whose only statement is a translation in one context."""

    context: str
    comment: str
    plural: bool  # passes a count on: a call with a count is a plural


def _is_qt_translate(func: ast.expr, args: list[ast.expr]) -> bool:
    """Whether a call of ``func`` with ``args`` is ``QCoreApplication.translate(ctx, text…)``."""
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in _QT_TRANSLATE
        and len(args) >= 2
    )


def _strings(node: ast.expr | None) -> list[str] | None:
    """The literal strings ``node`` may be (a constant, or a conditional of constants)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _strings(node.body), _strings(node.orelse)
        if body is not None and orelse is not None:
            return body + orelse
    return None


def _body(node: ast.AST) -> list[ast.stmt]:
    body = list(getattr(node, "body", []))
    if body and isinstance(body[0], ast.Expr) and _strings(body[0].value) is not None:
        body = body[1:]  # the docstring
    return body


class _ModuleScan(ast.NodeVisitor):
    def __init__(self, path: Path, tree: ast.Module, out: Extraction, package: _Package) -> None:
        self.module = path.relative_to(PACKAGE).as_posix()
        self.tree = tree
        self.out = out
        self.package = package
        self.class_stack: list[str] = []
        self.scopes: list[ast.AST] = [tree]
        self.wrappers: dict[str, _Wrapper] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                wrapper = self._wrapper(node)
                if wrapper is not None:
                    self.wrappers[node.name] = wrapper

    # -- scopes
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.class_stack.append(node.name)
        self.generic_visit(node)
        self.class_stack.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if node.name in self.wrappers:
            return  # its call translates a parameter; the calls of the helper are read
        self.scopes.append(node)
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    # -- what a call translates
    def _translation(
        self, call: ast.Call
    ) -> tuple[list[str] | None, str, ast.expr | None, str, bool] | None:
        """(contexts, how the context reads, the words' node, comment, plural) of a call
        that translates, else None. ``contexts`` is None when they cannot be resolved."""
        func, args = call.func, call.args
        keywords = {k.arg: k.value for k in call.keywords}
        if isinstance(func, ast.Name) and func.id == "tr" and len(args) in (2, 3):
            plural = len(args) == 3 or "n" in keywords  # tr(context, "%n ...", n)
            return (*self._contexts(args[0]), args[1], "", plural)
        if isinstance(func, ast.Name) and func.id in self.wrappers and args:
            w = self.wrappers[func.id]
            return [w.context], w.context, args[0], w.comment, w.plural and len(args) > 1
        if isinstance(func, ast.Attribute) and func.attr == "tr" and args:
            receiver = func.value
            comment = _strings(args[1]) if len(args) > 1 else None
            plural = len(args) > 2 or "n" in keywords
            name = receiver.id if isinstance(receiver, ast.Name) else ast.unparse(receiver)
            if name in ("self", "cls") and self.class_stack:
                context = self.class_stack[-1]
                contexts = [context]
                if plural:
                    contexts += sorted(self.package.subclasses(context))
            elif name in RECEIVERS:
                context = RECEIVERS[name]
                contexts = [context]
            elif name.startswith("Q"):
                context, contexts = name, [name]
            else:
                context, contexts = f"<{name}>", None
            return contexts, context, args[0], (comment or [""])[0], plural
        if _is_qt_translate(func, args):
            comment = _strings(args[2]) if len(args) > 2 else None
            plural = len(args) > 3 or "n" in keywords
            return (*self._contexts(args[0]), args[1], (comment or [""])[0], plural)
        return None

    def _wrapper(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> _Wrapper | None:
        body = _body(node)
        params = [a.arg for a in node.args.args]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not params:
            return None
        call = body[0].value
        if not isinstance(call, ast.Call):
            return None
        func, args = call.func, call.args
        words_param = params[0]
        if isinstance(func, ast.Name) and func.id == "tr" and len(args) in (2, 3):
            context, words, comment, plural = args[0], args[1], None, len(args) == 3
        elif _is_qt_translate(func, args):
            context, words = args[0], args[1]
            comment = args[2] if len(args) > 2 else None
            plural = len(args) > 3
        else:
            return None
        contexts = _strings(context)
        if not (isinstance(words, ast.Name) and words.id == words_param) or not contexts:
            return None
        return _Wrapper(contexts[0], (_strings(comment) or [""])[0], plural)

    def _contexts(self, node: ast.expr) -> tuple[list[str] | None, str]:
        """The literal contexts ``node`` may hold, and how it reads in the source."""
        found = _strings(node)
        if found is not None:
            return found, found[0]
        if isinstance(node, ast.Name):
            found = self._assigned(node.id) or self._passed(node.id)
            return found, (found[0] if found and len(found) == 1 else f"<{node.id}>")
        return None, f"<{ast.unparse(node)}>"

    def _assigned(self, name: str) -> list[str] | None:
        """The literal strings assigned to ``name`` in the innermost scope that assigns it."""
        for scope in reversed(self.scopes):
            values: list[str] = []
            assigned = False
            for node in _own_nodes(scope):
                if isinstance(node, ast.Assign | ast.AnnAssign):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                        assigned = True
                        values += _strings(node.value) or []
            if assigned:
                return values or None
        return None

    def _passed(self, name: str) -> list[str] | None:
        """For a parameter of the enclosing function: its default and what callers pass."""
        function = next((s for s in reversed(self.scopes) if not isinstance(s, ast.Module)), None)
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            return None
        found = self.package.parameter_values(self.tree, function, name, set())
        return sorted(found) if found else None

    def _words(self, node: ast.expr) -> list[str] | None:
        """The literal words of a translation, or None; a problem is noted for f-strings
        and concatenations, which can never be found in a catalog."""
        found = _strings(node)
        if found is not None:
            return found
        where = f"{self.module}:{node.lineno}"
        if isinstance(node, ast.JoinedStr):
            self.out.problems.append(
                Problem(where, f"an f-string is translated: {ast.unparse(node)}")
            )
            return []
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            self.out.problems.append(
                Problem(where, f"built words are translated: {ast.unparse(node)}")
            )
            return []
        if isinstance(node, ast.Name):
            return self._assigned(node.id)
        return None

    def _refusal(self, call: ast.Call) -> None:
        """A phone's refusal, ``RoomError(status, "...")`` or ``self._error(status, "...")``
        in participation/: the server sends its words through ``phone_page.refusal``."""
        func = call.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if self.module.startswith("participation/") and name in REFUSALS and len(call.args) > 1:
            for text in _strings(call.args[1]) or []:
                self.out.add(Message("Phone", text))

    def visit_Call(self, node: ast.Call) -> None:
        self._refusal(node)
        found = self._translation(node)
        if found is not None:
            contexts, context_text, words_node, comment, plural = found
            words = self._words(words_node) if words_node is not None else None
            if words is None or contexts is None:
                site = (self.module, context_text)
                self.out.dynamic.setdefault(site, f"{self.module}:{node.lineno}")
                if contexts is None and words:
                    self.out.problems.append(
                        Problem(
                            f"{self.module}:{node.lineno}",
                            f"the context {context_text} cannot be read: {ast.unparse(node)[:80]}",
                        )
                    )
            else:
                for context in contexts:
                    for text in words:
                        self.out.add(Message(context, text, comment, plural and "%n" in text))
        self.generic_visit(node)


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of ``scope`` outside the functions and classes it defines."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop(0)
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))


class _Package:
    """The package's modules: their classes (with their bases' names), and the calls of
    each function, to read a context passed down as a parameter."""

    def __init__(self, trees: dict[Path, ast.Module]) -> None:
        self.trees = trees
        self.bases: dict[str, set[str]] = {}
        #: node -> the function it is in (None: module level), for every call
        self.enclosing: dict[ast.AST, ast.FunctionDef | ast.AsyncFunctionDef | None] = {}
        self.defined: dict[ast.Module, set[str]] = {}
        self.imported: dict[ast.Module, set[str]] = {}
        for tree in trees.values():
            self.defined[tree] = set()
            self.imported[tree] = set()
            self._index(tree, None, tree)

    def _index(
        self,
        node: ast.AST,
        function: ast.FunctionDef | ast.AsyncFunctionDef | None,
        tree: ast.Module,
    ) -> None:
        for child in ast.iter_child_nodes(node):
            inner = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                self.defined[tree].add(child.name)
                inner = child
            elif isinstance(child, ast.ClassDef):
                names = {
                    b.id if isinstance(b, ast.Name) else b.attr
                    for b in child.bases
                    if isinstance(b, ast.Name | ast.Attribute)
                }
                self.bases.setdefault(child.name, set()).update(names)
            elif isinstance(child, ast.ImportFrom):
                self.imported[tree].update(a.asname or a.name for a in child.names)
            elif isinstance(child, ast.Call):
                self.enclosing[child] = function
            self._index(child, inner, tree)

    def subclasses(self, name: str) -> set[str]:
        """The package's classes derived from ``name``, however indirectly."""
        found: set[str] = set()
        grew = True
        while grew:
            grew = False
            for cls, bases in self.bases.items():
                if cls not in found and (name in bases or bases & found):
                    found.add(cls)
                    grew = True
        return found

    def parameter_values(
        self,
        tree: ast.Module,
        function: ast.FunctionDef | ast.AsyncFunctionDef,
        name: str,
        seen: set[tuple[int, str]],
    ) -> set[str]:
        """The literal strings parameter ``name`` of ``function`` (in ``tree``) may hold:
        its default and what its callers pass, followed up through their parameters."""
        if (id(function), name) in seen:
            return set()
        seen.add((id(function), name))
        arguments = function.args
        positional = [a.arg for a in (*arguments.posonlyargs, *arguments.args)]
        values: set[str] = set()
        defaults = dict(zip(reversed(positional), reversed(arguments.defaults), strict=False))
        defaults.update(
            (a.arg, d)
            for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
            if d
        )
        values.update(_strings(defaults.get(name)) or [])
        index = positional.index(name) if name in positional else None
        if index is not None and positional and positional[0] in ("self", "cls"):
            index -= 1
        for caller_tree in self.trees.values():
            if caller_tree is not tree and (
                function.name in self.defined[caller_tree]
                or function.name not in self.imported[caller_tree]
            ):
                continue
            for call, caller in self.enclosing.items():
                if not self._calls(call, caller_tree, function.name):
                    continue
                assert isinstance(call, ast.Call)
                passed = next((k.value for k in call.keywords if k.arg == name), None)
                if passed is None and index is not None and 0 <= index < len(call.args):
                    passed = call.args[index]
                literal = _strings(passed)
                if literal is not None:
                    values.update(literal)
                elif isinstance(passed, ast.Name) and caller is not None:
                    values.update(self.parameter_values(caller_tree, caller, passed.id, seen))
        if name == "context":
            for call in self._calls_in(tree):
                assert isinstance(call, ast.Call)
                giver = call.func.id if isinstance(call.func, ast.Name) else None
                if giver in CONTEXT_GIVERS and any(
                    isinstance(a, ast.Name) and a.id == function.name for a in call.args
                ):
                    values.add(CONTEXT_GIVERS[giver])
        return values

    def _calls(self, call: ast.AST, tree: ast.Module, name: str) -> bool:
        if not isinstance(call, ast.Call) or call not in self._calls_in(tree):
            return False
        func = call.func
        return (isinstance(func, ast.Name) and func.id == name) or (
            isinstance(func, ast.Attribute) and func.attr == name
        )

    def _calls_in(self, tree: ast.Module) -> set[ast.AST]:
        cache = self.__dict__.setdefault("_call_cache", {})
        if id(tree) not in cache:
            cache[id(tree)] = {n for n in ast.walk(tree) if isinstance(n, ast.Call)}
        return cache[id(tree)]


def _source_files() -> list[Path]:
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if p.name not in ("i18n.py", "i18n_extract.py") and "__pycache__" not in p.parts
    )


def scan_source(out: Extraction) -> None:
    """Every literal translation in the package's source."""
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _source_files()
    }
    package = _Package(trees)
    for path, tree in trees.items():
        _ModuleScan(path, tree, out, package).visit(tree)


# ------------------------------------------------------------------------- the data


def _import_all(package: str) -> list[object]:
    """Import every module of ``package`` (the declarations they hold are the data)."""
    root = importlib.import_module(package)
    modules: list[object] = [root]
    for info in pkgutil.walk_packages(root.__path__, f"{package}."):
        modules.append(importlib.import_module(info.name))
    return modules


def _instances(modules: Iterable[object], cls: type) -> Iterator[object]:
    """Instances of ``cls`` held by the modules' globals (also in tuples, lists, dicts and
    class attributes), each once, in declaration order."""
    seen: set[int] = set()

    def walk(value: object, depth: int) -> Iterator[object]:
        if id(value) in seen or depth > 4:
            return
        if isinstance(value, cls):
            seen.add(id(value))
            yield value
        elif isinstance(value, tuple | list):
            for v in value:
                yield from walk(v, depth + 1)
        elif isinstance(value, dict):
            for v in value.values():
                yield from walk(v, depth + 1)
        elif isinstance(value, type) and value.__module__.startswith("workshop_app"):
            for v in vars(value).values():
                yield from walk(v, depth + 1)

    for module in modules:
        for value in vars(module).values():
            yield from walk(value, 0)


def data_messages() -> Iterator[Message]:
    """The English words declared as data that code translates when it shows them."""
    from .domain import actions, decision_rules, records
    from .domain.schema import ChoiceSet
    from .exercises import measure_criteria, share_discretion, stakeholder_map, trust_tally
    from .exercises.registry import FAMILIES, all_kinds
    from .exercises.templates import templates
    from .participation.phone_page import PAGE_WORDS

    qt_free = [
        m
        for package in ("workshop_app.domain", "workshop_app.exercises", "workshop_app.export")
        for m in _import_all(package)
    ]
    kinds = all_kinds()
    families = [FAMILIES[f] for f in FAMILIES]
    for context in ("Exercises", "AgendaPane"):
        for words in families:
            yield Message(context, words)
    for kind in kinds:
        yield Message("Exercises", kind.name)
        yield Message("Exercises", kind.guidance)
        yield Message("Exercises", kind.prompt)
    for kind in kinds:  # the facilitator guide and the method library
        guide = kind.guide
        if guide is not None:
            for words in (guide.purpose, *guide.steps, *guide.tips, *guide.pitfalls):
                yield Message("Guide", words)
        yield Message("Guide", kind.when)
        yield Message("Guide", kind.group_size)
    for kind in kinds:
        for phone in kind.phone_inputs:
            yield Message("Phone", phone.label)
            for _, words in phone.kinds:
                yield Message("Phone", words)
            if callable(phone.scale):
                for method in decision_rules.VoteMethod:
                    block = records.Block("", kind.key, "", settings={"method": method.value})
                    for _, words in phone.scale(block):
                        yield Message("Phone", words)
            else:
                for _, words in phone.scale:
                    yield Message("Phone", words)
    for kind in kinds:
        for section in (kind.section, kind.workshop_section):
            if section is not None:
                yield Message("Summary", section.title)
    for template in templates():
        yield Message("Templates", template.name)
        yield Message("Templates", template.description)
        yield Message("Templates", template.next_meeting)
        for block in template.blocks:
            yield Message("Templates", block.title)
            yield Message("Templates", block.prompt)
    for method in decision_rules.VoteMethod:
        for level in decision_rules.levels(method):
            yield Message("Votes", level.label)
            yield Message("Votes", level.short)
    for words in (*decision_rules.METHOD_NAMES.values(), *decision_rules.OUTCOME_NAMES.values()):
        yield Message("Votes", words)
    for words in records.SECTOR_NAMES.values():
        yield Message("Sectors", words)
    for _, words in actions.STATUSES:
        yield Message("Actions", words)
    for choices in _instances(qt_free, ChoiceSet):
        assert isinstance(choices, ChoiceSet)
        for _, words in choices:
            yield Message(choices.context, words)
    for words in trust_tally.DEFAULT_STATEMENTS:  # stored in English: see i18n.tr_stored
        yield Message("Exercises", words)
    for _, words, _ in measure_criteria.DEFAULT_CRITERIA:
        yield Message("Measures", words)
    for _, words in measure_criteria.SCORES:
        yield Message("Measures", words)
    for _, _, words in stakeholder_map.QUADRANTS:
        yield Message("Stakeholders", words)
    for context in ("Discretion", "Room", "Summary"):
        for _, _, words in share_discretion.ROLES:
            yield Message(context, words)
    for words in PAGE_WORDS:
        yield Message("PhonePage", words)
    yield from _qt_data_messages()


def _qt_data_messages() -> Iterator[Message]:
    """Data the Qt layer declares: keys, room themes, the export formats' names."""
    from . import export
    from .ui import key_help, themes

    ui = _import_all("workshop_app.ui")
    for key in _instances(ui, key_help.PanelKey):
        assert isinstance(key, key_help.PanelKey)
        yield Message("Shortcuts", key.does)
        yield Message("Shortcuts", key.where)
    for key in themes.theme_keys():
        yield Message("Themes", themes.room_theme(key).name)
    for context in ("ExportDialog", "ReportDialog"):
        for fmt in export.FORMATS.values():
            yield Message(context, fmt.name)


def extract() -> Extraction:
    """Every string to translate, and what could not be extracted."""
    out = Extraction()
    scan_source(out)
    for message in data_messages():
        out.add(message)
    for site, where in out.dynamic.items():
        if site not in DYNAMIC_SITES:
            what = f"words in {site[1]} are not literal: add their data to DYNAMIC_SITES"
            out.problems.append(Problem(where, what))
    return out


# ------------------------------------------------------------------------ catalogs


@dataclass
class Entry:
    """A message of a catalog with its translation and state."""

    message: Message
    translations: list[str]  # one, or one per plural form
    kind: str  # "", "unfinished", "vanished", "obsolete"


def read_catalog(path: Path) -> dict[tuple[str, str, str], Entry]:
    """The messages of a TS file with their translations."""
    entries: dict[tuple[str, str, str], Entry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts, kind = [""], "unfinished"
            else:
                forms = translation.findall("numerusform") or [translation]
                texts, kind = [f.text or "" for f in forms], translation.get("type", "")
            m = Message(
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                message.get("numerus") == "yes",
            )
            entries[m.key] = Entry(m, texts, kind)
    return entries


def merged(
    language: str, messages: Iterable[Message], old: dict[tuple[str, str, str], Entry]
) -> list[Entry]:
    """The catalog's entries: the source's messages with the translations kept, then the
    vanished ones (kept so a string that comes back finds its translation)."""
    forms = NUMERUS_FORMS[language]
    entries: list[Entry] = []
    keys = set()
    for message in messages:
        keys.add(message.key)
        known = old.get(message.key)
        size = forms if message.numerus else 1
        if known is None or not any(known.translations):
            entries.append(Entry(message, [""] * size, "unfinished"))
            continue
        texts = (known.translations + [""] * size)[:size]
        kind = (
            "unfinished"
            if known.kind in ("unfinished", "vanished", "obsolete") or not all(texts)
            else ""
        )
        if known.message.numerus != message.numerus:
            kind = "unfinished"
        entries.append(Entry(message, texts, kind))
    for key, known in old.items():
        if key not in keys and any(known.translations):
            entries.append(Entry(known.message, known.translations, "vanished"))
    return entries


def render_catalog(language: str, entries: list[Entry]) -> str:
    """A TS 2.1 file: contexts by name, messages in the order given, no locations."""
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.message.context, []).append(entry)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for entry in by_context[context]:
            m = entry.message
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            lines.append(f"        <source>{_escape(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{_escape(m.comment)}</comment>")
            kind = f' type="{entry.kind}"' if entry.kind else ""
            if m.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [
                    f"            <numerusform>{_escape(t)}</numerusform>"
                    for t in entry.translations
                ]
                lines.append("        </translation>")
            else:
                lines.append(
                    f"        <translation{kind}>{_escape(entry.translations[0])}</translation>"
                )
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def catalog_path(language: str, folder: Path = CATALOGS) -> Path:
    return folder / f"workshop_app_{language}.ts"


def catalog_text(language: str, extraction: Extraction, keep_from: Path = CATALOGS) -> str:
    """The catalog of ``language`` for what was extracted, with the translations of the
    catalog in ``keep_from`` kept."""
    old = read_catalog(catalog_path(language, keep_from))
    return render_catalog(language, merged(language, extraction.messages.values(), old))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m workshop_app.i18n_extract",
        description="Write the Qt Linguist catalogs from the source.",
    )
    parser.add_argument("--out", type=Path, help="write the catalogs into this folder instead")
    parser.add_argument("--check", action="store_true", help="exit 1 if a catalog is out of date")
    parser.add_argument("--report", action="store_true", help="say where data is translated")
    args = parser.parse_args(argv)
    extraction = extract()
    for problem in extraction.problems:
        print(f"{problem.where}: {problem.what}", file=sys.stderr)
    out: Path = args.out or CATALOGS
    stale = []
    for language in LANGUAGES:
        text = catalog_text(language, extraction)
        path = catalog_path(language, out)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if args.check:
        for path in stale:
            print(
                f"{path} is out of date: run python -m workshop_app.i18n_extract", file=sys.stderr
            )
        return 1 if stale or extraction.problems else 0
    messages = extraction.messages.values()
    words = sum(len(m.source.split()) for m in messages)
    contexts = len({m.context for m in messages})
    print(f"{len(messages)} strings, {words} words, in {contexts} contexts: {out}")
    if args.report:
        for site, where in sorted(extraction.dynamic.items()):
            print(f"{where}: {site[1]} from {DYNAMIC_SITES.get(site, 'NOTHING KNOWN')}")
    return 1 if extraction.problems else 0


if __name__ == "__main__":
    sys.exit(main())
