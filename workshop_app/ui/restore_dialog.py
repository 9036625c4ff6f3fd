"""Backups in the app: the restore dialog, and the controller that makes backups while it runs.

* :class:`RestoreDialog` lists the backups of a database (newest first, when, why,
  sound or damaged) and restores the chosen one, off the UI thread. The current
  file is kept aside by :func:`storage.backup.restore_backup`, never overwritten.
* :func:`open_store_or_recover` is what start-up calls instead of ``open_store``:
  a damaged database is explained in plain words and the dialog is offered.
* :class:`BackupController` drives :class:`storage.backup.BackupScheduler` from a
  session: a backup when a workshop is closed, at most every few minutes while
  work goes on, and one when the app quits; failures reach the error banner.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..storage import DamagedDatabaseError, StorageError, Store, default_database_path, open_store
from ..storage.backup import BackupInfo, BackupScheduler, list_backups, restore_backup


def _size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{max(size // 1000, 1)} kB"


class _Worker(QObject):
    """Runs one function on a Python thread; ``done`` arrives on the UI thread (queued)."""

    done = Signal(object, str)  # result, error message ("" when it worked)

    def run(self, function, *args) -> None:
        def work() -> None:
            try:
                result = function(*args)
            except StorageError as e:
                self.done.emit(None, e.message)
                return
            self.done.emit(result, "")

        threading.Thread(target=work, name="restore", daemon=True).start()


class RestoreDialog(QDialog):
    """Choose a backup of ``db_path`` and put it in place (the database must be closed)."""

    restored = Signal(str)  # the kept-aside path of the previous file ("" when there was none)

    def __init__(self, db_path: Path, explanation: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.kept_path: Path | None = None
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(760)

        self.explanation = QLabel(
            explanation
            or self.tr(
                "Choose the backup to go back to. The current database is kept beside it under "
                "a new name, so nothing is thrown away."
            )
        )
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("State"), self.tr("Size")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Restore status"))

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self.restore_selected)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._worker = _Worker(self)
        self._worker.done.connect(self._finished)
        self.reload()

    def reload(self) -> None:
        """List the backups again (each is checked, so damaged ones are marked)."""
        self.backups = list_backups(self.db_path)
        self.model.removeRows(0, self.model.rowCount())
        for info in self.backups:
            state = self.tr("Sound") if info.sound else self.tr("Damaged: cannot be restored")
            cells = [
                info.made_at.strftime("%Y-%m-%d %H:%M:%S"),
                info.reason,
                state,
                _size_text(info.size),
            ]
            row = []
            for text in cells:
                cell = QStandardItem(text)
                cell.setEnabled(info.sound)
                row.append(cell)
            self.model.appendRow(row)
        first_sound = next((n for n, b in enumerate(self.backups) if b.sound), None)
        if first_sound is not None:
            self.table.selectRow(first_sound)
        else:
            self.status.setText(self.tr("There is no sound backup of this database yet."))
        self.restore_button.setEnabled(first_sound is not None)
        self.table.setFocus()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        """Restore the selected backup in the background; the dialog closes when done."""
        chosen = self.selected_backup()
        if chosen is None:
            self.status.setText(self.tr("Choose a backup first."))
            return
        if not chosen.sound:
            self.status.setText(self.tr("That backup is damaged; choose a sound one."))
            return
        self.restore_button.setEnabled(False)
        self.table.setEnabled(False)
        self.status.setText(
            self.tr("Restoring the backup from {when}…").format(
                when=chosen.made_at.strftime("%Y-%m-%d %H:%M")
            )
        )
        self._worker.run(restore_backup, chosen.path, self.db_path)

    def _finished(self, kept: object, error: str) -> None:
        self.table.setEnabled(True)
        if error:
            self.status.setText(error)
            self.restore_button.setEnabled(True)
            return
        self.kept_path = kept if isinstance(kept, Path) else None
        self.restored.emit(str(self.kept_path or ""))
        self.accept()


def open_store_or_recover(
    db_path: Path | None = None, parent: QWidget | None = None
) -> Store | None:
    """``open_store``, but a damaged database offers the restore dialog.

    Returns the opened store, or None when the facilitator cancelled (the damaged
    file is then untouched). Other :class:`StorageError`\\ s are raised as usual.
    """
    path = Path(db_path) if db_path is not None else default_database_path()
    try:
        return open_store(path)
    except DamagedDatabaseError as e:
        dialog = RestoreDialog(
            path,
            QApplication.translate(
                "RestoreDialog",
                "{problem}\n\nChoose a backup to restore. The damaged file is kept "
                "beside it under a new name.",
            ).format(problem=e.message),
            parent,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    return open_store(path)


class BackupController(QObject):
    """Backups while the app runs, made by a worker thread, reported on the UI thread."""

    finished = Signal(str, str)  # backup path ("" on failure), error message ("" on success)

    def __init__(self, session, interval_minutes: float = 5, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.scheduler = BackupScheduler(
            session.store.path,
            interval_minutes,
            on_done=lambda path, error: self.finished.emit(str(path or ""), error or ""),
        )
        session.changed.connect(lambda _changes: self.scheduler.note_change())
        self.finished.connect(self._report)
        self._closed = False

    def _report(self, path: str, error: str) -> None:
        if error:
            self.session.error.emit(error)

    def workshop_closed(self) -> None:
        self.scheduler.workshop_closed()

    def backup_now(self) -> None:
        self.scheduler.request(self.tr("manual"))

    def close(self) -> None:
        """Stop, with a last backup if anything changed (call before the store closes)."""
        if not self._closed:
            self._closed = True
            self.scheduler.close()


def install_backups(main_window, interval_minutes: float = 5) -> BackupController:
    """Automatic backups for a running main window, plus File-menu actions.

    Backs up when the workshop view closes a workshop and when the app quits;
    adds "Back up now" and "Restore a backup…" to ``main_window.menus["file"]``.
    """
    controller = BackupController(main_window.session, interval_minutes, main_window)
    main_window.workshop_view.closed.connect(controller.workshop_closed)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.close)
    menu = main_window.menus["file"]
    first = menu.actions()[-1] if menu.actions() else None
    now = QAction(main_window.tr("&Back up now"), main_window)
    now.triggered.connect(controller.backup_now)
    controller.finished.connect(
        lambda path, error: (
            path
            and main_window.statusBar().showMessage(
                main_window.tr("Backup saved: {path}").format(path=path), 8000
            )
        )
    )
    restore = QAction(main_window.tr("&Restore a backup…"), main_window)
    restore.triggered.connect(lambda: restore_and_restart(main_window, controller))
    for action in (now, restore):
        if first is not None:
            menu.insertAction(first, action)  # before Quit
        else:
            menu.addAction(action)
    main_window.backup_controller = controller
    return controller


def restore_and_restart(main_window, controller: BackupController) -> bool:
    """Close the database, let the facilitator restore a backup, then restart the app on it."""
    answer = QMessageBox.question(
        main_window,
        main_window.tr("Restore a backup"),
        main_window.tr(
            "Restoring closes this database and restarts Workshop App. Everything "
            "is saved already. Go on?"
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    session = main_window.session
    path = session.store.path
    controller.close()
    session.close()  # releases the lock so the file can be replaced
    dialog = RestoreDialog(path, parent=main_window)
    dialog.exec()
    from PySide6.QtCore import QProcess

    QProcess.startDetached(sys.executable, [*sys.argv[:1], "gui", "--db", str(path)])
    QApplication.quit()
    return True
