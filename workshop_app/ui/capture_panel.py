"""Quick keyboard capture: a box to type in and the list of what was captured.

:class:`ExercisePanel` is the base every exercise panel derives from;
:class:`CapturePanel` is the generic panel for blocks without their own;
:class:`ItemListWidget` is the reusable capture box + editable list.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import edits
from ..domain.records import Block, Item, ItemKind, Visibility, touched
from .editable_table import ChoiceDelegate, EditableTable, selected_rows, show_model
from .form_dialog import text_field
from .icons import quiet_button
from .items_model import (
    Column,
    ItemsModel,
    cluster_column,
    text_column,
    visibility_column,
)
from .key_help import PanelKey
from .session import Session
from .shortcuts import click_mnemonics_at_once
from .style import set_flag
from .visibility_chooser import VisibilityChooser


class ExercisePanel(QWidget):
    """Base of every exercise panel: knows its session, workshop and block."""

    #: The panel's own keys, installed from these declarations (``key_help.install_shortcut``)
    #: and listed by the keyboard help (F1).
    keys: ClassVar[tuple[PanelKey, ...]] = ()

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.block = block
        self.workshop_id = block.workshop_id
        self.build()

    def build(self) -> None:
        """Make and lay out the panel's widgets (``session``, ``block`` and
        ``workshop_id`` are set by then): each panel's own constructor, without the
        boilerplate of taking them."""

    def showEvent(self, event: QShowEvent) -> None:
        # Built by now, every control of the panel included.
        click_mnemonics_at_once(self)
        super().showEvent(event)

    def current_block(self) -> Block:
        """The block as stored now (settings may have changed since the panel opened)."""
        return self.session.store.get(Block, self.block.id) or self.block

    def focus_capture(self) -> None:
        """Put the keyboard focus where the facilitator types next."""
        self.setFocus()


class ItemListWidget(QWidget):
    """Capture box + editable, reorderable, clusterable list of items of some kind.

    ``columns`` are the items' own (by default what was said and its cluster); while the
    facilitator chooses who may see each item (``allow_visibility``), the list adds the
    Visibility column after them.
    """

    captured = Signal(str)  # id of a newly captured item

    def __init__(
        self,
        session: Session,
        workshop_id: str,
        block_id: str | None,
        kind: str,
        columns: list[Column] | None = None,
        placeholder: str = "",
        extra_inputs: Sequence[tuple[str, str]] = (),
        default_visibility: str = Visibility.PARTNERS.value,
        allow_visibility: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        #: The block whose items the list shows (None: the whole workshop's).
        self.block_id = block_id
        #: The block new items are captured in: the list's block, or for the
        #: workshop-wide lists (decisions, actions...) the block under way.
        self.capture_block_id = block_id
        self.kind = kind
        self.allow_visibility = allow_visibility
        columns = columns or [
            text_column(self.tr("What was said")),
            cluster_column(self.tr("Cluster")),
        ]
        if allow_visibility:
            # Last, and in every list: who may see each item (the chooser beside the
            # capture box sets it for the next one).
            columns = [*columns, visibility_column(self.tr("Visibility"))]
        self.model = ItemsModel(session, workshop_id, block_id, [kind], columns, self)

        self.capture = text_field(
            self.tr("Capture box"), placeholder or self.tr("Type and press Enter to capture")
        )
        self.capture.returnPressed.connect(self.capture_text)
        self.extra: dict[str, QLineEdit] = {}
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.capture, 3)
        extra_row = QHBoxLayout()
        for key, label in extra_inputs:
            box = QLineEdit()
            box.setPlaceholderText(label)
            box.setAccessibleName(label)
            box.returnPressed.connect(self.capture_text)
            self.extra[key] = box
            extra_row.addWidget(box, 1)
        self.visibility = VisibilityChooser(default_visibility)
        self.visibility.setVisible(allow_visibility)
        self.visibility.changed.connect(self._show_visibility)
        capture_row.addWidget(self.visibility)

        self.table = EditableTable()
        show_model(self.table, self.model, self.tr("Captured items"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        for n, column in enumerate(self.model.columns):
            if column.chosen:
                self.table.setItemDelegateForColumn(n, ChoiceDelegate(column.offered, self.table))

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for icon_name, text, tip, slot in (
            (
                "trash-2",
                self.tr("Delete"),
                self.tr("Delete the selected items (Del)"),
                self.delete_selected,
            ),
            (
                "arrow-up",
                self.tr("Move up"),
                self.tr("Move up (Alt+Up)"),
                lambda: self.move_selected(-1),
            ),
            (
                "arrow-down",
                self.tr("Move down"),
                self.tr("Move down (Alt+Down)"),
                lambda: self.move_selected(1),
            ),
            (
                "group",
                self.tr("Group…"),
                self.tr("Put the selected items in a cluster (Ctrl+G)"),
                self.group_selected,
            ),
        ):
            button = quiet_button(icon_name, text, tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(capture_row)
        if self.extra:
            layout.addLayout(extra_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # Tab goes from what was said to its details (owner, due date), then visibility.
        chain = [self.capture, *self.extra.values(), self.visibility]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        # Keys handled by an event filter rather than QShortcut: they belong to one
        # widget, and must win over the line edit's own handling (see eventFilter).
        self._table_keys = {
            (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier): self.delete_selected,
            (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier): lambda: self.move_selected(-1),
            (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier): lambda: self.move_selected(1),
            (Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier): self.group_selected,
        }
        for widget in (self.capture, *self.extra.values(), self.table):
            widget.installEventFilter(self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z in an empty capture box undoes the last capture: the window's
        # ShortcutScope (ui/shortcuts.py) decides that for every text box.
        if event.type() == QEvent.Type.KeyPress:
            key_event = QKeyEvent(event)
            if key_event.key() == Qt.Key.Key_F8 and watched is not self.table:
                if key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.visibility.set_locked(not self.visibility.locked)
                else:
                    self.cycle_visibility()
                return True
            if watched is self.table:
                modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                action = self._table_keys.get((Qt.Key(key_event.key()), modifiers))
                if action is not None:
                    action()
                    return True
        return super().eventFilter(watched, event)

    def _update_count(self, *args: object) -> None:
        self.count_label.setText(self.tr("%n item(s)", "", self.model.rowCount()))

    def cycle_visibility(self) -> None:
        if self.allow_visibility:
            self.visibility.cycle()

    def _show_visibility(self, value: str) -> None:
        """The capture box is marked while what it captures is not for the usual
        audience (the badge beside it says which, in words)."""
        set_flag(self.capture, "level", value if value != self.visibility.default else "")

    def new_item(self, text: str) -> Item | None:
        """The item the capture box would create, or None (with a message) if input is bad."""
        fields: dict[str, str] = {}
        for key, box in self.extra.items():
            value = box.text().strip()
            if key == "due" and value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    self.session.error.emit(
                        self.tr(
                            "The due date {value!r} is not a date; write it as YYYY-MM-DD, "
                            "for example 2026-12-31."
                        ).format(value=value)
                    )
                    return None
            fields[key] = value
        return Item(
            workshop_id=self.workshop_id,
            block_id=self.capture_block_id,
            kind=self.kind,
            text=text,
            fields=fields,
            visibility=self.visibility.value()
            if self.allow_visibility
            else Visibility.INTERNAL.value,
            position=self.model.next_position(),
        )

    def capture_text(self) -> None:
        text = self.capture.text().strip()
        if not text:
            return
        item = self.new_item(text)
        if item is None:
            return
        if self.session.apply(edits.add(self.tr("Capture {text!r}").format(text=text[:40]), item)):
            # Cleared only once saved: on a failed save what was typed stays in the box.
            # setText (not clear) also empties the box's own undo history, so the next
            # Ctrl+Z undoes the capture itself.
            self.capture.setText("")
            for box in self.extra.values():
                box.setText("")
            self.capture.setFocus()
            self.table.scrollToBottom()
            self.visibility.captured()  # the next item has the default again, unless kept
            self.captured.emit(item.id)

    def selected_items(self) -> list[Item]:
        return [self.model.item_at(r) for r in selected_rows(self.table)]

    def delete_selected(self) -> None:
        chosen = self.selected_items()
        if chosen:
            self.session.apply(edits.delete(self.tr("Delete %n item(s)", "", len(chosen)), *chosen))

    def move_selected(self, step: int) -> None:
        chosen = self.selected_items()
        if len(chosen) != 1:
            return
        rows = list(self.model.rows)
        at = rows.index(chosen[0])
        to = at + step
        if not 0 <= to < len(rows):
            return
        rows[at], rows[to] = rows[to], rows[at]
        self.session.apply(edits.reorder(self.tr("Move item"), rows))
        self.table.selectRow(self.model.row_of(chosen[0].id))

    def group_selected(self) -> None:
        chosen = self.selected_items()
        if not chosen:
            return
        existing = sorted({i.cluster for i in self.model.rows if i.cluster})
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Group into a cluster"),
            self.tr("Cluster name (leave empty to ungroup):"),
            existing,
            0,
            True,
        )
        if ok:
            self.set_cluster(chosen, name.strip())

    def set_cluster(self, chosen: list[Item], name: str) -> None:
        self.session.apply(
            edits.change(self.tr("Group items"), [(i, touched(i, cluster=name)) for i in chosen])
        )


class CapturePanel(ExercisePanel):
    """The generic panel: capture notes, edit, reorder, cluster, set visibility."""

    def build(self) -> None:
        self.items = ItemListWidget(
            self.session, self.workshop_id, self.block.id, ItemKind.NOTE.value, parent=self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items)

    def focus_capture(self) -> None:
        self.items.capture.setFocus()
