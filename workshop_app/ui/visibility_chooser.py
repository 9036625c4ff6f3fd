"""Who may see the next item captured, said beside the capture box in words and an icon.

F8 cycles public → partners → internal; the choice holds for the next item only and
then returns to the list's default (usually *partners*), unless the facilitator keeps
it (Ctrl+F8, or the menu): one confidential remark does not make the rest of the
meeting confidential unnoticed. The badge says which: "Internal · next item only" or
"Internal · kept".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

from ..domain.records import Visibility
from .icons import set_icon
from .items_model import visibility_label
from .style import set_flag

ICONS = {"public": "globe", "partners": "users", "internal": "lock"}


class VisibilityChooser(QToolButton):
    """The visibility of the next capture (see the module docstring)."""

    changed = Signal(str)

    def __init__(self, default: str = Visibility.PARTNERS.value, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setObjectName("VisibilityBadge")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Visibility of new items"))
        self.setToolTip(
            self.tr(
                "Who may see what you capture next. F8 changes it for the next item; "
                "Ctrl+F8 keeps it for the items after."
            )
        )
        self.default = default
        self._value = default
        self.locked = False
        self._build_menu()
        self._show()

    def _build_menu(self) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        self._choices = {}
        for v in Visibility:
            action = menu.addAction(visibility_label(v.value))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, value=v.value: self.set_value(value))
            self._choices[v.value] = action
        menu.addSeparator()
        self._keep = menu.addAction(self.tr("Keep it for the next items (Ctrl+F8)"))
        self._keep.setCheckable(True)
        self._keep.triggered.connect(self.set_locked)
        self.setMenu(menu)

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        if value != self._value:
            self._value = value
            self._show()
            self.changed.emit(value)

    def set_locked(self, locked: bool) -> None:
        self.locked = bool(locked)
        self._show()

    def cycle(self) -> None:
        """F8: the next visibility (public → partners → internal → public)."""
        order = [v.value for v in Visibility]
        self.set_value(order[(order.index(self._value) + 1) % len(order)])

    def captured(self) -> None:
        """An item was captured: unless kept, the next one has the default again."""
        if not self.locked:
            self.set_value(self.default)

    def describe(self) -> str:
        """What the badge says: the visibility, and for how long when not the default."""
        label = {
            "public": self.tr("Public"),
            "partners": self.tr("Partners"),
            "internal": self.tr("Internal"),
        }.get(self._value, self._value)
        if self.locked:
            return self.tr("{visibility} · kept").format(visibility=label)
        if self._value != self.default:
            return self.tr("{visibility} · next item only").format(visibility=label)
        return label

    def _show(self) -> None:
        self.setText(self.describe())
        set_icon(self, ICONS.get(self._value, "users"))
        set_flag(self, "level", self._value)
        for value, action in self._choices.items():
            action.setChecked(value == self._value)
        self._keep.setChecked(self.locked)
        self.setAccessibleDescription(self.describe())
