"""What each kind of captured item holds, and who may see each part of it.

One declaration per item kind (:class:`ItemSchema`) serves three readers:

- the disclosure policy (:mod:`.visibility`) reads each field's :class:`Disclosure`
  to decide what an audience may see *of* an item: its results, who said it,
  what it refers to;
- the importer checks every value of a file against its :class:`Spec` (types,
  ranges, lengths, list sizes, nesting) before anything is written;
- the editors check what the facilitator typed with the same specs.

Exercises declare the kinds they own (``ExerciseKind.items``); the kinds every
workshop has (notes, decisions, actions, parking lot, facilitator notes) are
declared here. A kind nobody declared is treated as strictly as possible: an
audience below internal sees its text only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ..i18n import tr
from .records import Block, Item, ItemKind, Visibility


class Disclosure(StrEnum):
    """Who may see one part of an item (always only those who may see the item)."""

    ITEM = "item"  # whoever may see the item
    PARTNERS = "partners"  # never the public, whatever the item's visibility
    INTERNAL = "internal"  # the facilitation team only (e.g. who stated a position)
    RESULT = "result"  # once the block's results are shown to that audience


#: The longest text a field or item may hold (a long paragraph; the file limit is elsewhere).
TEXT_LIMIT = 100_000
#: The largest count a tally may hold (more people than any meeting has).
COUNT_LIMIT = 100_000
#: Positions, timeboxes and other numbers stay far inside what SQLite and Qt handle.
NUMBER_LIMIT = 1e12
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,100}$")


@dataclass(frozen=True)
class Spec:
    """What one value may be. Build specs with the functions below, not directly."""

    type: str
    max_length: int = TEXT_LIMIT
    choices: tuple[str, ...] = ()
    low: float = -NUMBER_LIMIT
    high: float = NUMBER_LIMIT
    of: Spec | None = None  # the elements of a list, the values of a map
    keys: Spec | None = None  # the keys of a map
    max_items: int = 1000
    fields: tuple[Field, ...] = ()  # the members of an object
    refers_to: str = ""  # the item kind an ``item`` reference names
    #: Keys an item-keyed map may hold besides item ids (the standard criteria).
    standard_keys: tuple[str, ...] = ()


def text(max_length: int = TEXT_LIMIT) -> Spec:
    return Spec("text", max_length=max_length)


def choice(*values: str) -> Spec:
    """One of ``values``, or "" (not chosen yet)."""
    return Spec("choice", choices=tuple(values))


def boolean() -> Spec:
    return Spec("bool")


def integer(low: int = 0, high: int = COUNT_LIMIT) -> Spec:
    return Spec("int", low=low, high=high)


def number(low: float = -NUMBER_LIMIT, high: float = NUMBER_LIMIT) -> Spec:
    return Spec("number", low=low, high=high)


def iso_date() -> Spec:
    """A calendar date written ``YYYY-MM-DD``, or "" (not set)."""
    return Spec("date")


def partner_ref() -> Spec:
    """The id of a partner of the workshop's collaboration, or "" (none)."""
    return Spec("partner")


#: ``item_ref(ANY_ITEM)``: a reference to an item of any kind (what a general vote is on).
ANY_ITEM = "*"


def item_ref(kind: str) -> Spec:
    """The id of an item of ``kind`` (or of any kind: :data:`ANY_ITEM`) in the same
    workshop (or one it inherited)."""
    return Spec("item", refers_to=kind)


def list_of(of: Spec, max_items: int = 1000) -> Spec:
    return Spec("list", of=of, max_items=max_items)


def map_of(keys: Spec, values: Spec, max_items: int = 1000) -> Spec:
    return Spec("map", keys=keys, of=values, max_items=max_items)


def scores_of(kind: str, values: Spec, standard_keys: tuple[str, ...] = ()) -> Spec:
    """A map from items of ``kind`` (their ids, or one of ``standard_keys``) to values."""
    return Spec(
        "map",
        keys=Spec("item", refers_to=kind, standard_keys=standard_keys),
        of=values,
        max_items=1000,
    )


