"""Choosing an agenda template: each template shown with its blocks and their timeboxes,
its total time, when it would end, and what the next meeting covers.

:class:`TemplateChoice` (a combo box with the chosen template's details under it) is the
agenda choice of the New workshop dialog and of :class:`AddTemplateDialog`, which adds a
template's blocks to the open workshop's agenda (the workshop screen's "Add from
template").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import Block
from ..domain.schedule import MeetingPlan, agenda_fit, fit_line, minutes_text, time_after
from ..exercises.templates import Template, templates
from .form_dialog import lay_out_form


def template_details_html(t: Template, start: str = "") -> str:
    """What a template holds, as the picker shows it: its purpose, its numbered blocks
    with their timeboxes, its total time (and end, from ``start``) and the next meeting."""

    def translate(text: str, n: int = -1) -> str:
        return QCoreApplication.translate("TemplateChoice", text, "", n)

    total = minutes_text(t.total_minutes)
    end = time_after(start, t.total_minutes)
    heading = (
        translate("%n block(s), {total}: {start} to {end}", len(t.blocks))
        if end
        else translate("%n block(s), {total} in all", len(t.blocks))
    ).format(total=total, start=start, end=end)
    rows = "".join(
        f"<li>{escape(t.block_title(b))} — {escape(minutes_text(b.minutes))}</li>" for b in t.blocks
    )
    following = t.next_meeting_text or translate("Whatever you plan next.")
    return (
        f"<p>{escape(t.description_text)}</p>"
        f"<p><b>{escape(heading)}</b></p><ol style='margin-top:0'>{rows}</ol>"
        f"<p><b>{escape(translate('Next meeting:'))}</b> {escape(following)}</p>"
    )


class TemplateChoice(QWidget):
    """A combo box of the templates (letters pick one) and the chosen one's details."""

    changed = Signal()

    def __init__(self, start: Callable[[], str] = lambda: "", parent: QWidget | None = None):
        super().__init__(parent)
        self._start = start
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Agenda template"))
        for t in templates():
            self.combo.addItem(
                self.tr("{name} ({total})").format(
                    name=t.label, total=minutes_text(t.total_minutes)
                ),
                t.key,
            )
            self.combo.setItemData(
                self.combo.count() - 1, t.description_text, Qt.ItemDataRole.ToolTipRole
            )
        self.details = QLabel()
        self.details.setObjectName("TemplateDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(self.tr("What the template holds"))
        self.details.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.details, 1)
        self.combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def chosen(self) -> Template:
        key = self.combo.currentData()
        return next(t for t in templates() if t.key == key)

    def refresh(self, *args: object) -> None:
        chosen = self.chosen()
        self.details.setText(template_details_html(chosen, self._start()))
        self.details.setAccessibleDescription(self.details.text())
        self.changed.emit()


class AddTemplateDialog(QDialog):
    """Choose a template whose blocks go at the end of the agenda; the dialog says how
    long the agenda becomes and whether the meeting then runs past its planned end."""

    def __init__(
        self,
        blocks: Sequence[Block],
        plan: MeetingPlan | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from template"))
        self._blocks = list(blocks)
        self._plan = plan
        self.choice = TemplateChoice(lambda: "", self)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("The agenda after adding"))
        form = QFormLayout()
        label = QLabel(self.tr("&Template:"))
        label.setBuddy(self.choice.combo)
        form.addRow(label, self.choice)
        buttons = lay_out_form(self, form, self.outcome)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add its blocks"))
        self.choice.changed.connect(self._show_outcome)
        self._show_outcome()
        self.choice.combo.setFocus()

    def _show_outcome(self) -> None:
        chosen = self.choice.chosen()
        now = sum(b.timebox_minutes for b in self._blocks)
        after = now + chosen.total_minutes
        text = self.tr("Adding it takes the agenda from {now} to {after}.").format(
            now=minutes_text(now), after=minutes_text(after)
        )
        if self._plan is not None:
            grown = [
                *self._blocks,
                *(Block("", b.kind, b.title, timebox_minutes=b.minutes) for b in chosen.blocks),
            ]
            text += " " + fit_line(agenda_fit(grown, self._plan))
        self.outcome.setText(text)

    def chosen(self) -> Template:
        return self.choice.chosen()
