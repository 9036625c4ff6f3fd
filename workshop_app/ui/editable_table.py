"""Tables the facilitator types into, like a spreadsheet, and the models behind them;
and the read-only tables of rows (:func:`read_only_table`), which the keyboard leaves
with Tab as it leaves an editable one.

Every editable table in the app is an :class:`EditableTable`:

- typing on a cell opens its editor with the key typed (F2 edits what is there);
- Tab and Shift+Tab save the cell and move to the next or previous *editable* cell,
  row after row; past the last one, Tab leaves the table;
- Enter saves the cell and moves one row down, back to the column where the typing
  of the row began; in a dialog, Enter in the table never presses a button;
- each key saves before the next one is handled: Enter commits at once, not on the
  next turn of the event loop as Qt's own delegate does.

The models behind them follow one rule: **a refresh updates rows in place**. A cell
edit is saved through ``Session.apply``, whose ``changed`` signal makes the model
read its rows again *while the editor is still closing*. A model reset there would
throw away the editor, the current cell and the selection (Tab then opens the first
row). :class:`RowsModel.set_rows` instead inserts, removes, moves and changes rows,
so Qt keeps every index that still exists.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
    QWidget,
)

from .fit import fit_columns

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NO_PARENT = QModelIndex()
_FILLED = "workshop_app_cell_filled"  # a property of editors given their value once


def show_model(
    table: QAbstractItemView,
    model: QAbstractItemModel,
    accessible_name: str,
    behaviour: QAbstractItemView.SelectionBehavior = QAbstractItemView.SelectionBehavior.SelectRows,
    mode: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.ExtendedSelection,
) -> None:
    """Show ``model`` in ``table``, named for screen readers; a click selects what
    ``behaviour`` says (whole rows by default, or cells), as many as ``mode`` allows."""
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(behaviour)
    table.setSelectionMode(mode)


def read_only_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A table of whole rows to read and select, never to type into: the arrows move
    in it, Tab leaves it; long texts wrap; no row numbers."""
    table = QTableView()
    show_model(table, model, accessible_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    return table


def selected_rows(table: QAbstractItemView) -> list[int]:
    """The rows an action on "the selected" rows means, top to bottom: the selected
    ones, or the current row when none is selected."""
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    if not rows and table.currentIndex().isValid():
        rows = [table.currentIndex().row()]
    return rows


def _is_count(value: object) -> bool:
    """A tally or a vote: a whole number (a tick box's True or False is not one)."""
    return isinstance(value, int) and not isinstance(value, bool)


class CellDelegate(QStyledItemDelegate):
    """Qt's delegate, except that Enter saves the cell at once and that what is being
    typed in an open editor is never overwritten.

    Qt commits an editor on Enter through a queued call, so a key typed straight
    after Enter would still reach the old editor; here the value is saved first.
    Qt also refills open editors whenever their row changes, which happens on any
    refresh (the timer saving, another cell's total); the editor keeps what it was
    opened with and what the facilitator typed since.
    """

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if editor.property(_FILLED):
            return
        editor.setProperty(_FILLED, True)
        self.fill_editor(editor, index)

    def fill_editor(self, editor: QWidget, index: QModelIndex) -> None:
        """Put the cell's value in a new editor (what ``setEditorData`` is elsewhere)."""
        super().setEditorData(editor, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(editor, QWidget)
            and QKeyEvent(event).key() in _ENTER_KEYS
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


class ChoiceDelegate(CellDelegate):
    """A combo box editor for columns with a set of values (a letter picks one):
    ``choices``, or what ``choices()`` gives when the editor opens (values that change
    during the meeting, such as the partners)."""

    def __init__(
        self,
        choices: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = choices

    def offered(self) -> Sequence[tuple[str, str]]:
        return self.choices() if callable(self.choices) else self.choices

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Choose a value"))
        for value, label in self.offered():
            combo.addItem(label, value)
        return combo

    def fill_editor(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EditableTable(QTableView):
    """A table typed into like a spreadsheet (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self._return_column = -1  # where Enter goes back to on the next row
        self._tabbing = False  # the current cell moves along the row being typed

    def setModel(self, model) -> None:
        super().setModel(model)
        fit_columns(self)  # every column in view; text wraps (ui/fit.py)

    # ---------------------------------------------------------------- moving
    def editable(self, index: QModelIndex) -> bool:
        """Whether typing on ``index`` would change it (Tab stops only on such cells)."""
        return (
            index.isValid()
            and not self.isColumnHidden(index.column())
            and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
            and bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        )

    def first_editable(self, row: int = 0) -> QModelIndex:
        """The first editable cell from ``row`` on (invalid when there is none)."""
        return self._step(self.model().index(row, 0), forward=True, include_start=True)

    def _step(self, start: QModelIndex, forward: bool, include_start: bool = False) -> QModelIndex:
        model = self.model()
        if model is None:
            return QModelIndex()
        rows, columns = model.rowCount(), model.columnCount()
        if not rows or not columns:
            return QModelIndex()
        if start.isValid():
            at = start.row() * columns + start.column()
        else:
            at = -1 if forward else rows * columns
        if include_start:
            at += -1 if forward else 1
        step = 1 if forward else -1
        at += step
        while 0 <= at < rows * columns:
            index = model.index(at // columns, at % columns)
            if self.editable(index):
                return index
            at += step
        return QModelIndex()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Tab and Shift+Tab skip cells that cannot be typed into (totals, results);
        # past the last editable cell the index is invalid, so Tab leaves the table.
        if cursorAction == QAbstractItemView.CursorAction.MoveNext:
            return self._step(self.currentIndex(), forward=True)
        if cursorAction == QAbstractItemView.CursorAction.MovePrevious:
            return self._step(self.currentIndex(), forward=False)
        return super().moveCursor(cursorAction, modifiers)

    def _go(self, index: QModelIndex, along_the_row: bool) -> None:
        if not index.isValid():
            return
        self._tabbing = along_the_row
        try:
            self.setCurrentIndex(index)
        finally:
            self._tabbing = False
        self.scrollTo(index)

    def move_below(self) -> None:
        """One row down, to the column where typing of this row began (Enter)."""
        current = self.currentIndex()
        if not current.isValid():
            self._go(self.first_editable(), along_the_row=False)
            return
        row = current.row() + 1
        if row >= self.model().rowCount():
            return  # the last row: stay on the cell just saved
        column = self._return_column if self._return_column >= 0 else current.column()
        below = self.model().index(row, column)
        if not self.editable(below):
            below = self.model().index(row, current.column())
        self._go(below, along_the_row=True)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if not self._tabbing and current.isValid():
            self._return_column = current.column()

    # ---------------------------------------------------------------- editing
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # The value is saved (commitData) before this runs. Qt would open the next
        # cell's editor at once; here the next cell becomes current and typing opens
        # it, as in a spreadsheet.
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            self._go(self._step(self.currentIndex(), forward=True), along_the_row=True)
        elif hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem:
            self._go(self._step(self.currentIndex(), forward=False), along_the_row=True)
        elif hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.model().submit()
            self.move_below()
        elif hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
            self.model().revert()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._letters_on_a_count(event):
            return
        if event.key() in _ENTER_KEYS and self.state() != QAbstractItemView.State.EditingState:
            # Handled here, never passed on: in a dialog it would press the default button.
            self.move_below()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._tabbing = True
            try:
                super().keyPressEvent(event)
            finally:
                self._tabbing = False
            return
        super().keyPressEvent(event)

    def _letters_on_a_count(self, event: QKeyEvent) -> bool:
        """Words typed on a count (a tally, a vote) say where words go instead of
        vanishing: a facilitator typing what the room says must not think it was kept.
        Digits, + and − are a count's own keys."""
        index = self.currentIndex()
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or text.isdigit()
            or text in "+-="
            or self.state() == QAbstractItemView.State.EditingState
            or not index.isValid()
            or not _is_count(index.data(Qt.ItemDataRole.EditRole))
        ):
            return False
        QToolTip.showText(
            self.viewport().mapToGlobal(self.visualRect(index).bottomLeft()),
            self.tr(
                "This cell counts: type a number (or + and −). Words go in the side lists: "
                "Ctrl+Shift+F a private note, Ctrl+Shift+D a decision, Ctrl+Shift+P the "
                "parking lot."
            ),
            self,
        )
        event.accept()
        return True

    def focusInEvent(self, event) -> None:
        # Coming into the table lands on a cell that can be typed into, not on a total.
        if not self.currentIndex().isValid() and self.model() is not None:
            first = self.first_editable()
            if first.isValid():
                self.setCurrentIndex(first)
        super().focusInEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Letters typed on a cell that cannot be edited do nothing (no jumping rows)."""


class RowsModel(QAbstractTableModel):
    """A table model over a list of records, refreshed in place by :meth:`set_rows`.

    Subclasses say how a row is recognised (:meth:`row_key`), give their column
    ``titles`` and say what each cell shows (:meth:`cell`, or ``data`` itself); ``rows``
    holds what is shown. A column whose cells may be ticked or edited says so in
    ``COLUMN_FLAGS``.
    """

    #: What the cells of a column may do besides being selected, by column.
    COLUMN_FLAGS: ClassVar[dict[int, Qt.ItemFlag]] = {}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.titles: Sequence[str] = ()

    def row_key(self, row: Any) -> Hashable:
        """What identifies a row from one refresh to the next (default: its ``id``)."""
        return row.id

    def rowCount(self, parent: QModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What the cell of ``row`` in ``column`` gives for ``role`` (None: nothing)."""
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | self.COLUMN_FLAGS.get(index.column(), Qt.ItemFlag.NoItemFlags)

    def set_rows(self, new_rows: Sequence[Any], every_cell: bool = False) -> None:
        """Show ``new_rows``, changing only what differs.

        Rows that went are removed, new ones inserted, moved ones moved, and rows
        that were replaced at the same place (a renamed statement) changed in place.
        ``every_cell``: also tell the view every cell may have changed (columns
        computed from other rows, such as totals and results).
        """
        key: Callable[[Any], Hashable] = self.row_key
        new_rows = list(new_rows)
        new_keys = [key(r) for r in new_rows]
        wanted = set(new_keys)
        changed: list[int] = []
        at = 0
        while at < len(new_rows):
            row, want = new_rows[at], new_keys[at]
            if at >= len(self.rows):
                self._insert(at, row)
            else:
                here = key(self.rows[at])
                if here == want:
                    changed += self._replace(at, row)
                elif here not in wanted:
                    if want not in {key(r) for r in self.rows}:
                        changed += self._replace(at, row)  # a row changed its identity
                    else:
                        self._remove(at)
                        continue
                else:
                    later = next(
                        (n for n in range(at + 1, len(self.rows)) if key(self.rows[n]) == want),
                        None,
                    )
                    if later is None:
                        self._insert(at, row)
                    else:
                        self.beginMoveRows(_NO_PARENT, later, later, _NO_PARENT, at)
                        self.rows.insert(at, self.rows.pop(later))
                        self.endMoveRows()
                        changed += self._replace(at, row)
            at += 1
        if len(self.rows) > len(new_rows):
            self.beginRemoveRows(_NO_PARENT, len(new_rows), len(self.rows) - 1)
            del self.rows[len(new_rows) :]
            self.endRemoveRows()
        last_column = self.columnCount() - 1
        if every_cell and self.rows and last_column >= 0:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, last_column))
        elif last_column >= 0:
            for n in changed:
                self.dataChanged.emit(self.index(n, 0), self.index(n, last_column))

    def _replace(self, at: int, row: Any) -> list[int]:
        if self.rows[at] == row:
            return []
        self.rows[at] = row
        return [at]

    def _insert(self, at: int, row: Any) -> None:
        self.beginInsertRows(_NO_PARENT, at, at)
        self.rows.insert(at, row)
        self.endInsertRows()

    def _remove(self, at: int) -> None:
        self.beginRemoveRows(_NO_PARENT, at, at)
        del self.rows[at]
        self.endRemoveRows()
