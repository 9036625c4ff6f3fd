"""The commitments the room signs up to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from ...domain.visibility import Audience, audience_view
from ...exercises.data_inventory import (
    COMMITMENT,
    SENSITIVITIES,
    label_of,
    recipients_of,
)
from ...exercises.sharing_agreement import agreement_elements
from ...export.html import PREVIEW, elements_html
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..editable_table import read_only_table, selected_rows
from ..fit import fit_columns
from ..items_model import Column, ItemsModel
from ..key_help import PanelKey
from . import kit

MARK_AGREED = PanelKey(
    "Space", "Mark the selected commitment agreed, or not agreed", "In the commitments"
)


class AgreementPanel(ExercisePanel):
    """Mark commitments agreed (Space) and see the draft agreement they make."""

    keys = (MARK_AGREED,)

    def build(self) -> None:
        self.cache = kit.PartnersCache(self)
        columns = [
            kit.yes_no_column(self.tr("Agreed"), "agreed", self.tr("Agreed"), self.tr("Not yet")),
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
        self.model = ItemsModel(self.session, self.workshop_id, None, [COMMITMENT], columns, self)
        self.table = read_only_table(self.model, self.tr("Commitments"))
        fit_columns(self.table)
        self.toggle_button = kit.table_key_button(
            self.tr("Mark agreed / not agreed (Space)"),
            MARK_AGREED,
            self.table,
            self.toggle_selected,
        )
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Draft information-sharing agreement"))
        self.count = QLabel()
        intro = QLabel(
            self.tr(
                "Read each commitment aloud; mark it agreed only when every party to it agrees."
            )
        )
        intro.setWordWrap(True)  # in any language, as wide as the pane
        top = kit.pane(
            [intro],
            self.table,
            self.toggle_button,
            self.count,
        )
        bottom = kit.pane(
            [QLabel(self.tr("Draft agreement as partners will read it:"))], self.preview
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables or self.session.touches(changes, self.workshop_id):
            self.refresh()

    def refresh(self) -> None:
        view = audience_view(self.session.snapshot(self.workshop_id), Audience.PARTNERS)
        self.preview.setHtml(elements_html(agreement_elements(view), PREVIEW).html())
        agreed = sum(1 for i in self.model.rows if i.fields.get("agreed"))
        self.count.setText(
            self.tr("{n} of {total} commitments agreed").format(
                n=agreed, total=len(self.model.rows)
            )
        )

    def toggle_selected(self) -> None:
        kit.toggle_agreed(self.session, [self.model.item_at(r) for r in selected_rows(self.table)])

    def focus_capture(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)


PANEL = AgreementPanel
