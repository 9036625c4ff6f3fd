"""The viewpoints panel: choose the sector (Alt+S), type how the issue looks from there,
Enter; the sector of a view can be changed in the list."""

from __future__ import annotations

from ...exercises.viewpoints import SECTORS, VIEWPOINT
from ..capture_panel import ExercisePanel
from ..form_dialog import caption_row
from ..items_model import text_column
from . import kit


class ViewpointsPanel(ExercisePanel):
    """Views of the issue, each with the sector it comes from."""

    def build(self) -> None:
        self.sector = kit.ChoiceBox(self.tr("Sector of the next view"), SECTORS)
        self.list = kit.item_list(
            self,
            VIEWPOINT,
            columns=[
                text_column(self.tr("View")),
                kit.choice_column(self.tr("Sector"), SECTORS),
            ],
            placeholder=self.tr("How the issue looks from this sector, then Enter"),
            choosers=[self.sector],
        )
        chooser = caption_row(self.tr("&Sector:"), self.sector)
        guidance = kit.note(
            self.tr(
                "Go round the sectors: choose the sector, type each view and press Enter. "
                "Views from phones come without a name."
            )
        )
        kit.lay_out_pane(self, [guidance, chooser], self.list)

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = ViewpointsPanel
