"""Rolling backups: made with SQLite's backup API, bounded, listed, restored without loss."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from workshop_app.domain import edits
from workshop_app.domain.records import Collaboration, Item, Workshop
from workshop_app.storage import DamagedDatabaseError, DatabaseInUseError, Store, open_store
from workshop_app.storage.backup import (
    backup_folder,
    is_sound,
    list_backups,
    make_backup,
    restore_backup,
)


@pytest.fixture
def workshop(store: Store) -> Workshop:
    collaboration = Collaboration("Safer Riverton Partnership")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15")
    store.put(collaboration, workshop)
    return workshop


def _note(store: Store, workshop: Workshop, text: str) -> Item:
    item = Item(workshop.id, "note", text)
    store.apply(edits.add("Capture", item))
    return item


def _texts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM items ORDER BY text")]
    finally:
        conn.close()


def test_backup_holds_everything_saved_so_far(store: Store, workshop: Workshop):
    _note(store, workshop, "Shared patrols on Friday nights")

    path = make_backup(store, "manual")

    assert path.parent == backup_folder(store.path)
    assert is_sound(path)
    assert _texts(path) == ["Shared patrols on Friday nights"]


def test_backup_is_a_single_self_contained_file(store: Store, workshop: Workshop):
    _note(store, workshop, "Crime lab backlog")
    path = make_backup(store, "manual")

    assert not Path(f"{path}-wal").exists()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no .partial left


def test_backup_taken_during_another_writers_transaction_is_consistent(
    store: Store, workshop: Workshop
):
    _note(store, workshop, "Committed before the backup")
    writer = sqlite3.connect(store.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE items SET text = 'half-done change'")

    path = make_backup(store, "while open")
    writer.execute("ROLLBACK")
    writer.close()

    assert _texts(path) == ["Committed before the backup"]


def test_backups_are_kept_to_a_bounded_number(store: Store, workshop: Workshop):
    made = [make_backup(store, f"round {n}", keep=3) for n in range(5)]

    kept = list_backups(store.path)

    assert [b.path for b in kept] == list(reversed(made[-3:]))


def test_backups_are_listed_newest_first_with_time_reason_and_soundness(
    store: Store, workshop: Workshop
):
    older = make_backup(store, "workshop closed")
    newer = make_backup(store, "manual")
    data = bytearray(older.read_bytes())
    data[100:4096] = b"\x00" * 3996
    data[0:16] = b"garbage garbage!"
    older.write_bytes(bytes(data))

    listed = list_backups(store.path)

    assert [(b.path, b.reason, b.sound) for b in listed] == [
        (newer, "manual", True),
        (older, "workshop closed", False),
    ]
    assert listed[0].made_at >= listed[1].made_at


def test_restore_puts_the_backup_in_place_and_keeps_the_current_file(db_path: Path):
    store = open_store(db_path)
    collaboration = Collaboration("Safer Riverton Partnership")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15")
    store.put(collaboration, workshop)
    _note(store, workshop, "Before the backup")
    backup = make_backup(store, "manual")
    _note(store, workshop, "After the backup")
    store.close()
    current = hashlib.sha256(db_path.read_bytes()).hexdigest()

    kept = restore_backup(backup, db_path)

    assert kept is not None and ".replaced-" in kept.name
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == current
    assert _texts(db_path) == ["Before the backup"]
    assert _texts(kept) == ["After the backup", "Before the backup"]
    assert backup.exists()


def test_restore_is_refused_while_the_database_is_open(store: Store, workshop: Workshop):
    backup = make_backup(store, "manual")

    with pytest.raises(DatabaseInUseError):
        restore_backup(backup, store.path)


def test_restore_of_a_damaged_backup_is_refused_and_changes_nothing(db_path: Path):
    store = open_store(db_path)
    backup = make_backup(store, "manual")
    store.close()
    backup.write_bytes(b"not a database at all")
    before = db_path.read_bytes()

    with pytest.raises(DamagedDatabaseError):
        restore_backup(backup, db_path)

    assert db_path.read_bytes() == before
    assert [p.name for p in db_path.parent.iterdir() if "replaced" in p.name] == []
