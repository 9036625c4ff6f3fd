"""The resources panel: what each partner brings, and what the partnership needs that
nobody brings yet. The capture box takes the resource, with who brings it (or "nobody
yet": a need) and its kind chosen beside it."""

from __future__ import annotations

from collections.abc import Sequence

from ...domain.records import Item
from ...exercises.resources import RESOURCE, RESOURCE_TYPES, is_gap
from ..items_model import text_column
from . import kit
from .list_panel import Choose, ChoosePartner, Declared, ListPanel


class ResourcesPanel(ListPanel):
    """Resources brought by partners, and needs nobody brings yet."""

    def declare(self) -> Declared:
        brought_by = ChoosePartner(
            self.tr("Brought by"),
            self.tr("Brought &by:"),
            none=self.tr("— nobody yet: we need it —"),
            stretch=2,
        )
        kind = Choose(
            self.tr("Kind"),
            self.tr("Kind of resource (t&ype):"),
            RESOURCE_TYPES,
            name=self.tr("Kind of resource"),
        )
        return Declared(
            RESOURCE,
            [
                brought_by,
                text_column(self.tr("Resource")),
                kind,
                kit.read_only_column(self.tr("Gap?"), self._gap),
            ],
            self.tr("What it brings (or what we need), then Enter"),
            self.tr(
                "Choose who brings it (Alt+B; “nobody yet” for a need) and its kind "
                "(Alt+Y), type it and press Enter. When a partner takes on a need, choose it "
                "in the “Brought by” column."
            ),
            # A resource nobody brings yet is a need.
            complete=lambda item: kit.with_fields(item, needed=item.partner_id is None),
            missing=(self.tr("Needs nobody brings yet"), self._gaps),
        )

    def _gap(self, item: Item) -> str:
        return self.tr("Needed: nobody yet") if is_gap(item) else ""

    def _gaps(self, resources: Sequence[Item]) -> str:
        gaps = [i.text for i in resources if is_gap(i)]
        if not gaps:
            return self.tr("No gaps named yet.")
        return self.tr("Needed, nobody brings yet: {gaps}").format(gaps="; ".join(gaps))


PANEL = ResourcesPanel
