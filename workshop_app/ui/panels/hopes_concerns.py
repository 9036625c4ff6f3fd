"""Hopes, concerns and working agreements, side by side."""

from __future__ import annotations

from ...exercises.hopes_concerns import CONCERN, HOPE, WORKING_AGREEMENT
from ..capture_panel import ExercisePanel, ItemListWidget
from ..items_model import (
    cluster_column,
    text_column,
)
from ..key_help import PanelKey, install_shortcut
from . import kit

MARK_AGREED = PanelKey(
    "Ctrl+Return", "Mark the selected working agreement agreed, or not", "In the working agreements"
)
GO_TO_LIST = (
    PanelKey("Alt+1", "Go to the hopes"),
    PanelKey("Alt+2", "Go to the concerns"),
    PanelKey("Alt+3", "Go to the working agreements"),
)


class HopesConcernsPanel(ExercisePanel):
    """Three lists side by side; working agreements are marked agreed by the room."""

    keys = (*GO_TO_LIST, MARK_AGREED)

    def build(self) -> None:

        def clustered(kind: str, what: str, placeholder: str) -> ItemListWidget:
            columns = [
                text_column(what),
                cluster_column(self.tr("Cluster")),
            ]
            return kit.item_list(self, kind, columns=columns, placeholder=placeholder)

        self.hopes = clustered(HOPE, self.tr("Hope"), self.tr("A hope, then Enter"))
        self.concerns = clustered(CONCERN, self.tr("Concern"), self.tr("A concern, then Enter"))
        self.agreements = kit.item_list(
            self,
            WORKING_AGREEMENT,
            columns=[
                text_column(self.tr("Working agreement")),
                kit.yes_no_column(
                    self.tr("Agreed?"), "agreed", self.tr("✔ Agreed"), self.tr("Proposed")
                ),
            ],
            placeholder=self.tr("A working agreement, then Enter"),
        )
        toggle = kit.table_key_button(
            self.tr("Mark agreed / not agreed (Ctrl+Return)"),
            MARK_AGREED,
            self.agreements.table,
            self.toggle_agreed,
        )

        columns = kit.ResponsiveSplitter(column_width=300)
        for n, (title, widget) in enumerate(
            (
                (self.tr("Hopes (Alt+1)"), self.hopes),
                (self.tr("Concerns (Alt+2)"), self.concerns),
                (self.tr("Working agreements (Alt+3)"), self.agreements),
            )
        ):
            box = kit.pane([kit.heading(title, widget.capture)], widget)
            box.layout().setContentsMargins(0, 0, 4, 0)
            if widget is self.agreements:
                box.layout().addWidget(toggle)
            columns.addWidget(box)
            install_shortcut(self, GO_TO_LIST[n], widget.capture.setFocus)
        kit.lay_out_pane(self, [], columns)

    def focus_capture(self) -> None:
        self.hopes.capture.setFocus()

    def toggle_agreed(self) -> None:
        kit.toggle_agreed(self.session, self.agreements.selected_items())


PANEL = HopesConcernsPanel
