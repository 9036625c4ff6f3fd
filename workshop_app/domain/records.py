"""The records a workshop is made of.

Every record has a UUID so workshops can travel between machines and merge.
Records are frozen: an edit makes a new record with :func:`dataclasses.replace`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar


def new_id() -> str:
    """A fresh, globally unique record id."""
    return str(uuid.uuid4())


def now() -> str:
    """The current moment as an ISO 8601 UTC string (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Visibility(StrEnum):
    """Who may see a captured item. ``partners`` is the default."""

    PUBLIC = "public"
    PARTNERS = "partners"
    INTERNAL = "internal"


class Sector(StrEnum):
    PUBLIC = "public"
    NONPROFIT = "nonprofit"
    PRIVATE = "private"
    COMMUNITY = "community"
    ACADEMIC = "academic"
    PHILANTHROPIC = "philanthropic"


class ItemKind(StrEnum):
    """Item kinds every workshop has, whatever its exercises.

    Exercises add their own kinds (plain strings) through the registry.
    """

    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    PARKING = "parking"
    FACILITATOR_NOTE = "facilitator_note"


@dataclass(frozen=True)
class Collaboration:
    name: str
    description: str = ""
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)
    deleted_at: str | None = None


@dataclass(frozen=True)
class Partner:
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


@dataclass(frozen=True)
class Workshop:
    collaboration_id: str
    title: str
    date: str = ""  # ISO date, e.g. 2026-11-26
    place: str = ""
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)
    deleted_at: str | None = None


@dataclass(frozen=True)
class Block:
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


@dataclass(frozen=True)
class Item:
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
RECORD_TYPES: dict[str, type] = {table: cls for cls, table in TABLES.items()}
JSON_COLUMNS = frozenset({"settings", "fields"})


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
