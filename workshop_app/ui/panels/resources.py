"""The resources panel: what each partner brings, and what the partnership needs that
nobody brings yet. The capture box takes the resource, with who brings it (or "nobody
yet": a need) and its kind chosen beside it."""

from __future__ import annotations

from ...domain.records import Item
from ...exercises.resources import RESOURCE, RESOURCE_TYPES, is_gap
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..form_dialog import fields_row
from ..items_model import text_column
from . import kit


class ResourcesPanel(ExercisePanel):
    """Resources brought by partners, and needs nobody brings yet."""

    def build(self) -> None:
        self.cache = kit.PartnersCache(self)
        self.brought_by = self.cache.chooser(
            self.tr("Brought by"), self.tr("— nobody yet: we need it —")
        )
        self.type = kit.ChoiceBox(self.tr("Kind of resource"), RESOURCE_TYPES)
        self.list = kit.item_list(
            self,
            RESOURCE,
            columns=[
                self.cache.column(self.tr("Brought by")),
                text_column(self.tr("Resource")),
                kit.choice_column(self.tr("Kind"), RESOURCE_TYPES),
                kit.read_only_column(self.tr("Gap?"), self._gap),
            ],
            placeholder=self.tr("What it brings (or what we need), then Enter"),
            choosers=[self.brought_by, self.type],
            # A resource nobody brings yet is a need.
            complete=lambda item: kit.with_fields(item, needed=item.partner_id is None),
        )
        row = fields_row(
            (self.tr("Brought &by:"), self.brought_by, 2),
            (self.tr("Kind of resource (t&ype):"), self.type, 1),
        )
        self.gaps = kit.live_note(self.tr("Needs nobody brings yet"))
        guidance = kit.note(
            self.tr(
                "Choose who brings it (Alt+B; “nobody yet” for a need) and its kind "
                "(Alt+Y), type it and press Enter. When a partner takes on a need, choose it "
                "in the “Brought by” column."
            )
        )
        kit.lay_out_pane(self, [guidance, row], self.list, self.gaps)
        self.session.changed.connect(self._on_changed)
        self._update_gaps()

    def _gap(self, item: Item) -> str:
        return self.tr("Needed: nobody yet") if is_gap(item) else ""

    def _on_changed(self, changes: ChangeSet) -> None:
        self._update_gaps()

    def _update_gaps(self) -> None:
        gaps = [i.text for i in self.list.model.rows if is_gap(i)]
        self.gaps.setText(
            self.tr("Needed, nobody brings yet: {gaps}").format(gaps="; ".join(gaps))
            if gaps
            else self.tr("No gaps named yet.")
        )

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = ResourcesPanel
