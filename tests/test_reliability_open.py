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
from workshop_app.storage.backup import make_backup
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


def _other_name(db_path: Path, kind: str) -> Path:
    """The same database file under another name: the path itself, a symlink or a hard link."""
    if kind == "same path":
        return db_path
    alias = db_path.with_name(f"alias-{kind.replace(' ', '-')}.sqlite3")
    if kind == "symlink":
        alias.symlink_to(db_path)
    else:
        alias.hardlink_to(db_path)
    return alias


def _open_in_child(db_path: Path) -> dict:
    """What a fresh copy of the app says when it opens ``db_path`` (and closes it again)."""
    out = subprocess.run(
        [sys.executable, str(CHILD), "hold", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
        input="",
    ).stdout
    return json.loads(out.splitlines()[0])


def _files(folder: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in folder.iterdir() if p.is_file()}


NAMES = ["same path", "symlink", "hard link"]


@pytest.mark.parametrize("kind", NAMES)
def test_second_copy_is_refused_whatever_name_it_opens_the_file_by(db_path: Path, kind: str):
    _fill(db_path, items=5)
    alias = _other_name(db_path, kind)
    first = _hold_in_other_process(db_path)
    try:
        files_before = _files(db_path.parent)

        second = _open_in_child(alias)

        assert second["open"] is False and second["error"] == "DatabaseInUseError"
        assert f"{alias} is already open in another copy of Workshop App" in second["message"]
        if kind != "hard link":  # a hard link has a side file of its own name (see guard)
            assert f"(process {first.pid})" in second["message"]
        assert _files(db_path.parent) == files_before  # not a byte written, no WAL of its own
    finally:
        first.communicate("close\n", timeout=30)


@pytest.mark.parametrize("kind", NAMES)
def test_the_other_name_opens_once_the_first_copy_is_killed(db_path: Path, kind: str):
    _fill(db_path, items=5)
    alias = _other_name(db_path, kind)
    first = _hold_in_other_process(db_path)
    assert _open_in_child(alias)["open"] is False
    first.kill()  # SIGKILL: no clean close, no chance to unlock
    first.wait(timeout=30)

    assert _open_in_child(alias) == {"open": True}


@pytest.mark.parametrize("kind", ["symlink", "hard link"])
def test_two_stores_of_one_process_share_the_lock_across_names(db_path: Path, kind: str):
    _fill(db_path, items=5)
    alias = _other_name(db_path, kind)
    first = open_store(db_path)
    second = open_store(alias)  # not refused by our own lock
    first.close()
    try:
        assert second.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 5
        assert _open_in_child(db_path)["error"] == "DatabaseInUseError"  # still ours
    finally:
        second.close()
    assert _open_in_child(alias) == {"open": True}


def test_a_backup_still_reading_keeps_the_file_locked_after_the_store_closes(
    db_path: Path, monkeypatch
):
    """The lock's descriptor may only close once no connection of this process reads
    the file: closing it would drop SQLite's own locks, and let another copy in."""
    from workshop_app.storage import backup

    _fill(db_path, items=5)
    store = open_store(db_path)
    seen_while_reading: list[dict] = []
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if str(target).endswith(".partial"):  # the backup's source connection is open now
            store.close()  # the app closes its store while the backup runs
            seen_while_reading.append(_open_in_child(db_path))
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(backup.sqlite3, "connect", connect)
    made = backup.make_backup(store, "while closing")
    monkeypatch.undo()

    assert seen_while_reading[0]["error"] == "DatabaseInUseError"
    assert backup.is_sound(made)
    assert _open_in_child(db_path) == {"open": True}  # and released once the backup is done


# Whether another process could take a write lock on the bytes where SQLite keeps its
# shared lock: "held" while a connection of ours has the database open in WAL mode.
_SQLITE_SHARED_LOCK_PROBE = """
import fcntl, os, struct, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
probe = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 0x40000000 + 2, 510, 0)
kind = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, probe))[0]
print("free" if kind == fcntl.F_UNLCK else "held")
"""


def _sqlite_shared_lock(db_path: Path) -> str:
    return subprocess.run(
        [sys.executable, "-c", _SQLITE_SHARED_LOCK_PROBE, str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()


@pytest.mark.skipif(sys.platform != "linux", reason="struct flock layout of Linux")
def test_opening_and_closing_a_second_store_keeps_sqlites_locks_of_the_first(db_path: Path):
    """Closing any descriptor of a file drops every POSIX lock the process holds on it,
    SQLite's included: a second open in this process must not open and close one."""
    _fill(db_path, items=5)
    first = open_store(db_path)
    try:
        assert _sqlite_shared_lock(db_path) == "held"
        open_store(db_path).close()
        assert _sqlite_shared_lock(db_path) == "held"
    finally:
        first.close()
    assert _sqlite_shared_lock(db_path) == "free"


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
    from workshop_app.storage import opening

    checked: list[Path] = []
    real = opening.check_sound
    monkeypatch.setattr(
        opening, "check_sound", lambda conn, path: (checked.append(path), real(conn, path))
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
