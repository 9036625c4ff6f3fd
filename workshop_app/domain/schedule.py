"""Timeboxes: is the block over its time, is the meeting running behind?"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import tr
from .records import Block


def clock(seconds: int) -> str:
    """``m:ss`` or ``h:mm:ss``."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def minutes_text(minutes: int) -> str:
    hours, mins = divmod(int(minutes), 60)
    if hours and mins:
        return tr("Schedule", "{h} h {m} min").format(h=hours, m=mins)
    if hours:
        return tr("Schedule", "{h} h").format(h=hours)
    return tr("Schedule", "{m} min").format(m=mins)


@dataclass(frozen=True)
class ScheduleStatus:
    planned_seconds: int
    used_seconds: int
    behind_seconds: int  # > 0: the meeting runs late by this much
    block_over_seconds: int  # > 0: the current block is over its timebox by this much

    @property
    def block_over(self) -> bool:
        return self.block_over_seconds > 0

    @property
    def behind(self) -> bool:
        return self.behind_seconds > 0


def schedule_status(
    blocks: Sequence[Block], current_id: str | None, current_elapsed: int
) -> ScheduleStatus:
    """Where the meeting stands: blocks before the current one count with the time they
    took; the current block counts only once it overruns its timebox."""
    planned = sum(b.timebox_minutes * 60 for b in blocks)
    used = 0
    behind = 0
    over = 0
    for block in blocks:
        if block.id == current_id:
            used += current_elapsed
            over = current_elapsed - block.timebox_minutes * 60
            behind += max(0, over)
            break
        used += block.elapsed_seconds
        behind += block.elapsed_seconds - block.timebox_minutes * 60 if block.elapsed_seconds else 0
    return ScheduleStatus(planned, used, max(0, behind), max(0, over))
