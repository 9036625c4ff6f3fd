"""Opening a database safely: damaged, emptied, too new, read-only, or already open elsewhere."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.domain.records import Collaboration, Item, Workshop
from workshop_app.storage import (
    DamagedDatabaseError,
    DatabaseInUseError,
    NewerSchemaError,
    StorageError,
    open_store,
)
from workshop_app.storage.backup import make_backup, recover_from_backup
from workshop_app.storage.guard import lock_path

CHILD = Path(__file__).with_name("reliability_child.py")


def _fill(db_path: Path, items: int = 400) -> None:
    """A real database big enough that damage in the middle hits data pages."""
    store = open_store(db_path)
    collaboration = Collaboration("Safer Riverton Partnership")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15")
    store.put(collaboration, workshop)
    store.put(*(Item(workshop.id, "note", f"Street lighting idea {n} " * 8) for n in range(items)))
    store.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _overwrite_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8192] = b"\xa5" * 8192
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _not_a_database(path: Path) -> None:
    path.write_text("Minutes of the meeting\n" * 100)


@pytest.mark.parametrize(
    "damage",
    [_overwrite_middle, _truncate, _not_a_database],
    ids=["bytes-overwritten", "truncated", "not-a-database"],
)
def test_damaged_database_is_refused_untouched(db_path: Path, damage):
    _fill(db_path)
    damage(db_path)
    before = _digest(db_path)

    with pytest.raises(DamagedDatabaseError) as refused:
        open_store(db_path)

    assert "damaged" in refused.value.message or "not a Workshop App" in refused.value.message
    assert _digest(db_path) == before


def test_refused_damaged_database_does_not_keep_the_lock(db_path: Path):
    _fill(db_path)
    _overwrite_middle(db_path)
    with pytest.raises(DamagedDatabaseError):
        open_store(db_path)

    db_path.unlink()
    open_store(db_path).close()  # a later open of the same path is not "in use"


def test_damaged_database_is_recovered_from_newest_sound_backup(db_path: Path):
    _fill(db_path, items=50)
    store = open_store(db_path)
    make_backup(store, "workshop closed")
    store.close()
    _overwrite_middle(db_path)
    damaged_bytes = _digest(db_path)

    restored, message = recover_from_backup(db_path)

    assert restored == db_path
    assert "restored" in message
    kept = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and _digest(kept[0]) == damaged_bytes
    store = open_store(db_path)
    assert store.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 50
    store.close()


def test_damaged_database_without_backup_is_left_alone(db_path: Path):
    _fill(db_path, items=50)
    _overwrite_middle(db_path)
    before = _digest(db_path)

    restored, message = recover_from_backup(db_path)

    assert restored is None
    assert "no sound backup" in message
    assert _digest(db_path) == before


def test_emptied_file_with_backups_beside_it_counts_as_damaged(db_path: Path):
    _fill(db_path, items=5)
    store = open_store(db_path)
    make_backup(store, "workshop closed")
    store.close()
    db_path.write_bytes(b"")  # what some file systems leave after a power cut

    with pytest.raises(DamagedDatabaseError):
        open_store(db_path)
    assert db_path.stat().st_size == 0


def test_newer_schema_is_refused_and_file_untouched(db_path: Path):
    _fill(db_path, items=5)
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = _digest(db_path)

    with pytest.raises(NewerSchemaError) as refused:
        open_store(db_path)

    assert "newer version" in refused.value.message
    assert _digest(db_path) == before


def _hold_in_other_process(db_path: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert json.loads(child.stdout.readline()) == {"open": True}
    return child


def test_second_copy_of_the_app_is_told_the_database_is_in_use(db_path: Path):
    _fill(db_path, items=5)
    other = _hold_in_other_process(db_path)
    try:
        with pytest.raises(DatabaseInUseError) as refused:
            open_store(db_path)
        assert "already open in another copy of Workshop App" in refused.value.message
        assert f"process {other.pid}" in refused.value.message
    finally:
        other.communicate("close\n", timeout=30)


def test_database_opens_again_once_the_other_copy_closed(db_path: Path):
    _fill(db_path, items=5)
    other = _hold_in_other_process(db_path)
    out, _ = other.communicate("close\n", timeout=30)
    assert json.loads(out) == {"closed": True}

    store = open_store(db_path)
    assert store.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 5
    store.close()


def test_killed_copy_does_not_leave_the_database_locked(db_path: Path):
    _fill(db_path, items=5)
    other = _hold_in_other_process(db_path)
    other.kill()
    other.wait(timeout=30)

    open_store(db_path).close()
    assert lock_path(db_path).exists()  # the side file stays; only the OS lock mattered


def test_the_app_in_another_process_sees_our_lock(db_path: Path):
    _fill(db_path, items=5)
    store = open_store(db_path)
    try:
        out = subprocess.run(
            [sys.executable, str(CHILD), "hold", str(db_path)],
            capture_output=True,
            text=True,
            timeout=60,
            input="",
        ).stdout
    finally:
        store.close()
    answer = json.loads(out.splitlines()[0])
    assert answer["open"] is False and answer["error"] == "DatabaseInUseError"


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-Urm", "true"], capture_output=True)
    return probe.returncode == 0


needs_namespaces = pytest.mark.skipif(
    not _unshare_works(), reason="needs unprivileged user namespaces (unshare -Urm)"
)


@needs_namespaces
def test_database_on_read_only_disk_is_refused_with_a_plain_message(tmp_path: Path):
    out = subprocess.run(
        ["unshare", "-Urm", sys.executable, str(CHILD), "read-only", str(tmp_path / "stick")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    result = json.loads(out.stdout.splitlines()[-1])

    assert result["open"]["error"] == "ReadOnlyError"
    assert "read-only" in result["open"]["message"]
    assert result["unchanged"] is True


def test_folder_that_is_a_file_gives_a_plain_message(tmp_path: Path):
    (tmp_path / "notes").write_text("not a folder")
    with pytest.raises(StorageError) as refused:
        open_store(tmp_path / "notes" / "workshops.sqlite3")
    assert "is a file, not a folder" in refused.value.message


def _count_full_checks(monkeypatch) -> list[Path]:
    from workshop_app.storage import store as store_module

    checked: list[Path] = []
    real = store_module.check_sound
    monkeypatch.setattr(
        store_module, "check_sound", lambda conn, path: (checked.append(path), real(conn, path))
    )
    return checked


def test_cleanly_closed_untouched_database_skips_the_full_check(db_path: Path, monkeypatch):
    _fill(db_path, items=5)
    checked = _count_full_checks(monkeypatch)

    open_store(db_path).close()

    assert checked == []


def test_database_written_after_a_clean_close_gets_the_full_check(db_path: Path, monkeypatch):
    _fill(db_path, items=5)
    with sqlite3.connect(db_path) as other_program:
        other_program.execute("UPDATE items SET text = 'changed elsewhere'")
    other_program.close()
    checked = _count_full_checks(monkeypatch)

    open_store(db_path).close()

    assert checked == [db_path]


def test_database_left_by_a_crash_gets_the_full_check(db_path: Path, monkeypatch):
    _fill(db_path, items=5)
    other = _hold_in_other_process(db_path)
    other.kill()
    other.wait(timeout=30)
    checked = _count_full_checks(monkeypatch)

    open_store(db_path).close()

    assert checked == [db_path]
