"""Searching what was said: the full-text index of items (migration 5), kept current by
triggers, read by :meth:`Store.search`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from workshop_app.domain import edits
from workshop_app.domain.records import Collaboration, Item, Workshop
from workshop_app.storage import open_store
from workshop_app.storage.migrations import MIGRATIONS

NOW = "2026-09-15T10:00:00.000+00:00"


def _version_4_database(path: Path) -> None:
    """A database as version 4 of the app left it: two meetings with things said in them,
    one of them deleted (in the bin)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in MIGRATIONS[:4]:
        migration(conn)
    conn.execute("PRAGMA user_version = 4")
    rows = [
        ("collaborations", {"id": "c1", "name": "Safer Streets"}),
        ("workshops", {"id": "w1", "collaboration_id": "c1", "title": "Kick-off"}),
        (
            "workshops",
            {"id": "w2", "collaboration_id": "c1", "title": "Binned", "deleted_at": NOW},
        ),
        (
            "items",
            {
                "id": "i1",
                "workshop_id": "w1",
                "kind": "note",
                "text": "The bus shelter on Fifth Street has no light after dark",
            },
        ),
        (
            "items",
            {
                "id": "i2",
                "workshop_id": "w1",
                "kind": "facilitator_note",
                "text": "Ask the council about the shelter budget",
                "visibility": "internal",
            },
        ),
        ("items", {"id": "i3", "workshop_id": "w2", "kind": "note", "text": "A shelter"}),
    ]
    for table, row in rows:
        row = {"created_at": NOW, "updated_at": NOW, **row}
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
    conn.execute("COMMIT")
    conn.close()


@pytest.fixture
def migrated(tmp_path):
    """A version 4 database with data, opened (so migrated) by this version."""
    path = tmp_path / "v4.sqlite3"
    _version_4_database(path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def meeting(store):
    """A workshop (and its collaboration) with nothing said yet."""
    collaboration = Collaboration("Riverton Partnership")
    workshop = Workshop(collaboration.id, "Second meeting", "2026-10-01", "Library")
    store.put(collaboration, workshop)
    return workshop


def said(store, workshop: Workshop, text: str) -> Item:
    item = Item(workshop.id, "note", text)
    store.apply(edits.add("Capture", item))
    return item


# ------------------------------------------------------------------ the migration
def test_migration_5_indexes_what_was_said_before_it(migrated):
    assert migrated.schema_version() == 5
    (hit,) = migrated.search("shelter")
    assert (hit.workshop_id, hit.item_id, hit.matches) == ("w1", "i1", 2)
    assert hit.snippet == "The bus shelter on Fifth Street has no light after dark"
    assert [h.item_id for h in migrated.search("council budget")] == ["i2"]  # internal too
    assert migrated.integrity_problems() == []


def test_migration_5_that_fails_leaves_the_file_at_version_4(tmp_path, monkeypatch):
    """sqlite-utils builds the index inside the migration's transaction: a failure after
    the index is filled takes it back with everything else."""
    path = tmp_path / "v4.sqlite3"
    _version_4_database(path)
    populate = sqlite_utils.db.Table.populate_fts

    def populate_then_fail(table, columns):
        populate(table, columns)
        raise RuntimeError("power cut")

    monkeypatch.setattr(sqlite_utils.db.Table, "populate_fts", populate_then_fail)
    with pytest.raises(RuntimeError):
        open_store(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (4,)
        assert (
            conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%fts%'").fetchall() == []
        )
    finally:
        conn.close()


# ------------------------------------------------------------------ the triggers
def test_what_is_typed_after_the_migration_is_found(migrated):
    workshop = migrated.get(Workshop, "w1")
    item = said(migrated, workshop, "Streetlights along the river path")
    (hit,) = migrated.search("streetlight")
    assert (hit.item_id, hit.snippet) == (item.id, "Streetlights along the river path")


def test_an_edited_item_is_found_by_its_new_words_only(store, meeting):
    item = said(store, meeting, "Graffiti on the underpass")
    store.apply(edits.update("Edit", item, text="Murals on the underpass"))
    assert store.search("graffiti") == []
    assert [h.snippet for h in store.search("murals")] == ["Murals on the underpass"]


def test_a_deleted_item_is_no_longer_found_and_undo_brings_it_back(store, meeting):
    item = said(store, meeting, "Youth drop-in at the library on weekends")
    deletion = edits.delete("Delete", item)
    store.apply(deletion)
    assert store.search("drop-in") == []
    store.apply(deletion.backward)  # what undo does
    assert [h.item_id for h in store.search("drop-in")] == [item.id]


# ------------------------------------------------------------------ what it finds
def test_a_deleted_workshop_is_not_found_by_what_was_said_in_it(migrated):
    assert [h.workshop_id for h in migrated.search("a shelter")] == ["w1"]  # w2 is binned


def test_every_word_must_be_said_each_as_a_word_or_its_start(store, meeting):
    said(store, meeting, "Café owners want one number to call")
    assert len(store.search("cafe own")) == 1  # accents and case aside, starts of words
    assert store.search("cafe dog") == []
    assert store.search("wner") == []  # the middle of a word is not the start of one


def test_search_words_are_plain_words_not_query_syntax(store, meeting):
    said(store, meeting, 'He said "NOT now" about the budget*')
    for typed in ['"', "NOT", "NOT now", "budget*", "(", "AND OR", "now -budget", "☕"]:
        store.search(typed)  # no syntax error, whatever is typed
    assert len(store.search('"not')) == 1
    assert store.search("   ") == []
