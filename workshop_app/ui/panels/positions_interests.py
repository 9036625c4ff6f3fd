"""Positions and the interests behind them."""

from __future__ import annotations

from ...exercises.positions_interests import POSITION
from ..items_model import cluster_column, text_column
from .list_panel import ChoosePartner, Declared, ListPanel, Typed


class PositionsPanel(ListPanel):
    """Stated position, the interest behind it, optionally who held it."""

    def declare(self) -> Declared:
        interest = Typed(
            [("interest", self.tr("Interest behind it"))],
            asks=[self.tr("Interest behind it: why does it matter?")],
        )
        stated_by = ChoosePartner(
            self.tr("Stated by (never shown)"),
            self.tr("Stated &by:"),
            name=self.tr("Who stated the position (never shown)"),
            none=self.tr("Nobody named"),
        )
        return Declared(
            POSITION,
            [
                text_column(self.tr("Stated position")),
                interest,
                stated_by,
                cluster_column(self.tr("Cluster")),
            ],
            self.tr("Stated position (Tab: the interest behind it), then Enter"),
            self.tr(
                "The room sees the interests only: never the positions, never who stated them."
            ),
        )

    def built(self) -> None:
        # Who stated a position is said for each one: the next starts with nobody named.
        self.list.captured.connect(lambda _id: self.boxes["partner"].setCurrentIndex(0))


PANEL = PositionsPanel
