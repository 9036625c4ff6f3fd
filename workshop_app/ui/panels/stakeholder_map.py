"""The stakeholder map panel: who else is affected or missing, placed by power and
interest; Ctrl+Return invites the selected stakeholders, each invitation an action item
listed below with its owner and date to fill."""

from __future__ import annotations

from ...exercises.stakeholder_map import INTEREST, POWER, STAKEHOLDER, advice, invite
from ..capture_panel import ExercisePanel
from ..form_dialog import fields_row
from ..items_model import text_column
from ..key_help import PanelKey
from . import kit

INVITE = PanelKey("Ctrl+Return", "Invite the selected stakeholders: each becomes an action item")


class StakeholderMapPanel(ExercisePanel):
    """Stakeholders on the power × interest grid, and the invitations made of them."""

    keys = (INVITE,)

    def build(self) -> None:
        self.power = kit.ChoiceBox(self.tr("Power"), POWER)
        self.interest = kit.ChoiceBox(self.tr("Interest"), INTEREST)
        self.list = kit.item_list(
            self,
            STAKEHOLDER,
            columns=[
                text_column(self.tr("Stakeholder")),
                kit.choice_column(self.tr("Power"), POWER),
                kit.choice_column(self.tr("Interest"), INTEREST),
                kit.read_only_column(self.tr("What to do"), advice),
                kit.yes_no_column(self.tr("Invite?"), "invited", self.tr("✔ Invite")),
            ],
            placeholder=self.tr("Who else is affected or missing? Then Enter"),
            extra_fields=lambda: {"invited": False},
            choosers=[self.power, self.interest],
        )
        place = fields_row(
            (self.tr("&Power:"), self.power, 1), (self.tr("&Interest:"), self.interest, 1)
        )
        invite_button = kit.key_button(
            self.tr("Invite the selected (Ctrl+Return)"), INVITE, self, self.invite_selected
        )
        self.invitations = kit.action_list(
            self,
            self.tr("Invitation"),
            placeholder=self.tr("Another action, then Tab for owner and due date; Enter"),
        )
        above = [
            kit.note(
                self.tr(
                    "Choose power and interest (Alt+P, Alt+I), type who it is and press Enter. "
                    "Ctrl+Return invites the selected stakeholders."
                )
            ),
            place,  # above the capture box, as the guidance reads: chosen first
        ]
        stakeholders = kit.pane(above, self.list, invite_button)
        invitations = kit.pane(
            [
                kit.heading(
                    self.tr("In&vitations (action items: give each an owner and a date)"),
                    self.invitations.capture,
                )
            ],
            self.invitations,
        )
        kit.lay_out_pane(self, [], kit.detail_splitter(stakeholders, invitations))

    def invite_selected(self) -> None:
        """Mark the selected stakeholders invited, each with its invitation (one undo step)."""
        chosen = self.list.selected_or_say(self.tr("Select a stakeholder in the list first."))
        if not chosen:
            return
        edit = invite(chosen)
        if edit is None:
            self.session.error.emit(self.tr("Every selected stakeholder is already invited."))
            return
        self.session.apply(edit)

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = StakeholderMapPanel
