"""The one registry of exercise kinds: each exercise is one contract.

An exercise module declares an :class:`ExerciseKind` and calls :func:`register`.
The kind says everything the app needs of it: what the facilitator reads
(guidance, and its section of the facilitator guide) and the room is asked
(prompt); the item kinds it owns with their fields and who may see each part
(shared with the importer and the disclosure policy); its block settings; how it
decides (a vote); its room view, summary section and any section of the whole
summary; its charts, CSV tables and section of the collaboration report; and its
demo content. Its Qt panel is the module
``workshop_app/ui/panels/<key>.py``, found by key, so the logic never imports Qt.

Every module of this package is an exercise module found by :func:`_load` (the
registry is the only list of kinds): adding an exercise is adding a module here,
its panel ``workshop_app/ui/panels/<key>.py`` and a template that uses it.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..charts import Drawer, register_drawer
from ..domain.document import Element, Heading, Table
from ..domain.records import Block, Item, ItemKind, Partner, Visibility, Workshop
from ..domain.schema import (
    COMMON_SETTINGS,
    Field,
    ItemSchema,
    register_decider,
    register_items,
    register_section,
)
from ..domain.visibility import AudienceView
from ..i18n import Translated, tr
from .common import capture_room, capture_summary, section_body


@dataclass(frozen=True)
class DemoContext:
    """What an exercise's demo function gets to invent realistic content for one block.

    ``meeting`` is 0 for the collaboration's first demo workshop, 1 for the second...;
    ``earlier`` the items of the demo meetings before it (what a follow-up refers to).
    ``partners_by_name`` maps organisation name to partner record.
    """

    workshop: Workshop
    block: Block
    partners: tuple[Partner, ...]
    meeting: int
    earlier: tuple[Item, ...] = ()

    @property
    def partners_by_name(self) -> dict[str, Partner]:
        return {p.organisation: p for p in self.partners}

    def item(self, kind: str, text: str, **values: Any) -> Item:
        """An item of this block; ``values`` are Item fields (fields=, visibility=, ...)."""
        return Item(
            workshop_id=self.workshop.id, block_id=self.block.id, kind=kind, text=text, **values
        )


DemoFunction = Callable[[DemoContext], list[Item]]

#: The columns of :func:`demo_rows` that are not fields: what each sets of the item.
_ITEM_COLUMNS = ("text", "visibility", "cluster")


def demo_rows(
    kind: str,
    columns: tuple[str, ...],
    rows: Sequence[tuple[Any, ...]],
    *,
    partner_fields: tuple[str, ...] = (),
    meetings: tuple[int, ...] | None = None,
    **same: Any,
) -> DemoFunction:
    """A demo declared as rows: one item of ``kind`` per row of ``rows``, at the row's
    position (0, 1, ...), in the demo meetings numbered ``meetings`` (None: all).

    ``columns`` says what each value of a row is: ``text``, ``visibility`` or
    ``cluster``; ``partner``, the name of the organisation the item belongs to ("" for
    none); anything else is a field. The fields named in ``partner_fields`` hold an
    organisation's name, or a tuple of names, and are stored as the partners' ids. A row
    naming an organisation that is not in the demo is left out. ``same`` are the values
    every item gets (``visibility="public"``).
    """

    def demo(ctx: DemoContext) -> list[Item]:
        if meetings is not None and ctx.meeting not in meetings:
            return []
        ids = {p.organisation: p.id for p in ctx.partners}
        items = []
        for n, row in enumerate(rows):
            fields = dict(zip(columns, row, strict=True))
            named = [fields.get("partner") or ""]
            named += [o for f in partner_fields for o in _names(fields[f])]
            if any(o and o not in ids for o in named):
                continue  # a demo without that partner
            values = {c: fields.pop(c) for c in _ITEM_COLUMNS if c in fields}
            if "partner" in fields:
                values["partner_id"] = ids.get(fields.pop("partner"))  # "": None
            for f in partner_fields:
                value = fields[f]
                fields[f] = ids[value] if isinstance(value, str) else [ids[o] for o in value]
            text = values.pop("text")
            items.append(ctx.item(kind, text, **same, **values, fields=fields, position=float(n)))
        return items

    return demo


def _names(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


RoomFunction = Callable[[AudienceView, Block], list[Element]]
SummaryFunction = Callable[[AudienceView, Block], list[Element]]


@dataclass(frozen=True)
class SummarySection:
    """A section of the whole workshop's summary that an exercise adds (the draft
    information-sharing agreement), given only to audiences cleared for ``visibility``."""

    key: str
    title: str
    build: Callable[[AudienceView], list[Element]]
    visibility: Visibility = Visibility.PARTNERS

    title_text = Translated("Summary", "title")


@dataclass(frozen=True)
class CsvTable:
    """A table of the CSV export: its file name and the item kinds it lists (their
    declared fields become its columns), or the rows it makes from the audience's view
    (a vote's results: what was voted on, the method, the counts, the outcome)."""

    name: str
    kinds: tuple[str, ...]
    #: Headers and rows made from the view, instead of one row per item of ``kinds``.
    rows: Callable[[AudienceView], tuple[list[str], list[list[Any]]]] | None = None


@dataclass(frozen=True)
class ReportPart:
    """An exercise's section of the collaboration report, from every meeting's view."""

    elements: list[Element]
    #: CSV tables: name -> (headers, rows)
    tables: dict[str, tuple[list[str], list[list[Any]]]] = field(default_factory=dict)
    #: plain JSON-able data for the report's JSON
    data: dict[str, Any] = field(default_factory=dict)


ReportFunction = Callable[[list[AudienceView]], ReportPart]


def table_report_part(
    title: str,
    name: str,
    table: tuple[list[str], list[list[Any]]],
    data: Any,
    *,
    intro: Sequence[Element] = (),
    nothing: str,
    withheld: int,
) -> ReportPart:
    """A section of the collaboration report that shows one table (headers, rows): its
    ``title``, then ``intro`` and the table, or ``nothing`` in words when it has no rows;
    then how many items are withheld (see :func:`.common.section_body`). The table is
    also the report's CSV table ``name``, and ``data`` what its JSON holds as ``name``."""
    headers, rows = table
    shown = [*intro, Table(tuple(headers), tuple(tuple(r) for r in rows))] if rows else []
    elements = [Heading(title, 2), *section_body(shown, nothing, withheld)]
    return ReportPart(elements, {name: (headers, rows)}, {name: data})


@dataclass(frozen=True)
class Guide:
    """An exercise's section of the facilitator guide, in plain language: why to run it,
    how, what helps and what goes wrong. English here; translated when shown."""

    purpose: str
    steps: tuple[str, ...]
    tips: tuple[str, ...]
    pitfalls: tuple[str, ...]

    def translated(self) -> Guide:
        """The guide in the facilitator's language."""

        def each(texts: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(tr("Guide", t) for t in texts)

        return Guide(
            tr("Guide", self.purpose), each(self.steps), each(self.tips), each(self.pitfalls)
        )


@dataclass(frozen=True)
class Ballot:
    """One phone's answer to one question: its ``value``, the sector of the partner it
    said it is with ("" when it did not say), and the answer it replaces (None: its
    first). Held in memory while the phone's session lasts; only counts are stored."""

    value: int
    sector: str = ""
    previous: Ballot | None = None


@dataclass(frozen=True)
class PhoneInput:
    """What a phone in the room may send to a block of this kind (issue: the room joins
    in from their own phones). Strings are in English and translated when shown.

    ``kinds`` pairs each item kind an input may become with what the phone calls it; with
    more than one, the phone asks which (a hope or a concern)."""

    #: "text": a line of free text, moderated before it becomes an item; "rating": one
    #: value of ``scale`` for each of the block's ``questions``, counted at once.
    type: str
    kinds: tuple[tuple[str, str], ...]
    label: str = "Your idea"
    #: For a rating: what is rated in a block, as (key, words) pairs, from the block and
    #: the items the room may see (statements, indicators). A key stays the same while
    #: others are added or moved, so a rating never lands on a neighbour.
    questions: Callable[[Block, Sequence[Item]], list[tuple[str, str]]] | None = None
    #: For a rating: the values with their words, or how to read them from the block (a
    #: vote's method); none: the block takes no rating from phones.
    scale: tuple[tuple[int, str], ...] | Callable[[Block], tuple[tuple[int, str], ...]] = ()
    #: For a rating: the edit that counts one phone's :class:`Ballot` for the question
    #: ``key`` among ``items`` (replacing the ballot it replaces); None when nothing
    #: changes. Arguments: items, workshop, block, key, ballot.
    count: Callable[[Sequence[Item], Workshop, Block, str, Ballot], Any] | None = None
    #: Whether answers count by the sector of the partner a phone says it is with (a
    #: vote, for its dissent flag); the phone then asks, optionally.
    by_sector: bool = False
    #: For answers drawn from a budget (dot votes): how much a phone has left in a block,
    #: given its answers so far (question key -> Ballot); None: no budget in this block.
    budget: Callable[[Block, dict[Any, Ballot]], int | None] | None = None
    #: For a budget: its size in the block, for the phone to show ("5 dots to place").
    budget_size: Callable[[Block], int | None] | None = None

    @classmethod
    def text(cls, label: str, *kinds: tuple[str, str]) -> PhoneInput:
        """A line of free text under ``label``, becoming one of ``kinds`` (item kind,
        what the phone calls it) once the facilitator accepts it."""
        return cls("text", tuple(kinds), label)

    def phone_kinds(self) -> list[dict[str, str]]:
        return [{"kind": k, "label": tr("Phone", label)} for k, label in self.kinds]

    def scale_of(self, block: Block) -> tuple[tuple[int, str], ...]:
        return self.scale(block) if callable(self.scale) else self.scale

    def phone_scale(self, block: Block) -> list[dict[str, Any]]:
        return [{"value": v, "label": tr("Phone", label)} for v, label in self.scale_of(block)]


def text_key(text: str) -> str:
    """A short key for a question named by its words (the same words, the same key)."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class ExerciseKind:
    """One kind of agenda block. Strings are in English and translated when shown."""

    key: str
    family: str
    name: str
    guidance: str
    prompt: str
    minutes: int = 15
    #: Where the kind stands in its family's menu (the arc of the family).
    order: float = 0
    #: Item kinds a block of this kind captures (its own and core ones: notes, actions);
    #: unless said, the kinds of its ``items``, or notes for a kind that declares none.
    item_kinds: tuple[str, ...] = None  # type: ignore[assignment]  # set in __post_init__
    #: Item kinds it reads from the collaboration's earlier meetings.
    history_kinds: tuple[str, ...] = ()
    room: RoomFunction = capture_room
    summary: SummaryFunction = capture_summary
    default_settings: Callable[[], dict[str, Any]] = field(default=dict)
    #: Invents realistic demo items for a block of this kind (``workshop-app demo``).
    demo: DemoFunction | None = None
    #: The item kinds this exercise owns: their fields, types and who may see each part.
    items: tuple[ItemSchema, ...] = ()
    #: The block settings this kind keeps (besides the common ones: hidden results).
    settings: tuple[Field, ...] = ()
    #: A section of the workshop summary this kind adds after the blocks.
    section: SummarySection | None = None
    #: Its part of "Since the last meeting", which every summary after a collaboration's
    #: first meeting starts with (whether or not the meeting has a block of this kind).
    recap: Callable[[AudienceView], list[Element]] | None = None
    #: A section of every workshop's summary, after its header, whether or not a block of
    #: this kind is on the agenda: what belongs to the whole meeting (who came).
    workshop_section: SummarySection | None = None
    #: How a block of this kind decides (a vote's outcome per indicator), from all its
    #: items; audience views disclose the decisions (see ``schema.register_decider``).
    decide: Callable[[Block, Sequence[Item]], Mapping[str, str]] | None = None
    #: The chart kinds its elements use, and how each is drawn.
    charts: Mapping[str, Drawer] = field(default_factory=dict)
    #: Tables it adds to the CSV export.
    tables: tuple[CsvTable, ...] = ()
    #: Its section of the collaboration report.
    report: ReportFunction | None = None
    #: Its section of the facilitator guide (Help → Facilitator guide, Shift+F1).
    guide: Guide | None = None
    #: When to run it, for the method library (Help → Method library): the moment in a
    #: partnership's life or in a meeting it fits, in a sentence or two.
    when: str = ""
    #: The group it works with, for the method library: how many people, and how.
    group_size: str = ""
    #: What phones in the room may send to a block of this kind (None: nothing yet): one
    #: input, or a text and a rating shown together (facts proposed, and each checked).
    phone: PhoneInput | tuple[PhoneInput, ...] | None = None

    def __post_init__(self) -> None:
        if self.item_kinds is None:
            own = tuple(schema.kind for schema in self.items)
            object.__setattr__(self, "item_kinds", own or (ItemKind.NOTE.value,))

    @property
    def phone_inputs(self) -> tuple[PhoneInput, ...]:
        """What phones may send to a block of this kind: at most one text and one rating."""
        if self.phone is None:
            return ()
        return (self.phone,) if isinstance(self.phone, PhoneInput) else tuple(self.phone)

    def phone_input(self, type_: str) -> PhoneInput | None:
        """The phone input of ``type_`` ("text" or "rating"), if the kind takes one."""
        return next((p for p in self.phone_inputs if p.type == type_), None)

    label = Translated("Exercises", "name")
    guidance_text = Translated("Exercises", "guidance")
    # Read with the guide: the same context, so one translator sees them together.
    when_text = Translated("Guide", "when")
    group_size_text = Translated("Guide", "group_size")

    @property
    def all_settings(self) -> tuple[Field, ...]:
        """Every setting a block of this kind may hold (the importer checks them)."""
        return (*COMMON_SETTINGS, *self.settings)


FAMILIES: dict[str, str] = {
    "general": "General",
    "trust": "Building trust",
    "scoping": "Scoping the issue and a common fact base",
    "measures": "Agreeing on measures of success",
    "sharing": "Committing to information sharing",
}

_KINDS: dict[str, ExerciseKind] = {}
#: Modules of this package that are not exercises.
_NOT_EXERCISES = frozenset(
    {
        "registry",
        "common",
        "templates",
        "library",
        "demo_data",
        "reference",
        "trust_charts",
        "trust_tally",
        "agreement_charts",
        "measures_charts",
        "vote_tally",
    }
)
_loaded = False


def register(kind: ExerciseKind) -> ExerciseKind:
    """Add ``kind`` to the registry and hand its declarations to the domain and charts."""
    if kind.key in _KINDS and _KINDS[kind.key] != kind:
        raise ValueError(f"exercise kind {kind.key!r} registered twice")
    register_items(*kind.items)
    for section in (kind.section, kind.workshop_section):
        if section is not None:
            register_section(section.key, section.visibility)
    if kind.decide is not None:
        register_decider(kind.key, kind.decide)
    for chart_kind, draw in kind.charts.items():
        register_drawer(chart_kind, draw)
    _KINDS[kind.key] = kind
    return kind


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    package = __name__.rpartition(".")[0]
    found = importlib.import_module(package)
    for module in sorted(m.name for m in pkgutil.iter_modules(found.__path__)):
        if module not in _NOT_EXERCISES and not module.startswith("_"):
            importlib.import_module(f"{package}.{module}")


def all_kinds() -> list[ExerciseKind]:
    """Every kind, family by family in the order of :data:`FAMILIES`, each family's arc."""
    _load()
    families = list(FAMILIES)
    return sorted(
        _KINDS.values(),
        key=lambda k: (families.index(k.family) if k.family in families else 99, k.order),
    )


def get_kind(key: str) -> ExerciseKind:
    """The kind registered as ``key``; unknown keys fall back to an open discussion."""
    _load()
    return _KINDS.get(key) or _KINDS["discussion"]


def find_kind(key: str) -> ExerciseKind | None:
    """The kind registered as ``key``, or None (an importer refuses unknown kinds)."""
    _load()
    return _KINDS.get(key)


def history_kinds() -> set[str]:
    """Item kinds some exercise reads across a collaboration's workshops."""
    return {k for kind in all_kinds() for k in kind.history_kinds}


def csv_tables() -> list[CsvTable]:
    """The CSV tables the exercises add, in the order of :func:`all_kinds`."""
    return [table for kind in all_kinds() for table in kind.tables]


def recaps() -> list[Callable[[AudienceView], list[Element]]]:
    """The exercises' parts of "Since the last meeting", in the order of :func:`all_kinds`."""
    return [kind.recap for kind in all_kinds() if kind.recap is not None]


def workshop_sections() -> list[SummarySection]:
    """The sections every workshop's summary has, in the order of :func:`all_kinds`."""
    return [k.workshop_section for k in all_kinds() if k.workshop_section is not None]


def report_parts() -> list[ReportFunction]:
    """The exercises' sections of the collaboration report, in the order of :func:`all_kinds`."""
    return [kind.report for kind in all_kinds() if kind.report is not None]
