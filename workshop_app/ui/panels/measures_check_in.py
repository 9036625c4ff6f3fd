"""The measures check-in panel: pick an agreed indicator (Alt+I), type the value and what
was said about it, Enter; the date and source follow (editable in the list). The same
editor records measurements between meetings (Workshop → Measures between meetings…)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.records import Item, touched
from ...domain.schema import is_iso_date
from ...domain.visibility import Audience
from ...exercises.measures_check_in import (
    MEASUREMENT,
    levels,
    number_words,
    series,
    tracked_indicators,
    typed_number,
)
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..form_dialog import caption_row
from ..items_model import Column, field_column
from ..session import Session
from . import kit


class MeasurementsEditor(QWidget):
    """The indicator chooser with what it stands at, above the measurements of a block
    (``block_id``) or recorded between meetings with a workshop (None)."""

    def __init__(
        self,
        session: Session,
        workshop_id: str,
        block_id: str | None,
        parent: QWidget | None = None,
        day: str = "",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        #: The day a new measurement is dated (the meeting's, or today's).
        self.day = day
        #: The indicators offered, read again on every change (not on every painted cell).
        self.indicators: list[Item] = []
        self.indicator = QComboBox()
        self.indicator.setAccessibleName(self.tr("Indicator measured"))
        self.standing = kit.live_note(self.tr("Where the chosen indicator stands"))
        self.list = kit.FieldsItemList(
            session,
            workshop_id,
            block_id,
            MEASUREMENT,
            columns=[
                Column(self.tr("Indicator"), self._indicator_name),
                Column(self.tr("Value"), self._value_text, self._set_value),
                Column(
                    self.tr("Date"),
                    lambda i: str(i.fields.get("date", "")),
                    self._set_date,
                ),
                kit.optional(field_column(self.tr("Source"), "source")),
                Column(self.tr("What was said"), lambda i: i.text, self._set_text),
            ],
            placeholder=self.tr("The value, then what was said about it (2,010 fewer calls)…"),
            complete=self._complete,
            parent=self,
        )
        self.list.capture.setAccessibleName(self.tr("New measurement: value, then words"))
        chooser = caption_row(self.tr("&Indicator:"), self.indicator)
        guidance = kit.note(
            self.tr(
                "Choose the indicator, type its latest value and what was said about it, "
                "then Enter. Set the date and source in the list (Tab moves across)."
            )
        )
        kit.lay_out_pane(self, [guidance, chooser, self.standing], self.list)
        self.indicator.currentIndexChanged.connect(self._show_standing)
        session.changed.connect(self._on_changed)
        self.fill_indicators()

    # ---------------------------------------------------------------- reading
    def _view(self):
        return self.session.view(self.workshop_id, Audience.INTERNAL)

    def fill_indicators(self) -> None:
        current = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        self.indicators = tracked_indicators(self._view())
        for indicator in self.indicators:
            self.indicator.addItem(indicator.text, indicator.id)
        self.indicator.setCurrentIndex(max(self.indicator.findData(current), 0))
        self.indicator.blockSignals(False)
        self._show_standing()

    def chosen(self) -> Item | None:
        wanted = self.indicator.currentData()
        return next((i for i in self.indicators if i.id == wanted), None)

    def _show_standing(self, *args: object) -> None:
        indicator = self.chosen()
        if indicator is None:
            self.standing.setText(
                self.tr("No indicator has been proposed or agreed in this collaboration yet.")
            )
            return
        baseline, target = levels(indicator)
        points = series(self._view(), indicator)
        parts = [
            self.tr("Baseline: {words}").format(
                words=indicator.fields.get("baseline", "") or self.tr("not set")
            ),
            self.tr("Target: {words}").format(
                words=indicator.fields.get("target", "") or self.tr("not set")
            )
            + (f" ({number_words(target)})" if target is not None and baseline else ""),
        ]
        if points:
            latest = points[-1]
            parts.append(
                self.tr("Latest: {value} on {date}").format(
                    value=number_words(latest.fields.get("value")),
                    date=latest.fields.get("date", "") or self.tr("no date"),
                )
            )
        else:
            parts.append(self.tr("Not measured yet."))
        self.standing.setText(" · ".join(parts))

    def _indicator_name(self, item: Item) -> str:
        wanted = item.fields.get("indicator")
        found = next((i.text for i in self.indicators if i.id == wanted), None)
        return found if found is not None else self.tr("(indicator not shown)")

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables & {"items", "workshops", "blocks"}:
            self.fill_indicators()

    # ---------------------------------------------------------------- editing
    def _complete(self, item: Item) -> Item | None:
        indicator = self.chosen()
        if indicator is None:
            self.session.error.emit(self.tr("Choose the indicator measured first."))
            return None
        value, note = typed_number(item.text)
        if value is None:
            self.session.error.emit(
                self.tr(
                    "Start with the measured value, a number such as {whole} or {decimal}."
                ).format(**_number_examples())
            )
            return None
        day = self.day or self._view().workshop.date or date.today().isoformat()
        return touched(
            item,
            fields={
                **item.fields,
                "indicator": indicator.id,
                "value": value,
                "date": day,
                "source": str(indicator.fields.get("source", "")),
                "note": note,
            },
        )

    def _value_text(self, item: Item) -> str:
        return number_words(item.fields.get("value"))

    def _set_value(self, item: Item, text: str) -> Item:
        value, _ = typed_number(text)
        if value is None:
            self.session.error.emit(
                self.tr("A value is a number, such as {whole} or {decimal}.").format(
                    **_number_examples()
                )
            )
            return item
        return touched(item, fields={**item.fields, "value": value})

    def _set_date(self, item: Item, text: str) -> Item:
        text = text.strip()
        if text and not is_iso_date(text):
            self.session.error.emit(self.tr("Type the date as year-month-day: 2026-11-20."))
            return item
        return touched(item, fields={**item.fields, "date": text})

    def _set_text(self, item: Item, text: str) -> Item:
        value, note = typed_number(text)
        note_words = note if value is not None else text
        return touched(item, text=text, fields={**item.fields, "note": note_words.strip()})


def _number_examples() -> dict[str, str]:
    """Two numbers as the window's language writes them (this computer's locale where it
    speaks that language), for a sentence saying how to type one: "2,010" and "46.5" in
    English, "2 010" and "46,5" in French, "46.5" in Mexican Spanish."""
    return {"whole": number_words(2010), "decimal": number_words(46.5)}


class MeasuresCheckInPanel(ExercisePanel):
    """A measures check-in block: the editor of its measurements."""

    def build(self) -> None:
        self.editor = MeasurementsEditor(self.session, self.workshop_id, self.block.id, self)
        self.list, self.indicator, self.standing = (
            self.editor.list,
            self.editor.indicator,
            self.editor.standing,
        )
        kit.lay_out_pane(self, [], self.editor)

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


PANEL = MeasuresCheckInPanel