def obj(*members: Field) -> Spec:
    """An object with these members (each optional; no others)."""
    return Spec("object", fields=members)


@dataclass(frozen=True)
class Field:
    """One named value of an item's ``fields`` (or of a block's ``settings``)."""

    name: str
    spec: Spec
    disclosure: Disclosure = Disclosure.ITEM


@dataclass(frozen=True)
class ChoiceSet:
    """The values one choice field may hold, each with its words, declared once.

    It gives the field's :attr:`spec`, an item's value (:meth:`of`) and the words for a
    value (:meth:`label`, translated in ``context``; a symbol goes with the words where a
    screen must not tell the values apart by colour alone). A value "" may carry words too
    ("Not yet discussed"): "" always means not chosen yet. Iterated, it gives the
    ``(value, words)`` pairs in English, as a panel's combo box takes them.
    """

    name: str
    context: str
    choices: tuple[tuple[str, str], ...]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.choices)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(value for value, _ in self.choices)

    @property
    def spec(self) -> Spec:
        return choice(*(value for value in self.values if value))

    @property
    def field(self) -> Field:
        """The item field this set declares."""
        return Field(self.name, self.spec)

    def label(self, value: Any) -> str:
        """The words for ``value`` (empty when it is none of the choices)."""
        for key, words in self.choices:
            if key == value:
                return tr(self.context, words)
        return ""

    def of(self, item: Item) -> str:
        """``item``'s value of this field, or "" when it holds none of the choices."""
        value = str(item.fields.get(self.name, ""))
        return value if value in self.values else ""


@dataclass(frozen=True)
class ItemSchema:
    """Everything the app needs to know about one kind of captured item."""

    kind: str
    fields: tuple[Field, ...] = ()
    #: Who may see the item's text (a position's text is never public: the public
    #: reads the interest behind it).
    text: Disclosure = Disclosure.ITEM
    #: What ``Item.partner_id`` means for this kind and who may see it; None: the
    #: kind names no partner (a partner in a file is refused).
    partner: Disclosure | None = None
    #: May hang under another item of the same kind (an issue tree).
    tree: bool = False
    #: Confidential whatever visibility it carries (facilitator notes).
    always_internal: bool = False
    #: A field holding a data sensitivity: restricted or confidential keeps the item
    #: from the public (see :data:`NEVER_PUBLIC_SENSITIVITIES`).
    sensitivity: str = ""
    #: An ``item`` field naming the item this one is about: an audience that may not
    #: see that item sees nothing of this one (a vote on an internal indicator).
    about: str = ""

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


#: Sensitivities of shared data (``fields["sensitivity"]`` of sharing commitments).
OPEN, RESTRICTED, CONFIDENTIAL = "open", "restricted", "confidential"
SENSITIVITIES = (OPEN, RESTRICTED, CONFIDENTIAL)
#: Sensitivities whose details may never be published, whatever the item's visibility.
NEVER_PUBLIC_SENSITIVITIES = frozenset({RESTRICTED, CONFIDENTIAL})

#: Decisions and action items: ``read_back`` marks those read back to the room at the
#: wrap-up (whoever may see the item may see that it was).
READ_BACK = Field("read_back", boolean())

#: Action items: ``question`` marks the open questions of a fact base.
ACTION_FIELDS = (
    Field("owner", text(200)),
    Field("due", iso_date()),
    Field("status", choice("open", "in_progress", "done", "dropped")),
    # When the status was last set, and a short note on it (why it was dropped).
    Field("status_date", iso_date()),
    Field("status_note", text(500)),
    Field("question", boolean()),
    READ_BACK,
)

CORE_ITEMS: tuple[ItemSchema, ...] = (
    ItemSchema(ItemKind.NOTE.value),
    ItemSchema(ItemKind.DECISION.value, (READ_BACK,)),
    ItemSchema(ItemKind.ACTION.value, ACTION_FIELDS, partner=Disclosure.ITEM),
    ItemSchema(ItemKind.PARKING.value),
    ItemSchema(ItemKind.FACILITATOR_NOTE.value, always_internal=True),
)

