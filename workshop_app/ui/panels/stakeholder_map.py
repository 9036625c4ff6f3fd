"""The stakeholder map panel: who else is affected or missing, placed by power and
interest; Ctrl+Return invites the selected stakeholders, each invitation an action item
listed below with its owner and date to fill."""

from __future__ import annotations

from ...exercises.stakeholder_map import INTEREST, POWER, STAKEHOLDER, advice, invite
from ..items_model import text_column
from ..key_help import PanelKey
from . import kit
from .list_panel import ActionsBelow, Choose, Declared, ListPanel

INVITE = PanelKey("Ctrl+Return", "Invite the selected stakeholders: each becomes an action item")


class StakeholderMapPanel(ListPanel):
    """Stakeholders on the power × interest grid, and the invitations made of them."""

    keys = (INVITE,)

    def declare(self) -> Declared:
        power = Choose(self.tr("Power"), self.tr("&Power:"), POWER)
        interest = Choose(self.tr("Interest"), self.tr("&Interest:"), INTEREST)
        return Declared(
            STAKEHOLDER,
            [
                text_column(self.tr("Stakeholder")),
                power,
                interest,
                kit.read_only_column(self.tr("What to do"), advice),
                kit.yes_no_column(self.tr("Invite?"), "invited", self.tr("✔ Invite")),
            ],
            self.tr("Who else is affected or missing? Then Enter"),
            self.tr(
                "Choose power and interest (Alt+P, Alt+I), type who it is and press Enter. "
                "Ctrl+Return invites the selected stakeholders."
            ),
            starts_with={"invited": False},
            buttons=[(self.tr("Invite the selected (Ctrl+Return)"), INVITE, self.invite_selected)],
            actions=ActionsBelow(
                self.tr("I&nvitations (action items: give each an owner and a date)"),
                self.tr("Invitation"),
                self.tr("Another action, then Tab for owner and due date; Enter"),
            ),
        )

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


PANEL = StakeholderMapPanel
