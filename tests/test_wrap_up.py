"""The wrap-up reads back today's decisions and action items: the room sees them with
their owners and dates, the facilitator ticks each as read back (Space), and the room
sees in words which were."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.test_ui_foundation import shown
from workshop_app.domain.records import Item
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_line(qtbot, *cells: str) -> None:
    """Type each cell into the focused box, Tab between them, Enter after the last."""
    for n, text in enumerate(cells):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        press(qtbot, Qt.Key.Key_Tab if n + 1 < len(cells) else Qt.Key.Key_Return)


def at_the_wrap_up(qtbot, store, workshop) -> MainWindow:
    """The window open at the workshop's wrap-up block, its capture box focused."""
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(workshop.id)
    view = window.workshop_view
    view.set_current_block(next(b for b in view.blocks if b.kind == "wrap_up").id)
    view.focus_capture()
    return window


def decide_and_assign(qtbot) -> None:
    """A decision (Ctrl+Shift+D), an internal decision (F8 twice: partners → internal)
    and an action with its owner and due date (Ctrl+Shift+A), all by keys."""
    press(qtbot, Qt.Key.Key_D, CTRL_SHIFT)
    type_line(qtbot, "Meet monthly at the library")
    press(qtbot, Qt.Key.Key_F8)
    type_line(qtbot, "Ask the council for a budget line")
    press(qtbot, Qt.Key.Key_F8)
    press(qtbot, Qt.Key.Key_F8)  # internal → public → partners again
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    type_line(qtbot, "Send the patrol maps", "Dana Okafor", "2031-03-01")


def stored(store, workshop, text: str) -> Item:
    return next(i for i in store.items(workshop.id) if i.text == text)


def room_text(window: MainWindow) -> str:
    return window.room_controller.room.visible_text()


def test_the_room_reads_back_todays_decisions_and_actions_with_owner_and_date(
    qtbot, store, planned_workshop
):
    window = at_the_wrap_up(qtbot, store, planned_workshop)
    decide_and_assign(qtbot)
    room = room_text(window)
    assert "To read back | Meet monthly at the library" in room
    assert "To read back | Send the patrol maps | Dana Okafor | 2031-03-01" in room
    assert "Read back so far: 0 of 2." in room
    # The internal decision is listed for the facilitator, never for the room.
    assert stored(store, planned_workshop, "Ask the council for a budget line").visibility == (
        "internal"
    )
    assert "budget line" not in room
    panel = window.workshop_view.panel
    shown_rows = [
        " | ".join(panel.ordered.index(r, c).data() for c in range(3))
        for r in range(panel.ordered.rowCount())
    ]
    assert shown_rows == [
        "Not yet | Decision | Meet monthly at the library",
        "Internal: not for the room | Decision | Ask the council for a budget line",
        "Not yet | Action | Send the patrol maps",
    ]


def test_space_ticks_the_selected_row_read_back_on_disk_and_in_the_room_and_undo_unticks(
    qtbot, store, planned_workshop
):
    window = at_the_wrap_up(qtbot, store, planned_workshop)
    decide_and_assign(qtbot)
    panel = window.workshop_view.panel
    press(qtbot, Qt.Key.Key_R, ALT)  # "Read back today's decisions and actions"
    assert QApplication.focusWidget() is panel.table
    press(qtbot, Qt.Key.Key_Space)  # the first decision; the next row is selected
    press(qtbot, Qt.Key.Key_Down)  # past the internal decision
    press(qtbot, Qt.Key.Key_Space)  # the action
    assert stored(store, planned_workshop, "Meet monthly at the library").fields["read_back"]
    assert stored(store, planned_workshop, "Send the patrol maps").fields["read_back"]
    assert (
        "read_back"
        not in stored(store, planned_workshop, "Ask the council for a budget line").fields
    )
    room = room_text(window)
    assert "✔ Read back | Meet monthly at the library" in room
    assert "✔ Read back | Send the patrol maps | Dana Okafor | 2031-03-01" in room
    assert "Read back so far: 2 of 2." in room
    assert panel.count.text() == "2 of 2 read back"

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the action again
    assert not stored(store, planned_workshop, "Send the patrol maps").fields.get("read_back")
    assert "To read back | Send the patrol maps" in room_text(window)
    assert "✔ Read back | Meet monthly at the library" in room_text(window)


def test_space_on_a_row_read_back_marks_it_not_yet(qtbot, store, planned_workshop):
    window = at_the_wrap_up(qtbot, store, planned_workshop)
    decide_and_assign(qtbot)
    press(qtbot, Qt.Key.Key_R, ALT)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Space)
    assert stored(store, planned_workshop, "Meet monthly at the library").fields["read_back"] is (
        False
    )
    assert "To read back | Meet monthly at the library" in room_text(window)


def test_a_wrap_up_with_nothing_decided_says_so_to_the_room(qtbot, store, planned_workshop):
    window = at_the_wrap_up(qtbot, store, planned_workshop)
    assert "No decisions or action items recorded today yet." in room_text(window)