_ITEMS: dict[str, ItemSchema] = {s.kind: s for s in CORE_ITEMS}


def register_items(*schemas: ItemSchema) -> None:
    """Declare item kinds (exercises do, through their ``ExerciseKind``)."""
    for schema in schemas:
        known = _ITEMS.get(schema.kind)
        if known is not None and known != schema:
            raise ValueError(f"item kind {schema.kind!r} declared twice, differently")
        _ITEMS[schema.kind] = schema


def item_schema(kind: str) -> ItemSchema | None:
    """The declaration of ``kind``; None for a kind nobody declared."""
    return _ITEMS.get(kind)


def item_schemas() -> Mapping[str, ItemSchema]:
    return dict(_ITEMS)


# ------------------------------------------------------------------ the roster
#: Partner fields a roster shows, and who may see each by default. A partner's own
#: ``field_visibility`` overrides the default field by field.
ROSTER_FIELDS: dict[str, Visibility] = {
    "organisation": Visibility.PUBLIC,
    "sector": Visibility.PUBLIC,
    "representatives": Visibility.PARTNERS,
    "brings": Visibility.PARTNERS,
    "needs": Visibility.PARTNERS,
    "answers_to": Visibility.PARTNERS,
}


def roster_visibility(field_visibility: Mapping[str, Any], name: str) -> str:
    """Who may see roster field ``name`` of a partner with these overrides."""
    value = field_visibility.get(name) if isinstance(field_visibility, Mapping) else None
    if value in {v.value for v in Visibility}:
        return str(value)
    return ROSTER_FIELDS.get(name, Visibility.INTERNAL).value


# ------------------------------------------------------------------ checking
def _container_problem(spec: Spec, value: Any, where: str) -> str:
    """What is wrong with a list or map as a whole (its type, its size), or ""."""
    if spec.type == "list" and not isinstance(value, list):
        return f"{where} must be a list"
    if spec.type == "map" and not isinstance(value, dict):
        return f"{where} must be an object"
    if len(value) > spec.max_items:
        return f"{where} has more than {spec.max_items} entries"
    return ""


def problems(spec: Spec, value: Any, where: str, depth: int = 0) -> Iterator[str]:
    """Plain descriptions of what is wrong with ``value`` against ``spec`` (none: fine)."""
    if depth > 8:
        yield f"{where} is nested too deeply"
        return
    kind = spec.type
    if kind in ("text", "choice", "date", "partner", "item"):
        if not isinstance(value, str):
            yield f"{where} must be text"
            return
        yield from _text_problems(value, where, spec.max_length)
        if kind == "choice" and value and value not in spec.choices:
            yield f"{where} must be one of {', '.join(spec.choices)}"
        elif kind == "date" and value and not is_iso_date(value):
            yield f"{where} must be a date written YYYY-MM-DD"
        elif kind in ("partner", "item") and value and not _ID.match(value):
            yield f"{where} is not a valid id"
    elif kind == "bool":
        if not isinstance(value, bool):
            yield f"{where} must be true or false"
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            yield f"{where} must be a whole number"
        elif not spec.low <= value <= spec.high:
            yield f"{where} must be between {spec.low:g} and {spec.high:g}"
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            yield f"{where} must be a number"
        elif not (math.isfinite(value) and spec.low <= value <= spec.high):
            yield f"{where} must be a number between {spec.low:g} and {spec.high:g}"
    elif kind in ("list", "map"):
        wrong = _container_problem(spec, value, where)
        if wrong:
            yield wrong
            return
        assert spec.of is not None and (kind == "list" or spec.keys is not None)
        for key, element in value.items() if kind == "map" else enumerate(value):
            if kind == "map":
                yield from problems(spec.keys, key, f"{where} (a key)", depth + 1)
            yield from problems(spec.of, element, f"{where}/{key}", depth + 1)
    elif kind == "object":
        yield from fields_problems(spec.fields, value, where, depth + 1)
    else:  # pragma: no cover - a declaration mistake, found by the registry test
        raise ValueError(f"unknown spec type {kind!r}")


