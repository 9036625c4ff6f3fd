"""Timeboxes and the meeting's plan: is the block over its time, is the meeting running
behind, does the agenda still fit the time planned, and how to shorten what is left."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..i18n import tr
from .records import Block

#: No block is re-planned below this many minutes (shorter is not worth starting).
SHORTEST_BLOCK_MINUTES = 5


def clock(seconds: int) -> str:
    """``m:ss`` or ``h:mm:ss``: a stopwatch (the block timer)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def minutes_text(minutes: int) -> str:
    """A length in words: ``45 min``, ``2 h``, ``3 h 5 min`` (never a clock-like 3:05)."""
    hours, mins = divmod(int(minutes), 60)
    if hours and mins:
        return tr("Schedule", "{h} h {m} min").format(h=hours, m=mins)
    if hours:
        return tr("Schedule", "{h} h").format(h=hours)
    return tr("Schedule", "{m} min").format(m=mins)


def time_after(start: str, minutes: int) -> str:
    """The time of day ``minutes`` after ``start`` (both ``HH:MM``, 24-hour clock); ""
    when there is no start time."""
    begun = minutes_of_day(start)
    if begun is None:
        return ""
    hours, mins = divmod((begun + int(minutes)) % (24 * 60), 60)
    return f"{hours:02d}:{mins:02d}"


def minutes_of_day(time: str) -> int | None:
    """``"09:30"`` → 570; None for anything that is not a time of day."""
    parts = time.split(":") if isinstance(time, str) else []
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    hours, mins = int(parts[0]), int(parts[1])
    return hours * 60 + mins if hours < 24 and mins < 60 else None


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

    @property
    def remaining_seconds(self) -> int:
        """Time left in the agenda as planned (0 once it is used up)."""
        return max(0, self.planned_seconds - self.used_seconds)

    @property
    def projected_seconds(self) -> int:
        """How long the meeting will last at this pace: the agenda plus the delay so far."""
        return self.planned_seconds + self.behind_seconds


def schedule_status(
    blocks: Sequence[Block], current_id: str | None, current_elapsed: int
) -> ScheduleStatus:
    """Where the meeting stands: blocks before the current one count with the time they
    took (a block never timed, with its timebox: taken as on time); the current block
    counts only once it overruns its timebox."""
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
        used += block.elapsed_seconds or block.timebox_minutes * 60
        behind += block.elapsed_seconds - block.timebox_minutes * 60 if block.elapsed_seconds else 0
    return ScheduleStatus(planned, used, max(0, behind), max(0, over))


