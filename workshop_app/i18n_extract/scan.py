"""The source read with :mod:`ast`: every literal translation, its context as the run time
looks it up (see the package's docstring)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import PACKAGE, Message

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
        if p.name != "i18n.py" and not {"i18n_extract", "__pycache__"} & set(p.parts)
    )


def scan_source(out: Extraction) -> None:
    """Every literal translation in the package's source."""
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _source_files()
    }
    package = _Package(trees)
    for path, tree in trees.items():
        _ModuleScan(path, tree, out, package).visit(tree)
