"""Positions and the interests behind them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
)

from ...domain.records import Item, Workshop, touched
from ...exercises.positions_interests import POSITION
from ..capture_panel import ExercisePanel
from ..items_model import (
    Column,
    cluster_column,
    field_column,
    text_column,
)
from . import kit


class PositionsPanel(ExercisePanel):
    """Stated position, the interest behind it, optionally who held it."""

    def build(self) -> None:
        workshop = self.session.store.get(Workshop, self.workshop_id)
        partners = self.session.store.partners(workshop.collaboration_id) if workshop else []
        names = {p.id: p.organisation for p in partners}
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Who stated the position (never shown)"))
        kit.offer_partners(self.partner, partners, self.tr("Nobody named"))
        partner_column = Column(
            self.tr("Stated by (never shown)"),
            lambda i: names.get(i.partner_id or "", ""),
            lambda i, v: touched(i, partner_id=v or None),
            (("", self.tr("Nobody named")), *((p.id, p.organisation) for p in partners)),
            value=lambda i: i.partner_id or "",
        )
        self.pairs = kit.item_list(
            self,
            POSITION,
            columns=[
                text_column(self.tr("Stated position")),
                field_column(self.tr("Interest behind it"), "interest"),
                partner_column,
                cluster_column(self.tr("Cluster")),
            ],
            placeholder=self.tr("Stated position (Tab: the interest behind it), then Enter"),
            extra_inputs=[("interest", self.tr("Interest behind it: why does it matter?"))],
            complete=self._complete,
        )
        self.pairs.captured.connect(lambda _id: self.partner.setCurrentIndex(0))
        guidance = kit.note(
            self.tr("The room sees the interests only: never the positions, never who stated them.")
        )
        row = QHBoxLayout()
        row.addWidget(kit.heading(self.tr("Stated &by:"), self.partner))
        row.addWidget(self.partner)
        row.addStretch(1)
        kit.lay_out_pane(self, [guidance, row], self.pairs)

    def focus_capture(self) -> None:
        self.pairs.capture.setFocus()

    def _complete(self, item: Item) -> Item:
        from dataclasses import replace

        return replace(item, partner_id=self.partner.currentData() or None)


PANEL = PositionsPanel
