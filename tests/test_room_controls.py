"""The facilitator drives the room from the keyboard without leaving the capture box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tests.room_support import make_room_workshop, use_vote_kind
from workshop_app.domain.records import Block
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.room_content import RoomMode
from workshop_app.ui.room_controls import RoomController
from workshop_app.ui.session import Session


@pytest.fixture
def setup(store):
    return make_room_workshop(store)


@pytest.fixture
def app_window(qtbot, store, setup, monkeypatch):
    use_vote_kind(monkeypatch)
    session = Session(store)
    window = MainWindow(session)
    qtbot.addWidget(window)
    controller = window.room_controller  # the main window installs it
    assert isinstance(controller, RoomController)
    window.open_workshop(setup.workshop.id)
    window.show()
    return window, controller


def capture_box(window: MainWindow):
    return window.workshop_view.panel.items.capture


def test_preview_of_the_room_is_on_the_facilitators_side(app_window):
    window, controller = app_window
    assert window.workshop_view.isAncestorOf(controller.preview)
    assert controller.preview.picture.isVisibleTo(window)


def test_f5_shows_and_hides_the_room_window(app_window, qtbot):
    window, controller = app_window
    qtbot.keyClick(capture_box(window), Qt.Key.Key_F5)
    assert controller.room.isVisible()
    assert "Room window:" in controller.preview.state.text()
    qtbot.keyClick(capture_box(window), Qt.Key.Key_F5)
    assert not controller.room.isVisible()
    assert "hidden" in controller.preview.state.text()


def test_f6_blanks_the_room_and_the_preview_says_so(app_window, qtbot):
    window, controller = app_window
    qtbot.keyClick(capture_box(window), Qt.Key.Key_F6)
    assert controller.room.mode is RoomMode.BLACK
    assert "BLANK" in controller.preview.state.text()
    image = controller.preview.picture.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.name() == "#000000"


def test_shift_f6_shows_the_holding_slide(app_window, qtbot):
    window, controller = app_window
    qtbot.keyClick(capture_box(window), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert controller.room.mode is RoomMode.HOLDING
    assert controller.room.visible_text().startswith("Kick-off: first partnership meeting")


def test_f7_freezes_while_typing_in_the_capture_box(app_window, qtbot):
    window, controller = app_window
    box = capture_box(window)
    qtbot.keyClick(box, Qt.Key.Key_F7)
    qtbot.keyClicks(box, "Half-typed idea")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "Half-typed idea" not in controller.room.visible_text()
    assert "FROZEN" in controller.preview.state.text()
    qtbot.keyClick(box, Qt.Key.Key_F7)
    assert "Half-typed idea" in controller.room.visible_text()


def test_captured_item_reaches_room_and_preview_at_once(app_window, qtbot):
    window, controller = app_window
    box = capture_box(window)
    before = controller.preview.picture.grab().toImage()
    qtbot.keyClicks(box, "Street lights out on Elm Street")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "Street lights out on Elm Street" in controller.room.visible_text()
    assert controller.preview.picture.grab().toImage() != before


def test_f9_reveals_hidden_results_and_ctrl_z_hides_them_again(app_window, qtbot, store, setup):
    window, controller = app_window
    window.workshop_view.go_next()  # the vote block, results hidden
    assert "7 votes" not in controller.room.visible_text()
    box = capture_box(window)
    qtbot.keyClick(box, Qt.Key.Key_F9)
    assert store.get(Block, setup.vote.id).settings["revealed"] is True
    assert "Youth diversion pilot: 7 votes" in controller.room.visible_text()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not store.get(Block, setup.vote.id).settings.get("revealed")
    assert "7 votes" not in controller.room.visible_text()


def test_f9_on_a_block_without_hidden_results_changes_nothing(app_window, qtbot, store, setup):
    window, controller = app_window
    qtbot.keyClick(capture_box(window), Qt.Key.Key_F9)
    assert "revealed" not in store.get(Block, setup.discussion.id).settings
    assert "not hidden" in controller.preview.message.text()


def test_next_block_in_the_workshop_moves_the_room_too(app_window, qtbot):
    window, controller = app_window
    qtbot.keyClick(capture_box(window), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert "Which pilot first?" in controller.room.visible_text()


def test_the_block_timer_drives_the_room_clock(app_window, qtbot):
    window, controller = app_window
    timer = window.workshop_view.timer
    with qtbot.waitSignal(timer.ticked, timeout=5000):
        timer.start()
    timer.pause()
    assert controller.room.view.time_shown() == (timer.elapsed(), 20 * 60)


def test_room_theme_choice_is_remembered(app_window, store):
    _window, controller = app_window
    controller.actions["theme_dark"].trigger()
    assert controller.room.view.theme.key == "dark"
    assert store.setting("room_theme") == "dark"


def test_save_room_view_as_picture_writes_what_the_room_shows(app_window, tmp_path):
    _window, controller = app_window
    controller.room.resize(1280, 720)
    path = tmp_path / "room.png"
    assert controller.save_picture(path)
    saved = QImage(str(path))
    assert (saved.width(), saved.height()) == (1280, 720)
    shown = controller.room.view.grab().toImage().convertToFormat(saved.format())
    assert saved == shown


def test_room_actions_are_in_the_view_menu_with_their_keys(app_window):
    window, controller = app_window
    texts = {a.text(): a.shortcut().toString() for a in controller.room_menu.actions()}
    assert texts["Show the room window"] == "F5"
    assert texts["Blank the room (black screen)"] == "F6"
    assert texts["Freeze the room view while you edit"] == "F7"
    assert texts["Reveal hidden results of this block"] == "F9"
    assert "Save room view as picture…" in texts
    assert controller.room_menu.menuAction() in window.menus["view"].actions()
