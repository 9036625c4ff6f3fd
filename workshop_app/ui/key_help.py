"""Keys of the exercise panels, lists and tables, each declared once with what it does.

A panel declares its keys (``ExercisePanel.keys``) and installs its shortcuts from the
same declarations (:func:`install_shortcut`); the keyboard help (F1) lists them from
there, so it cannot go stale: ``tests/test_help.py`` compares the declarations with
the shortcuts every panel actually installs. A key a widget handles itself (the issue
tree's Space, a table's Tab) is declared with ``by_widget=True``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..i18n import tr


@dataclass(frozen=True)
class PanelKey:
    """A key and what it does, in English (translated when shown)."""

    #: The key in Qt's portable form ("Ctrl+Return", "Alt+1", "Space").
    keys: str
    does: str
    #: Where it works, when not anywhere in its panel ("In the issue tree").
    where: str = ""
    #: Handled by a widget's own key handling rather than a shortcut.
    by_widget: bool = False

    @property
    def shown_keys(self) -> str:
        """The key as the facilitator's keyboard names it."""
        return QKeySequence(self.keys).toString(QKeySequence.SequenceFormat.NativeText)

    @property
    def does_text(self) -> str:
        """What it does, in the facilitator's language."""
        return tr("Shortcuts", self.does)

    @property
    def where_text(self) -> str:
        """Where it works, in the facilitator's language ("": anywhere in its panel)."""
        return tr("Shortcuts", self.where) if self.where else ""

    @property
    def text(self) -> str:
        """What it does, with where it works, in the facilitator's language."""
        if not self.where:
            return self.does_text
        return tr("Shortcuts", "{where}: {does}").format(where=self.where_text, does=self.does_text)


def install_shortcut(
    parent: QWidget,
    key: PanelKey,
    slot: Callable[[], Any],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    """A shortcut for ``key`` on ``parent`` that runs ``slot``; by default it works while
    the focus is anywhere in ``parent``. It carries its words (``whatsThis``)."""
    if key.by_widget:
        raise ValueError(f"{key.keys} is handled by its widget, not a shortcut")
    shortcut = QShortcut(QKeySequence(key.keys), parent)
    shortcut.setContext(context)
    shortcut.setWhatsThis(key.text)
    shortcut.activated.connect(slot)
    return shortcut


def keys_of_widget(where: str, *keys: tuple[str, str]) -> tuple[PanelKey, ...]:
    """Keys a widget handles itself, all ``where`` (``(keys, text)`` pairs)."""
    return tuple(PanelKey(k, text, where, by_widget=True) for k, text in keys)


#: The capture box and the list of every capture panel (``ItemListWidget``).
LIST_KEYS = (
    PanelKey("Return", "Capture what you typed", "In a capture box", by_widget=True),
    PanelKey("Tab", "Go to the next box of the item (owner, due date…)", "In a capture box", True),
    PanelKey("F8", "Change who may see what you capture next", "In a capture box", True),
    PanelKey("Del", "Delete the selected items", "In a list", True),
    PanelKey("Alt+Up", "Move the selected item up", "In a list", True),
    PanelKey("Alt+Down", "Move the selected item down", "In a list", True),
    PanelKey("Ctrl+G", "Put the selected items in a cluster", "In a list", True),
)

#: Lists with tick boxes (partners involved, who receives the data...).
CHECKLIST_KEYS = (
    PanelKey("Space", "Tick or untick the current entry", "In a list with tick boxes", True),
)

#: Every editable table (``EditableTable``).
TABLE_KEYS = keys_of_widget(
    "In a table",
    ("F2", "Edit the cell; typing replaces what is there"),
    ("Tab", "Save the cell and go to the next one"),
    ("Shift+Tab", "Save the cell and go to the previous one"),
    ("Return", "Save the cell and go to the row below"),
    ("Esc", "Leave the cell unchanged"),
)

#: "From the room": what the phones sent, waiting for the facilitator (Alt+4 goes there).
ROOM_QUEUE_KEYS = keys_of_widget(
    "In “From the room”",
    ("Return", "Accept it as an item of the block"),
    ("F2", "Tidy the words first; Enter accepts them"),
    ("M", "Merge it into an item already captured"),
    ("Del", "Reject it (nobody ever sees it)"),
    ("Shift+Del", "Put out the phone that sent it and reject all it sent"),
)

#: The room window itself (it seldom has the keyboard: the facilitator's window keeps it).
ROOM_WINDOW_KEYS = (PanelKey("Esc", "Leave full screen", "In the room window", by_widget=True),)

#: The facilitator guide (F1, Shift+F1): Ctrl+F is a shortcut, the others the search
#: box's and the dialog's own.
FIND_IN_GUIDE = PanelKey("Ctrl+F", "Go to the search box")
GUIDE_KEYS = (
    FIND_IN_GUIDE,
    PanelKey("Return", "Show the next section that mentions it", "In the search box", True),
    PanelKey("Down", "Go to the list of sections", "In the search box", True),
    PanelKey("Esc", "Close the guide", by_widget=True),
)

#: The method library (Help → Method library…): its search box keeps the keys.
METHOD_LIBRARY_KEYS = keys_of_widget(
    "In the method library",
    ("Down", "Show the next method"),
    ("Up", "Show the previous method"),
    ("Return", "Add the method shown to the agenda, after the current block"),
    ("Esc", "Close the library"),
)

#: The export dialog (Ctrl+E); the print button's key.
PRINT_SUMMARY = PanelKey("Ctrl+P", "Print the summary", by_widget=True)
EXPORT_DIALOG_KEYS = (PRINT_SUMMARY,)

#: Buttons and captions with an underlined letter.
MNEMONIC_KEYS = (
    PanelKey(
        "Alt",
        "With the underlined letter of a button or caption: press that button or go to that box",
        by_widget=True,
    ),
)
