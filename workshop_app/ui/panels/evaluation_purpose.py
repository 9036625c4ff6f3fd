"""The evaluation purpose panel: choose the purpose (Alt+U), type the question the
evaluation must answer, Tab to say for whom, by when and with which indicators, Enter;
Ctrl+Return marks the selected questions agreed."""

from __future__ import annotations

from ...exercises.evaluation_purpose import PURPOSES, QUESTION
from ..capture_panel import ExercisePanel
from ..form_dialog import caption_row
from ..items_model import field_columns, text_column
from ..key_help import PanelKey
from . import kit

MARK_AGREED = PanelKey("Ctrl+Return", "Mark the selected questions agreed, or not yet")


class EvaluationPurposePanel(ExercisePanel):
    """Questions for the evaluation, each with its purpose, readers, timing and indicators."""

    keys = (MARK_AGREED,)

    def build(self) -> None:
        self.purpose = kit.ChoiceBox(
            self.tr("Purpose of the next question"), PURPOSES, unchosen=False
        )
        details = (
            ("audience", self.tr("For whom")),
            ("needed_by", self.tr("Needed by")),
            ("indicators", self.tr("Indicators")),
        )
        self.list = kit.item_list(
            self,
            QUESTION,
            columns=[
                text_column(self.tr("Question")),
                kit.choice_column(self.tr("Purpose"), PURPOSES),
                *(kit.optional(c) for c in field_columns(details)),
                kit.yes_no_column(
                    self.tr("Agreed?"), "agreed", self.tr("✔ Agreed"), self.tr("Not yet")
                ),
            ],
            placeholder=self.tr("The question the evaluation must answer, then Enter"),
            extra_inputs=details,
            extra_fields=lambda: {"agreed": False},
            choosers=[self.purpose],
        )
        chooser = caption_row(self.tr("P&urpose:"), self.purpose)
        mark = kit.key_button(
            self.tr("Agreed / not yet (Ctrl+Return)"),
            MARK_AGREED,
            self,
            lambda: kit.toggle_agreed(self.session, self.list.selected_items()),
        )
        guidance = kit.note(
            self.tr(
                "Choose the purpose, type the question and press Enter (Tab first to say "
                "for whom, by when and with which indicators)."
            )
        )
        kit.lay_out_pane(self, [guidance, chooser], self.list, mark)

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = EvaluationPurposePanel
