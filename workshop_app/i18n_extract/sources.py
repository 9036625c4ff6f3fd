"""The English words declared as data (exercise kinds, templates, choice sets, vote levels,
keys...) that code translates when it shows them, found by importing where they are
declared; and which calls with words that are not literal each data source covers."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Iterator

from .catalog import Message

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
    ("ui/panels/kit.py", "<choices.context>"): "choice sets (choice_column is given the set)",
    ("ui/panels/resources.py", "Resources"): "choice sets",
    ("ui/panels/stakeholder_map.py", "Stakeholders"): "choice sets",
    ("ui/panels/vote_grid.py", "Votes"): "vote levels and outcomes",
    ("ui/report_dialog.py", "ReportDialog"): "export.FORMATS",
    ("ui/themes.py", "Themes"): "room themes",
}


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
    from ..domain import actions, decision_rules, records
    from ..domain.schema import ChoiceSet
    from ..exercises import measure_criteria, share_discretion, stakeholder_map, trust_tally
    from ..exercises.registry import FAMILIES, all_kinds
    from ..exercises.templates import templates
    from ..participation.phone_page import PAGE_WORDS

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
    from .. import export
    from ..ui import key_help, themes

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
