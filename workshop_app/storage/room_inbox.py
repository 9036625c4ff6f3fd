"""What the room sends from phones, waiting for the facilitator (the ``room_inputs`` table).

An input is not an item: nobody sees it (not even on the projector) until the
facilitator accepts it, which makes an ordinary item through an undoable edit; a
rejected one stays out of every summary. Each input keeps the id the phone gave it, so
a phone that resends after a dropped connection adds nothing twice. Nothing about the
device or its network address is stored.

    >>> inbox = RoomInbox(store)
    >>> inbox.add("9f2c…", workshop_id, block_id, "idea", "More bus stops")   # True: new
    >>> [i.text for i in inbox.pending(block_id)]
    ['More bus stops']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from ..domain.records import now
from .store import ChangeSet, Store

TABLE = "room_inputs"
PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
STATUSES = (PENDING, ACCEPTED, REJECTED)


class RoomInput(NamedTuple):
    id: str
    workshop_id: str
    block_id: str
    kind: str  # the item kind it becomes when accepted
    text: str
    received_at: str
    status: str
    item_id: str | None


class RoomInbox:
    """The inputs of the room, read and written through ``store``'s one connection."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, input_id: str, workshop_id: str, block_id: str, kind: str, text: str) -> bool:
        """Keep one input, committed before this returns; False when an input with this
        id is already kept (a resend), which changes nothing."""
        with self.store._transaction():
            cursor = self.store.conn.execute(
                f"INSERT OR IGNORE INTO {TABLE} "
                "(id, workshop_id, block_id, kind, text, received_at) VALUES (?, ?, ?, ?, ?, ?)",
                [input_id, workshop_id, block_id, kind, text, now()],
            )
            added = cursor.rowcount == 1
        if added:
            self._tell(input_id)
        return added

    def pending(self, block_id: str) -> list[RoomInput]:
        """The inputs of a block still waiting, oldest first."""
        return self._select("block_id = ? AND status = ?", [block_id, PENDING])

    def undecided(self, block_id: str) -> list[RoomInput]:
        """The inputs of a block waiting, and those accepted (whose item the caller may
        find gone again, after an undo), oldest first."""
        return self._select("block_id = ? AND status IN (?, ?)", [block_id, PENDING, ACCEPTED])

    def of_block(self, block_id: str) -> list[RoomInput]:
        """Every input of a block, whatever became of it, oldest first."""
        return self._select("block_id = ?", [block_id])

    def get(self, input_id: str) -> RoomInput | None:
        found = self._select("id = ?", [input_id])
        return found[0] if found else None

    def some(self, input_ids: Iterable[str]) -> list[RoomInput]:
        """The inputs of ``input_ids`` that are kept, oldest first."""
        ids = list(input_ids)
        if not ids:
            return []
        return self._select(f"id IN ({', '.join('?' * len(ids))})", ids)

    def settle(self, input_id: str, status: str, item_id: str | None = None) -> None:
        """Mark an input accepted (as ``item_id``), rejected, or pending again (undo)."""
        if status not in STATUSES:
            raise ValueError(f"unknown room input status {status!r}")
        found = self.get(input_id)
        if found is None:
            return
        with self.store._transaction():
            self.store.conn.execute(
                f"UPDATE {TABLE} SET status = ?, item_id = ? WHERE id = ?",
                [status, item_id, input_id],
            )
        self._tell(input_id)

    def _select(self, where: str, params: list[str]) -> list[RoomInput]:
        with self.store._known_errors():
            rows = self.store.conn.execute(
                f"SELECT id, workshop_id, block_id, kind, text, received_at, status, item_id "
                f"FROM {TABLE} WHERE {where} ORDER BY received_at, rowid",
                params,
            )
            return [RoomInput(*row) for row in rows]

    def _tell(self, input_id: str) -> ChangeSet:
        """Tell listeners the inbox changed. Not as a change of the workshop: no record of
        it changed, so the projector, the panels and the live workshop have nothing to
        redraw; the moderation queue listens for this table."""
        return self.store._tell(ChangeSet(frozenset({TABLE}), frozenset({input_id})))
