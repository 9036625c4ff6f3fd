"""Searching what was said: the full-text index of items (migration 5), kept current by
triggers, read by :meth:`Store.search` and the home screen's search box."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from PySide6.QtCore import Qt

from workshop_app.domain import edits
from workshop_app.domain.records import Collaboration, Item, Workshop
from workshop_app.storage import open_store
from workshop_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from workshop_app.ui.home_view import FOUND_COLUMN
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session

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
    assert migrated.schema_version() == SCHEMA_VERSION  # 5, and every migration after it
    (hit,) = migrated.search("shelter")
    # the shorter of the two items that say it matches best (bm25)
    assert (hit.workshop_id, hit.item_id, hit.matches) == ("w1", "i2", 2)
    assert hit.snippet == "Ask the council about the shelter budget"
    (hit,) = migrated.search("bus shelter")
    assert (hit.item_id, hit.snippet) == (
        "i1",
        "The bus shelter on Fifth Street has no light after dark",
    )
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


# ------------------------------------------------------------------ the home screen
def test_home_search_finds_a_workshop_by_a_word_said_in_it(qtbot, store, meeting):
    other = Workshop(meeting.collaboration_id, "Kick-off", "2026-09-15", "Town hall")
    store.put(other)
    said(store, meeting, "Residents want the streetlights on Fifth fixed before winter")
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    table = window.home.table
    assert table.isColumnHidden(FOUND_COLUMN)
    window.home.search.setFocus()
    qtbot.keyClicks(window.home.search, "streetlights")
    rows = [
        [table.model().index(row, column).data() for column in range(4)]
        for row in range(table.model().rowCount())
    ]
    assert [row[0].strip() for row in rows] == ["Riverton Partnership", "Second meeting"]
    assert not table.isColumnHidden(FOUND_COLUMN)
    assert rows[1][FOUND_COLUMN] == (
        "what was said: “Residents want the streetlights on Fifth fixed before winter”"
    )


def test_home_search_says_a_title_match_was_found_by_its_title(qtbot, store, meeting):
    said(store, meeting, "Nothing about the other one")
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    qtbot.keyClicks(window.home.search, "second")
    model = window.home.table.model()
    assert model.rowCount() == 2
    assert model.index(1, FOUND_COLUMN).data() == "title"
    qtbot.keyClick(window.home.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.home.search, Qt.Key.Key_Backspace)
    assert window.home.table.isColumnHidden(FOUND_COLUMN)


def test_home_search_lists_a_workshop_as_soon_as_the_word_is_said(qtbot, store, meeting):
    session = Session(store)
    window = MainWindow(session)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.home.search, "zebra")
    assert window.home.table.model().rowCount() == 0
    session.apply(edits.add("Capture", Item(meeting.id, "note", "A zebra crossing by the school")))
    assert window.home.table.model().index(1, 0).data().strip() == "Second meeting"


def test_a_search_result_opens_on_the_block_and_item_where_it_was_said(qtbot, demo_db):
    from workshop_app.ui.capture_panel import ItemListWidget

    store = open_store(demo_db)
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.home.search.setFocus()
    qtbot.keyClicks(window.home.search, "busiest addresses")
    table = window.home.table
    table.setFocus()
    row = next(
        r
        for r in range(table.model().rowCount())
        if table.model().index(r, 3).data()  # a workshop the words were found in
    )
    table.setCurrentIndex(table.model().index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)

    view = window.workshop_view
    found = window.home.found_items[window.current_workshop_id()]
    item = store.get(Item, found)
    assert "busiest addresses" in item.text.casefold()
    if item.block_id:
        assert view.current_block().id == item.block_id  # the block where it was said
    focused = next(w for w in view.findChildren(ItemListWidget) if w.table.hasFocus())
    selected = focused.table.selectionModel().selectedRows()
    assert [focused.model.item_at(i.row()).id for i in selected] == [found]
    window.session.close()
