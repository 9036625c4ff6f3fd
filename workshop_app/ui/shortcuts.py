"""Which key wins when a text box and the window both want it.

Before a shortcut runs, Qt asks the focused widget whether it wants the key for
itself (a ``ShortcutOverride`` event). A line edit says yes to many Ctrl keys
(Ctrl+E, Ctrl+H... are editing keys of its own), so the window's command never
runs. The facilitator's hands are in the capture box nearly all the time: here the
window's commands, the ones the F1 help lists, win over a widget's built-in binding
for the same keys. Keys that are not commands of the window (Ctrl+A, Ctrl+C, Ctrl+V,
Home, End, arrows...) stay the widget's.

One exception: Undo and Redo belong to a text box that has typing of its own to
undo or redo; an empty or untouched box lets them undo the last change made.

This module is imported at start-up: it must not touch PySide's ``Qt`` namespace
(see :mod:`workshop_app.ui.main_window`), and makes PySide's classes of keys and
commands (``QKeySequence``, ``QAction``) only when a key comes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QShortcutEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


def window_command(
    window: QWidget, text: str, keys: str, slot: Callable[[], object], checkable: bool = False
) -> QAction:
    """A command of ``window`` whose key (if any) works wherever the keyboard is, the
    capture box and the room window included: the projector's and the phones' commands."""
    from PySide6.QtCore import Qt  # not at import: see the module's docstring
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(text, window)
    if keys:
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def own_history(widget: QObject, redo: bool) -> bool:
    """Whether ``widget`` (a text box) has typing of its own to undo (or redo)."""
    # Imported at the first undo, not at start-up: PySide sets up every enum of a class
    # the first time it is imported (these four, about 2 ms before the first paint).
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit

    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    elif isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


class ShortcutScope(QObject):
    """Lets ``window``'s commands (``actions()``) win over the focused widget's own keys.

    It watches only ``window`` and the widget that has the keyboard focus in it, so it
    costs nothing for the rest of the application's events.
    """

    def __init__(self, window: QWidget, actions: Callable[[], Iterable[QAction]]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._watched: QWidget | None = None
        # The window itself too: a key comes to it while nothing in it has the focus
        # (just after it opens), and its commands may not be made yet (see main_window).
        window.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:  # the widget was deleted while it had the focus
                pass
            self._watched = None
        if new is not None and new.window() is self._window:
            new.installEventFilter(self)
            self._watched = new

    def command_for(self, event: QKeyEvent) -> QAction | None:
        """The window's enabled command whose shortcut is the key of ``event``, if any."""
        from PySide6.QtGui import QKeySequence  # at the first key, not at start-up

        pressed = QKeySequence(event.keyCombination())
        for action in self._actions():
            if action.isEnabled() and any(
                keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                for keys in action.shortcuts()
            ):
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        from PySide6.QtGui import QKeySequence  # at the first key, not at start-up

        key_event = QKeyEvent(event)
        for standard, redo in (
            (QKeySequence.StandardKey.Undo, False),
            (QKeySequence.StandardKey.Redo, True),
        ):
            if key_event.matches(standard) and own_history(watched, redo):
                return False  # the box undoes its own typing
        if self.command_for(key_event) is None:
            return False
        # Ignored, the override tells Qt the widget does not want the key: the
        # shortcut runs. Filtered, the widget never gets to claim it.
        event.ignore()
        return True


class ClickAtOnce(QObject):
    """Alt + a button's underlined letter clicks the button at once.

    Qt "animates" a click reached by a mnemonic: the button looks pressed and is
    clicked 100 ms later, on whatever is selected by then, and not at all if it is
    gone. Typed straight on, Alt+A then Down marked the next fact agreed, and Alt+G
    (problem statement agreed) then Ctrl+PgDown lost the agreement with the panel.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Shortcut
            and isinstance(watched, QAbstractButton)
            and isinstance(event, QShortcutEvent)
            and not event.isAmbiguous()
        ):
            watched.click()
            return True
        return False


def click_mnemonics_at_once(widget: QWidget) -> None:
    """Make the buttons in ``widget`` that have a mnemonic act as soon as it is pressed."""
    clicker = widget.findChild(ClickAtOnce) or ClickAtOnce(widget)
    for button in widget.findChildren(QAbstractButton):
        if "&" in button.text().replace("&&", ""):
            button.installEventFilter(clicker)