def fields_problems(
    declared: tuple[Field, ...], values: Any, where: str, depth: int = 0
) -> Iterator[str]:
    """Problems of an object of named fields: unknown names and bad values."""
    if not isinstance(values, dict):
        yield f"{where} must be an object"
        return
    by_name = {f.name: f for f in declared}
    for name, value in values.items():
        if name not in by_name:
            yield f"{where} has an unknown field {name!r}"
            continue
        yield from problems(by_name[name].spec, value, f"{where}/{name}", depth)


def _text_problems(value: str, where: str, limit: int) -> Iterator[str]:
    if len(value) > limit:
        yield f"{where} is longer than {limit} characters"
    if not is_encodable(value):
        yield f"{where} holds characters that are not valid Unicode"


def is_encodable(value: str) -> bool:
    """True when ``value`` can be written as UTF-8 (no lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_iso_date(value: str) -> bool:
    """True for a day written as year-month-day (2026-11-20), the one form dates take."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def references(spec: Spec, value: Any) -> Iterator[tuple[str, str]]:
    """Every ``("partner", id)`` and ``("item:<kind>", id)`` named inside ``value``."""
    kind = spec.type
    if kind == "partner" and isinstance(value, str) and value:
        yield "partner", value
    elif kind == "item" and isinstance(value, str) and value and value not in spec.standard_keys:
        yield f"item:{spec.refers_to}", value
    elif kind == "list" and isinstance(value, list) and spec.of is not None:
        for element in value:
            yield from references(spec.of, element)
    elif kind == "map" and isinstance(value, dict) and spec.keys and spec.of:
        for key, element in value.items():
            yield from references(spec.keys, key)
            yield from references(spec.of, element)
    elif kind == "object" and isinstance(value, dict):
        for member in spec.fields:
            if member.name in value:
                yield from references(member.spec, value[member.name])


#: Settings every block may carry: whether its results wait for a reveal.
COMMON_SETTINGS = (
    Field("results_hidden", boolean()),
    Field("revealed", boolean()),
    # What the room's phones send as text is accepted as it arrives, so it shows on the
    # projector at once (the facilitator still removes what should not stay).
    Field("phones_live", boolean()),
)


# ------------------------------------------------------------------ decisions
#: A block's decisions (a vote's outcome per indicator), worked out from *all* its items.
Decider = Callable[[Block, Sequence[Item]], Mapping[str, str]]
_DECIDERS: dict[str, Decider] = {}


def register_decider(block_kind: str, decide: Decider) -> None:
    """Declare how a kind of block decides (exercises do, through their ``ExerciseKind``).

    A decision can depend on every item of the block (the top three by dots), so it is
    made on the whole block and then disclosed item by item: an audience that sees fewer
    indicators must not see a different outcome for the ones it does see.
    """
    _DECIDERS[block_kind] = decide


def decider(block_kind: str) -> Decider | None:
    return _DECIDERS.get(block_kind)


# ------------------------------------------------------------------ sections
#: Whole sections of a summary and who may receive them, beyond what their items
#: allow (a draft agreement is for partners' counsel, facilitator notes for the team).
_SECTIONS: dict[str, Visibility] = {"facilitator_notes": Visibility.INTERNAL}


def register_section(name: str, visibility: Visibility) -> None:
    """Declare a summary section that only audiences cleared for ``visibility`` receive."""
    _SECTIONS[name] = visibility


def sections() -> Mapping[str, Visibility]:
    return dict(_SECTIONS)


def referenced_kinds() -> frozenset[str]:
    """Item kinds other items point at (a vote at its indicator, scores at criteria)."""
    found: set[str] = set()

    def walk(spec: Spec | None) -> None:
        if spec is None:
            return
        if spec.refers_to:
            found.add(spec.refers_to)
        walk(spec.of)
        walk(spec.keys)
        for member in spec.fields:
            walk(member.spec)

    for schema in _ITEMS.values():
        for f in schema.fields:
            walk(f.spec)
    return frozenset(found)
