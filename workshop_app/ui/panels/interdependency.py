"""The interdependency panel: who needs what from whom. The capture box takes what is
needed, with who needs it and from whom chosen beside it; Ctrl+Return marks the selected
needs promised (or not)."""

from __future__ import annotations

from ...domain.records import Item, touched
from ...exercises.interdependency import NEED
from ..capture_panel import ExercisePanel
from ..form_dialog import fields_row
from ..items_model import text_column
from ..key_help import PanelKey
from . import kit

MARK_PROMISED = PanelKey("Ctrl+Return", "Mark the selected needs promised, or not yet")


class InterdependencyPanel(ExercisePanel):
    """Needs between partners, captured with who needs them and from whom."""

    keys = (MARK_PROMISED,)

    def build(self) -> None:
        self.cache = kit.PartnersCache(self)
        self.needs = kit.partner_box(self.tr("Who needs it"))
        self.source = kit.partner_box(self.tr("Needed from"))
        self.list = kit.item_list(
            self,
            NEED,
            columns=[
                self.cache.column(self.tr("Who needs it")),
                text_column(self.tr("What is needed")),
                self._from_column(),
                kit.read_only_column(self.tr("Promised?"), self._promised),
            ],
            placeholder=self.tr("What is needed, then Enter"),
            complete=self._complete,
        )
        for box in (self.needs, self.source):
            self.cache.offer_in(box, self.tr("— choose —"))
        who = fields_row(
            (self.tr("&Partner who needs it:"), self.needs, 1),
            (self.tr("Needed fr&om:"), self.source, 1),
        )
        mark = kit.key_button(
            self.tr("Promised / not yet (Ctrl+Return)"), MARK_PROMISED, self, self.toggle_promised
        )
        guidance = kit.note(
            self.tr(
                "Choose who needs it and from whom (Alt+P, Alt+O), type what is needed and "
                "press Enter."
            )
        )
        kit.lay_out_pane(self, [guidance, who], self.list, mark)

    def _from_column(self) -> kit.LiveChoiceColumn:
        def partners():
            return self.cache.partners

        def name(item: Item) -> str:
            wanted = item.fields.get("from_partner")
            return next((p.organisation for p in self.cache.partners if p.id == wanted), "")

        return kit.LiveChoiceColumn(
            self.tr("From"),
            name,
            lambda i, v: touched(i, fields={**i.fields, "from_partner": v}),
            (("", "—"),),
            value=lambda i: str(i.fields.get("from_partner", "")),
            live_choices=lambda: (
                ("", "—"),
                *((p.id, p.organisation) for p in self.cache.partners),
            ),
        )

    def _promised(self, item: Item) -> str:
        return self.tr("✔ Promised") if item.fields.get("promised") else self.tr("Not yet")

    def _complete(self, item: Item) -> Item:
        needs = kit.with_fields(item, from_partner=self.source.currentData() or "", promised=False)
        return touched(needs, partner_id=self.needs.currentData() or None)

    def toggle_promised(self) -> None:
        """The selected needs become promised or, when every one already is, not yet."""
        kit.toggle_field(
            self.session,
            self.list.selected_or_say(self.tr("Select a need in the list first.")),
            "promised",
            self.tr("Mark promised"),
            self.tr("Mark not yet promised"),
        )

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = InterdependencyPanel
