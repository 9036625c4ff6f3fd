"""What an applied edit touched (:class:`ChangeSet`), which every screen hears from
:meth:`.store.Store.apply` to decide whether it needs to redraw."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from ..domain.records import TABLES, Collaboration, workshop_id_of

if TYPE_CHECKING:
    from ..domain.edits import Step


class ChangeSet(NamedTuple):
    """What one applied edit touched, so each screen can decide whether to redraw.

    (A named tuple, not a dataclass: it is made at start-up, where a dataclass's
    generated methods cost several times as much.)"""

    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    workshop_ids: frozenset[str] = frozenset()
    collaboration_ids: frozenset[str] = frozenset()


def changes_of(steps: Iterable[Step]) -> ChangeSet:
    """What applying ``steps`` touches: their tables, records, workshops and collaborations."""
    tables, ids, workshops, collaborations = set(), set(), set(), set()
    for step in steps:
        record = step.record
        tables.add(TABLES[type(record)])
        ids.add(record.id)
        if (wid := workshop_id_of(record)) is not None:
            workshops.add(wid)
        if isinstance(record, Collaboration):
            collaborations.add(record.id)
        elif (cid := getattr(record, "collaboration_id", None)) is not None:
            collaborations.add(cid)
    return ChangeSet(
        frozenset(tables), frozenset(ids), frozenset(workshops), frozenset(collaborations)
    )
