"""Who answers media and records requests for each partner."""

from __future__ import annotations

from collections.abc import Sequence

from ...domain.records import Item
from ...exercises.communication_protocol import CONTACT
from ..items_model import text_column
from .list_panel import ChoosePartner, Declared, ListPanel, Typed


class ProtocolPanel(ListPanel):
    """Per partner: who answers media and records requests, warnings, review time."""

    def declare(self) -> Declared:
        partner = ChoosePartner(self.tr("Partner"), self.tr("&Partner:"))
        details = Typed(
            (
                ("records_contact", self.tr("Records requests")),
                ("warning", self.tr("How we warn each other")),
                ("review_time", self.tr("Review time")),
            )
        )
        return Declared(
            CONTACT,
            [partner, text_column(self.tr("Media enquiries")), details],
            self.tr("Who answers the media? Then Enter"),
            self.tr(
                "Choose the partner (Alt+P), type who answers the media, then Tab for records "
                "requests, how you warn each other and the review time; Enter. The next "
                "partner without a contact is chosen for you."
            ),
            missing=(self.tr("Partners without contacts"), self._without_contact),
        )

    def built(self) -> None:
        self.list.captured.connect(self._next_partner)

    def _without_contact(self, contacts: Sequence[Item]) -> str:
        have = {i.partner_id for i in contacts}
        missing = [p.organisation for p in self.partners.partners if p.id not in have]
        if not missing:
            return self.tr("Every partner has a contact.")
        return self.tr("Still without a contact: {names}").format(names=", ".join(missing))

    def _next_partner(self, *args: object) -> None:
        """After a partner's row, offer the next partner without one."""
        choice = self.boxes["partner"]
        have = {i.partner_id for i in self.list.model.rows}
        for n in range(1, choice.count()):
            if choice.itemData(n) not in have:
                choice.setCurrentIndex(n)
                return


PANEL = ProtocolPanel
