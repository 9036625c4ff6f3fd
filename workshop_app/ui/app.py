"""Start the Qt application on a database."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import i18n
from ..resources import resource_path
from ..storage import StorageError

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with names, translations and the bug reporter installed."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Workshop App")
    app.setOrganizationName("WorkshopApp")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Workshop App"))
    i18n.install(QCoreApplication.translate)
    translator = QTranslator(app)
    if translator.load(QLocale(), "workshop_app", "_", str(resource_path("translations"))):
        app.installTranslator(translator)
    sys.excepthook = _report_bug
    return app


def _report_bug(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """Bugs are logged with their traceback and shown as bugs, never swallowed."""
    text = "".join(traceback.format_exception(kind, value, tb))  # type: ignore[arg-type]
    log.error("Unexpected error:\n%s", text)
    sys.stderr.write(text)
    if QApplication.instance() is not None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Workshop App: unexpected error"),
            QCoreApplication.translate(
                "App",
                "Something went wrong inside Workshop App (a bug). Your "
                "work up to the last change is saved. Details are below.",
            ),
        )
        box.setDetailedText(text)
        box.exec()


def run_gui(db_path: Path | None = None) -> int:
    """Open the main window on ``db_path`` (default database when None); returns the exit code."""
    app = make_application()
    from .main_window import MainWindow
    from .restore_dialog import install_backups, open_store_or_recover
    from .session import Session

    try:
        store = open_store_or_recover(db_path)  # a damaged file offers the restore dialog
    except StorageError as e:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the database"), e.message
        )
        return 1
    if store is None:  # damaged, and the facilitator chose not to restore a backup
        return 1
    session = Session(store)
    window = MainWindow(session)
    install_backups(window)  # rolling backups while the app runs; File-menu actions
    screen = window.screen().availableGeometry()
    window.resize(min(window.width(), screen.width()), min(window.height(), screen.height()))
    window.showMaximized()
    code = app.exec()
    session.close()
    return code
