"""Start the Qt application on a database."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from .. import collector, i18n
from ..storage import DamagedDatabaseError, StorageError, Store, default_database_path, open_store

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from .main_window import MainWindow

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with names, translations and the bug reporter installed."""
    app = QApplication.instance()
    if app is None:
        # Fusion on every platform, drawn from our palette (ui/style.py); chosen here,
        # since asking the application for its style afterwards costs 11 ms of start-up.
        app = _first_application([*(argv if argv is not None else sys.argv), "-style", "Fusion"])
        app.setProperty("workshop_app_fusion", True)
    app.setApplicationName("Workshop App")
    app.setDesktopFileName("workshop-app")  # packaging/workshop-app.desktop: its icon, on Wayland
    app.setOrganizationName("WorkshopApp")
    install_languages(app)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Workshop App"))
    sys.excepthook = _report_bug
    return app


def install_languages(app: QApplication) -> None:
    """The languages chosen in Edit → Preferences… (the system's by default): the
    window's, and the room's and exports'. English loads nothing."""
    from .languages import chosen_languages, install_app_translators
    from .languages import install_languages as install

    app_language, output_language = chosen_languages()
    if app_language == "en" and output_language in (None, "en"):
        i18n.set_default_language("en")
        i18n.set_output_language(None)
        return
    install(app_language, output_language)
    if app_language != "en":
        install_app_translators(app, app_language)


def _first_application(arguments: list[str]) -> QApplication:
    """The QApplication; if Qt cannot open a window on this system, one plain message
    saying what to install (or why), and exit, instead of Qt's message and abort.

    Qt says why in messages while the application is made, then aborts with a fatal
    one; they are held here meanwhile, and shown as Qt would once it is made.
    """
    if not sys.platform.startswith("linux"):  # X11's libraries: see platform_libraries
        return QApplication(arguments)
    held: list[str] = []

    def hold(mode, _context, message: str) -> None:
        if mode.name != "QtFatalMsg":
            held.append(message)
            return
        explanation = None
        if "platform plugin" in message:
            from .platform_libraries import explain_platform_failure  # on failure only

            explanation = explain_platform_failure(held)
        sys.stderr.write("\n".join([*held, message] if explanation is None else [explanation]))
        sys.stderr.write("\n")
        sys.stderr.flush()
        if explanation is not None:
            os._exit(1)  # not Qt's abort: no core dump for a missing library
        # Otherwise Qt aborts, having said why.

    previous = qInstallMessageHandler(hold)
    try:
        app = QApplication(arguments)
    finally:
        qInstallMessageHandler(previous)
    for message in held:
        sys.stderr.write(message + "\n")
    return app


def _report_bug(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """Bugs are logged with their traceback and shown as bugs, never swallowed."""
    text = "".join(traceback.format_exception(kind, value, tb))  # type: ignore[arg-type]
    log.error("Unexpected error:\n%s", text)
    sys.stderr.write(text)
    if QApplication.instance() is not None:
        from PySide6.QtWidgets import QMessageBox

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
    try:
        store = open_store_or_recover(db_path)  # a damaged file offers the restore dialog
    except StorageError as e:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the database"), e.message
        )
        return 1
    if store is None:  # damaged, and the facilitator chose not to restore a backup
        return 1
    window = show_main_window(store)
    if os.environ.get("WORKSHOP_APP_QUIT_WHEN_READY"):
        # The installers' smoke test (packaging/smoke_test.sh): the window is painted,
        # builds in the background what it builds there, then closes as Quit does.
        def built() -> None:
            print("workshop-app: window shown and built; closing", flush=True)
            window.close()

        window._warm_up.finished.connect(built)
    code = app.exec()
    window.session.close()
    return code


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
        from .restore_dialog import RestoreDialog

        dialog = RestoreDialog(
            path,
            QApplication.translate(
                "RestoreDialog",
                "{problem}\n\nChoose a backup to restore. The damaged file is kept "
                "beside it under a new name.",
            ).format(problem=e.message),
            parent,
        )
        if not dialog.exec():
            return None
    return open_store(path)


def show_main_window(store: Store) -> MainWindow:
    """The main window on ``store``, with rolling backups, shown maximised.

    This is the whole start-up path after the database is open (the start-up
    benchmark measures it), so it imports only what the home screen needs.
    """
    from .main_window import MainWindow
    from .session import Session
    from .style import apply_appearance

    apply_appearance(QApplication.instance(), store.setting("appearance", "system"))
    window = MainWindow(Session(store))
    window.after_first_paint(lambda: _install_backups(window))
    window.after_first_paint(_set_application_icon)  # QIcon's first use: not before the picture
    window.after_first_paint(collector.start_up_over)  # collect as usual from then on
    screen = window.screen().availableGeometry()
    window.resize(min(window.width(), screen.width()), min(window.height(), screen.height()))
    window.showMaximized()
    return window


def application_icon() -> QIcon:
    """The app's icon, in every size drawn for it (resources/app)."""
    from PySide6.QtGui import QIcon  # not at start-up: its first use costs a millisecond

    from ..resources import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(resource_path("app", f"workshop-app-{size}.png")))
    return icon


def _set_application_icon() -> None:
    QApplication.instance().setWindowIcon(application_icon())


def _install_backups(window: MainWindow) -> None:
    from .backups import install_backups

    install_backups(window)  # rolling backups while the app runs; File-menu actions
