"""Who answers media and records requests for each partner."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QVBoxLayout,
)

from ...exercises.communication_protocol import CONTACT
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..items_model import field_columns, text_column
from . import kit


class ProtocolPanel(ExercisePanel):
    """Per partner: who answers media and records requests, warnings, review time."""

    def build(self) -> None:
        self.cache = kit.PartnersCache(self)
        details = (
            ("records_contact", self.tr("Records requests")),
            ("warning", self.tr("How we warn each other")),
            ("review_time", self.tr("Review time")),
        )
        columns = [
            self.cache.column(self.tr("Partner")),
            text_column(self.tr("Media enquiries")),
            *field_columns(details),
        ]
        self.list = kit.item_list(
            self,
            CONTACT,
            columns=columns,
            placeholder=self.tr("Who answers the media? Then Enter"),
            extra_inputs=details,
            partner_label=self.tr("Partner"),
            partners=lambda: self.cache.partners,
        )
        self.missing = kit.live_note(self.tr("Partners without contacts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.missing)
        self.session.changed.connect(self._on_changed)
        self.list.captured.connect(self._next_partner)
        self._update_missing()

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables:
            self.list.fill_partners()
        self._update_missing()

    def missing_partners(self) -> list[str]:
        have = {i.partner_id for i in self.list.model.rows}
        return [p.organisation for p in self.cache.partners if p.id not in have]

    def _update_missing(self) -> None:
        missing = self.missing_partners()
        self.missing.setText(
            self.tr("Still without a contact: {names}").format(names=", ".join(missing))
            if missing
            else self.tr("Every partner has a contact.")
        )

    def _next_partner(self, *args: object) -> None:
        """After a partner's row, offer the next partner without one."""
        choice = self.list.partner_choice
        if choice is None:
            return
        have = {i.partner_id for i in self.list.model.rows}
        for n in range(1, choice.count()):
            if choice.itemData(n) not in have:
                choice.setCurrentIndex(n)
                return

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = ProtocolPanel