def meeting_line(status: ScheduleStatus, plan: MeetingPlan | None = None) -> str:
    """The meeting against its agenda in words, for the run bar: time used, time planned,
    time left, the expected end when the start time is known, and how far behind it runs.

    Lengths are in hours and minutes ("1 h 5 min"), never in a clock-like "1:05" that
    reads as a time of day or as minutes and seconds.
    """
    used = status.used_seconds // 60
    # The meeting's own plan when it has one (Workshop → Meeting plan…), else the agenda.
    planned = plan.minutes if plan is not None else status.planned_seconds // 60
    if used <= planned:
        text = tr("Schedule", "Meeting: {used} used of {planned} planned, {left} left").format(
            used=minutes_text(used),
            planned=minutes_text(planned),
            left=minutes_text(planned - used),
        )
    else:
        text = tr("Schedule", "Meeting: {used} used, {over} past the {planned} planned").format(
            used=minutes_text(used),
            over=minutes_text(used - planned),
            planned=minutes_text(planned),
        )
    end = time_after(plan.start, status.projected_seconds // 60) if plan else ""
    if end:
        text += tr("Schedule", "; ends about {end}").format(end=end)
    if status.behind:
        text += tr("Schedule", " — ⚠ running {late} behind").format(
            late=minutes_text(delay_minutes(status.behind_seconds))
        )
    return text


def delay_minutes(seconds: int) -> int:
    """A delay in whole minutes, to the nearest; any delay at all is at least a minute."""
    if seconds <= 0:
        return 0
    return max(1, round(seconds / 60))


# ------------------------------------------------------------------ the plan
def plan_setting_key(workshop_id: str) -> str:
    """Where a workshop's plan is kept among the database's settings."""
    return f"meeting_plan:{workshop_id}"


@dataclass(frozen=True)
class MeetingPlan:
    """When a meeting starts and how long it is planned to last.

    Set when the workshop is created (its template's length, the start time chosen) and
    changed in the meeting plan dialog; adding or lengthening blocks changes the agenda,
    never the plan, so the agenda can be checked against it.
    """

    minutes: int
    start: str = ""  # "HH:MM" on the 24-hour clock, or "" when not said

    @property
    def end(self) -> str:
        """The planned end (``HH:MM``), or "" without a start time."""
        return time_after(self.start, self.minutes)

    def to_setting(self) -> dict[str, Any]:
        return {"minutes": self.minutes, "start": self.start}

    @classmethod
    def from_setting(cls, value: Any) -> MeetingPlan | None:
        """The plan stored as ``value``, or None when there is none (or it is unreadable)."""
        if not isinstance(value, Mapping):
            return None
        minutes = value.get("minutes")
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 < minutes < 24 * 60:
            return None
        start = value.get("start", "")
        return cls(minutes, start if minutes_of_day(start) is not None else "")


@dataclass(frozen=True)
class AgendaFit:
    """The agenda (its timeboxes, and the delay so far) against the meeting's plan."""

    agenda_minutes: int
    planned_minutes: int
    #: How long the meeting will take at this pace, in minutes (the agenda plus the delay).
    projected_minutes: int
    #: When the meeting starts ("HH:MM"; "" when the plan does not say).
    start: str

    @property
    def over_minutes(self) -> int:
        """How many minutes past the planned end the meeting will run (0: it fits)."""
        return max(0, self.projected_minutes - self.planned_minutes)

    @property
    def end(self) -> str:
        return time_after(self.start, self.projected_minutes)

    @property
    def planned_end(self) -> str:
        return time_after(self.start, self.planned_minutes)


def agenda_fit(
    blocks: Sequence[Block], plan: MeetingPlan, status: ScheduleStatus | None = None
) -> AgendaFit:
    """How ``blocks`` fit ``plan`` (with the delay of ``status`` when the meeting runs)."""
    agenda = sum(b.timebox_minutes for b in blocks)
    late = delay_minutes(status.behind_seconds) if status is not None else 0
    return AgendaFit(agenda, plan.minutes, agenda + late, plan.start)


def fit_line(fit: AgendaFit) -> str:
    """The agenda against the plan in words; a warning (⚠ and the word "over") when the
    meeting will end after its planned end."""
    if fit.over_minutes:
        if fit.start:
            return tr(
                "Schedule",
                "⚠ Over the plan by {over}: now ends at {end}, planned end {planned_end}.",
            ).format(over=minutes_text(fit.over_minutes), end=fit.end, planned_end=fit.planned_end)
        return tr(
            "Schedule", "⚠ Over the plan by {over}: the agenda takes {agenda} of {planned} planned."
        ).format(
            over=minutes_text(fit.over_minutes),
            agenda=minutes_text(fit.projected_minutes),
            planned=minutes_text(fit.planned_minutes),
        )
    spare = fit.planned_minutes - fit.projected_minutes
    if fit.start:
        text = tr("Schedule", "Agenda {agenda}: ends at {end}, planned end {planned_end}.").format(
            agenda=minutes_text(fit.agenda_minutes), end=fit.end, planned_end=fit.planned_end
        )
    else:
        text = tr("Schedule", "Agenda {agenda} of {planned} planned.").format(
            agenda=minutes_text(fit.agenda_minutes), planned=minutes_text(fit.planned_minutes)
        )
    if spare:
        text += " " + tr("Schedule", "{spare} to spare.").format(spare=minutes_text(spare))
    return text


# ------------------------------------------------------------------ re-planning
@dataclass(frozen=True)
class Replan:
    """Shorter timeboxes for the blocks after the current one, so the meeting ends when
    planned (or as close to it as :data:`SHORTEST_BLOCK_MINUTES` allows)."""

    #: Every block after the current one with the minutes proposed for it (unchanged
    #: blocks included, so the proposal can be shown whole).
    proposals: tuple[tuple[Block, int], ...]
    #: How far past the planned end the meeting would still run with the proposal, in
    #: minutes (0: it ends on time).
    still_over_minutes: int
    #: How far past the planned end it runs now, in minutes (0: nothing to re-plan).
    over_minutes: int

    @property
    def changes(self) -> tuple[tuple[Block, int], ...]:
        """Only the blocks whose timebox the proposal changes."""
        return tuple((b, m) for b, m in self.proposals if m != b.timebox_minutes)

    @property
    def needed(self) -> bool:
        return bool(self.changes)


def replan_rest(
    blocks: Sequence[Block],
    current_id: str | None,
    current_elapsed: int,
    planned_minutes: int,
    shortest: int = SHORTEST_BLOCK_MINUTES,
) -> Replan:
    """Propose timeboxes for the blocks after the current one so the meeting ends within
    ``planned_minutes``: each shortened in proportion to its timebox, none below
    ``shortest`` minutes (a block already shorter keeps its own), none lengthened.

    Blocks before the current one count with the time they took (a block never timed,
    with its timebox, as :func:`schedule_status` and the plan line count it); the current
    block with its timebox, or the time it has taken when that is longer.
    """
    index = next((n for n, b in enumerate(blocks) if b.id == current_id), -1)
    spent = sum(b.elapsed_seconds or b.timebox_minutes * 60 for b in blocks[: max(index, 0)])
    if index >= 0:
        current = blocks[index]
        spent += max(current.timebox_minutes * 60, current_elapsed)
    rest = list(blocks[index + 1 :])
    spent_minutes = -(-spent // 60)
    budget = planned_minutes - spent_minutes
    timeboxes = [b.timebox_minutes for b in rest]
    proposed = shrink_timeboxes(timeboxes, max(0, budget), shortest)
    over = max(0, spent_minutes + sum(timeboxes) - planned_minutes)
    still_over = max(0, spent_minutes + sum(proposed) - planned_minutes)
    return Replan(tuple(zip(rest, proposed, strict=True)), still_over, over)


def shrink_timeboxes(timeboxes: Sequence[int], budget: int, shortest: int) -> list[int]:
    """``timeboxes`` shortened in proportion so they add up to ``budget`` minutes, none
    below ``shortest`` (or its own length when shorter), none lengthened. When even the
    shortest timeboxes do not fit, those are returned."""
    lows = [min(t, shortest) for t in timeboxes]
    if sum(timeboxes) <= budget:
        return list(timeboxes)
    if sum(lows) >= budget:
        return lows
    # Scale the others by one factor; a block the factor would put below its floor is
    # held at the floor and the factor worked out again for the rest.
    held: set[int] = set()
    while True:
        free = [n for n in range(len(timeboxes)) if n not in held]
        room = budget - sum(lows[n] for n in held)
        factor = room / sum(timeboxes[n] for n in free)
        below = {n for n in free if timeboxes[n] * factor < lows[n]}
        if not below:
            break
        held |= below
    exact = {n: timeboxes[n] * factor for n in free}
    result = [lows[n] if n in held else int(exact[n]) for n in range(len(timeboxes))]
    # Whole minutes: the minutes lost to rounding down go to the largest remainders.
    left = budget - sum(result)
    for n in sorted(free, key=lambda n: exact[n] - int(exact[n]), reverse=True)[:left]:
        result[n] += 1
    return result
