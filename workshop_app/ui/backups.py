"""Backups while the app runs.

:class:`BackupController` makes a backup when a workshop is closed (if anything
changed), at most every few minutes while work goes on, on request, and one when
the app quits; each is made by :func:`storage.backup.backup_file` in the
background (:func:`~workshop_app.ui.background.run_in_background`), one at a
time, and failures reach the error banner. File → Restore a backup… closes the database,
offers the restore dialog (``restore_dialog``, imported only then) and restarts the app
on the restored file.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from ..storage.backup import backup_file
from .background import BackgroundTask, run_in_background


class BackupController(QObject):
    """Backups while the app runs, made in the background, reported on the UI thread."""

    finished = Signal(str, str)  # backup path ("" on failure), error message ("" on success)

    def __init__(self, session, interval_minutes: float = 5, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.db_path = Path(session.store.path)
        self._changed = False  # saved changes that no backup holds yet
        self._interval_over = False  # the last backup is older than the interval
        self._running: BackgroundTask | None = None
        self._next_reason: str | None = None  # asked for while another one was running
        self._closed = False
        # The database as opened needs no copy straight away: the interval starts now.
        self._interval = QTimer(self)
        self._interval.setSingleShot(True)
        self._interval.setInterval(int(interval_minutes * 60_000))
        self._interval.timeout.connect(self._interval_passed)
        self._interval.start()
        session.changed.connect(self._note_change)
        self.finished.connect(self._report)

    def _note_change(self, _changes: object) -> None:
        self._changed = True
        if self._interval_over:
            self.request("while open")

    def _interval_passed(self) -> None:
        self._interval_over = True
        if self._changed:
            self.request("while open")

    def _report(self, path: str, error: str) -> None:
        if error:
            self.session.error.emit(error)

    def workshop_closed(self) -> None:
        """A workshop was closed: back up now, if anything changed since the last copy."""
        if self._changed:
            self.request("workshop closed")

    def backup_now(self) -> None:
        self.request(self.tr("manual"))

    def request(self, reason: str) -> None:
        """Make a backup now, in the background (after the one running, if any)."""
        if self._closed:
            return
        if self._running is not None:
            self._next_reason = reason
            return
        self._changed = self._interval_over = False  # changes from now on need another copy
        self._interval.stop()
        self._running = run_in_background(
            partial(backup_file, self.db_path, reason),
            self._made,
            self._not_made,
            owner=self,
        )

    def _made(self, path: Path) -> None:
        self._after_backup()
        self.finished.emit(str(path), "")

    def _not_made(self, message: str) -> None:
        self._changed = True  # try again when the interval is over
        self._after_backup()
        self.finished.emit("", message)

    def _after_backup(self) -> None:
        self._running = None
        if self._closed:
            return
        self._interval.start()
        if self._next_reason is not None:
            reason, self._next_reason = self._next_reason, None
            self.request(reason)

    def close(self) -> None:
        """Stop, with a last backup if anything changed (call before the store closes).

        Waits for it: the app is quitting, or the file is about to be replaced.
        """
        if self._closed:
            return
        self._interval.stop()
        if self._running is not None:
            self._running.wait()
            self._running = None  # its answer still arrives, and only reports
        if self._changed or self._next_reason is not None:
            self.request("app closed")
            self._running.wait()
        self._closed = True


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
