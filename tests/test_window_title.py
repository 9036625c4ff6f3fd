"""Window titles name what is open; the application's name is added once, by Qt
("ws.sqlite3 — Workshop App", not "Workshop App — ws.sqlite3 — Workshop App")."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.test_ui_foundation import shown
from workshop_app import i18n
from workshop_app.ui.app import make_application
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session


@pytest.fixture
def started_app(qapp, monkeypatch):
    """The application as ``workshop-app`` starts it (names, translation hook)."""
    names = QApplication.applicationName(), QGuiApplication.applicationDisplayName()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(i18n, "_loader", i18n._loader)  # make_application may install one
    monkeypatch.setattr(i18n, "_default", i18n._default)
    monkeypatch.setattr(i18n, "_output", i18n._output)
    app = make_application([])
    yield app
    QApplication.setApplicationName(names[0])
    QGuiApplication.setApplicationDisplayName(names[1])


def test_titles_name_what_is_open_and_leave_the_apps_name_to_qt(
    qtbot, started_app, store, planned_workshop
):
    app_name = QGuiApplication.applicationDisplayName()
    assert app_name == "Workshop App"  # what Qt adds to every title
    window = shown(qtbot, MainWindow(Session(store)))
    assert window.windowTitle() == store.path.name

    window.open_workshop(planned_workshop.id)
    assert window.windowTitle() == planned_workshop.title
    assert window.room_controller.room.windowTitle() == "Room view"

    window.show_home()
    assert window.windowTitle() == store.path.name
    for title in (window.windowTitle(), window.room_controller.room.windowTitle()):
        assert app_name not in title
