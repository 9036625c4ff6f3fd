"""What the room is shown for one block: plain strings and elements only.

The content of the room is a :class:`RoomContent`, built by :func:`room_content`
from an :class:`~workshop_app.domain.visibility.AudienceView` made for
``Audience.ROOM`` and nothing else: the room never sees a facilitator widget,
only elements an exercise made from already-filtered data. It is measured by
:mod:`.room_layout`, drawn by :mod:`.room_paint` and shown by :mod:`.room_view`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from ..domain.document import (
    Callout,
    Element,
    displayable,
    displayable_elements,
    plain_text,
)
from ..domain.visibility import Audience, AudienceView
from ..exercises.registry import get_kind
from ..i18n import format_date, speaking_output, tr, tr_stored

log = logging.getLogger(__name__)


class RoomMode(StrEnum):
    """What the room window shows."""

    LIVE = "live"  # the current block
    BLACK = "black"  # nothing: a black screen
    HOLDING = "holding"  # a holding slide with the workshop title


@dataclass(frozen=True)
class RoomContent:
    """Everything the room is shown for one block: plain strings and elements only."""

    workshop_title: str
    subtitle: str = ""  # date and place, for the holding slide
    block_title: str = ""
    block_label: str = ""  # "Part 3 of 8"
    prompt: str = ""
    elements: tuple[Element, ...] = ()
    timebox_seconds: int = 0
    elapsed_seconds: int = 0
    block_id: str = ""
    #: While the meeting is open to the room's phones: where they join (the top line
    #: says address and code; the holding slide shows the QR code of ``join_link``).
    join_address: str = ""
    join_code: str = ""
    join_link: str = ""

    def text(self) -> str:
        """All the words of the content (for tests, screen readers and comparisons)."""
        head = [self.workshop_title, self.block_label, self.block_title, self.prompt]
        return "\n".join([*(t for t in head if t), plain_text(list(self.elements))])


@speaking_output()
def room_content(view: AudienceView, block_id: str | None) -> RoomContent:
    """The room's content for ``block_id`` (or a welcome when None), from a room view only,
    in the room's language (a block's title and prompt too, while a template's English)."""
    if view.audience is not Audience.ROOM:
        # The room must only ever receive what the visibility rule lets through for it.
        raise ValueError(f"room content needs a view for the room, not for {view.audience}")
    workshop = view.workshop
    subtitle = " · ".join(t for t in (_nice_date(workshop.date), workshop.place) if t)
    block = view.block(block_id) if block_id else None
    if block is None:
        return RoomContent(
            workshop_title=displayable(workshop.title),
            subtitle=displayable(subtitle),
            block_title=displayable(workshop.title),
            prompt=displayable(subtitle),
        )
    number = next((n for n, b in enumerate(view.blocks, start=1) if b.id == block.id), 0)
    try:
        elements = tuple(get_kind(block.kind).room(view, block))
    except Exception:  # a bug in one exercise must not take the projector down
        log.exception("room view of block %s (%s) failed", block.id, block.kind)
        elements = (
            Callout(
                tr("Room", "Note"),
                tr("Room", "This part cannot be shown right now; the facilitator has been told."),
            ),
        )
    # What anyone typed or imported is laid out safely: no control characters, no bidi
    # override left open to flip the rest of the slide.
    return RoomContent(
        workshop_title=displayable(workshop.title),
        subtitle=displayable(subtitle),
        block_title=displayable(tr_stored(block.title)),
        block_label=tr("Room", "Part {n} of {total}").format(n=number, total=len(view.blocks)),
        prompt=displayable(tr_stored(block.prompt)),
        elements=tuple(displayable_elements(list(elements))),
        timebox_seconds=block.timebox_minutes * 60,
        elapsed_seconds=block.elapsed_seconds,
        block_id=block.id,
    )


def _nice_date(iso: str) -> str:
    return format_date(iso, long=True)  # "15 September 2026", "15 de septiembre de 2026"


@speaking_output()
def timer_text(elapsed: int, timebox: int) -> str:
    """The timer in words and digits, e.g. "Time left 12:05" or "Over time +2:10"."""
    if timebox <= 0:
        return tr("Room", "Time {clock}").format(clock=_clock(elapsed))
    left = timebox - elapsed
    if left >= 0:
        return tr("Room", "Time left {clock}").format(clock=_clock(left))
    return tr("Room", "Over time +{clock}").format(clock=_clock(-left))


def _clock(seconds: int) -> str:
    minutes, seconds = divmod(max(0, seconds), 60)
    return f"{minutes}:{seconds:02d}"
