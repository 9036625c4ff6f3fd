"""The tally grid of a vote (on indicators, or what a general vote is on): one row per
candidate, one column per answer, then the totals, the result and dissent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ...domain import decision_rules as rules
from ...domain.records import Item
from ...exercises.indicator_agreement import VoteResult, VoteSettings, block_results
from ...exercises.vote_tally import vote_on, votes_of_block
from ...i18n import tr
from ..capture_panel import ExercisePanel
from ..editable_table import RowsModel

#: Records ``count`` votes of a sector at an answer level for an indicator; True if saved.
RecordCount = Callable[[Item, str, str, int], bool]

SECTOR_ALL = ""


class VoteTableModel(RowsModel):
    """Indicators × answers: the tallies of one agreement block, typed in cell by cell.

    Level cells show (and edit) the votes of the chosen sector (``""``: votes not
    recorded by sector); the last columns show totals, the result and dissent.
    """

    def __init__(
        self, panel: ExercisePanel, record: RecordCount, candidate_title: str = ""
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.record = record
        self.candidate_title = candidate_title or self.tr("Indicator")
        self.sector = SECTOR_ALL
        self.votes: dict[str, Item] = {}
        self.results: dict[str, VoteResult] = {}
        self.settings = VoteSettings.of(panel.block)
        self.levels: tuple[rules.Level, ...] = ()
        self.titles = self.headers()
        self.reload()

    @property
    def indicators(self) -> list[Item]:
        return self.rows

    def reload(self) -> None:
        """Read indicators and votes again from the session's live workshop.

        Rows are updated in place (see :class:`RowsModel`): the cell being typed in,
        its editor and the keyboard focus survive every tally saved, including the
        first, which locks the decision rule. Only a new vote method (other columns)
        resets the table.
        """
        snapshot = self.panel.session.snapshot(self.panel.workshop_id)
        block = snapshot.block(self.panel.block.id) or self.panel.current_block()
        self.settings = VoteSettings.of(block)
        levels = rules.levels(self.settings.method)
        on = vote_on(block)
        items = snapshot.items_in(block.id, [on.record])
        self.votes = votes_of_block(items, block.id, on)
        self.results = block_results(items, block)
        indicators = on.candidates(block, snapshot.items)
        if levels != self.levels:
            self.beginResetModel()
            self.levels, self.rows = levels, indicators
            self.titles = self.headers()
            self.endResetModel()
            return
        self.set_rows(indicators, every_cell=True)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def show_sector(self, sector: str) -> None:
        """Show (and take) the votes of ``sector`` in the answer columns."""
        self.sector = sector
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )

    def headers(self) -> list[str]:
        """The column titles for the current vote method's answers."""
        return [
            self.candidate_title,
            *(level.heading for level in self.levels),
            self.tr("All votes"),
            self.tr("Result"),
            self.tr("Dissent"),
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        level = self.level_at(section)
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and level is not None:
            return tr("Votes", level.label)  # the answer in words
        return super().headerData(section, orientation, role)

    def level_at(self, column: int) -> rules.Level | None:
        return self.levels[column - 1] if 1 <= column <= len(self.levels) else None

    def count(self, indicator_id: str, level_key: str) -> int:
        vote = self.votes.get(indicator_id)
        tallies = (vote.fields.get("tallies") or {}) if vote else {}
        return int((tallies.get(self.sector) or {}).get(level_key, 0) or 0)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        indicator = self.indicators[index.row()]
        column = index.column()
        result = self.results.get(indicator.id)
        level = self.level_at(column)
        if column == 0:
            return indicator.text
        if level is not None:
            n = self.count(indicator.id, level.key)
            return n if role == Qt.ItemDataRole.EditRole else (str(n) if n else "")
        extra = column - len(self.levels)
        if extra == 1:
            return rules.describe_tally(self.settings.method, result.tally if result else {})
        if extra == 2:
            outcome = result.outcome if result else None
            return tr("Votes", rules.OUTCOME_NAMES[outcome]) if outcome else self.tr("Not voted")
        if extra == 3 and result and result.dissent:
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(d.describe(self.settings.method) for d in result.dissent)
            return self.tr("Dissent: {sectors}").format(
                sectors=", ".join(d.sector for d in result.dissent)
            )
        return ""

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.level_at(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        level = self.level_at(index.column())
        if level is None or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            count = int(str(value).strip() or 0)
        except ValueError:
            self.panel.session.error.emit(
                self.tr(
                    "{value!r} is not a number of votes; type a whole number such as 4."
                ).format(value=value)
            )
            return False
        if count < 0:
            self.panel.session.error.emit(self.tr("A number of votes cannot be negative."))
            return False
        indicator = self.indicators[index.row()]
        return self.record(indicator, self.sector, level.key, count)
