"""Crash safety, measured: the capture path is killed at random moments and loses nothing."""

from __future__ import annotations

from pathlib import Path

from kill_child import run_kill_trials

TRIALS = 100


def test_killed_capture_keeps_every_acknowledged_item(tmp_path: Path, capsys, record_property):
    report = run_kill_trials(tmp_path / "workshops.sqlite3", TRIALS, seed=20260915)

    record_property("kill_report", report.line())
    with capsys.disabled():
        print(f"\n{report.line()}")
    assert report.problems == []
    assert report.lost == 0
    assert report.trials == TRIALS
    # The kills really landed while capturing, not only before the first save.
    assert report.acknowledged > TRIALS
    assert report.killed_before_first_ack < TRIALS
