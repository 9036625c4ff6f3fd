"""Searching what was said: the full-text index of items (migration 5), kept current by
triggers, read by :meth:`Store.search` and the home screen's search box."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from PySide6 import QtGui
from PySide6.QtCore import Qt

from workshop_app.domain import edits
from workshop_app.domain.records import Collaboration, Item, Workshop
from workshop_app.storage import open_store
from workshop_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from workshop_app.ui.home_model import FOUND_COLUMN, ROLE_ID, ROLE_RICH
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


def said(store, workshop: Workshop, text: str, kind: str = "note") -> Item:
    item = Item(workshop.id, kind, text)
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


# ------------------------------------------------------------------ ranked, and marked
@pytest.fixture
def two_meetings(store):
    """An older meeting where the library was the subject (a decision), and a newer one
    where it was mentioned in passing (a long item that says it once)."""
    collaboration = Collaboration("Riverton Partnership")
    older = Workshop(collaboration.id, "Kick-off", "2026-09-15", "Town hall")
    newer = Workshop(collaboration.id, "Second meeting", "2026-10-01", "Town hall")
    store.put(collaboration, older, newer)
    said(store, older, "Library hours: the library opens late", "decision")
    said(
        store,
        newer,
        "Bus routes, street lights, parking, the weekend market, snow clearing and, once, "
        "the library, were all raised by residents from the east side of the river",
    )
    return older, newer


def test_the_workshop_where_it_was_said_best_comes_first_whatever_its_date(store, two_meetings):
    older, newer = two_meetings
    assert [h.workshop_id for h in store.search("library")] == [older.id, newer.id]
    assert [h.workshop_id for h in store.search("bus library")] == [newer.id]


def test_the_best_matching_item_of_a_workshop_is_the_one_shown(store, two_meetings):
    older, _ = two_meetings
    best = said(store, older, "Library, library, library: the library again")
    (hit, _) = store.search("library")
    assert (hit.item_id, hit.matches) == (best.id, 2)


def test_workshops_where_it_was_said_equally_well_come_newest_first(store):
    collaboration = Collaboration("Riverton Partnership")
    meetings = [Workshop(collaboration.id, f"Meeting {d}", f"2026-0{d}-01") for d in (3, 5, 4)]
    store.put(collaboration, *meetings)
    for meeting in meetings:
        said(store, meeting, "Close the library car park at night")
    dates = [store.get(Workshop, h.workshop_id).date for h in store.search("library")]
    assert dates == ["2026-05-01", "2026-04-01", "2026-03-01"]


def test_a_snippet_marks_the_words_found_and_only_those(store, meeting):
    said(store, meeting, "The bus shelter on Fifth has no light; buses skip it")
    (hit,) = store.search("bus light")
    assert [p.text for p in hit.parts if p.matched] == ["bus", "light", "buses"]
    assert "".join(p.text for p in hit.parts) == hit.snippet


def test_text_that_looks_like_markup_is_a_plain_part_of_the_snippet(store, meeting):
    hostile = "<b>Not bold</b> & <img src=x onerror=alert(1)> library \u202eevil"
    said(store, meeting, hostile)
    (hit,) = store.search("library")
    assert hit.snippet == hostile
    assert [p for p in hit.parts if p.matched] == [("library", True)]


def test_one_search_finds_collaborations_workshops_and_what_was_said_and_says_which(store):
    riverton = Collaboration("Riverton Library Partnership")
    other = Collaboration("Eastside Housing")
    empty = Collaboration("Library Friends")  # no workshop yet
    by_title = Workshop(other.id, "Library visit", "2026-01-10", "Town hall")
    by_place = Workshop(other.id, "Budget", "2026-03-01", "Central Library")
    by_said = Workshop(other.id, "Walkabout", "2026-04-01", "Market")
    by_name = Workshop(riverton.id, "Kick-off", "2026-02-01", "School")
    store.put(riverton, other, empty, by_title, by_place, by_said, by_name)
    said(store, by_said, "The library should open on Sundays")
    said(store, by_title, "Nothing about books")
    found = store.find("librar")
    assert [(f.workshop_id, f.by) for f in found] == [
        (by_title.id, ("title",)),
        (by_name.id, ("collaboration",)),
        (None, ("collaboration",)),  # Library Friends, found by name alone
        (by_place.id, ("place",)),
        (by_said.id, ("said",)),
    ]
    assert found[2].collaboration_id == empty.id
    assert found[-1].said.snippet == "The library should open on Sundays"
    assert store.find("library sundays")[0].by == ("said",)  # every word, in one place
    assert store.find("   ") == []


# ------------------------------------------------------------------ the home screen, ranked
def bold_words(html: str) -> list[str]:
    """The words a rich text shows in bold, as Qt lays it out."""
    from PySide6.QtGui import QFont, QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    words, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                words.append(fragment.text())
            it += 1
        block = block.next()
    return words


def shown_text(html: str) -> str:
    """What a rich text shows, as characters."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def rows_of(table) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_typing_a_word_lists_the_best_match_first_with_the_word_in_bold(qtbot, store, two_meetings):
    older, newer = two_meetings
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.home.search.setFocus()
    qtbot.keyClicks(window.home.search, "library")
    table = window.home.table
    assert [row[0].strip() for row in rows_of(table)] == [
        "Riverton Partnership",
        "Kick-off",  # the older meeting, where the library was the subject
        "Second meeting",
    ]
    best = table.model().index(1, FOUND_COLUMN)
    assert best.data() == "what was said: “Library hours: the library opens late”"
    rich = best.data(ROLE_RICH)
    assert shown_text(rich) == best.data()
    assert bold_words(rich) == ["Library", "library"]
    # the best match, selected: Enter opens it
    assert window.home.selected() == ("workshop", older.id)
    assert table.model().index(2, 0).data(ROLE_ID) == newer.id


def test_enter_in_the_search_box_opens_the_best_match_on_the_item_said(qtbot, store, two_meetings):
    from workshop_app.ui.capture_panel import ItemListWidget

    older, _ = two_meetings
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.home.search.setFocus()
    qtbot.keyClicks(window.home.search, "library")
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    assert window.current_workshop_id() == older.id
    (item,) = store.items(older.id)
    focused = next(
        w for w in window.workshop_view.findChildren(ItemListWidget) if w.table.hasFocus()
    )
    rows = focused.table.selectionModel().selectedRows()
    assert [focused.model.item_at(i.row()).id for i in rows] == [item.id]
    window.session.close()


def test_words_typed_as_markup_are_shown_as_typed_in_the_results(qtbot, store, meeting):
    hostile = "<b>Not bold</b> & <i>x</i> &amp; zebra \u202eevil"
    said(store, meeting, hostile)
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    qtbot.keyClicks(window.home.search, "zebra")
    cell = window.home.table.model().index(1, FOUND_COLUMN)
    assert cell.data() == f"what was said: “{hostile}”"
    assert shown_text(cell.data(ROLE_RICH)) == cell.data()  # no tag read as markup
    assert bold_words(cell.data(ROLE_RICH)) == ["zebra"]
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert QtGui.Qt.mightBeRichText(tooltip)  # so its escapes are read, not shown
    assert shown_text(tooltip) == cell.data()
    # what a screen reader reads: the words, without the bold's markup
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == cell.data()
    title = window.home.table.model().index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert title == f"Second meeting, found by what was said: “{hostile}”"


def test_the_words_found_are_drawn_in_bold_in_the_list(qtbot, store, two_meetings):
    """The found column is painted from its rich text: drawn by a plain cell instead,
    the same words look different."""
    from PySide6.QtWidgets import QStyledItemDelegate

    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.resize(1400, 500)
    window.show()
    qtbot.keyClicks(window.home.search, "library")
    table = window.home.table
    table.clearSelection()
    cell = table.visualRect(table.model().index(2, FOUND_COLUMN))
    highlighted = table.viewport().grab(cell).toImage()
    table.setItemDelegateForColumn(FOUND_COLUMN, QStyledItemDelegate(table))
    plain = table.viewport().grab(cell).toImage()
    assert highlighted != plain


def test_a_collaboration_found_by_name_lists_its_workshops_and_says_so(qtbot, store, meeting):
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    qtbot.keyClicks(window.home.search, "riverton")
    rows = rows_of(window.home.table)
    assert [(row[0].strip(), row[FOUND_COLUMN]) for row in rows] == [
        ("Riverton Partnership", ""),
        ("Second meeting", "collaboration name"),
    ]
    top = window.home.table.model().index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert top == "Collaboration: Riverton Partnership, found by its name"


def test_ctrl_f_puts_the_cursor_in_the_home_search_box_from_anywhere(qtbot, store, meeting):
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.home.search, "old words")
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.home.search.hasFocus()
    assert window.home.search.selectedText() == "old words"  # typing replaces them
    window.open_workshop(meeting.id)
    window.workshop_view.focus_capture()
    box = window.focusWidget()
    qtbot.keyClick(box, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workshop_id() is None  # the home screen
    assert window.home.search.hasFocus()
    window.session.close()
