"""Indicators: fast entry, details in the table, scores against the criteria."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from ...domain import edits
from ...domain.records import Item
from ...exercises.indicators import FINANCIAL, INDICATOR, INDICATOR_KINDS, TIMING
from ...exercises.measure_criteria import (
    SCORES,
    applicable,
    criteria,
    score_total,
)
from ...i18n import tr
from ...storage.store import ChangeSet
from ..items_model import Column, field_column, text_column
from . import kit
from .list_panel import Declared, ListPanel
from .row_details import RowDetails, labelled, partner_checklist


class IndicatorsPanel(ListPanel):
    """Fast entry of indicators (name + Enter), details in the table, scores at the side."""

    def declare(self) -> Declared:
        self._criteria = criteria(self.session.snapshot(self.workshop_id))
        return Declared(
            INDICATOR,
            [
                text_column(self.tr("Indicator")),
                field_column(self.tr("What it measures"), "measures"),
                kit.optional(kit.choice_column(self.tr("Kind"), INDICATOR_KINDS)),
                kit.optional(kit.choice_column(self.tr("Financial"), FINANCIAL), 3),
                kit.optional(kit.choice_column(self.tr("Leading or lagging"), TIMING)),
                self.partners.column(self.tr("Owner")),
                kit.optional(field_column(self.tr("Data source"), "source"), 3),
                kit.optional(field_column(self.tr("Baseline"), "baseline")),
                kit.optional(field_column(self.tr("Target"), "target")),
                kit.optional(field_column(self.tr("How often"), "frequency"), 3),
                Column(self.tr("Score"), self._score_text),
            ],
            self.tr("Indicator name, then Enter (fill in the rest later)"),
        )

    def lower(self) -> RowDetails:
        self.needed_by = partner_checklist(self.tr("Partners whose stakeholders need it"))
        self.needed_by.itemChanged.connect(self._needed_by_changed)
        self.scores_box = QWidget()
        self.scores_form = QFormLayout(self.scores_box)
        self.score_choices: dict[str, QComboBox] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.scores_box)
        scroll.setAccessibleName(self.tr("Scores against the criteria"))
        who = labelled(self.tr("Whose stakeholders &need it (Space ticks):"), self.needed_by)
        scores = labelled(self.tr("&Scored against the criteria:"), scroll)
        self.details = RowDetails(
            self.tr("Selected indicator"),
            self.list,
            self.tr("Select an indicator in the table to tick who needs it and score it."),
            self._show_detail,
            [(who, 1), (scores, 2)],
        )
        return self.details

    def built(self) -> None:
        self.session.changed.connect(self._on_changed)
        self._build_score_form()
        self.details.refresh()

    def _score_text(self, item: Item) -> str:
        points, most = score_total(item, self._criteria)
        return f"{points} / {most}"

    def _on_changed(self, changes: ChangeSet) -> None:
        if not ({"partners", "items"} & changes.tables):
            return
        before, self._criteria = self._criteria, criteria(self.session.snapshot(self.workshop_id))
        if before != self._criteria:
            self._build_score_form()
        self.list.refresh_all_rows()
        self.details.refresh()

    def _build_score_form(self) -> None:
        while self.scores_form.rowCount():
            self.scores_form.removeRow(0)
        self.score_choices = {}
        for criterion in self._criteria:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Score: {criterion}").format(criterion=criterion.text))
            combo.addItem(self.tr("Not scored"), None)
            for value, label in SCORES:
                combo.addItem(tr("Measures", label), value)
            combo.activated.connect(lambda _n, c=criterion.key: self._score_changed(c))
            label = QLabel(criterion.text)
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.scores_form.addRow(label, combo)
            self.score_choices[criterion.key] = combo

    def _show_detail(self, item: Item | None) -> None:
        enabled = item is not None
        self.needed_by.setEnabled(enabled)
        self.scores_box.setEnabled(enabled)
        self.needed_by.fill(
            [(p.id, p.organisation) for p in self.partners.partners],
            set(item.fields.get("needed_by") or []) if item else set(),
        )
        scores = (item.fields.get("scores") or {}) if item else {}
        # An indicator is scored only against criteria at least as open as itself.
        usable = {c.key for c in applicable(item, self._criteria)} if item else set()
        for key, combo in self.score_choices.items():
            combo.setCurrentIndex(max(combo.findData(scores.get(key)), 0))
            combo.setEnabled(key in usable)
            combo.setToolTip(
                ""
                if key in usable or item is None
                else self.tr(
                    "This criterion is less open than the indicator, so the indicator is not "
                    "scored against it (make the criterion as open as the indicator to use it)."
                )
            )

    def _needed_by_changed(self, *args: object) -> None:
        item = self.list.current_item()
        if item is None:
            return
        chosen = self.needed_by.checked_values()
        if chosen != list(item.fields.get("needed_by") or []):
            description = self.tr("Change who needs {name!r}").format(name=item.text[:40])
            self.session.apply(edits.set_fields(description, [item], needed_by=chosen))

    def _score_changed(self, criterion: str) -> None:
        item = self.list.current_item()
        if item is None:
            return
        value = self.score_choices[criterion].currentData()
        scores = dict(item.fields.get("scores") or {})
        if value is None:
            scores.pop(criterion, None)
        else:
            scores[criterion] = int(value)
        if scores != (item.fields.get("scores") or {}):
            description = self.tr("Score {name!r}").format(name=item.text[:40])
            self.session.apply(edits.set_fields(description, [item], scores=scores))


PANEL = IndicatorsPanel
