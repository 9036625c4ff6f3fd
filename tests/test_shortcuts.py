"""The commands F1 lists work while the capture box has the focus, which is most of the time;
the box keeps the keys a facilitator edits text with.

A line edit claims the keys of its platform's editing bindings before any shortcut
sees them: on Linux desktops Ctrl+E is "end of line", so Ctrl+E (export) did nothing
from the capture box. The offscreen platform the tests run on has no such bindings,
so :class:`GreedyTextBox` makes the capture box claim every key, the worst case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from tests.test_ui_foundation import shown, when_dialog_opens
from workshop_app.domain import planning
from workshop_app.domain.records import Workshop
from workshop_app.exercises.templates import template
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session

ALT = Qt.KeyboardModifier.AltModifier


class CommandTrap(QObject):
    """Catches the shortcut event Qt sends a command, so the command itself does not run
    (quitting, opening modal dialogs...): what is tested is which command the key reached."""

    def __init__(self) -> None:
        super().__init__()
        self.reached: list[QAction] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self.reached.append(watched)
            return True
        return False


class GreedyTextBox(QObject):
    """Makes a text box claim every key for itself, as a line edit claims Ctrl+E on a Linux
    desktop. Installed once the box has the focus, it is asked before the window is."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # "this key is mine"; the box then gets it, unless overruled
        return False


def capture_box_of(window: MainWindow) -> QLineEdit:
    window.workshop_view.focus_capture()
    box = QApplication.focusWidget()
    assert isinstance(box, QLineEdit)
    assert box.accessibleName() == "Capture box"
    return box


def open_at_a_capture_block(qtbot, store, workshop) -> MainWindow:
    window = shown(qtbot, MainWindow(Session(store)))
    window.room_controller  # noqa: B018 - its commands (F5...) are in the View menu, and F1
    window.open_workshop(workshop.id)
    view = window.workshop_view
    view.set_current_block(next(b for b in view.blocks if b.kind == "wrap_up").id)
    return window


def test_every_shortcut_f1_lists_reaches_its_command_from_the_capture_box(
    qtbot, store, planned_workshop
):
    window = open_at_a_capture_block(qtbot, store, planned_workshop)
    box = capture_box_of(window)
    for text in ("Meet monthly", "Share patrol maps"):  # something to undo and to redo
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    window.undo_action.trigger()
    commands = window.shortcut_actions()
    assert all(a.isEnabled() for a in commands)
    keys = [(a, k) for a in commands for k in a.shortcuts()]
    assert len(keys) >= 24  # file, edit, workshop, room and help commands
    trap = CommandTrap()
    for action in commands:
        action.installEventFilter(trap)
    greedy = GreedyTextBox()
    box.installEventFilter(greedy)
    missed = []
    for action, sequence in keys:
        assert QApplication.focusWidget() is box
        trap.reached.clear()
        combination = sequence[0]
        qtbot.keyClick(box, combination.key(), combination.keyboardModifiers())
        if trap.reached != [action]:
            missed.append(f"{sequence.toString()} ({action.text().replace('&', '')})")
    assert missed == []


def test_f1_lists_every_command_that_has_a_shortcut(qtbot, store, planned_workshop):
    from workshop_app.ui.guide import GuideDialog

    window = open_at_a_capture_block(qtbot, store, planned_workshop)
    qtbot.keyClick(capture_box_of(window), Qt.Key.Key_F1)
    guide = window.findChild(GuideDialog)
    assert guide.isVisible() and guide.current_key() == "shortcuts"
    text = guide.page.toPlainText()
    for action in window.shortcut_actions():
        assert action.text().replace("&", "") in text
        assert all(keys.toString() in text for keys in action.shortcuts())


def test_ctrl_e_in_the_capture_box_opens_the_export_dialog(qtbot, store, planned_workshop):
    from workshop_app.ui.export_dialog import ExportDialog

    window = open_at_a_capture_block(qtbot, store, planned_workshop)
    box = capture_box_of(window)
    greedy = GreedyTextBox()
    box.installEventFilter(greedy)
    qtbot.keyClicks(box, "Half-typed thought")
    opened = []
    when_dialog_opens(qtbot, lambda dialog: (opened.append(dialog), dialog.reject()))
    qtbot.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [type(d) for d in opened] == [ExportDialog]
    assert box.text() == "Half-typed thought"  # nothing typed is lost on the way


def test_editing_keys_stay_with_the_capture_box(qtbot, store, planned_workshop):
    window = open_at_a_capture_block(qtbot, store, planned_workshop)
    box = capture_box_of(window)
    greedy = GreedyTextBox()
    box.installEventFilter(greedy)
    qtbot.keyClicks(box, "Meet monthly")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Share maps")
    qtbot.keyClick(box, Qt.Key.Key_Home)
    qtbot.keyClicks(box, "We ")
    assert box.text() == "We Share maps"
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert box.selectedText() == "We Share maps"
    qtbot.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == "We Share mapsWe Share maps"
    # Ctrl+Z in a box with typing of its own undoes that typing, not the last capture.
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == "We Share maps"
    notes = [i.text for i in store.items(planned_workshop.id, kinds=["note"])]
    assert notes == ["Meet monthly"]
    # Emptied, the box has nothing of its own left: Ctrl+Z undoes the capture.
    box.setText("")
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.items(planned_workshop.id, kinds=["note"]) == []


def mnemonic(text: str) -> str | None:
    """The letter Alt presses with in ``text`` ("&Facts" → "f"), if it has one."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_every_panel_mnemonic_reaches_its_own_control_not_a_menu(qtbot, store, planned_workshop):
    workshops = [planned_workshop]
    for key in ("follow_up_meeting", "designing_the_partnership", "planning_the_evaluation"):
        workshop = Workshop(planned_workshop.collaboration_id, key, "2026-12-04")
        store.apply(planning.create_workshop(workshop, template(key).make_blocks(workshop.id)))
        workshops.append(workshop)
    window = shown(qtbot, MainWindow(Session(store)))
    menu_letters = {mnemonic(m.title()) for m in window.menus.values()}
    taken, missed = [], []
    for workshop in workshops:
        window.open_workshop(workshop.id)
        view = window.workshop_view
        for block in list(view.blocks):
            view.set_current_block(block.id)
            panel = view.panel
            buttons = [b for b in panel.findChildren(QAbstractButton) if mnemonic(b.text())]
            labels = [x for x in panel.findChildren(QLabel) if x.buddy() and mnemonic(x.text())]
            for control in buttons + labels:
                if mnemonic(control.text()) in menu_letters:
                    taken.append(f"{block.kind}: {control.text()}")
            for label in labels:  # Alt + the letter puts the cursor in the labelled control
                if not label.buddy().isEnabled():
                    continue  # nothing selected yet for it to be about
                view.focus_capture()
                qtbot.keyClick(QApplication.focusWidget(), mnemonic(label.text()), ALT)
                if QApplication.focusWidget() is not label.buddy():
                    missed.append(f"{block.kind}: {label.text()}")
    assert (taken, missed) == ([], [])
