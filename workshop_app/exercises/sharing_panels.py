"""Qt panels of the information-sharing exercises: inventory, protocol, agreement.

Every edit goes through ``session.apply`` (saved at once, undoable). Warnings and the
draft agreement come from :mod:`workshop_app.exercises.sharing`, the same code the
room and the exports use.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import edits
from ..domain.records import Block, Item, Partner, Visibility, touched
from ..domain.schema import NEVER_PUBLIC_SENSITIVITIES
from ..domain.visibility import Audience, audience_view, effective_visibility
from ..i18n import tr
from ..storage.store import ChangeSet
from ..ui.capture_panel import ExercisePanel
from ..ui.items_model import Column, ItemsModel, field_column, text_column, visibility_label
from ..ui.session import Session
from .inventory import (
    COMMITMENT,
    LEGAL_CONSTRAINTS,
    SENSITIVITIES,
    constraints_of,
    history_warnings,
    label_of,
    recipients_of,
)
from .measures_panels import (
    FieldsItemList,
    checked_values,
    detail_splitter,
    elements_html,
    fill_checklist,
    labelled,
    partner_checklist,
    partner_column,
    set_column_widths,
)
from .protocol import CONTACT
from .sharing_agreement import agreement_elements


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


def effective_visibility_column(title: str) -> Column:
    """Visibility as it applies: says so when the data's sensitivity limits it."""

    def shown(item: Item) -> str:
        actual = effective_visibility(item)
        text = visibility_label(actual)
        if actual != item.visibility:
            text += " " + tr("Sharing", "(limited by sensitivity)")
        return text

    def set_visibility(item: Item, value: str) -> Item:
        return touched(item, visibility=value)

    return Column(
        title,
        shown,
        set_visibility,
        tuple((v.value, visibility_label(v.value)) for v in Visibility),
        value=lambda i: i.visibility,
    )


class _PartnersCache:
    """The collaboration's partners, reloaded when partners change."""

    def __init__(self, session: Session, workshop_id: str) -> None:
        self.session = session
        self.workshop_id = workshop_id
        self.partners: list[Partner] = []
        self.reload()

    def reload(self) -> None:
        snapshot = self.session.snapshot(self.workshop_id)
        self.partners = list(snapshot.partners)

    def names(self, ids: list[str]) -> str:
        by_id = {p.id: p.organisation for p in self.partners}
        return ", ".join(by_id.get(i, "?") for i in ids)


# -------------------------------------------------------------------- inventory


class DataInventoryPanel(ExercisePanel):
    """What each partner shares, with whom, how, under which rules; history warnings."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.cache = _PartnersCache(session, block.workshop_id)
        self._view = None
        columns = [
            text_column(self.tr("Data to be shared")),
            partner_column(self.tr("Shared by"), lambda: self.cache.partners),
            Column(self.tr("With"), lambda i: self.cache.names(recipients_of(i))),
            Column(self.tr("History"), self._history_text),
            field_column(self.tr("Purpose"), "purpose"),
            field_column(self.tr("How often"), "frequency"),
            field_column(self.tr("Form"), "form"),
            sensitivity_column(self.tr("Sensitivity")),
            Column(self.tr("Legal constraints"), lambda i: "; ".join(constraints_of(i))),
            effective_visibility_column(self.tr("Visibility")),
        ]
        self.list = FieldsItemList(
            session,
            block.workshop_id,
            block.id,
            COMMITMENT,
            columns=columns,
            placeholder=self.tr("What will be shared? Then Enter"),
            partner_label=self.tr("Shared by"),
            partners=lambda: self.cache.partners,
            parent=self,
        )

        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.recipients = partner_checklist(self.tr("Shared with"))
        self.recipients.itemChanged.connect(self._recipients_changed)
        self.legal = partner_checklist(self.tr("Legal constraints"))
        self.legal.itemChanged.connect(self._legal_changed)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Other constraints"))
        self.tags.setPlaceholderText(self.tr("Other constraints, separated by commas"))
        self.tags.editingFinished.connect(self._tags_changed)
        self.history = QLabel()
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Partnership history warnings"))
        self.history.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        side = QGroupBox(self.tr("Selected commitment"))
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail_title)
        columns_row = QHBoxLayout()
        columns_row.addLayout(labelled(self.tr("Shared w&ith (Space ticks):"), self.recipients), 2)
        columns_row.addLayout(
            labelled(self.tr("&Legal constraints (Space ticks):"), self.legal, self.tags), 2
        )
        columns_row.addLayout(labelled(self.tr("Partnership history:"), self.history), 2)
        side_layout.addLayout(columns_row, 1)

        set_column_widths(self.list.table, (320, 240, 280, 300, 220, 110, 140, 230, 240, 200))
        layout = QVBoxLayout(self)
        layout.addWidget(detail_splitter(self.list, side), 1)
        self.list.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.list.model.modelReset.connect(self._show_detail)
        session.changed.connect(self._on_changed)
        self._show_detail()

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
        if "partners" in changes.tables:
            self.cache.reload()
            self.list.fill_partners()
        if (
            "partners" in changes.tables
            or self.session.touches(changes, self.workshop_id)
            or "items" in changes.tables
        ):
            self._view = None
            self.list.refresh_all_rows()
            self._show_detail()

    def _show_detail(self, *args: object) -> None:
        item = self.list.current_item()
        for widget in (self.recipients, self.legal, self.tags):
            widget.setEnabled(item is not None)
        self.detail_title.setText(
            item.text
            if item
            else self.tr("Select a commitment to tick who receives it and the rules that apply.")
        )
        fill_checklist(
            self.recipients,
            [
                (p.id, p.organisation)
                for p in self.cache.partners
                if not item or p.id != item.partner_id
            ],
            set(recipients_of(item)) if item else set(),
        )
        fill_checklist(
            self.legal,
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
        new_fields = {**item.fields, **fields}
        if new_fields != item.fields:
            self.session.apply(
                edits.change(description, [(item, touched(item, fields=new_fields))])
            )

    def _recipients_changed(self, *args: object) -> None:
        self._change(
            self.tr("Change who receives the data"), recipients=checked_values(self.recipients)
        )

    def _legal_changed(self, *args: object) -> None:
        self._change(self.tr("Change legal constraints"), legal=checked_values(self.legal))

    def _tags_changed(self) -> None:
        self._change(self.tr("Change other constraints"), tags=self.tags.text().strip())

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


# --------------------------------------------------------------------- protocol


class ProtocolPanel(ExercisePanel):
    """Per partner: who answers media and records requests, warnings, review time."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.cache = _PartnersCache(session, block.workshop_id)
        columns = [
            partner_column(self.tr("Partner"), lambda: self.cache.partners),
            text_column(self.tr("Media enquiries")),
            field_column(self.tr("Records requests"), "records_contact"),
            field_column(self.tr("How we warn each other"), "warning"),
            field_column(self.tr("Review time"), "review_time"),
            effective_visibility_column(self.tr("Visibility")),
        ]
        self.list = FieldsItemList(
            session,
            block.workshop_id,
            block.id,
            CONTACT,
            columns=columns,
            placeholder=self.tr("Who answers the media? Then Enter"),
            extra_inputs=(
                ("records_contact", self.tr("Records requests")),
                ("warning", self.tr("How we warn each other")),
                ("review_time", self.tr("Review time")),
            ),
            partner_label=self.tr("Partner"),
            partners=lambda: self.cache.partners,
            parent=self,
        )
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("Partners without contacts"))
        set_column_widths(self.list.table, (300, 340, 260, 380, 200, 160), stretch_last=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.missing)
        session.changed.connect(self._on_changed)
        self.list.captured.connect(self._next_partner)
        self._update_missing()

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables:
            self.cache.reload()
            self.list.fill_partners()
        self._update_missing()

    def missing_partners(self) -> list[str]:
        have = {i.partner_id for i in self.list.model.rows}
        return [p.organisation for p in self.cache.partners if p.id not in have]

    def _update_missing(self) -> None:
        missing = self.missing_partners()
        self.missing.setText(
            self.tr("Still without a contact: {names}").format(names=", ".join(missing))
            if missing
            else self.tr("Every partner has a contact.")
        )

    def _next_partner(self, *args: object) -> None:
        """After a partner's row, offer the next partner without one."""
        choice = self.list.partner_choice
        if choice is None:
            return
        have = {i.partner_id for i in self.list.model.rows}
        for n in range(1, choice.count()):
            if choice.itemData(n) not in have:
                choice.setCurrentIndex(n)
                return

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


