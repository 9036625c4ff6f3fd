"""The criteria indicators are judged by, and the capacity check."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QVBoxLayout,
)

from ...domain import edits
from ...domain.records import Visibility
from ...exercises.measure_criteria import (
    CAPACITY,
    CRITERION,
    JUDGE,
    default_criteria_items,
)
from ..capture_panel import ExercisePanel
from ..items_model import text_column
from ..key_help import PanelKey
from . import kit

ADD_STANDARD = PanelKey(
    "Ctrl+D", "Add the standard criteria: vision, facts, timeframe, lived experience, capacity"
)


class CriteriaPanel(ExercisePanel):
    """Criteria to judge indicators by, and the capacity check."""

    keys = (ADD_STANDARD,)

    def build(self) -> None:
        groups = ((JUDGE, self.tr("Judging indicators")), (CAPACITY, self.tr("Capacity check")))
        self.group_choice = QComboBox()
        self.group_choice.setAccessibleName(self.tr("Kind of the next criterion"))
        for value, label in groups:
            self.group_choice.addItem(label, value)
        self.list = kit.item_list(
            self,
            CRITERION,
            columns=[
                text_column(self.tr("Criterion")),
                kit.words_column(self.tr("Kind"), "group", groups),
            ],
            placeholder=self.tr("A criterion, then Enter"),
            default_visibility=Visibility.PUBLIC.value,
            extra_fields=lambda: {"group": self.group_choice.currentData()},
        )
        self.list.layout().itemAt(0).layout().insertWidget(1, self.group_choice)
        self.defaults_button = kit.key_button(
            self.tr("Add the standard criteria"), ADD_STANDARD, self, self.add_standard_criteria
        )
        self.defaults_button.setToolTip(
            self.tr(
                "Relevant to the vision and the facts, data obtainable in time, lived experience; "
                "expertise, access, resources (Ctrl+D)"
            )
        )
        hint = kit.note(
            self.tr(
                "Agree these before anyone proposes an indicator. Each indicator "
                "is then scored against them."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.defaults_button)

    def add_standard_criteria(self) -> None:
        """Add the standard criteria the block does not have yet (one undo step)."""
        have = {i.text for i in self.list.model.rows}
        start = self.list.model.next_position()
        new = [
            replace(item, position=start + n)
            for n, item in enumerate(
                i
                for i in default_criteria_items(self.workshop_id, self.block.id)
                if i.text not in have
            )
        ]
        if new:
            self.session.apply(edits.add(self.tr("Add the standard criteria"), *new))

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = CriteriaPanel
