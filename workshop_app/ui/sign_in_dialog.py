"""The preview of a sign-in list: each person matched to a partner, or not, before
anyone is ticked present.

The Partner column is chosen from the roster (F2 or typing opens the choice): a row
found by its organisation keeps the partner found; a row not found is skipped unless a
partner (or "No partner organisation") is chosen. How each was found is said in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QWidget,
)

from ..domain.attendance import CASE, EXACT, NONE, PERSON, PREFIX, SignInRow
from ..domain.records import Partner
from .editable_table import ChoiceDelegate, EditableTable, RowsModel, show_model
from .form_dialog import lay_out_column, note, status_line

#: The Partner column's values besides partner ids.
SKIP, NO_PARTNER = "skip", "none"


class SignInModel(RowsModel):
    NAME, WRITTEN, PARTNER, FOUND = range(4)
    COLUMN_FLAGS: ClassVar[dict[int, Qt.ItemFlag]] = {PARTNER: Qt.ItemFlag.ItemIsEditable}

    def __init__(self, rows: Sequence[SignInRow], partners: Sequence[Partner], parent) -> None:
        super().__init__(parent)
        self.titles = (
            self.tr("Name"),
            self.tr("Organisation written"),
            self.tr("Partner"),
            self.tr("Found by"),
        )
        self.organisations = {p.id: p.organisation for p in partners}
        # Not found: skipped until the facilitator says who they came with.
        self.rows = [replace(r, skipped=r.partner_id is None) for r in rows]

    def row_key(self, row: Any) -> Any:
        return id(row)

    def choice(self, row: SignInRow) -> str:
        if row.skipped:
            return SKIP
        return row.partner_id or NO_PARTNER

    def cell(self, row: SignInRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == self.PARTNER:
            return self.choice(row)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.NAME:
            return row.name
        if column == self.WRITTEN:
            return row.organisation
        if column == self.PARTNER:
            if row.skipped:
                return self.tr("Skipped")
            return self.organisations.get(row.partner_id or "", self.tr("No partner organisation"))
        return self.found_words(row)

    def found_words(self, row: SignInRow) -> str:
        if row.matched_by == NONE:
            return self.tr("Not found: choose a partner or leave it skipped")
        return {
            EXACT: self.tr("Organisation, exactly"),
            CASE: self.tr("Organisation, other capitals"),
            PREFIX: self.tr("Start of the organisation's name"),
            PERSON: self.tr("Name on the roster"),
        }.get(row.matched_by, "")

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.PARTNER:
            return False
        row = self.rows[index.row()]
        if value == SKIP:
            new = replace(row, skipped=True)
        else:
            new = replace(row, skipped=False, partner_id=None if value == NO_PARTNER else value)
        self.rows[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.FOUND))
        return True


class SignInPreview(QDialog):
    """Who the sign-in list names and with whom each came; OK ticks them present."""

    def __init__(
        self, rows: Sequence[SignInRow], partners: Sequence[Partner], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign-in list: check who came with whom"))
        self.resize(820, 560)
        self.model = SignInModel(rows, partners, self)
        self.table = EditableTable()
        show_model(
            self.table,
            self.model,
            self.tr("People on the sign-in list"),
            QAbstractItemView.SelectionBehavior.SelectItems,
            QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.table.verticalHeader().hide()
        choices = [
            *((p.id, p.organisation) for p in partners),
            (NO_PARTNER, self.tr("No partner organisation")),
            (SKIP, self.tr("Skip: not ticked")),
        ]
        self.table.setItemDelegateForColumn(
            SignInModel.PARTNER, ChoiceDelegate(choices, self.table)
        )
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.explain = note(
            self.tr(
                "Check the Partner column: F2 or typing on it chooses another partner, or "
                "Skip. People not found are skipped unless you choose their partner."
            )
        )
        self.summary = status_line(self.tr("What the import will do"))
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay_out_column(self, self.explain, self.table, self.summary, self.buttons, grow=self.table)
        self.model.dataChanged.connect(self._tell)
        self._tell()
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, SignInModel.PARTNER))

    def rows(self) -> list[SignInRow]:
        """The rows as chosen: each with its partner, or skipped."""
        return list(self.model.rows)

    def _tell(self, *_args: object) -> None:
        rows = self.model.rows
        ticked = sum(1 for r in rows if not r.skipped)
        skipped = len(rows) - ticked
        self.summary.setText(
            self.tr("{n} of {total} people will be ticked present; {s} skipped.").format(
                n=ticked, total=len(rows), s=skipped
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Tick {n} present").format(n=ticked))
        ok.setAccessibleName(self.tr("Tick the people not skipped present"))
