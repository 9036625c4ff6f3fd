"""Facts with their source and status, and the open questions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
)

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
from ..capture_panel import ExercisePanel
from ..flow import FlowLayout
from ..form_dialog import choice_buttons
from ..items_model import Column, field_columns, text_column
from . import kit


class FactBasePanel(ExercisePanel):
    """Facts with source, date, contributor and status; open questions as actions."""

    def build(self) -> None:
        self._checks: dict[str, list[int]] | None = None
        sources = (
            ("source", self.tr("Source")),
            ("date", self.tr("Date")),
            ("contributor", self.tr("Contributor")),
        )
        self.facts = kit.item_list(
            self,
            FACT,
            columns=[
                text_column(self.tr("Fact")),
                *field_columns(sources),
                kit.choice_column(self.tr("Status"), STATUS_LABELS),
                # What the room's phones said of each fact: the facilitator sets the status.
                Column(self.tr("From phones"), self._phones_said, priority=2),
            ],
            placeholder=self.tr("A fact, then Tab for its source, date, contributor; Enter"),
            extra_inputs=sources,
            complete=lambda item: kit.with_fields(item, status=""),
        )
        status_row = FlowLayout()
        status_row.addWidget(QLabel(self.tr("The room says the selected facts are:")))
        statuses = (
            ("agreed", self.tr("✔ &Agreed")),
            ("disputed", self.tr("⚠ &Disputed")),
            ("needs_data", self.tr("? &Needs data")),
            ("", self.tr("Not &yet discussed")),
        )
        tip = self.tr("Alt + the underlined letter")
        self.status_buttons = choice_buttons(status_row, statuses, self.set_status, tip)

        self.questions = kit.action_list(
            self,
            self.tr("Open question"),
            placeholder=self.tr("An open question, then Tab for owner and due date; Enter"),
            complete=lambda item: kit.with_fields(item, **{QUESTION_FIELD: True}),
        )

        facts_box = kit.pane(
            [kit.heading(self.tr("Fac&ts"), self.facts.capture)], self.facts, status_row
        )
        questions_heading = kit.heading(
            self.tr("Open &questions (also in the workshop's action list)"),
            self.questions.capture,
        )
        questions_box = kit.pane([questions_heading], self.questions)
        kit.lay_out_pane(self, [], kit.detail_splitter(facts_box, questions_box))
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
            self.facts.refresh_all_rows()

    def focus_capture(self) -> None:
        self.facts.capture.setFocus()

    def set_status(self, status: str) -> None:
        chosen = self.facts.selected_or_say(self.tr("Select a fact in the list first."))
        if not chosen:
            return
        description = self.tr("Mark facts: {status}").format(status=status_label(status))
        self.session.apply(edits.set_fields(description, chosen, status=status))


PANEL = FactBasePanel
