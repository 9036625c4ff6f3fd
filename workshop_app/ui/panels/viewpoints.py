"""The viewpoints panel: choose the sector (Alt+S), type how the issue looks from there,
Enter; the sector of a view can be changed in the list."""

from __future__ import annotations

from ...exercises.viewpoints import SECTORS, VIEWPOINT
from ..items_model import text_column
from .list_panel import Choose, Declared, ListPanel


class ViewpointsPanel(ListPanel):
    """Views of the issue, each with the sector it comes from."""

    def declare(self) -> Declared:
        sector = Choose(
            self.tr("Sector"), self.tr("&Sector:"), SECTORS, name=self.tr("Sector of the next view")
        )
        return Declared(
            VIEWPOINT,
            [text_column(self.tr("View")), sector],
            self.tr("How the issue looks from this sector, then Enter"),
            self.tr(
                "Go round the sectors: choose the sector, type each view and press Enter. "
                "Views from phones come without a name."
            ),
        )


PANEL = ViewpointsPanel
