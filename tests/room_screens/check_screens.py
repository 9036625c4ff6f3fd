"""Run the real main window + room controller on fake screens and report what happened.

Qt's platform is fixed per process, so ``tests/test_room_screens.py`` runs this
script in a subprocess with ``QT_QPA_PLATFORM=offscreen:configfile=<json>`` and
reads the JSON it prints. Every step drives the app the way a facilitator does:
keys pressed in the capture box.

Usage: check_screens.py DATABASE_PATH [PREFERRED_SCREEN_NAME]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.room_support import make_room_workshop
from workshop_app.domain.records import Visibility
from workshop_app.storage import open_store
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session


def main() -> int:
    app = QApplication(sys.argv[:1])
    store = open_store(sys.argv[1])
    setup = make_room_workshop(store)
    session = Session(store)
    window = MainWindow(session)
    controller = window.room_controller  # installed by the main window
    window.open_workshop(setup.workshop.id)
    window.show()
    QTest.qWaitForWindowExposed(window)
    room = controller.room
    capture = window.workshop_view.panel.items.capture  # type: ignore[union-attr]
    capture.setFocus()
    if len(sys.argv) > 2:
        controller.choose_screen(sys.argv[2])
    report: dict[str, object] = {
        "screens": [s.name() for s in QGuiApplication.screens()],
        "facilitator_screen": window.screen().name(),
    }

    def room_state() -> dict[str, object]:
        g = room.geometry()
        return {
            "visible": room.isVisible(),
            "full_screen": room.isFullScreen(),
            "screen": room.screen().name(),
            "geometry": [g.x(), g.y(), g.width(), g.height()],
        }

    QTest.keyClick(capture, Qt.Key.Key_F5)
    app.processEvents()
    report["after_f5"] = room_state()
    report["focus_stays_in_capture_box"] = QApplication.focusWidget() is capture
    report["preview_says"] = controller.preview.state_text()

    before_text, before = room.visible_text(), room.view.grab().toImage()
    # Internal item typed in the capture box: F8 makes the next item internal.
    visibility = window.workshop_view.panel.items.visibility  # type: ignore[union-attr]
    QTest.keyClick(capture, Qt.Key.Key_F8)
    report["f8_makes_the_next_item_internal"] = visibility.value() == Visibility.INTERNAL.value
    QTest.keyClicks(capture, "Budget cut is confidential")
    QTest.keyClick(capture, Qt.Key.Key_Return)
    report["internal_item_saved"] = any(
        i.text == "Budget cut is confidential" for i in store.items(setup.workshop.id)
    )
    report["internal_changes_nothing"] = (
        room.visible_text() == before_text and room.view.grab().toImage() == before
    )
    report["back_to_partners_after_one_item"] = visibility.value() == Visibility.PARTNERS.value
    QTest.keyClicks(capture, "Shared patrols on Friday nights")
    QTest.keyClick(capture, Qt.Key.Key_Return)
    report["partners_item_shown_at_once"] = "Shared patrols on Friday nights" in room.visible_text()

    QTest.keyClick(capture, Qt.Key.Key_F6)
    report["blank_text"] = room.visible_text()
    QTest.keyClick(capture, Qt.Key.Key_F6)
    QTest.keyClick(capture, Qt.Key.Key_F7)
    QTest.keyClicks(capture, "Draft not for the room yet")
    QTest.keyClick(capture, Qt.Key.Key_Return)
    report["frozen_hides_draft"] = "Draft not for the room yet" not in room.visible_text()
    QTest.keyClick(capture, Qt.Key.Key_F7)
    report["unfrozen_shows_draft"] = "Draft not for the room yet" in room.visible_text()

    # The projector is unplugged: Qt calls the same handler with the leaving screen.
    projector = controller.screens.target
    if projector is not None:
        messages: list[str] = []
        controller.screens.moved.connect(messages.append)
        controller.screens._screen_removed(projector)
        report["after_unplug"] = {**room_state(), "told": messages}
        QTest.keyClick(capture, Qt.Key.Key_F5)
        report["after_second_f5_visible"] = room.isVisible()
    print(json.dumps(report))
    window.close()
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
