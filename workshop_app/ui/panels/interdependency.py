"""The interdependency panel: who needs what from whom. The capture box takes what is
needed, with who needs it and from whom chosen beside it; Ctrl+Return marks the selected
needs promised (or not)."""

from __future__ import annotations

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
        self.needs = self.cache.chooser(self.tr("Who needs it"), self.tr("— choose —"))
        self.source = self.cache.chooser(
            self.tr("Needed from"), self.tr("— choose —"), "from_partner"
        )
        self.list = kit.item_list(
            self,
            NEED,
            columns=[
                self.cache.column(self.tr("Who needs it")),
                text_column(self.tr("What is needed")),
                self.cache.column(self.tr("From"), "from_partner"),
                kit.yes_no_column(
                    self.tr("Promised?"), "promised", self.tr("✔ Promised"), self.tr("Not yet")
                ),
            ],
            placeholder=self.tr("What is needed, then Enter"),
            extra_fields=lambda: {"promised": False},
            choosers=[self.needs, self.source],
        )
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
