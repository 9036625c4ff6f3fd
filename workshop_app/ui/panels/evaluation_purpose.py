"""The evaluation purpose panel: choose the purpose (Alt+U), type the question the
evaluation must answer, Tab to say for whom, by when and with which indicators, Enter;
Ctrl+Return marks the selected questions agreed."""

from __future__ import annotations

from ...exercises.evaluation_purpose import PURPOSES, QUESTION
from ..items_model import text_column
from ..key_help import PanelKey
from . import kit
from .list_panel import Choose, Declared, ListPanel, Toggle, Typed

MARK_AGREED = PanelKey("Ctrl+Return", "Mark the selected questions agreed, or not yet")


class EvaluationPurposePanel(ListPanel):
    """Questions for the evaluation, each with its purpose, readers, timing and indicators."""

    keys = (MARK_AGREED,)

    def declare(self) -> Declared:
        purpose = Choose(
            self.tr("Purpose"),
            self.tr("P&urpose:"),
            PURPOSES,
            name=self.tr("Purpose of the next question"),
            unchosen=False,
        )
        details = Typed(
            (
                ("audience", self.tr("For whom")),
                ("needed_by", self.tr("Needed by")),
                ("indicators", self.tr("Indicators")),
            ),
            priority=2,
        )
        agreed = Toggle(
            self.tr("Agreed?"),
            "agreed",
            self.tr("✔ Agreed"),
            self.tr("Not yet"),
            MARK_AGREED,
            self.tr("Agreed / not yet (Ctrl+Return)"),
            kit.agreement_undo(),
            self.tr("Select a question in the list first."),
        )
        return Declared(
            QUESTION,
            [text_column(self.tr("Question")), purpose, details, agreed],
            self.tr("The question the evaluation must answer, then Enter"),
            self.tr(
                "Choose the purpose, type the question and press Enter (Tab first to say "
                "for whom, by when and with which indicators)."
            ),
        )


PANEL = EvaluationPurposePanel
