"""The details of the selected row of a capture list, under the list: its text, the
fields a narrow table leaves out, and the panel's own widgets (check lists of partners,
scores), each column captioned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import Item
from ..capture_panel import ItemListWidget
from ..fit import fit_list, fitter
from ..form_dialog import buddy_label
from .kit import FieldsItemList, detail_splitter


class HiddenFieldsForm(QWidget):
    """The fields of the selected row that a narrow table leaves out (columns of
    priority 2 and 3, see ``ui/fit.py``), to read and edit here: nothing is out of
    reach on a small screen. Hidden while the table shows every column."""

    def __init__(self, items: ItemListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.columns: list[int] = []
        self.editors: dict[int, QWidget] = {}
        fitter(items.table).hidden_changed.connect(self.show_columns)
        items.table.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        items.model.dataChanged.connect(lambda *_: self.refresh())
        items.model.modelReset.connect(self.refresh)
        self.show_columns(fitter(items.table).left_out)

    def show_columns(self, columns: list[int]) -> None:
        """Build an editor for each of ``columns`` (the ones the table left out)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.columns, self.editors = list(columns), {}
        model = self.items.model
        for c in self.columns:
            column = model.columns[c]
            if column.set is None:
                editor: QWidget = QLabel()
            elif column.chosen:
                editor = QComboBox()
                editor.activated.connect(lambda _n, c=c: self._save(c))
            else:
                editor = QLineEdit()
                editor.editingFinished.connect(lambda c=c: self._save(c))
            editor.setAccessibleName(column.title)
            label = QLabel(column.title + ":")
            label.setBuddy(editor)
            self.form.addRow(label, editor)
            self.editors[c] = editor
        self.setVisible(bool(self.columns))
        self.refresh()

    def _row(self) -> int:
        index = self.items.table.currentIndex()
        return index.row() if index.isValid() else -1

    def refresh(self) -> None:
        row = self._row()
        model = self.items.model
        for c, editor in self.editors.items():
            editor.setEnabled(row >= 0)
            if row < 0:
                continue
            index = model.index(row, c)
            column = model.columns[c]
            if isinstance(editor, QComboBox):
                editor.blockSignals(True)
                editor.clear()
                for value, label in column.offered():
                    editor.addItem(label, value)
                editor.setCurrentIndex(
                    max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0)
                )
                editor.blockSignals(False)
            elif isinstance(editor, QLineEdit):
                if not editor.hasFocus():
                    editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            else:
                editor.setText(str(index.data() or ""))

    def _save(self, column: int) -> None:
        row = self._row()
        if row < 0:
            return
        editor = self.editors[column]
        value = editor.currentData() if isinstance(editor, QComboBox) else editor.text()
        self.items.model.setData(self.items.model.index(row, column), value)


class RowDetails(QGroupBox):
    """The box about the selected row of a capture list: the row's text (``hint`` while
    no row is selected), the fields a narrow table leaves out (:class:`HiddenFieldsForm`),
    then the panel's own widgets side by side: ``columns`` of (layout, stretch), each
    usually made by :func:`labelled`.

    ``show(item)`` fills the panel's widgets for the selected item (or None); it runs
    whenever the selection moves or the list is reloaded, and on :meth:`refresh`.
    """

    def __init__(
        self,
        title: str,
        items: FieldsItemList,
        hint: str,
        show: Callable[[Item | None], None],
        columns: Sequence[tuple[QLayout, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.items = items
        self.hint = hint
        self._show = show
        self.item_text = QLabel()
        self.item_text.setWordWrap(True)
        body = QVBoxLayout(self)
        body.addWidget(self.item_text)
        body.addWidget(HiddenFieldsForm(items))
        row = QHBoxLayout()
        for column, stretch in columns:
            row.addLayout(column, stretch)
        body.addLayout(row, 1)
        items.table.selectionModel().currentRowChanged.connect(self.refresh)
        items.model.modelReset.connect(self.refresh)

    def refresh(self, *args: object) -> None:
        """Show the selected row as stored now."""
        item = self.items.current_item()
        self.item_text.setText(item.text if item else self.hint)
        self._show(item)

    def lay_out_with_list(self, panel: QWidget) -> None:
        """Fill ``panel`` with the capture list above these details of its selected row
        (:func:`~.kit.detail_splitter`)."""
        layout = QVBoxLayout(panel)
        layout.addWidget(detail_splitter(self.items, self), 1)


def labelled(label: str, widget: QWidget, *more: QWidget) -> QVBoxLayout:
    """A column of the detail box: a caption (buddy of ``widget``) above its widgets."""
    column = QVBoxLayout()
    caption = buddy_label(label, widget)
    caption.setWordWrap(True)  # a longer language wraps rather than widen the box
    column.addWidget(caption)
    column.addWidget(widget, 1)
    for extra in more:
        column.addWidget(extra)
    return column


class CheckList(QListWidget):
    """A list of values with check boxes (Space toggles the current one)."""

    def fill(self, options: Sequence[tuple[str, str]], checked: set[str]) -> None:
        """Offer ``options`` (value, label), ``checked`` ticked, keeping the current row;
        without signals, so only the facilitator's ticks are heard."""
        self.blockSignals(True)
        row = self.currentRow()
        self.clear()
        for value, label in options:
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, value)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked
            )
            self.addItem(entry)
        if 0 <= row < self.count():
            self.setCurrentRow(row)
        self.blockSignals(False)

    def checked_values(self) -> list[str]:
        """The values ticked, in the order offered."""
        return [
            self.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.count())
            if self.item(n).checkState() == Qt.CheckState.Checked
        ]


def partner_checklist(accessible_name: str, parent: QWidget | None = None) -> CheckList:
    """A list of partners with check boxes, fitted to the detail box's width."""
    widget = CheckList(parent)
    widget.setAccessibleName(accessible_name)
    fit_list(widget)
    return widget
