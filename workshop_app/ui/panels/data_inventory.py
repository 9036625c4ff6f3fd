"""What each partner will share, with whom, under which rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
)

from ...domain import edits
from ...domain.records import Item, Visibility, touched
from ...domain.schema import NEVER_PUBLIC_SENSITIVITIES
from ...domain.visibility import Audience, audience_view
from ...exercises.data_inventory import (
    COMMITMENT,
    LEGAL_CONSTRAINTS,
    SENSITIVITIES,
    constraints_of,
    history_warnings,
    label_of,
    recipients_of,
)
from ...i18n import tr
from ...storage.store import ChangeSet
from ..form_dialog import text_field
from ..items_model import Column, field_column, text_column
from . import kit
from .list_panel import ChoosePartner, Declared, ListPanel
from .row_details import RowDetails, labelled, partner_checklist


def sensitivity_column(title: str) -> Column:
    """Sensitivity; choosing restricted or confidential also takes a public item off public."""

    def set_sensitivity(item: Item, value: str) -> Item:
        visibility = item.visibility
        if value in NEVER_PUBLIC_SENSITIVITIES and visibility == Visibility.PUBLIC.value:
            visibility = Visibility.PARTNERS.value
        return touched(item, visibility=visibility, fields={**item.fields, "sensitivity": value})

    return Column(
        title,
        lambda i: label_of(SENSITIVITIES, i.fields.get("sensitivity")),
        set_sensitivity,
        tuple((v, tr("Sharing", label)) for v, label in SENSITIVITIES),
        value=lambda i: str(i.fields.get("sensitivity", "")),
    )


class DataInventoryPanel(ListPanel):
    """What each partner shares, with whom, how, under which rules; history warnings."""

    def declare(self) -> Declared:
        self._view = None
        shared_by = ChoosePartner(self.tr("Shared by"), self.tr("Shared &by:"))
        return Declared(
            COMMITMENT,
            [
                text_column(self.tr("Data to be shared")),
                shared_by,
                Column(self.tr("With"), lambda i: self.partners.names(recipients_of(i))),
                kit.optional(Column(self.tr("History"), self._history_text)),
                kit.optional(field_column(self.tr("Purpose"), "purpose")),
                kit.optional(field_column(self.tr("How often"), "frequency"), 3),
                kit.optional(field_column(self.tr("Form"), "form"), 3),
                sensitivity_column(self.tr("Sensitivity")),
                kit.optional(
                    Column(self.tr("Legal constraints"), lambda i: "; ".join(constraints_of(i)))
                ),
            ],
            self.tr("What will be shared? Then Enter"),
        )

    def lower(self) -> RowDetails:
        self.recipients = partner_checklist(self.tr("Shared with"))
        self.recipients.itemChanged.connect(self._recipients_changed)
        self.legal = partner_checklist(self.tr("Legal constraints"))
        self.legal.itemChanged.connect(self._legal_changed)
        self.tags = text_field(
            self.tr("Other constraints"), self.tr("Other constraints, separated by commas")
        )
        self.tags.editingFinished.connect(self._tags_changed)
        self.history = QLabel()
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Partnership history warnings"))
        self.history.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.details = RowDetails(
            self.tr("Selected commitment"),
            self.list,
            self.tr("Select a commitment to tick who receives it and the rules that apply."),
            self._show_detail,
            [
                (labelled(self.tr("Shared w&ith (Space ticks):"), self.recipients), 2),
                (labelled(self.tr("&Legal constraints (Space ticks):"), self.legal, self.tags), 2),
                (labelled(self.tr("Partnership history:"), self.history), 2),
            ],
        )
        return self.details

    def built(self) -> None:
        self.session.changed.connect(self._on_changed)
        self.details.refresh()

    def _view_now(self):
        if self._view is None:
            self._view = audience_view(self.session.snapshot(self.workshop_id), Audience.INTERNAL)
        return self._view

    def history_warnings(self, item: Item) -> list[str]:
        return history_warnings(self._view_now(), item)

    def _history_text(self, item: Item) -> str:
        warnings = self.history_warnings(item)
        return (
            self.tr("Warning: %n pair(s) without a good history", "", len(warnings))
            if warnings
            else ""
        )

    def _on_changed(self, changes: ChangeSet) -> None:
        if (
            "partners" in changes.tables
            or self.session.touches(changes, self.workshop_id)
            or "items" in changes.tables
        ):
            self._view = None
            self.list.refresh_all_rows()
            self.details.refresh()

    def _show_detail(self, item: Item | None) -> None:
        for widget in (self.recipients, self.legal, self.tags):
            widget.setEnabled(item is not None)
        self.recipients.fill(
            [
                (p.id, p.organisation)
                for p in self.partners.partners
                if not item or p.id != item.partner_id
            ],
            set(recipients_of(item)) if item else set(),
        )
        self.legal.fill(
            [(k, tr("Sharing", label)) for k, label in LEGAL_CONSTRAINTS],
            set(item.fields.get("legal") or []) if item else set(),
        )
        if not self.tags.hasFocus():
            self.tags.setText(str(item.fields.get("tags", "")) if item else "")
        warnings = self.history_warnings(item) if item else []
        self.history.setText("\n".join(self.tr("Warning: {w}").format(w=w) for w in warnings))

    def _change(self, description: str, **fields: Any) -> None:
        item = self.list.current_item()
        if item is None:
            return
        if {**item.fields, **fields} != item.fields:
            self.session.apply(edits.set_fields(description, [item], **fields))

    def _recipients_changed(self, *args: object) -> None:
        self._change(
            self.tr("Change who receives the data"), recipients=self.recipients.checked_values()
        )

    def _legal_changed(self, *args: object) -> None:
        self._change(self.tr("Change legal constraints"), legal=self.legal.checked_values())

    def _tags_changed(self) -> None:
        self._change(self.tr("Change other constraints"), tags=self.tags.text().strip())


PANEL = DataInventoryPanel
