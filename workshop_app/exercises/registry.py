"""The one registry of exercise kinds.

Each exercise module declares an :class:`ExerciseKind` and calls
:func:`register`; adding an exercise is adding a module to
:data:`EXERCISE_MODULES`. A kind says what the facilitator reads (guidance),
what the room is asked (prompt), which items it captures, which Qt panel edits
it (imported lazily, so the domain never imports Qt), and how it describes its
results for the room and for the summary (format-neutral elements).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain.document import BulletList, Element, Heading, Paragraph
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
from ..i18n import tr


@dataclass(frozen=True)
class DemoContext:
    """What an exercise's demo function gets to invent realistic content for one block.

    ``meeting`` is 0 for the collaboration's first demo workshop, 1 for the second.
    ``partners_by_name`` maps organisation name to partner record.
    """

    workshop: Workshop
    block: Block
    partners: tuple[Partner, ...]
    meeting: int

    @property
    def partners_by_name(self) -> dict[str, Partner]:
        return {p.organisation: p for p in self.partners}

    def item(self, kind: str, text: str, **values: Any) -> Item:
        """An item of this block; ``values`` are Item fields (fields=, visibility=, ...)."""
        return Item(
            workshop_id=self.workshop.id, block_id=self.block.id, kind=kind, text=text, **values
        )


DemoFunction = Callable[[DemoContext], list[Item]]


@dataclass(frozen=True)
class SummarySection:
    """A section of the whole workshop's summary that an exercise adds (the draft
    information-sharing agreement), given only to audiences cleared for ``visibility``."""

    key: str
    title: str
    build: Callable[[AudienceView], list[Element]]
    visibility: Visibility = Visibility.PARTNERS

    @property
    def title_text(self) -> str:
        return tr("Summary", self.title)


RoomFunction = Callable[[AudienceView, Block], list[Element]]
SummaryFunction = Callable[[AudienceView, Block], list[Element]]

#: The Qt panel used by kinds that have no panel of their own.
CAPTURE_PANEL = "workshop_app.ui.capture_panel:CapturePanel"


def items_by_cluster(items: list[Item]) -> list[Element]:
    """Items as bullet lists, one per affinity cluster."""
    return clustered_bullets((item.cluster, item.text) for item in items)


def clustered_bullets(entries: Iterable[tuple[str, str]]) -> list[Element]:
    """``(cluster, text)`` pairs as bullet lists, one per cluster in the order clusters
    first appear; a named cluster gets a heading."""
    groups: dict[str, list[str]] = {}
    for cluster, text in entries:
        groups.setdefault(cluster, []).append(text)
    elements: list[Element] = []
    for cluster, texts in groups.items():
        if cluster:
            elements.append(Heading(cluster, level=3))
        elements.append(BulletList(tuple(texts)))
    return elements


#: A projector shows the latest points of a long capture list (about a page at the back
#: of a room); the summary has them all.
ROOM_LATEST = 12


def capture_room(view: AudienceView, block: Block) -> list[Element]:
    """Room view of a plain capture block: what was said, grouped by cluster."""
    items = view.items_in(block.id, [ItemKind.NOTE.value])
    if not items:
        return [Paragraph(tr("Room", "Nothing captured yet."), emphasis=True)]
    if len(items) <= ROOM_LATEST:
        return items_by_cluster(items)
    note = tr("Room", "The latest {shown} of {total} points; the summary has them all.").format(
        shown=ROOM_LATEST, total=f"{len(items):,}"
    )
    return [Paragraph(note, emphasis=True), *items_by_cluster(items[-ROOM_LATEST:])]


def withheld_note(count: int) -> list[Element]:
    """Says that ``count`` items of a section are not in this document (never silent)."""
    if not count:
        return []
    return [
        Paragraph(
            tr(
                "Export",
                "Withheld: {n} more item(s) recorded here are not for this audience and are "
                "left out.",
            ).format(n=count),
            emphasis=True,
        )
    ]


def nothing_recorded(text: str, withheld: int | bool) -> list[Element]:
    """A summary's words for an empty section: ``text`` when nothing was recorded; nothing
    when something was but is withheld from this audience (the summary says so, once,
    for the whole block: "withheld" must never read as "nothing happened")."""
    return [] if withheld else [Paragraph(text)]


def capture_summary(view: AudienceView, block: Block) -> list[Element]:
    """Summary section of a plain capture block."""
    items = view.items_in(block.id, [ItemKind.NOTE.value])
    if not items:
        return nothing_recorded(
            tr("Summary", "Nothing was recorded in this block."), view.withheld_in(block.id)
        )
    return items_by_cluster(items)


@dataclass(frozen=True)
class ExerciseKind:
    """One kind of agenda block. Strings are in English and translated when shown."""

    key: str
    family: str
    name: str
    guidance: str
    prompt: str
    minutes: int = 15
    item_kinds: tuple[str, ...] = (ItemKind.NOTE.value,)
    history_kinds: tuple[str, ...] = ()
    panel: str = CAPTURE_PANEL
    room: RoomFunction = capture_room
    summary: SummaryFunction = capture_summary
    default_settings: Callable[[], dict[str, Any]] = field(default=dict)
    #: Invents realistic demo items for a block of this kind (``main.py demo``).
    demo: DemoFunction | None = None
    #: The item kinds this exercise owns: their fields, types and who may see each part.
    items: tuple[ItemSchema, ...] = ()
    #: The block settings this kind keeps (besides the common ones: hidden results).
    settings: tuple[Field, ...] = ()
    #: A section of the workshop summary this kind adds after the blocks.
    section: SummarySection | None = None
    #: How a block of this kind decides (a vote's outcome per indicator), from all its
    #: items; audience views disclose the decisions (see ``schema.register_decider``).
    decide: Callable[[Block, Sequence[Item]], Mapping[str, str]] | None = None

    @property
    def all_settings(self) -> tuple[Field, ...]:
        """Every setting a block of this kind may hold (the importer checks them)."""
        return (*COMMON_SETTINGS, *self.settings)

    @property
    def label(self) -> str:
        return tr("Exercises", self.name)

    @property
    def guidance_text(self) -> str:
        return tr("Exercises", self.guidance)

    @property
    def prompt_text(self) -> str:
        return tr("Exercises", self.prompt)

    def panel_class(self) -> type:
        """The Qt widget class that edits this kind (imports Qt on first call)."""
        module, _, attr = self.panel.partition(":")
        return getattr(importlib.import_module(module), attr)


FAMILIES: dict[str, str] = {
    "general": "General",
    "trust": "Building trust",
    "scoping": "Scoping the issue and a common fact base",
    "measures": "Agreeing on measures of success",
    "sharing": "Committing to information sharing",
}

_KINDS: dict[str, ExerciseKind] = {}

#: Modules that declare exercise kinds, in menu order.
EXERCISE_MODULES = (
    "workshop_app.exercises.general",
    "workshop_app.exercises.trust",
    "workshop_app.exercises.scoping",
    "workshop_app.exercises.measures",
    "workshop_app.exercises.sharing",
)
_loaded = False


def register(kind: ExerciseKind) -> ExerciseKind:
    if kind.key in _KINDS and _KINDS[kind.key] != kind:
        raise ValueError(f"exercise kind {kind.key!r} registered twice")
    register_items(*kind.items)
    if kind.section is not None:
        register_section(kind.section.key, kind.section.visibility)
    if kind.decide is not None:
        register_decider(kind.key, kind.decide)
    _KINDS[kind.key] = kind
    return kind


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for module in EXERCISE_MODULES:
            importlib.import_module(module)


def all_kinds() -> list[ExerciseKind]:
    _load()
    return list(_KINDS.values())


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
