"""The restore dialog and the backups made while the app runs, driven like a facilitator would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from workshop_app.domain import edits
from workshop_app.domain.records import Collaboration, Item, Workshop
from workshop_app.storage import Store, open_store
from workshop_app.storage.backup import list_backups, make_backup
from workshop_app.ui.app import open_store_or_recover
from workshop_app.ui.backups import BackupController
from workshop_app.ui.restore_dialog import RestoreDialog
from workshop_app.ui.session import Session


def _texts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM items ORDER BY text")]
    finally:
        conn.close()


@pytest.fixture
def two_backups(db_path: Path) -> tuple[Path, Path]:
    """A closed database with an older and a newer backup (one note each, then two)."""
    store = open_store(db_path)
    collaboration = Collaboration("Safer Riverton Partnership")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15")
    store.put(collaboration, workshop, Item(workshop.id, "note", "First idea"))
    older = make_backup(store, "workshop closed")
    store.put(Item(workshop.id, "note", "Second idea"))
    newer = make_backup(store, "manual")
    store.put(Item(workshop.id, "note", "Third idea"))
    store.close()
    return older, newer


def _cell(dialog: RestoreDialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def test_dialog_lists_backups_newest_first_and_marks_damaged_ones(qtbot, db_path, two_backups):
    older, _ = two_backups
    older.write_bytes(b"scribbled over")

    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)

    assert dialog.model.rowCount() == 2
    assert (_cell(dialog, 0, 1), _cell(dialog, 0, 2)) == ("manual", "Sound")
    assert (_cell(dialog, 1, 1), _cell(dialog, 1, 2)) == (
        "workshop closed",
        "Damaged: cannot be restored",
    )


def test_restoring_the_chosen_backup_keeps_the_current_file_aside(qtbot, db_path, two_backups):
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    second_row = dialog.table.visualRect(dialog.model.index(1, 0)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=second_row)

    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert _texts(db_path) == ["First idea"]
    assert dialog.kept_path is not None
    assert _texts(dialog.kept_path) == ["First idea", "Second idea", "Third idea"]
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_enter_restores_the_newest_sound_backup(qtbot, db_path, two_backups):
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()

    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    assert _texts(db_path) == ["First idea", "Second idea"]


def test_tab_goes_from_the_list_of_backups_to_the_restore_button(qtbot, db_path, two_backups):
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.restore_button


def test_dialog_without_backups_says_so_and_cannot_restore(qtbot, db_path):
    open_store(db_path).close()

    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)

    assert dialog.model.rowCount() == 0
    assert "no sound backup" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()


def test_restore_failure_is_shown_in_the_dialog(qtbot, db_path, two_backups):
    holder = open_store(db_path)  # still open: restoring must refuse
    try:
        dialog = RestoreDialog(db_path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10_000)
    finally:
        holder.close()

    assert "still open" in dialog.status.text()
    assert _texts(db_path) == ["First idea", "Second idea", "Third idea"]


def test_damaged_database_at_start_up_offers_the_dialog_and_opens_the_backup(
    qtbot, db_path, two_backups
):
    data = bytearray(db_path.read_bytes())
    data[len(data) // 2 :] = b"\xa5" * (len(data) - len(data) // 2)
    db_path.write_bytes(bytes(data))
    seen: list[str] = []

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, answer_dialog)
            return
        seen.append(dialog.explanation.text())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer_dialog)
    store = open_store_or_recover(db_path)
    assert store is not None
    try:
        assert "is damaged" in seen[0]
        assert _texts(db_path) == ["First idea", "Second idea"]
    finally:
        store.close()
    assert any(".replaced-" in p.name for p in db_path.parent.iterdir())


def test_damaged_database_without_a_backup_is_left_exactly_as_it_was(qtbot, db_path):
    store = open_store(db_path)
    store.close()
    data = bytearray(db_path.read_bytes())
    data[len(data) // 2 :] = b"\xa5" * (len(data) - len(data) // 2)
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    seen: list[str] = []

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, answer_dialog)
            return
        seen.append(dialog.status.text())
        assert not dialog.restore_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer_dialog)
    assert open_store_or_recover(db_path) is None
    assert "no sound backup" in seen[0]
    assert db_path.read_bytes() == before
    assert [
        p.name for p in db_path.parent.iterdir() if "replaced" in p.name or "damaged" in p.name
    ] == []


def test_closing_a_workshop_makes_a_backup_in_the_background(qtbot, store: Store):
    session = Session(store)
    controller = BackupController(session, interval_minutes=10)
    collaboration = Collaboration("Safer Riverton Partnership")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15")
    session.apply(
        edits.add(
            "Create", collaboration, workshop, Item(workshop.id, "note", "Budget for lighting")
        )
    )
    try:
        with qtbot.waitSignal(controller.finished, timeout=10_000) as done:
            controller.workshop_closed()
    finally:
        controller.close()

    path, error = done.args
    assert error == ""
    assert _texts(Path(path)) == ["Budget for lighting"]
    assert [b.reason for b in list_backups(store.path)] == ["workshop closed"]


def test_failed_background_backup_reaches_the_error_banner(qtbot, store: Store):
    session = Session(store)
    (store.path.parent / "backups").write_text("not a folder")
    controller = BackupController(session)
    try:
        with qtbot.waitSignal(session.error, timeout=10_000) as reported:
            controller.backup_now()
    finally:
        controller.close()

    assert "could not be written" in reported.args[0]


def test_main_window_backs_up_when_the_workshop_is_closed(qtbot, store: Store, planned_workshop):
    from workshop_app.ui.backups import install_backups
    from workshop_app.ui.main_window import MainWindow

    session = Session(store)
    window = MainWindow(session)
    qtbot.addWidget(window)
    controller = install_backups(window, interval_minutes=10)
    try:
        window.open_workshop(planned_workshop.id)
        session.apply(edits.add("Capture", Item(planned_workshop.id, "note", "Park lights")))
        with qtbot.waitSignal(controller.finished, timeout=10_000) as done:
            window.show_home()
    finally:
        controller.close()

    assert done.args[1] == ""
    assert "Park lights" in _texts(Path(done.args[0]))
    file_menu = [a.text() for a in window.menus["file"].actions()]
    assert "&Back up now" in file_menu and "&Restore a backup…" in file_menu


def test_work_going_on_is_backed_up_once_the_interval_has_passed(qtbot, store: Store):
    session = Session(store)
    controller = BackupController(session, interval_minutes=0.002)  # 120 ms
    collaboration = Collaboration("Safer Riverton Partnership")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15")
    try:
        with qtbot.waitSignal(controller.finished, timeout=10_000) as done:
            session.apply(edits.add("Create", collaboration, workshop))
    finally:
        controller.close()

    assert done.args[1] == ""
    assert [b.reason for b in list_backups(store.path)] == ["while open"]


def test_a_backup_asked_for_while_one_is_made_follows_it(qtbot, store: Store):
    session = Session(store)
    controller = BackupController(session, interval_minutes=10)
    made: list[str] = []
    controller.finished.connect(lambda path, error: made.append(path))
    try:
        controller.backup_now()
        controller.backup_now()
        qtbot.waitUntil(lambda: len(made) == 2, timeout=10_000)
    finally:
        controller.close()

    assert all(made) and made[0] != made[1]
    assert len(list_backups(store.path)) == 2
