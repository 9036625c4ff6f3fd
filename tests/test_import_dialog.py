"""File → Import a workshop… (Ctrl+I): the preview says what the file would do before
anything is written; Import writes exactly that; a refused file changes nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_accessibility import unnamed_controls

from workshop_app import export
from workshop_app.domain import edits
from workshop_app.domain.records import Collaboration, Item, Workshop, touched
from workshop_app.export.json_import import import_workshop_file
from workshop_app.storage import Store, open_store
from workshop_app.ui import import_dialog
from workshop_app.ui.guide import window_key_groups
from workshop_app.ui.import_dialog import ImportDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session

KICKOFF = "Kick-off: first partnership meeting"


@pytest.fixture
def source(demo_db: Path):
    """The demo database another copy of the app exports from."""
    s = open_store(demo_db)
    yield s
    s.close()


def kickoff_id(store: Store) -> str:
    return next(w.id for w in store.workshops() if w.title == KICKOFF)


def export_kickoff(source: Store, path: Path, audience: str = "internal") -> Path:
    view = export.workshop_view(source, kickoff_id(source), audience)
    path.write_bytes(export.render_workshop(view, "json"))
    return path


@pytest.fixture
def kickoff_file(source: Store, tmp_path: Path) -> Path:
    """The demo's kick-off, exported whole to a JSON file."""
    return export_kickoff(source, tmp_path / "kickoff.json")


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:
    """The main window on the (empty) test database, shown and active."""
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def preview_by_keys(qtbot, monkeypatch, window: MainWindow, path: Path) -> ImportDialog:
    """Press Ctrl+I, pick ``path`` in the file dialog, wait for the preview."""
    monkeypatch.setattr(import_dialog, "ask_import_path", lambda parent, session: str(path))
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
    )
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.headline.text().startswith("Reading"), timeout=20_000)
    return dialog


def rows_on_disk(db_path: Path, table: str) -> int:
    """Rows of ``table`` as another connection reads them from the file."""
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_ctrl_i_previews_a_new_workshop_and_enter_imports_and_opens_it(
    qtbot, monkeypatch, window, store, kickoff_file, source
):
    dialog = preview_by_keys(qtbot, monkeypatch, window, kickoff_file)

    assert dialog.headline.text() == "A new workshop"
    assert KICKOFF in dialog.workshop_line.text()
    assert dialog.collaboration_line.text() == (
        "A new collaboration, “Safer Riverton Partnership”, made by this import"
    )
    assert dialog.partners_line.text() == "6 added"
    assert dialog.items_line.text() == f"{len(source.items(kickoff_id(source)))} in the file"
    assert "holds the whole workshop" in dialog.audience_line.text()
    assert "Delete" in dialog.undo_note.text()  # how to take it back
    assert unnamed_controls(dialog) == []
    assert rows_on_disk(store.path, "workshops") == 0  # the preview wrote nothing

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Import is the default

    wid = kickoff_id(source)
    assert not dialog.isVisible()
    assert rows_on_disk(store.path, "workshops") == 1
    assert rows_on_disk(store.path, "items") == len(source.items(wid))
    assert window.home.model.index_of(wid).isValid()  # the home list shows it
    assert window.current_workshop_id() == wid  # and it is open
    assert window.statusBar().currentMessage() == (
        f"Imported “{KICKOFF}” into “Safer Riverton Partnership”."
    )


def test_unticking_open_leaves_the_imported_workshop_selected_at_home(
    qtbot, monkeypatch, window, store, kickoff_file, source
):
    dialog = preview_by_keys(qtbot, monkeypatch, window, kickoff_file)
    dialog.open_now.setFocus()
    qtbot.keyClick(dialog.open_now, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.open_now, Qt.Key.Key_Return)

    assert window.current_workshop_id() is None
    assert window.home.selected_workshop().id == kickoff_id(source)


def test_the_same_file_again_is_already_there_and_nothing_can_be_written(
    qtbot, monkeypatch, window, store, kickoff_file
):
    import_workshop_file(store, kickoff_file)
    before = store.dump()

    dialog = preview_by_keys(qtbot, monkeypatch, window, kickoff_file)

    assert dialog.headline.text() == "Already here, as the file has it"
    assert dialog.collaboration_line.text() == "“Safer Riverton Partnership”, already here"
    assert dialog.partners_line.text() == "6 matched with partners already here"
    assert dialog.items_line.text().endswith("all here already")
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Close is the default now
    assert not dialog.isVisible()
    assert store.dump() == before


def test_a_newer_copy_of_the_workshop_is_previewed_as_an_update(
    qtbot, monkeypatch, window, store, source, kickoff_file, tmp_path
):
    import_workshop_file(store, kickoff_file)
    wid = kickoff_id(source)
    # Meanwhile, in the other copy: one item added, one reworded.
    reworded = next(i for i in source.items(wid) if i.kind == "note")
    added = Item(wid, "note", "Library opens the community room on Saturdays", reworded.block_id)
    source.apply(edits.add("add", added))
    source.apply(edits.change("reword", [(reworded, touched(reworded, text="Reworded"))]))
    newer = export_kickoff(source, tmp_path / "kickoff-newer.json")

    dialog = preview_by_keys(qtbot, monkeypatch, window, newer)

    assert dialog.headline.text() == "An update of a workshop already here"
    assert dialog.items_line.text() == (
        f"{len(source.items(wid))} in the file; 1 new here; "
        "1 newer in the file, replacing the copy here"
    )
    assert rows_on_disk(store.path, "items") == len(source.items(wid)) - 1
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    assert store.get(Item, added.id) is not None
    assert store.get(Item, reworded.id).text == "Reworded"
    assert rows_on_disk(store.path, "workshops") == 1


def test_a_hostile_file_is_refused_in_one_line_and_changes_nothing(
    qtbot, monkeypatch, window, store, kickoff_file, tmp_path
):
    hostile = tmp_path / "hostile.json"
    hostile.write_text(kickoff_file.read_text().replace('"position": 0.0', '"position": NaN', 1))
    before = store.dump()

    dialog = preview_by_keys(qtbot, monkeypatch, window, hostile)

    assert dialog.headline.text() == "This file cannot be imported"
    reason = dialog.problem.text()
    assert dialog.problem.isVisible() and "not valid JSON" in reason and "\n" not in reason
    assert not dialog.details.isVisible()
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert store.dump() == before
    assert rows_on_disk(store.path, "workshops") == 0


def test_a_file_whose_workshop_id_is_taken_here_is_refused_and_changes_nothing(
    qtbot, monkeypatch, window, store, kickoff_file
):
    document = json.loads(kickoff_file.read_bytes())
    other = Collaboration("Another partnership")
    store.put(other, Workshop(other.id, "Ours", id=document["workshop"]["id"]))
    before = store.dump()

    dialog = preview_by_keys(qtbot, monkeypatch, window, kickoff_file)

    assert dialog.headline.text() == "This file cannot be imported"
    assert document["workshop"]["id"] in dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    assert store.dump() == before


def test_import_is_listed_with_its_key_in_the_key_help(window):
    rows = [row for group in window_key_groups(window.menus) for row in group.rows]
    assert ("Ctrl+I", "Import a workshop…", "") in rows
