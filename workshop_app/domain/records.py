"""The records a workshop is made of.

Every record has a UUID so workshops can travel between machines and merge.
Records are frozen: an edit makes a new record with :func:`dataclasses.replace`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, TypeVar


def new_id() -> str:
    """A fresh, globally unique record id."""
    import uuid  # here, not at the top: reading a database never needs it (start-up time)

    return str(uuid.uuid4())


def now() -> str:
    """The current moment as an ISO 8601 UTC string (sorts as text)."""
    from datetime import UTC, datetime  # here: reading a database never needs it

    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Visibility(StrEnum):
    """Who may see a captured item. ``partners`` is the default."""

    PUBLIC = "public"
    PARTNERS = "partners"
    INTERNAL = "internal"


class Sector(StrEnum):
    """A partner's sector; :data:`SECTOR_NAMES` says each in words."""

    PUBLIC = "public"
    NONPROFIT = "nonprofit"
    PRIVATE = "private"
    COMMUNITY = "community"
    ACADEMIC = "academic"
    PHILANTHROPIC = "philanthropic"


#: Each sector in words (English; translated in the "Sectors" context when shown).
SECTOR_NAMES = {
    Sector.PUBLIC.value: "Public sector",
    Sector.NONPROFIT.value: "Nonprofit",
    Sector.PRIVATE.value: "Private sector",
    Sector.COMMUNITY.value: "Community",
    Sector.ACADEMIC.value: "Academic",
    Sector.PHILANTHROPIC.value: "Philanthropic",
}


def sector_label(sector: str) -> str:
    """A sector in words, as every screen and document names it."""
    from ..i18n import tr

    if sector in SECTOR_NAMES:
        return tr("Sectors", SECTOR_NAMES[sector])
    return sector or tr("Sectors", "Other")


class ItemKind(StrEnum):
    """Item kinds every workshop has, whatever its exercises.

    Exercises add their own kinds (plain strings) through the registry.
    """

    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    PARKING = "parking"
    FACILITATOR_NOTE = "facilitator_note"


class _Record:
    """What the five records below share: each compares equal to, hashes as and prints
    as its fields, in order, exactly as a dataclass's own ``__eq__``, ``__hash__`` and
    ``__repr__`` would. Written once here rather than generated for each record when
    this module is imported, which every start of the app waits for (about 0.5 ms a
    record: ``bench/bench_startup.py``)."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._names())

    def _names(self) -> Iterable[str]:
        return self.__dataclass_fields__  # type: ignore[attr-defined]  # in declared order

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._names())
        return f"{self.__class__.__qualname__}({shown})"


@dataclass(frozen=True, eq=False, repr=False)  # compared and shown by _Record
class Collaboration(_Record):
    name: str
    description: str = ""
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)
    deleted_at: str | None = None


@dataclass(frozen=True, eq=False, repr=False)  # compared and shown by _Record
class Partner(_Record):
    collaboration_id: str
    organisation: str
    sector: str = Sector.PUBLIC.value
    representatives: str = ""
    brings: str = ""
    needs: str = ""
    answers_to: str = ""
    position: float = 0
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)
    #: Who may see each roster field, where it differs from the default
    #: (``domain.schema.ROSTER_FIELDS``): {"needs": "internal", "brings": "public"}.
    field_visibility: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, eq=False, repr=False)  # compared and shown by _Record
class Workshop(_Record):
    collaboration_id: str
    title: str
    date: str = ""  # ISO date, e.g. 2026-11-26
    place: str = ""
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)
    deleted_at: str | None = None


@dataclass(frozen=True, eq=False, repr=False)  # compared and shown by _Record
class Block(_Record):
    """One agenda block: one exercise with a timebox."""

    workshop_id: str
    kind: str
    title: str
    prompt: str = ""
    timebox_minutes: int = 15
    position: float = 0
    settings: dict[str, Any] = field(default_factory=dict)
    elapsed_seconds: int = 0
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)


@dataclass(frozen=True, eq=False, repr=False)  # compared and shown by _Record
class Item(_Record):
    """Anything captured live: a note, a fact, a vote tally, an action...

    ``fields`` holds the exercise-specific values; ``parent_id`` builds trees
    (issue scoping); ``cluster`` groups items into affinity clusters.
    """

    workshop_id: str
    kind: str
    text: str
    block_id: str | None = None
    parent_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    visibility: str = Visibility.PARTNERS.value
    partner_id: str | None = None
    cluster: str = ""
    position: float = 0
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)


Record = Collaboration | Partner | Workshop | Block | Item
R = TypeVar("R", Collaboration, Partner, Workshop, Block, Item)

#: Table name for each record type; storage and the JSON format use these names.
TABLES: dict[type, str] = {
    Collaboration: "collaborations",
    Partner: "partners",
    Workshop: "workshops",
    Block: "blocks",
    Item: "items",
}
JSON_COLUMNS = frozenset({"settings", "fields", "field_visibility"})


def touched(record: R, **changes: Any) -> R:
    """A copy of ``record`` with ``changes`` and a fresh ``updated_at``."""
    return replace(record, updated_at=now(), **changes)


def column_names(record_type: type) -> list[str]:
    return [f.name for f in fields(record_type)]


def workshop_id_of(record: Record) -> str | None:
    """The workshop a record belongs to, if any (used to tell screens what changed)."""
    if isinstance(record, Workshop):
        return record.id
    return getattr(record, "workshop_id", None)


#: The deepest chain of parent links an item may hang from (issue trees are a few deep).
MAX_NESTING = 1000


class ParentLoopError(ValueError):
    """Parent links among items form a loop, or a chain deeper than :data:`MAX_NESTING`."""


def parents_first(items: Iterable[Item], strict: bool = False) -> list[Item]:
    """``items`` reordered so that every parent comes before its children, otherwise in
    their given order (storage, exports and imports rely on it for foreign keys).

    A parent that is not among ``items`` is ignored. Parent links that loop, or a chain
    deeper than :data:`MAX_NESTING`, raise :class:`ParentLoopError` when ``strict``;
    otherwise those items simply keep their order. Iterative, so a long chain cannot
    exhaust Python's recursion limit.
    """
    items = list(items)
    by_id = {i.id: i for i in items}
    ordered: list[Item] = []
    placed: set[str] = set()
    for item in items:
        chain: list[Item] = []
        in_chain: set[str] = set()
        current: Item | None = item
        while current is not None and current.id not in placed:
            if current.id in in_chain or len(chain) > MAX_NESTING:
                if strict:
                    raise ParentLoopError(current.id)
                break
            chain.append(current)
            in_chain.add(current.id)
            current = by_id.get(current.parent_id) if current.parent_id else None
        for member in reversed(chain):
            placed.add(member.id)
            ordered.append(member)
    return ordered
