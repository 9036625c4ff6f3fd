"""The trust check-in panel: statements, the tally grid, hide and reveal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
)

from ...domain import edits, planning
from ...domain.attendance import over_present, present_count
from ...domain.records import Item
from ...domain.visibility import Audience, results_visible
from ...exercises.trust_tally import (
    TRUST_RATING,
    average,
    counts_of,
    from_phones,
    set_count,
    statements_of,
)
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..editable_table import EditableTable, RowsModel, show_model
from ..flow import FlowLayout
from ..form_dialog import status_line, text_field
from ..key_help import PanelKey, install_shortcut
from ..locale_text import number_text
from . import kit


class TallyModel(RowsModel):
    """Statements × ratings 1..5: how many people gave each rating."""

    STATEMENT, FIRST, LAST, TOTAL, AVERAGE = 0, 1, 5, 6, 7

    def __init__(self, panel: TrustCheckInPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.items: dict[str, Item] = {}
        self.titles = (
            self.tr("Statement"),
            self.tr("1\nnot at all"),
            "2",
            "3",
            "4",
            self.tr("5\ncompletely"),
            self.tr("Ratings"),
            self.tr("Average"),
        )
        self.reload()

    @property
    def statements(self) -> list[str]:
        return self.rows

    def row_key(self, row: str) -> str:
        return row

    def reload(self) -> None:
        """Read the statements and tallies again (from the session's live workshop);
        rows are updated in place, so the cell being typed in stays current."""
        block = self.panel.current_block()
        items: dict[str, Item] = {}  # the tallies typed here
        phones: dict[str, Item] = {}  # the room's phones' tallies: they add up
        for item in self.panel.session.snapshot(block.workshop_id).items_in(
            block.id, [TRUST_RATING]
        ):
            (phones if from_phones(item) else items).setdefault(item.text, item)
        self.items = items
        self.phone_items = phones
        self.set_rows(statements_of(block), every_cell=True)

    def counts(self, row: int) -> list[int]:
        """The counts typed by hand (what the cells edit)."""
        return counts_of(self.items.get(self.statements[row]))

    def all_counts(self, row: int) -> list[int]:
        """The counts typed by hand and those the phones sent, added up."""
        phones = counts_of(self.phone_items.get(self.statements[row]))
        return [a + b for a, b in zip(self.counts(row), phones, strict=True)]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        counts = self.counts(row)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if col == self.STATEMENT:
                return self.statements[row]
            if self.FIRST <= col <= self.LAST:
                value = counts[col - 1]
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return self.tr("{n} rated {r}").format(n=value, r=col)
                return value if role == Qt.ItemDataRole.EditRole else str(value)
            if col == self.TOTAL:  # with the phones'
                return str(sum(self.all_counts(row)))
            mean = average(self.all_counts(row))
            return number_text(mean) if mean is not None else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.STATEMENT:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() <= self.LAST:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.STATEMENT:
            return self.panel.rename_statement(index.row(), str(value))
        try:
            number = int(str(value).strip() or 0)
        except ValueError:
            self.panel.session.error.emit(
                self.tr("{value!r} is not a number; type how many people gave this rating.").format(
                    value=str(value)
                )
            )
            return False
        return self.panel.set_count(index.row(), index.column(), number)


class TallyTable(EditableTable):
    """The tally grid: type a number (Tab to the next rating), or + / − to count hands."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.model()
        if (
            index.isValid()
            and TallyModel.FIRST <= index.column() <= TallyModel.LAST
            and event.text() in ("+", "-", "=")
            and self.state() != QAbstractItemView.State.EditingState
        ):
            step = -1 if event.text() == "-" else 1
            current = model.data(index, Qt.ItemDataRole.EditRole)
            model.setData(index, max(0, int(current) + step))
            return
        super().keyPressEvent(event)


IN_TABLE = "In the ratings"
REMOVE_STATEMENT = PanelKey("Ctrl+Del", "Remove the selected statement and its tally", IN_TABLE)
MOVE_UP = PanelKey("Alt+Up", "Move the selected statement up", IN_TABLE)
MOVE_DOWN = PanelKey("Alt+Down", "Move the selected statement down", IN_TABLE)
COUNT_KEYS = (
    PanelKey("+", "Count one more hand for the selected rating", IN_TABLE, by_widget=True),
    PanelKey("-", "Count one hand less", IN_TABLE, by_widget=True),
)


class TrustCheckInPanel(ExercisePanel):
    """Editable statements, the tally grid and the hide/reveal switch."""

    keys = (REMOVE_STATEMENT, MOVE_UP, MOVE_DOWN, *COUNT_KEYS)

    def build(self) -> None:
        self.model = TallyModel(self)
        self.table = TallyTable()
        show_model(
            self.table,
            self.model,
            self.tr("Ratings per statement"),
            QAbstractItemView.SelectionBehavior.SelectItems,
            QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(44)
        font = QFont(self.table.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.table.setFont(font)

        self.new_statement = text_field(
            self.tr("New statement"), self.tr("Another statement to rate, then Enter")
        )
        self.new_statement.returnPressed.connect(self.add_statement)
        remove = QPushButton(self.tr("Remove statement"))
        remove.setToolTip(self.tr("Remove the selected statement and its tally (Ctrl+Del)"))
        remove.clicked.connect(self.remove_statement)
        up = QPushButton(self.tr("Move up"))
        up.setToolTip(self.tr("Alt+Up"))
        up.clicked.connect(lambda: self.move_statement(-1))
        down = QPushButton(self.tr("Move down"))
        down.setToolTip(self.tr("Alt+Down"))
        down.clicked.connect(lambda: self.move_statement(1))

        self.hidden = QCheckBox(self.tr("&Keep the results hidden from the room until revealed"))
        self.hidden.toggled.connect(self.set_hidden)
        self.reveal = QPushButton()
        self.reveal.clicked.connect(self.toggle_revealed)
        self.room_state = status_line(self.tr("What the room sees"))
        state_font = QFont(self.room_state.font())
        state_font.setBold(True)
        self.room_state.setFont(state_font)
        self.warning = kit.live_note(self.tr("Tallies larger than the people present"))

        help_text = kit.note(
            self.tr(
                "Type a number in a rating cell and press Tab for the next one; + and − count "
                "hands one at a time. F2 edits a statement."
            )
        )
        statement_row = QHBoxLayout()
        statement_row.addWidget(self.new_statement, 1)
        for button in (up, down, remove):
            statement_row.addWidget(button)
        reveal_row = FlowLayout()
        reveal_row.addWidget(self.hidden)
        reveal_row.addWidget(self.reveal)
        reveal_row.addWidget(self.room_state)

        kit.lay_out_pane(self, [help_text], self.table, statement_row, reveal_row, self.warning)

        for key, slot in (
            (REMOVE_STATEMENT, self.remove_statement),
            (MOVE_UP, lambda: self.move_statement(-1)),
            (MOVE_DOWN, lambda: self.move_statement(1)),
        ):
            install_shortcut(self.table, key, slot, Qt.ShortcutContext.WidgetShortcut)
        self.session.changed.connect(self._on_changed)
        self._show_room_state()

    def focus_capture(self) -> None:
        """Into the tally grid, on a rating cell (typing there enters a count)."""
        self.table.setFocus()
        current = self.table.currentIndex()
        if self.model.rowCount() and (
            not current.isValid() or current.column() == TallyModel.STATEMENT
        ):
            row = current.row() if current.isValid() else 0
            self.table.setCurrentIndex(self.model.index(row, TallyModel.FIRST))

    # ------------------------------------------------------------------ edits
    def set_count(self, row: int, column: int, number: int) -> bool:
        statement = self.model.statements[row]
        workshop = self.session.snapshot(self.workshop_id).workshop
        edit = set_count(
            self.model.items.get(statement),
            workshop,
            self.block.id,
            statement,
            column,
            number,
            self.tr("Tally {n}× {r} for {s!r}").format(n=number, r=column, s=statement[:30]),
            position=float(row),
        )
        return edit is not None and self.session.apply(edit)

    def _settings_edit(
        self, description: str, statements: list[str], extra: Sequence[edits.Edit] = ()
    ) -> bool:
        block = self.current_block()
        change = edits.update(
            description, block, settings={**block.settings, "statements": statements}
        )
        return self.session.apply(edits.combine(description, [change, *extra]))

    def add_statement(self) -> None:
        text = self.new_statement.text().strip()
        statements = list(self.model.statements)
        if not text:
            return
        if text in statements:
            self.session.error.emit(self.tr("That statement is already on the list."))
            return
        if self._settings_edit(
            self.tr("Add statement {s!r}").format(s=text[:30]), [*statements, text]
        ):
            self.new_statement.clear()

    def rename_statement(self, row: int, text: str) -> bool:
        text = text.strip()
        statements = list(self.model.statements)
        old = statements[row]
        if not text or text == old:
            return False
        if text in statements:
            self.session.error.emit(self.tr("That statement is already on the list."))
            return False
        statements[row] = text
        tallies = [t for t in (self.model.items.get(old), self.model.phone_items.get(old)) if t]
        extra = [edits.update("", item, text=text) for item in tallies]
        return self._settings_edit(self.tr("Edit statement"), statements, extra)

    def remove_statement(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        statements = list(self.model.statements)
        removed = statements.pop(index.row())
        tallies = [
            t for t in (self.model.items.get(removed), self.model.phone_items.get(removed)) if t
        ]
        extra = [edits.delete("", item) for item in tallies]
        self._settings_edit(
            self.tr("Remove statement {s!r}").format(s=removed[:30]), statements, extra
        )

    def move_statement(self, step: int) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        statements = list(self.model.statements)
        at, to = index.row(), index.row() + step
        if not 0 <= to < len(statements):
            return
        statements[at], statements[to] = statements[to], statements[at]
        if self._settings_edit(self.tr("Move statement"), statements):
            self.table.setCurrentIndex(self.model.index(to, index.column()))

    def set_hidden(self, hidden: bool) -> None:
        block = self.current_block()
        if bool(block.settings.get("results_hidden", False)) == hidden:
            return
        text = self.tr("Hide results") if hidden else self.tr("Show results")
        self.session.apply(planning.set_results_hidden(block, hidden, text))

    def toggle_revealed(self) -> None:
        block = self.current_block()
        revealed = not block.settings.get("revealed", False)
        text = self.tr("Reveal results") if revealed else self.tr("Hide results again")
        self.session.apply(planning.set_revealed(block, revealed, text))

    # -------------------------------------------------------------- refreshing
    def _on_changed(self, changes: ChangeSet) -> None:
        if self.session.touches(changes, self.workshop_id):
            self.model.reload()  # in place: the cell being typed in stays current
            self._show_room_state()

    def _show_room_state(self) -> None:
        block = self.current_block()
        kit.show_results_state(
            self.hidden,
            self.reveal,
            block,
            self.tr("Hide the results again"),
            self.tr("&Reveal the results to the room"),
        )
        if results_visible(Audience.ROOM, block):
            self.room_state.setText(self.tr("The room sees: the results"))
        else:
            self.room_state.setText(self.tr("The room sees: the statements, results hidden"))
        self._warn_above_attendance()

    def _warn_above_attendance(self) -> None:
        """Say which statements have more ratings than people present (once attendance is
        taken): a hand counted twice, or a typing slip."""
        present = present_count(self.session.snapshot(self.workshop_id).items)
        totals = [
            (statement, sum(self.model.all_counts(row)))
            for row, statement in enumerate(self.model.statements)
        ]
        self.warning.setText(
            " ".join(
                self.tr(
                    "Warning: {total} ratings counted for “{statement}”, more than the {n} "
                    "people present."
                ).format(total=total, statement=statement, n=present)
                for statement, total in over_present(totals, present)
            )
        )
        self.warning.setVisible(bool(self.warning.text()))


PANEL = TrustCheckInPanel
