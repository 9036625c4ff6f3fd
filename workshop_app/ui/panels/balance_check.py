"""The adopted set at a glance, with the warnings."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from ...domain.document import Chart, Element, Table
from ...exercises.balance_check import balance_counts, balance_summary, balance_warnings
from ...exercises.indicator_agreement import adopted_indicators
from ...export.html import PREVIEW, elements_html
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from . import kit


class BalancePanel(ExercisePanel):
    """The adopted set at a glance, with the plain-language warnings."""

    def build(self) -> None:
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Balance of the adopted indicators"))
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        note = kit.note(
            self.tr(
                "Computed from the agreement votes; the room sees the "
                "chart. Adopt or re-vote to change it."
            )
        )
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        self.session.changed.connect(self._on_changed)
        self.refresh()

    def warnings(self) -> list[str]:
        view = kit.internal_view(self.session, self.workshop_id)
        return balance_warnings(adopted_indicators(view), view.partners)

    def refresh(self) -> None:
        view = kit.internal_view(self.session, self.workshop_id)
        block = view.block(self.block.id) or self.block
        elements = balance_summary(view, block)
        counts = balance_counts(adopted_indicators(view))
        tables: list[Element] = [
            Table((group, self.tr("Adopted")), tuple((k, str(v)) for k, v in c.items()))
            for group, c in counts.items()
        ]
        body = [e for e in elements if not isinstance(e, Chart)]
        shown = body + (tables if adopted_indicators(view) else [])
        self.view.setHtml(elements_html(shown, PREVIEW).html())

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.session.touches(changes, self.workshop_id) or "partners" in changes.tables:
            self.refresh()

    def focus_capture(self) -> None:
        self.view.setFocus()


PANEL = BalancePanel
