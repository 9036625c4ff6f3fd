"""The interdependency panel: who needs what from whom. The capture box takes what is
needed, with who needs it and from whom chosen beside it; Ctrl+Return marks the selected
needs promised (or not)."""

from __future__ import annotations

from ...exercises.interdependency import NEED
from ..items_model import text_column
from ..key_help import PanelKey
from .list_panel import ChoosePartner, Declared, ListPanel, Toggle

MARK_PROMISED = PanelKey("Ctrl+Return", "Mark the selected needs promised, or not yet")


class InterdependencyPanel(ListPanel):
    """Needs between partners, captured with who needs them and from whom."""

    keys = (MARK_PROMISED,)

    def declare(self) -> Declared:
        needs = ChoosePartner(self.tr("Who needs it"), self.tr("&Partner who needs it:"))
        source = ChoosePartner(
            self.tr("From"),
            self.tr("Needed fr&om:"),
            name=self.tr("Needed from"),
            field="from_partner",
        )
        promised = Toggle(
            self.tr("Promised?"),
            "promised",
            self.tr("✔ Promised"),
            self.tr("Not yet"),
            MARK_PROMISED,
            self.tr("Promised / not yet (Ctrl+Return)"),
            (self.tr("Mark promised"), self.tr("Mark not yet promised")),
            self.tr("Select a need in the list first."),
        )
        return Declared(
            NEED,
            [needs, text_column(self.tr("What is needed")), source, promised],
            self.tr("What is needed, then Enter"),
            self.tr(
                "Choose who needs it and from whom (Alt+P, Alt+O), type what is needed and "
                "press Enter."
            ),
        )


PANEL = InterdependencyPanel
