"""The share discretion panel: the decisions the partnership will make, and for the
selected one, which partners decide, are consulted and are informed (Space ticks)."""

from __future__ import annotations

from ...domain.records import Item
from ...exercises.share_discretion import DECISION_RIGHT, ROLES, role_of, set_role
from ...storage.store import ChangeSet
from ..items_model import text_column
from . import kit
from .list_panel import Declared, ListPanel
from .row_details import CheckList, RowDetails, labelled, partner_checklist


class ShareDiscretionPanel(ListPanel):
    """Decisions with who decides (D), is consulted (C) and is informed (I)."""

    def declare(self) -> Declared:
        self.titles = {
            "decides": self.tr("Decides (D)"),
            "consulted": self.tr("Consulted (C)"),
            "informed": self.tr("Informed (I)"),
        }
        return Declared(
            DECISION_RIGHT,
            [
                text_column(self.tr("Decision")),
                *(
                    kit.read_only_column(self.titles[role], lambda i, r=role: self._names(i, r))
                    for role, _, _ in ROLES
                ),
            ],
            self.tr("A decision the partnership will make, then Enter"),
        )

    def lower(self) -> RowDetails:
        self.roles: dict[str, CheckList] = {}
        captions = {
            "decides": self.tr("&Decides (Space ticks):"),
            "consulted": self.tr("&Consulted before:"),
            "informed": self.tr("&Informed after:"),
        }
        columns = []
        for role, _, _ in ROLES:
            checklist = partner_checklist(self.titles[role])
            checklist.itemChanged.connect(lambda _entry, r=role: self._role_changed(r))
            self.roles[role] = checklist
            columns.append((labelled(captions[role], checklist), 1))
        self.details = RowDetails(
            self.tr("Selected decision"),
            self.list,
            self.tr("Select a decision to tick who decides, is consulted and is informed."),
            self._show_detail,
            columns,
        )
        return self.details

    def built(self) -> None:
        self.session.changed.connect(self._on_changed)
        self.details.refresh()

    def _names(self, item: Item, role: str) -> str:
        return self.partners.names(role_of(item, role))

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables:
            self.list.refresh_all_rows()
        if "partners" in changes.tables or "items" in changes.tables:
            self.details.refresh()

    def _show_detail(self, item: Item | None) -> None:
        options = [(p.id, p.organisation) for p in self.partners.partners]
        for role, checklist in self.roles.items():
            checklist.setEnabled(item is not None)
            checklist.fill(options, set(role_of(item, role)) if item else set())

    def _role_changed(self, role: str) -> None:
        item = self.list.current_item()
        if item is None:
            return
        edit = set_role(item, role, self.roles[role].checked_values())
        if edit is not None:
            self.session.apply(edit)


PANEL = ShareDiscretionPanel
