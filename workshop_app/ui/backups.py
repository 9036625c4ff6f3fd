"""Backups while the app runs.

:class:`BackupController` drives :class:`storage.backup.BackupScheduler` from a
session: a backup when a workshop is closed, at most every few minutes while work
goes on, and one when the app quits; failures reach the error banner. File → Restore
a backup… closes the database, offers the restore dialog (``restore_dialog``, imported
only then) and restarts the app on the restored file.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from ..storage.backup import BackupScheduler


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
    main_window.workshop_closed.connect(controller.workshop_closed)
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
    restore.triggered.connect(lambda: _restore_and_restart(main_window, controller))
    for action in (now, restore):
        if first is not None:
            menu.insertAction(first, action)  # before Quit
        else:
            menu.addAction(action)
    main_window.backup_controller = controller
    return controller


def _restore_and_restart(main_window, controller: BackupController) -> bool:
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
    from .restore_dialog import RestoreDialog  # only when asked for

    dialog = RestoreDialog(path, parent=main_window)
    dialog.exec()
    from PySide6.QtCore import QProcess

    QProcess.startDetached(sys.executable, [*sys.argv[:1], "gui", "--db", str(path)])
    QApplication.quit()
    return True
