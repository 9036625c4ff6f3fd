"""The governance panel: points under six topics (structure, cadence, decisions, disputes,
the manager's role, who fills it), typed with their topic chosen beside the capture box;
Ctrl+Return marks the selected points agreed (or not yet)."""

from __future__ import annotations

from collections.abc import Sequence

from ...domain.records import Item
from ...exercises.governance import POINT, TOPICS, undiscussed
from ..items_model import text_column
from ..key_help import PanelKey
from .list_panel import Choose, Declared, ListPanel, agreement

MARK_AGREED = PanelKey("Ctrl+Return", "Mark the selected points agreed, or not yet")


class GovernancePanel(ListPanel):
    """Governance points by topic, each agreed or only proposed."""

    keys = (MARK_AGREED,)

    def declare(self) -> Declared:
        topic = Choose(self.tr("Topic"), self.tr("&Topic:"), TOPICS, unchosen=False)
        agreed = agreement(
            MARK_AGREED,
            self.tr("Agreed / not yet (Ctrl+Return)"),
            self.tr("Select a point in the list first."),
        )
        return Declared(
            POINT,
            [topic, text_column(self.tr("What we said")), agreed],
            self.tr("What is proposed, then Enter"),
            self.tr(
                "Choose the topic (Alt+T), type what is proposed and press Enter. Ctrl+Return "
                "marks the selected points agreed."
            ),
            missing=(self.tr("Topics not yet discussed"), self._undiscussed),
        )

    def _undiscussed(self, points: Sequence[Item]) -> str:
        missing = undiscussed(list(points))
        if not missing:
            return self.tr("Every topic has been discussed.")
        return self.tr("Not yet discussed: {topics}").format(topics="; ".join(missing))


PANEL = GovernancePanel
