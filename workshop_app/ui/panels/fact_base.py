"""Facts with their source and status, and the open questions."""

from __future__ import annotations

from ...domain import edits
from ...domain.records import Item
from ...exercises.fact_base import (
    FACT,
    FACT_CHECK,
    QUESTION_FIELD,
    STATUS_LABELS,
    room_checks,
    room_says,
    status_label,
)
from ...storage.store import ChangeSet
from ..flow import FlowLayout
from ..form_dialog import choice_buttons
from ..items_model import Column, text_column
from . import kit
from .list_panel import ActionsBelow, Declared, ListPanel, Typed


class FactBasePanel(ListPanel):
    """Facts with source, date, contributor and status; open questions as actions."""

    def declare(self) -> Declared:
        self._checks: dict[str, list[int]] | None = None
        sources = Typed(
            (
                ("source", self.tr("Source")),
                ("date", self.tr("Date")),
                ("contributor", self.tr("Contributor")),
            )
        )
        status_row = FlowLayout()
        statuses = (
            ("agreed", self.tr("✔ &Agreed")),
            ("disputed", self.tr("⚠ &Disputed")),
            ("needs_data", self.tr("? &Needs data")),
            ("", self.tr("Not &yet discussed")),
        )
        caption = self.tr("The room says the selected facts are:")
        self.status_buttons = choice_buttons(status_row, caption, statuses, self.set_status)
        return Declared(
            FACT,
            [
                text_column(self.tr("Fact")),
                sources,
                kit.choice_column(self.tr("Status"), STATUS_LABELS),
                # What the room's phones said of each fact: the facilitator sets the status.
                Column(self.tr("From phones"), self._phones_said, priority=2),
            ],
            self.tr("A fact, then Tab for its source, date, contributor; Enter"),
            heading=self.tr("Fac&ts"),
            complete=lambda item: kit.with_fields(item, status=""),
            below=[status_row],
            actions=ActionsBelow(
                self.tr("Open &questions (also in the workshop's action list)"),
                self.tr("Open question"),
                self.tr("An open question, then Tab for owner and due date; Enter"),
                complete=lambda item: kit.with_fields(item, **{QUESTION_FIELD: True}),
            ),
        )

    def built(self) -> None:
        self.session.changed.connect(self._on_changed)

    def _phones_said(self, fact: Item) -> str:
        if self._checks is None:  # read once, until a phone answers again
            self._checks = room_checks(self.session.snapshot(self.workshop_id), self.block)
        counts = self._checks.get(fact.id)
        return room_says(counts) if counts else ""

    def _on_changed(self, changes: ChangeSet) -> None:
        # A phone's answer changes a tally, not the fact: the rows are drawn again.
        if self.workshop_id not in changes.workshop_ids or "items" not in changes.tables:
            return
        changed = (self.session.item(self.workshop_id, i) for i in changes.ids)
        if len(changes.ids) > 50 or any(i is not None and i.kind == FACT_CHECK for i in changed):
            self._checks = None
            self.list.refresh_all_rows()

    def set_status(self, status: str) -> None:
        chosen = self.list.selected_or_say(self.tr("Select a fact in the list first."))
        if not chosen:
            return
        description = self.tr("Mark facts: {status}").format(status=status_label(status))
        self.session.apply(edits.set_fields(description, chosen, status=status))


PANEL = FactBasePanel
