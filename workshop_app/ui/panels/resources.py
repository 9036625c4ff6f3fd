"""The resources panel: what each partner brings, and what the partnership needs that
nobody brings yet. The capture box takes the resource, with who brings it (or "nobody
yet": a need) and its kind chosen beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.records import Block, Item, touched
from ...exercises.resources import RESOURCE, RESOURCE_TYPES, is_gap
from ...i18n import tr
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..form_dialog import buddy_label
from ..items_model import text_column
from ..session import Session
from .kit import (
    PartnersCache,
    choice_column,
    item_list,
    note,
    partner_column,
    read_only_column,
    with_fields,
)


class ResourcesPanel(ExercisePanel):
    """Resources brought by partners, and needs nobody brings yet."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.cache = PartnersCache(session, block.workshop_id)
        self.brought_by = QComboBox()
        self.brought_by.setAccessibleName(self.tr("Brought by"))
        self.brought_by.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.brought_by.setMinimumContentsLength(12)
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Kind of resource"))
        for value, words in RESOURCE_TYPES:
            self.type.addItem(tr("Resources", words), value)
        self.list = item_list(
            self,
            RESOURCE,
            columns=[
                partner_column(self.tr("Brought by"), lambda: self.cache.partners),
                text_column(self.tr("Resource")),
                choice_column(self.tr("Kind"), "type", RESOURCE_TYPES, "Resources"),
                read_only_column(self.tr("Gap?"), self._gap),
            ],
            placeholder=self.tr("What it brings (or what we need), then Enter"),
            complete=self._complete,
        )
        self._fill_partners()
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("Brought &by:"), self.brought_by))
        row.addWidget(self.brought_by, 2)
        row.addWidget(buddy_label(self.tr("Kind of resource (t&ype):"), self.type))
        row.addWidget(self.type, 1)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setAccessibleName(self.tr("Needs nobody brings yet"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            note(
                self.tr(
                    "Choose who brings it (Alt+B; “nobody yet” for a need) and its kind "
                    "(Alt+Y), type it and press Enter. When a partner takes on a need, choose it "
                    "in the “Brought by” column."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.gaps)
        session.changed.connect(self._on_changed)
        self._update_gaps()

    def _gap(self, item: Item) -> str:
        return self.tr("Needed: nobody yet") if is_gap(item) else ""

    def _fill_partners(self) -> None:
        current = self.brought_by.currentData()
        self.brought_by.clear()
        self.brought_by.addItem(self.tr("— nobody yet: we need it —"), "")
        for partner in self.cache.partners:
            self.brought_by.addItem(partner.organisation, partner.id)
        self.brought_by.setCurrentIndex(max(self.brought_by.findData(current), 0))

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables:
            self.cache.reload()
            self._fill_partners()
        self._update_gaps()

    def _update_gaps(self) -> None:
        gaps = [i.text for i in self.list.model.rows if is_gap(i)]
        self.gaps.setText(
            self.tr("Needed, nobody brings yet: {gaps}").format(gaps="; ".join(gaps))
            if gaps
            else self.tr("No gaps named yet.")
        )

    def _complete(self, item: Item) -> Item:
        partner = self.brought_by.currentData() or None
        resource = with_fields(item, type=self.type.currentData() or "", needed=partner is None)
        return touched(resource, partner_id=partner)

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = ResourcesPanel
