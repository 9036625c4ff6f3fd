"""Hopes, concerns and working agreements, side by side."""

from __future__ import annotations

from ...exercises.hopes_concerns import CONCERN, HOPE, WORKING_AGREEMENT
from ..items_model import cluster_column, text_column
from ..key_help import PanelKey, install_shortcut
from . import kit
from .list_panel import Declared, ListPanel, agreement

MARK_AGREED = PanelKey(
    "Ctrl+Return", "Mark the selected working agreement agreed, or not", "In the working agreements"
)
GO_TO_LIST = (
    PanelKey("Alt+1", "Go to the hopes"),
    PanelKey("Alt+2", "Go to the concerns"),
    PanelKey("Alt+3", "Go to the working agreements"),
)


class HopesConcernsPanel(ListPanel):
    """Three lists side by side; working agreements are marked agreed by the room."""

    keys = (*GO_TO_LIST, MARK_AGREED)

    def build(self) -> None:
        self.begin()
        cluster = cluster_column(self.tr("Cluster"))
        agreed = agreement(
            MARK_AGREED,
            self.tr("Mark agreed / not agreed (Ctrl+Return)"),
            self.tr("Select a working agreement in the list first."),
        )
        lists = (
            Declared(
                HOPE,
                [text_column(self.tr("Hope")), cluster],
                self.tr("A hope, then Enter"),
                heading=self.tr("Hopes (Alt+1)"),
            ),
            Declared(
                CONCERN,
                [text_column(self.tr("Concern")), cluster],
                self.tr("A concern, then Enter"),
                heading=self.tr("Concerns (Alt+2)"),
            ),
            Declared(
                WORKING_AGREEMENT,
                [text_column(self.tr("Working agreement")), agreed],
                self.tr("A working agreement, then Enter"),
                heading=self.tr("Working agreements (Alt+3)"),
            ),
        )
        columns = kit.ResponsiveSplitter(column_width=300)
        made = []
        for key, declared in zip(GO_TO_LIST, lists, strict=True):
            items, box = self.declared_pane(declared)
            box.layout().setContentsMargins(0, 0, 4, 0)
            columns.addWidget(box)
            install_shortcut(self, key, items.capture.setFocus)
            made.append(items)
        self.hopes, self.concerns, self.agreements = made
        self.list = self.hopes
        kit.lay_out_pane(self, [], columns)


PANEL = HopesConcernsPanel
