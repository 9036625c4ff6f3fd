"""The partnership-history panel: who worked with whom, how it went, the lesson."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
)

from ...domain import edits
from ...domain.records import Item, Partner
from ...exercises.partnership_history import (
    HISTORY,
    OUTCOMES,
    history_matrix,
    history_partners,
    outcome_label,
)
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..fit import fit_columns
from ..items_model import field_columns, text_column
from ..key_help import PanelKey
from ..session import Session
from . import kit
from .row_details import partner_checklist


class HistoryMatrixModel(QAbstractTableModel):
    """Partner × partner outcomes (this workshop and the collaboration's earlier ones)."""

    def __init__(self, session: Session, workshop_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.partners: list[Partner] = []
        self.cells: list[list[str]] = []
        self.reload()

    def reload(self) -> None:
        snapshot = self.session.snapshot(self.workshop_id)
        partners = list(snapshot.partners)
        cells = history_matrix(snapshot)
        if [p.id for p in partners] == [p.id for p in self.partners]:
            # The same pairs: updated in place, so the cell under the cursor stays current.
            self.partners, self.cells = partners, cells
            if partners:
                last = len(partners) - 1
                self.dataChanged.emit(self.index(0, 0), self.index(last, last))
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)
            return
        self.beginResetModel()  # rows and columns both change: a read-only view, no editor
        self.partners, self.cells = partners, cells
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.partners)

    columnCount = rowCount  # square: every partner across as well as down

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        name = self.partners[section].organisation
        if role == Qt.ItemDataRole.DisplayRole:
            # Columns by number, rows by number and name (as the room view): six names
            # across do not fit a laptop's panel.
            number = str(section + 1)
            return number if orientation == Qt.Orientation.Horizontal else f"{number}. {name}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return name
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if outcome == "self" else outcome_label(outcome)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            a, b = self.partners[index.row()], self.partners[index.column()]
            return f"{a.organisation} – {b.organisation}: {outcome_label(outcome)}"
        if role == Qt.ItemDataRole.FontRole and outcome in ("failed", "none"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None


class HistoryPanel(ExercisePanel):
    """Tick the partners, choose the outcome, say what they did and the lesson, Enter."""

    keys = (
        PanelKey(
            "Return",
            "Tick the two partners of the cell in the partner list",
            "In the grid of who has worked with whom",
            by_widget=True,
        ),
    )

    def build(self) -> None:
        self.collaboration_id = kit.collaboration_id_of(self.session, self.workshop_id)
        # Made in the panel from the start, so Tab goes from them on to what the
        # partners did, in the order the form reads.
        self.partner_list = partner_checklist(self.tr("Partners involved"), self)
        self.partner_list.setToolTip(self.tr("Space ticks or unticks a partner"))
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for o in OUTCOMES:
            self.outcome.addItem(outcome_label(o), o)

        outcome_choices = tuple((o, outcome_label(o)) for o in OUTCOMES)
        lesson = (("lesson", self.tr("Lesson learned")),)
        self.records = kit.item_list(
            self,
            HISTORY,
            columns=[
                text_column(self.tr("What they did together")),
                kit.read_only_column(self.tr("Partners"), self._partner_names),
                kit.words_column(self.tr("Outcome"), "outcome", outcome_choices),
                *field_columns(lesson),
            ],
            placeholder=self.tr("What did they do together? Then Enter"),
            extra_inputs=lesson,
            complete=self._complete,
        )
        self.records.captured.connect(self._reset_form)
        apply_partners = QPushButton(self.tr("Use ticked partners for the selected record"))
        apply_partners.clicked.connect(self.apply_ticked_partners)

        self.matrix_model = HistoryMatrixModel(self.session, self.workshop_id, self)
        self.matrix = QTableView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.setAccessibleName(self.tr("Who has worked with whom"))
        self.matrix.setToolTip(self.tr("Enter on a cell ticks that pair above"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setTabKeyNavigation(False)  # arrows move in it; Tab leaves it
        # The partners' names on the rows take at most a third of the grid (longer ones
        # end in "…", whole in their tooltip): the outcomes need the rest.
        rows = self.matrix.verticalHeader()
        rows.setMaximumWidth(220)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        fit_columns(self.matrix)
        self.matrix.activated.connect(self.tick_pair)

        # The partner list wraps long names rather than taking the records' width.
        self.partner_list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.outcome.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        left = QVBoxLayout()
        partners_heading = kit.heading(
            self.tr("&Partners involved (Space ticks)"), self.partner_list
        )
        partners_heading.setWordWrap(True)
        left.addWidget(partners_heading)
        left.addWidget(self.partner_list, 1)
        left.addWidget(kit.heading(self.tr("&Outcome"), self.outcome))
        left.addWidget(self.outcome)
        right = QVBoxLayout()
        right.addWidget(self.records, 1)
        right.addWidget(apply_partners)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 3)
        matrix_heading = kit.heading(
            self.tr("Who has worked with whom (this and earlier meetings)")
        )
        matrix_heading.setWordWrap(True)
        layout.addWidget(matrix_heading)
        layout.addWidget(self.matrix, 2)
        self._fill_partners()
        self.session.changed.connect(self._on_changed)

    def focus_capture(self) -> None:
        self.partner_list.setFocus()
        if self.partner_list.currentRow() < 0 and self.partner_list.count():
            self.partner_list.setCurrentRow(0)

    # ---------------------------------------------------------------- partners
    def _fill_partners(self) -> None:
        partners = self.session.store.partners(self.collaboration_id)
        self.partner_list.fill(
            [(p.id, p.organisation) for p in partners],
            set(self.ticked_partner_ids()),
        )

    def ticked_partner_ids(self) -> list[str]:
        return self.partner_list.checked_values()

    def set_ticked(self, partner_ids: set[str]) -> None:
        for n in range(self.partner_list.count()):
            entry = self.partner_list.item(n)
            entry.setCheckState(
                Qt.CheckState.Checked
                if entry.data(Qt.ItemDataRole.UserRole) in partner_ids
                else Qt.CheckState.Unchecked
            )

    def _partner_names(self, item: Item) -> str:
        names = {p.id: p.organisation for p in self.matrix_model.partners}
        return ", ".join(names.get(pid, "?") for pid in history_partners(item))

    def _complete(self, item: Item) -> Item | None:
        partners = self.ticked_partner_ids()
        if len(partners) < 2:
            self.session.error.emit(
                self.tr(
                    "Tick at least two partners (Space in the partner list) before you add "
                    "a history."
                )
            )
            return None
        return kit.with_fields(item, partners=partners, outcome=self.outcome.currentData())

    def _reset_form(self, item_id: str) -> None:
        self.set_ticked(set())

    def apply_ticked_partners(self) -> None:
        chosen = self.records.selected_items()
        partners = self.ticked_partner_ids()
        if len(chosen) != 1 or len(partners) < 2:
            self.session.error.emit(
                self.tr("Select one record and tick at least two partners first.")
            )
            return
        self.session.apply(
            edits.set_fields(self.tr("Change partners of a history"), chosen, partners=partners)
        )

    def tick_pair(self, index: QModelIndex) -> None:
        if index.row() == index.column():
            return
        pair = {
            self.matrix_model.partners[index.row()].id,
            self.matrix_model.partners[index.column()].id,
        }
        self.set_ticked(pair)
        self.records.capture.setFocus()

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables and self.collaboration_id in changes.collaboration_ids:
            self._fill_partners()
            self.matrix_model.reload()
        elif self.session.touches(changes, self.workshop_id) and "items" in changes.tables:
            self.matrix_model.reload()


PANEL = HistoryPanel
