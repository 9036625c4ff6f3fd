"""Earlier meetings an imported workshop brought with it, as stored in the
``earlier_meetings`` table: one JSON document per meeting. (``json`` is imported when
first needed: start-up reads no JSON column.)"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

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
