"""Edits: every change to a workshop, described as data so it can be undone.

An :class:`Edit` is a list of steps (put a record, remove a record) and the
steps that reverse it. Storage applies a step list in one transaction; the
Qt undo stack and the command line both go through :func:`Store.apply`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .records import Block, Item, Record, parents_first, touched


@dataclass(frozen=True)
class Put:
    """Insert or replace ``record`` (matched by id)."""

    record: Record


@dataclass(frozen=True)
class Remove:
    """Delete ``record`` (matched by id) for good."""

    record: Record


Step = Put | Remove


@dataclass(frozen=True)
class Edit:
    """A described, reversible change."""

    description: str
    forward: tuple[Step, ...]
    backward: tuple[Step, ...] = field(default=())

    def inverse(self) -> Edit:
        return Edit(self.description, self.backward, self.forward)


def add(description: str, *records: Record) -> Edit:
    """Create ``records`` (in order); undo removes them (in reverse order)."""
    return Edit(
        description,
        tuple(Put(r) for r in records),
        tuple(Remove(r) for r in reversed(records)),
    )


def change(description: str, pairs: Iterable[tuple[Record, Record]]) -> Edit:
    """Replace each ``old`` by ``new``; undo puts ``old`` back."""
    pairs = list(pairs)
    return Edit(
        description,
        tuple(Put(new) for _, new in pairs),
        tuple(Put(old) for old, _ in reversed(pairs)),
    )


def update(description: str, old: Record, **changes: object) -> Edit:
    """Change some fields of one record."""
    return change(description, [(old, touched(old, **changes))])


def set_fields(description: str, items: Iterable[Item], **values: object) -> Edit:
    """Set ``values`` among the exercise fields of each of ``items``."""
    return change(description, [(i, touched(i, fields={**i.fields, **values})) for i in items])


def delete(description: str, *records: Record) -> Edit:
    """Delete ``records`` (children first); undo restores them (parents first)."""
    return Edit(
        description,
        tuple(Remove(r) for r in records),
        tuple(Put(r) for r in reversed(records)),
    )


def combine(description: str, edits: Sequence[Edit]) -> Edit:
    """One undo step made of several edits."""
    forward = tuple(step for e in edits for step in e.forward)
    backward = tuple(step for e in reversed(edits) for step in e.backward)
    return Edit(description, forward, backward)


def reorder(description: str, records: Sequence[Block | Item]) -> Edit:
    """Give ``records`` the positions 0, 1, 2... in the order given."""
    pairs = [(r, touched(r, position=float(i))) for i, r in enumerate(records) if r.position != i]
    return change(description, pairs)


def delete_block(block: Block, items: Sequence[Item]) -> Edit:
    """Remove a block with its items (children before parents so foreign keys hold)."""
    ordered = list(reversed(parents_first(items)))  # children before their parents
    return delete(f"Remove block {block.title!r}", *ordered, block)
