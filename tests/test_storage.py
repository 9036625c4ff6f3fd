"""Storage: migrations, re-opening, pragmas, refusal of files it must not touch."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from workshop_app.domain.records import Block, Collaboration, Item, Partner, Workshop
from workshop_app.storage import (
    DamagedDatabaseError,
    NewerSchemaError,
    StorageError,
    open_store,
)
from workshop_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION

TABLES = {"collaborations", "partners", "workshops", "blocks", "items", "settings"}


def table_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_a_new_database_is_migrated_to_the_latest_version(db_path):
    store = open_store(db_path)
    try:
        assert store.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
    finally:
        store.close()
    assert TABLES <= table_names(db_path)


def test_an_empty_existing_file_is_migrated_like_a_new_one(db_path):
    db_path.write_bytes(b"")
    store = open_store(db_path)
    try:
        assert store.schema_version() == SCHEMA_VERSION
    finally:
        store.close()


def test_migrating_from_version_0_with_sqlite_already_initialised(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE scratch (x)")  # a valid SQLite file at user_version 0
    conn.commit()
    conn.close()
    store = open_store(db_path)
    try:
        assert store.schema_version() == SCHEMA_VERSION
    finally:
        store.close()
    assert TABLES <= table_names(db_path)


def test_reopening_keeps_every_record(db_path):
    store = open_store(db_path)
    collaboration = Collaboration("Safer Riverton")
    partner = Partner(collaboration.id, "City of Riverton", "public", "Dana", "budget")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15", "Library")
    block = Block(workshop.id, "discussion", "Open", settings={"results_hidden": True})
    item = Item(
        workshop.id,
        "note",
        "Lighting matters",
        block.id,
        fields={"votes": 3},
        visibility="public",
        partner_id=partner.id,
        cluster="Streets",
    )
    store.put(collaboration, partner, workshop, block, item)
    store.set_setting("last_export_folder", "/tmp/exports")
    store.close()

    again = open_store(db_path)
    try:
        assert again.get(Collaboration, collaboration.id) == collaboration
        assert again.partners(collaboration.id) == [partner]
        assert again.get(Workshop, workshop.id) == workshop
        assert again.blocks(workshop.id) == [block]
        assert again.items(workshop.id) == [item]
        assert again.setting("last_export_folder") == "/tmp/exports"
    finally:
        again.close()


def test_wal_mode_and_foreign_keys_are_on(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_edit_breaking_a_foreign_key_writes_nothing(store):
    collaboration = Collaboration("C")
    workshop = Workshop(collaboration.id, "W")
    store.put(collaboration, workshop)
    good = Item(workshop.id, "note", "kept?")
    orphan = Item(workshop.id, "note", "orphan", block_id="no-such-block")
    with pytest.raises(sqlite3.IntegrityError):
        store.put(good, orphan)
    assert store.items(workshop.id) == []


def test_a_newer_database_is_refused_and_left_byte_for_byte_unchanged(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError) as error:
        open_store(db_path)
    assert "newer version" in error.value.message
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not Path(f"{db_path}-wal").exists()


def test_a_file_that_is_not_a_database_is_refused_with_a_plain_message(db_path):
    db_path.write_bytes(b"%PDF-1.7 this is a PDF, not a database" * 10)
    with pytest.raises(DamagedDatabaseError) as error:
        open_store(db_path)
    assert "not a Workshop App database" in error.value.message


def test_opening_without_create_refuses_a_missing_file(db_path):
    with pytest.raises(StorageError):
        open_store(db_path, create=False)
    assert not db_path.exists()


def test_integrity_problems_is_empty_for_a_sound_database(store):
    assert store.integrity_problems() == []


def test_change_listeners_hear_which_workshop_changed(store):
    heard = []
    store.on_change(heard.append)
    collaboration = Collaboration("C")
    workshop = Workshop(collaboration.id, "W")
    store.put(collaboration, workshop)
    assert heard[-1].workshop_ids == {workshop.id}
    assert "workshops" in heard[-1].tables


def test_text_that_is_not_valid_unicode_is_refused_in_one_sentence_and_changes_nothing(store):
    from workshop_app.storage.errors import InvalidTextError

    collaboration = Collaboration("Sound")
    store.put(collaboration)
    before = store.dump()
    with pytest.raises(InvalidTextError) as refused:
        store.put(Workshop(collaboration.id, "broken \ud800 title"))
    assert "not valid Unicode" in refused.value.message
    assert store.dump() == before


def test_a_batch_commits_many_writes_once_and_tells_listeners_after(store, planned_workshop):
    from workshop_app.domain import edits
    from workshop_app.domain.records import Item

    heard = []
    store.on_change(lambda changes: heard.append(changes))
    first = Item(planned_workshop.id, "note", "first")
    bad = Item(planned_workshop.id, "note", "bad \ud800")  # cannot be stored
    last = Item(planned_workshop.id, "note", "last")
    with store.batch():
        store.apply(edits.add("a", first))
        with pytest.raises(StorageError):
            store.apply(edits.add("b", bad))
        store.apply(edits.add("c", last))
        assert heard == []  # not before the commit
        assert store.conn.in_transaction
    assert not store.conn.in_transaction
    assert [i.text for i in store.items(planned_workshop.id) if i.kind == "note"][-2:] == [
        "first",
        "last",
    ]
    assert len(heard) == 2


def test_nothing_is_told_when_a_batch_fails(store, planned_workshop):
    from workshop_app.domain import edits
    from workshop_app.domain.records import Item

    heard = []
    store.on_change(lambda changes: heard.append(changes))
    before = store.count_items(planned_workshop.id)
    with pytest.raises(RuntimeError), store.batch():
        store.apply(edits.add("a", Item(planned_workshop.id, "note", "lost with the batch")))
        raise RuntimeError("the batch fails")
    assert heard == [] and store.count_items(planned_workshop.id) == before
