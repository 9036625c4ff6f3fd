"""The governance panel: points under six topics (structure, cadence, decisions, disputes,
the manager's role, who fills it), typed with their topic chosen beside the capture box;
Ctrl+Return marks the selected points agreed (or not yet)."""

from __future__ import annotations

from ...exercises.governance import POINT, TOPICS, agreed_mark, undiscussed
from ..capture_panel import ExercisePanel
from ..form_dialog import caption_row
from ..items_model import text_column
from ..key_help import PanelKey
from . import kit

MARK_AGREED = PanelKey("Ctrl+Return", "Mark the selected points agreed, or not yet")


class GovernancePanel(ExercisePanel):
    """Governance points by topic, each agreed or only proposed."""

    keys = (MARK_AGREED,)

    def build(self) -> None:
        self.topic = kit.ChoiceBox(self.tr("Topic"), TOPICS, unchosen=False)
        self.list = kit.item_list(
            self,
            POINT,
            columns=[
                kit.choice_column(self.tr("Topic"), TOPICS),
                text_column(self.tr("What we said")),
                kit.read_only_column(self.tr("Agreed?"), lambda i: agreed_mark(i, "Panels")),
            ],
            placeholder=self.tr("What is proposed, then Enter"),
            extra_fields=lambda: {"agreed": False},
            choosers=[self.topic],
        )
        row = caption_row(self.tr("&Topic:"), self.topic)
        mark = kit.key_button(
            self.tr("Agreed / not yet (Ctrl+Return)"), MARK_AGREED, self, self.toggle_agreed
        )
        self.missing = kit.live_note(self.tr("Topics not yet discussed"))
        guidance = kit.note(
            self.tr(
                "Choose the topic (Alt+T), type what is proposed and press Enter. Ctrl+Return "
                "marks the selected points agreed."
            )
        )
        kit.lay_out_pane(self, [guidance, row], self.list, mark, self.missing)
        self.list.model.modelReset.connect(self._update_missing)
        self.list.model.dataChanged.connect(self._update_missing)
        self.list.model.rowsInserted.connect(self._update_missing)
        self.list.model.rowsRemoved.connect(self._update_missing)
        self._update_missing()

    def _update_missing(self, *args: object) -> None:
        missing = undiscussed(list(self.list.model.rows))
        self.missing.setText(
            self.tr("Not yet discussed: {topics}").format(topics="; ".join(missing))
            if missing
            else self.tr("Every topic has been discussed.")
        )

    def toggle_agreed(self) -> None:
        """The selected points become agreed or, when every one already is, not yet."""
        kit.toggle_agreed(
            self.session, self.list.selected_or_say(self.tr("Select a point in the list first."))
        )

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = GovernancePanel