# -------------------------------------------------------------------- agreement


class AgreementPanel(ExercisePanel):
    """Mark commitments agreed (Space) and see the draft agreement they make."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.cache = _PartnersCache(session, block.workshop_id)
        columns = [
            Column(
                self.tr("Agreed"),
                lambda i: self.tr("Agreed") if i.fields.get("agreed") else self.tr("Not yet"),
            ),
            Column(
                self.tr("Shared by"),
                lambda i: self.cache.names([i.partner_id] if i.partner_id else []),
            ),
            Column(self.tr("Data"), lambda i: i.text),
            Column(self.tr("With"), lambda i: self.cache.names(recipients_of(i))),
            Column(
                self.tr("Sensitivity"),
                lambda i: label_of(SENSITIVITIES, i.fields.get("sensitivity")),
            ),
        ]
        self.model = ItemsModel(session, block.workshop_id, None, [COMMITMENT], columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Commitments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab leaves it
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        set_column_widths(self.table, (110, 300, 560, 480, 300), stretch_last=True)
        self.toggle_button = QPushButton(self.tr("Mark agreed / not agreed (Space)"))
        self.toggle_button.clicked.connect(self.toggle_selected)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.toggle_selected)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Draft information-sharing agreement"))
        self.count = QLabel()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(
            QLabel(
                self.tr(
                    "Read each commitment aloud; mark it agreed only when every party to it agrees."
                )
            )
        )
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.toggle_button)
        top_layout.addWidget(self.count)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Draft agreement as partners will read it:")))
        bottom_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables:
            self.cache.reload()
        if "partners" in changes.tables or self.session.touches(changes, self.workshop_id):
            self.refresh()

    def refresh(self) -> None:
        view = audience_view(self.session.snapshot(self.workshop_id), Audience.PARTNERS)
        self.preview.setHtml(elements_html(agreement_elements(view)))
        agreed = sum(1 for i in self.model.rows if i.fields.get("agreed"))
        self.count.setText(
            self.tr("{n} of {total} commitments agreed").format(
                n=agreed, total=len(self.model.rows)
            )
        )

    def toggle_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        chosen = [self.model.item_at(r) for r in rows]
        if not chosen:
            return
        agree = not all(i.fields.get("agreed") for i in chosen)
        self.session.apply(
            edits.change(
                self.tr("Mark agreed") if agree else self.tr("Mark not agreed"),
                [(i, touched(i, fields={**i.fields, "agreed": agree})) for i in chosen],
            )
        )

    def focus_capture(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
