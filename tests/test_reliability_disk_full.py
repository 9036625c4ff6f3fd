"""Disk full: the save is refused with a plain message, nothing crashes, nothing typed is lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_reliability_open import needs_namespaces

CHILD = Path(__file__).with_name("reliability_child.py")


def _run(*command: str) -> dict:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def _assert_nothing_typed_is_lost(result: dict, expected_words: str) -> None:
    assert result["small_saved"] is True
    refused = result["refused"]
    assert len(refused["errors"]) == 1 and expected_words in refused["errors"][0]
    assert "what you typed is kept" in refused["errors"][0]
    assert refused["box_keeps_text"] is True
    assert refused["rows_shown"] == refused["rows_stored"] == 1  # nothing half-saved
    after = result["after_room"]
    assert after["box_cleared"] is True
    assert after["rows_shown"] == after["rows_stored"] == 2
    assert after["integrity"] == ["ok"]


def test_capture_past_a_file_size_limit_keeps_the_text_until_it_saves(tmp_path: Path):
    result = _run(
        sys.executable, str(CHILD), "disk-full-rlimit", str(tmp_path / "workshops.sqlite3")
    )
    _assert_nothing_typed_is_lost(result, "could not be written")


@needs_namespaces
def test_capture_on_a_full_disk_keeps_the_text_until_space_returns(tmp_path: Path):
    result = _run(
        "unshare", "-Urm", sys.executable, str(CHILD), "disk-full-tmpfs", str(tmp_path / "tiny")
    )
    _assert_nothing_typed_is_lost(result, "disk is full")
