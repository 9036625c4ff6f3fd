"""The meeting's time: the run bar's words, the agenda against the plan, and re-planning
the rest of a meeting that runs behind (Qt-free)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop_app.domain import planning
from workshop_app.domain.records import Block
from workshop_app.domain.schedule import (
    MeetingPlan,
    agenda_fit,
    fit_line,
    meeting_line,
    replan_rest,
    schedule_status,
    shrink_timeboxes,
    time_after,
)


def agenda(*minutes: int, took: tuple[int, ...] = ()) -> list[Block]:
    """Blocks with these timeboxes; the first ``len(took)`` took that many minutes."""
    blocks = [
        Block("w", "discussion", f"Block {n}", timebox_minutes=m, position=n)
        for n, m in enumerate(minutes)
    ]
    return [
        replace(b, elapsed_seconds=took[n] * 60) if n < len(took) else b
        for n, b in enumerate(blocks)
    ]


def test_run_bar_line_reads_used_planned_and_left_in_hours_and_minutes():
    blocks = agenda(60, 60, 65)
    status = schedule_status(blocks, blocks[0].id, 185)  # 3 min 5 s into a 3 h 5 min plan
    line = meeting_line(status)
    assert line == "Meeting: 3 min used of 3 h 5 min planned, 3 h 2 min left"
    assert "3:05" not in line  # the reading the facilitator took for "out of time"


def test_run_bar_line_says_when_the_meeting_ends_and_how_far_behind_it_runs():
    blocks = agenda(30, 30, 30, took=(45,))  # the first block took 15 min too long
    status = schedule_status(blocks, blocks[1].id, 0)
    line = meeting_line(status, MeetingPlan(90, "18:00"))
    assert "45 min used of 1 h 30 min planned, 45 min left" in line
    assert "ends about 19:45" in line
    assert "⚠ running 15 min behind" in line


def test_run_bar_line_past_the_plan_says_by_how_much():
    blocks = agenda(10)
    line = meeting_line(schedule_status(blocks, blocks[0].id, 12 * 60))
    assert line.startswith("Meeting: 12 min used, 2 min past the 10 min planned")


def test_agenda_that_grew_past_the_plan_is_a_warning_with_the_new_end():
    plan = MeetingPlan(185, "09:00")
    fits = agenda(60, 60, 65)
    assert fit_line(agenda_fit(fits, plan)) == (
        "Agenda 3 h 5 min: ends at 12:05, planned end 12:05."
    )
    grown = [*fits, *agenda(25, 20, 25)]  # three blocks added live
    line = fit_line(agenda_fit(grown, plan))
    assert line.startswith("⚠ Over the plan by 1 h 10 min")
    assert "ends at 13:15, planned end 12:05" in line


def test_agenda_fit_without_a_start_time_compares_lengths():
    line = fit_line(agenda_fit(agenda(30, 30), MeetingPlan(90)))
    assert line == "Agenda 1 h of 1 h 30 min planned. 30 min to spare."


def test_a_plan_past_midnight_wraps_and_bad_settings_are_no_plan():
    assert time_after("23:30", 45) == "00:15"
    assert time_after("", 45) == ""
    assert MeetingPlan.from_setting({"minutes": 90, "start": "18:00"}) == MeetingPlan(90, "18:00")
    assert MeetingPlan.from_setting({"minutes": 90, "start": "25:00"}) == MeetingPlan(90)
    for bad in (None, "90", {"minutes": "90"}, {"minutes": True}, {"minutes": 0}):
        assert MeetingPlan.from_setting(bad) is None


def test_replan_shortens_the_rest_in_proportion_to_end_on_time():
    # 30 planned minutes of a 120-minute meeting took 50: 20 minutes to win back from
    # the 80 minutes left (40, 20, 20 → 30, 15, 15).
    blocks = agenda(30, 10, 40, 20, 20, took=(50,))
    proposal = replan_rest(blocks, blocks[1].id, 0, 120)
    assert proposal.over_minutes == 20
    assert [m for _, m in proposal.proposals] == [30, 15, 15]
    assert proposal.still_over_minutes == 0


def test_replan_never_goes_under_five_minutes_and_says_what_is_still_over():
    blocks = agenda(60, 10, 6, 4, took=(90,))
    proposal = replan_rest(blocks, blocks[0].id, 90 * 60, 80)
    assert [m for _, m in proposal.proposals] == [5, 5, 4]  # 4 stays 4: never lengthened
    assert proposal.still_over_minutes == 90 + 14 - 80


def test_replan_of_a_meeting_on_time_changes_nothing():
    blocks = agenda(30, 30, 30)
    proposal = replan_rest(blocks, blocks[0].id, 10 * 60, 90)
    assert not proposal.needed and proposal.over_minutes == 0


def test_replan_counts_the_current_block_as_its_timebox_or_the_time_it_took():
    blocks = agenda(20, 40, 40)
    on_time = replan_rest(blocks, blocks[0].id, 5 * 60, 100)  # 20 (its box) + 80 = 100
    assert not on_time.needed
    late = replan_rest(blocks, blocks[0].id, 30 * 60, 100)  # 30 + 80: 10 over
    assert [m for _, m in late.proposals] == [35, 35]


def test_replan_is_one_undoable_edit_of_the_changed_timeboxes():
    blocks = agenda(30, 10, 40, 20, 20, took=(50,))
    proposal = replan_rest(blocks, blocks[1].id, 0, 120)
    edit = planning.set_timeboxes(proposal.changes, "Re-plan the rest")
    assert [s.record.timebox_minutes for s in edit.forward] == [30, 15, 15]
    assert [s.record.timebox_minutes for s in edit.backward] == [20, 20, 40]


@given(
    st.lists(st.integers(1, 120), min_size=1, max_size=12),
    st.integers(0, 600),
)
def test_shrunk_timeboxes_fit_when_they_can_and_keep_their_bounds(timeboxes, budget):
    shrunk = shrink_timeboxes(timeboxes, budget, 5)
    assert all(min(t, 5) <= s <= t for s, t in zip(shrunk, timeboxes, strict=True))
    floor = sum(min(t, 5) for t in timeboxes)
    assert sum(shrunk) == max(floor, min(budget, sum(timeboxes)))


@pytest.mark.parametrize(("budget", "expected"), [(60, [30, 20, 10]), (30, [15, 10, 5])])
def test_shrinking_keeps_proportions(budget, expected):
    assert shrink_timeboxes([30, 20, 10], budget, 5) == expected


def test_plan_line_re_plan_and_run_bar_tell_the_same_story_when_blocks_were_not_timed():
    # A 2-hour meeting with a 3 h 5 min agenda; the facilitator is on block 3 and never
    # started the timer for blocks 1 and 2 (taken as on time, not as no time at all).
    blocks = agenda(20, 15, 10, 15, 25, 15, 25, 25, 20, 15)
    current = blocks[2]
    plan = MeetingPlan(120, "09:00")
    status = schedule_status(blocks, current.id, 0)
    over = agenda_fit(blocks, plan, status).over_minutes
    proposal = replan_rest(blocks, current.id, 0, plan.minutes)

    assert over == proposal.over_minutes == 65
    assert proposal.still_over_minutes == 0
    assert "35 min used of 2 h planned, 1 h 25 min left" in meeting_line(status, plan)

    shortened = {b.id: m for b, m in proposal.proposals}
    replanned = [replace(b, timebox_minutes=shortened.get(b.id, b.timebox_minutes)) for b in blocks]
    assert agenda_fit(replanned, plan, schedule_status(replanned, current.id, 0)).over_minutes == 0
    assert not replan_rest(replanned, current.id, 0, plan.minutes).needed
