"""Re-plan the rest of a meeting that runs behind: the blocks after the current one with
their timeboxes now and as proposed (shorter in proportion, none under 5 minutes),
shown before anything changes and applied in one undoable step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from ..domain import planning
from ..domain.records import Block
from ..domain.schedule import SHORTEST_BLOCK_MINUTES, minutes_text, replan_rest, time_after
from .editable_table import read_only_table
from .form_dialog import note
from .session import Session


class ReplanDialog(QDialog):
    """The proposal for the blocks after the current one; Apply (Enter) sets it."""

    def __init__(
        self,
        session: Session,
        blocks: Sequence[Block],
        current_id: str | None,
        current_elapsed: int,
        planned_minutes: int,
        start: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Re-plan the rest"))
        self.setMinimumWidth(620)
        self.proposal = replan_rest(blocks, current_id, current_elapsed, planned_minutes)
        planned_end = time_after(start, planned_minutes)

        self.summary = note(self._summary_text(planned_end))
        self.summary.setAccessibleName(self.tr("What re-planning does"))

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Block"), self.tr("Timebox now"), self.tr("Proposed")]
        )
        for block, minutes in self.proposal.proposals:
            proposed = (
                self.tr("{new} ({saved} shorter)").format(
                    new=minutes_text(minutes), saved=minutes_text(block.timebox_minutes - minutes)
                )
                if minutes != block.timebox_minutes
                else self.tr("{new} (unchanged)").format(new=minutes_text(minutes))
            )
            row = [
                QStandardItem(block.title),
                QStandardItem(minutes_text(block.timebox_minutes)),
                QStandardItem(proposed),
            ]
            for cell in row:
                cell.setEditable(False)
            self.model.appendRow(row)
        self.table = read_only_table(self.model, self.tr("Proposed timeboxes for the blocks left"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for n in (1, 2):
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(self.proposal.proposals))

        if self.proposal.needed:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
            )
            self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
            self.apply_button.setText(self.tr("&Apply the new timeboxes"))
            self.apply_button.setDefault(True)  # Enter applies
            self.apply_button.clicked.connect(self.apply)
            self.buttons.rejected.connect(self.reject)
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.apply_button = None
            self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        # Every row in view at once, as far as the screen allows.
        self.resize(660, min(720, 170 + 34 * len(self.proposal.proposals)))
        focus = self.apply_button or self.buttons.button(QDialogButtonBox.StandardButton.Close)
        focus.setFocus()

    def _summary_text(self, planned_end: str) -> str:
        p = self.proposal
        if not p.proposals:
            return self.tr("This is the last block: there is nothing left to re-plan.")
        if not p.needed:
            if p.over_minutes:
                return self.tr(
                    "The meeting runs {over} over, but every block left is already at its "
                    "shortest ({floor} min): remove a block to win time."
                ).format(over=minutes_text(p.over_minutes), floor=SHORTEST_BLOCK_MINUTES)
            return self.tr("Nothing to re-plan: the blocks left fit the time planned.")
        when = (
            self.tr("past its planned end ({end})").format(end=planned_end)
            if planned_end
            else self.tr("past the time planned")
        )
        text = self.tr(
            "The meeting runs {over} {when}. Shortening the blocks left in proportion, none "
            "under {floor} min:"
        ).format(over=minutes_text(p.over_minutes), when=when, floor=SHORTEST_BLOCK_MINUTES)
        if p.still_over_minutes:
            text += " " + self.tr(
                "it would still run {late} over; remove a block to win the rest."
            ).format(late=minutes_text(p.still_over_minutes))
        else:
            text += " " + self.tr("it ends on time. Ctrl+Z undoes it.")
        return text

    def apply(self) -> None:
        """Set the proposed timeboxes (one undoable step) and close."""
        edit = planning.set_timeboxes(self.proposal.changes, self.tr("Re-plan the rest"))
        if self.session.apply(edit):
            self.accept()
