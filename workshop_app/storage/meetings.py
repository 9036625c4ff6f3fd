"""Earlier meetings: those of the same collaboration a workshop reads (its trust trend,
criteria, history), and those an imported workshop brought with it, as stored in the
``earlier_meetings`` table: one JSON document per meeting. (``json`` is imported when
first needed: start-up reads no JSON column.)"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from ..domain.records import Block, Item, Workshop

if TYPE_CHECKING:
    from ..domain.snapshot import EarlierMeeting


def meeting_json(meeting: EarlierMeeting) -> str:
    """The stored form of ``meeting`` (its workshop, blocks, items and withheld kinds)."""
    import json  # with the first import, not at start-up

    return json.dumps(
        {
            "workshop": asdict(meeting.workshop),
            "blocks": [asdict(b) for b in meeting.blocks],
            "items": [asdict(i) for i in meeting.items],
            "withheld_kinds": sorted(meeting.withheld_kinds),
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def meeting_from_json(text: str) -> EarlierMeeting:
    """The meeting :func:`meeting_json` stored."""
    import json

    from ..domain.snapshot import EarlierMeeting

    data = json.loads(text)
    return EarlierMeeting(
        Workshop(**data["workshop"]),
        tuple(Block(**b) for b in data["blocks"]),
        tuple(Item(**i) for i in data["items"]),
        frozenset(data.get("withheld_kinds", ())),
    )


def earlier_meetings(
    store: Any, workshop: Workshop, kinds: list[str]
) -> tuple[EarlierMeeting, ...]:
    """The meetings of ``workshop``'s collaboration before it, oldest first, with their
    items of ``kinds`` and the blocks holding them (see :class:`EarlierMeeting`), read
    through ``store`` (the :class:`~.store.Store`, which imports this module)."""
    from ..domain.snapshot import EarlierMeeting, meeting_order

    here = meeting_order(workshop)
    every = store._select(
        Workshop, "collaboration_id = ? AND id != ?", [workshop.collaboration_id, workshop.id]
    )
    before = [w for w in every if w.deleted_at is None and meeting_order(w) < here]
    meetings: list[EarlierMeeting] = []
    if before:
        marks = ", ".join("?" for _ in kinds)
        wids = [w.id for w in before]
        items = store._select(
            Item,
            f"kind IN ({marks}) AND workshop_id IN ({', '.join('?' for _ in wids)})",
            [*kinds, *wids],
            "position, created_at",
        )
        block_ids = sorted({i.block_id for i in items if i.block_id})
        blocks = (
            store._select(Block, f"id IN ({', '.join('?' for _ in block_ids)})", block_ids)
            if block_ids
            else []
        )
        for w in before:
            meetings.append(
                EarlierMeeting(
                    w,
                    tuple(b for b in blocks if b.workshop_id == w.id),
                    tuple(i for i in items if i.workshop_id == w.id),
                )
            )
    # Meetings an imported workshop brought along, unless this database has them.
    known = {w.id for w in every}
    for meeting in _carried_meetings(store, workshop.id):
        if meeting.workshop.id not in known and meeting_order(meeting.workshop) < here:
            wanted = set(kinds)
            items = tuple(i for i in meeting.items if i.kind in wanted)
            meetings.append(replace(meeting, items=items))
    meetings.sort(key=lambda m: meeting_order(m.workshop))
    return tuple(meetings)


def _carried_meetings(store: Any, workshop_id: str) -> list[EarlierMeeting]:
    with store._known_errors():
        rows = store.conn.execute(
            "SELECT record FROM earlier_meetings WHERE workshop_id = ?", [workshop_id]
        ).fetchall()
    return [meeting_from_json(text) for (text,) in rows]
