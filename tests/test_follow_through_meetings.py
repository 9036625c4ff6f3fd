"""Follow-through between meetings (issue 15): the Since last meeting block, where a later
meeting closes the earlier meetings' actions and brings in parked topics; the Measures
check-in, where the adopted indicators are measured and charted against baseline and
target; and the "Since the last meeting" section every later summary starts with."""

from __future__ import annotations

from datetime import date

import pytest
from export_helpers import readable_text
from panel_support import open_on_block
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.charts import render_png
from workshop_app.domain import edits, planning
from workshop_app.domain.actions import DONE, status_of
from workshop_app.domain.document import Chart, plain_text
from workshop_app.domain.records import Block, Collaboration, Item, ItemKind, Workshop
from workshop_app.domain.visibility import Audience
from workshop_app.exercises.demo import WORKSHOPS, add_demo
from workshop_app.exercises.indicators import INDICATOR
from workshop_app.exercises.measures_check_in import (
    MEASUREMENT,
    leading_number,
    levels,
    typed_number,
)
from workshop_app.exercises.registry import get_kind
from workshop_app.exercises.since_last_meeting import CARRIED
from workshop_app.exercises.templates import template
from workshop_app.export import render_report, render_workshop, workshop_view
from workshop_app.export.report import collaboration_report
from workshop_app.export.summary import build_summary
from workshop_app.ui import languages
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo(store):
    add_demo(store)
    return store


def meetings(store) -> list[Workshop]:
    return sorted(store.workshops(), key=lambda w: w.date)


def meeting(store, title: str) -> Workshop:
    """The demo meeting called ``title`` (the check-in is no longer the last one)."""
    return next(w for w in store.workshops() if w.title == title)


KICK_OFF, SECOND, CHECK_IN = (title for title, *_ in WORKSHOPS[:3])


def open_block(qtbot, store, workshop: Workshop, kind: str) -> tuple[MainWindow, Block]:
    block = next(b for b in store.blocks(workshop.id) if b.kind == kind)
    return open_on_block(qtbot, store, workshop.id, block.id), block


def room_text(window: MainWindow, workshop: Workshop, block: Block) -> str:
    view = window.session.view(workshop.id, Audience.ROOM)
    return plain_text(get_kind(block.kind).room(view, block))


# ------------------------------------------------------------------ since last meeting
def test_an_earlier_action_is_closed_from_the_keyboard_and_the_room_and_report_follow(qtbot, demo):
    check_in = meeting(demo, CHECK_IN)
    window, block = open_block(qtbot, demo, check_in, "since_last_meeting")
    panel = window.workshop_view.panel
    published = next(
        i
        for w in meetings(demo)
        for i in demo.items(w.id, kinds=[ItemKind.ACTION.value])
        if i.text.startswith("Publish the adopted measures")
    )
    room = room_text(window, check_in, block)
    assert "Publish the adopted measures on the City website" in room
    assert "Open, 21 days overdue" in room  # due 3 November, the check-in is on the 24th
    report = plain_text(collaboration_report(demo, check_in.collaboration_id, "public").elements)
    assert "Publish the adopted measures" in report

    panel.focus_capture()
    table = panel.table
    assert QApplication.focusWidget() is table
    rows = [panel.model.item(r, 1).text() for r in range(panel.model.rowCount())]
    for _ in range(rows.index(published.text)):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_N, ALT)  # Alt+N: the note with the status
    qtbot.keyClicks(QApplication.focusWidget(), "On the website since Friday")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # out of the note, in the panel
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_D, ALT)  # Alt+D: done

    stored = demo.get(Item, published.id)
    assert status_of(stored) == DONE
    assert stored.fields["status_date"] == date.today().isoformat()
    assert stored.fields["status_note"] == "On the website since Friday"
    shown = [panel.model.item(r, 2).text() for r in range(panel.model.rowCount())]
    assert f"Done ✔ {date.today().isoformat()}: On the website since Friday" in shown, shown
    room = room_text(window, check_in, block)
    assert "Done ✔" in room and "On the website since Friday" in room
    report = plain_text(collaboration_report(demo, check_in.collaboration_id, "public").elements)
    assert "Publish the adopted measures" not in report  # no longer an open action

    window.session.undo_stack.undo()  # Ctrl+Z in this meeting opens it again
    assert status_of(demo.get(Item, published.id)) == "open"


def test_marking_with_nothing_selected_says_so_and_changes_nothing(qtbot, store):
    collaboration = Collaboration("Alone")
    store.put(collaboration)
    first = Workshop(collaboration.id, "Only meeting", "2026-11-01")
    store.apply(
        planning.create_workshop(first, template("follow_up_meeting").make_blocks(first.id))
    )
    window, block = open_block(qtbot, store, first, "since_last_meeting")
    panel = window.workshop_view.panel
    assert "first meeting" in panel.count.text()
    assert "first meeting" in room_text(window, first, block)
    said: list[str] = []
    window.session.error.connect(said.append)
    before = store.dump()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_D, ALT)
    assert said == ["Select an action in the list first."] and store.dump() == before


def test_a_parked_topic_is_brought_into_this_meeting_with_ctrl_return(qtbot, demo):
    check_in = meeting(demo, CHECK_IN)
    window, block = open_block(qtbot, demo, check_in, "since_last_meeting")
    panel = window.workshop_view.panel
    parked = [panel.parked.item(r).text() for r in range(panel.parked.count())]
    assert any(t.startswith("Funding for a shared analyst") for t in parked)
    # Already brought in at the check-in: not offered again.
    assert not any(t.startswith("A resident survey") for t in parked)
    panel.parked.setFocus()
    row = next(n for n, t in enumerate(parked) if t.startswith("Funding for a shared analyst"))
    panel.parked.setCurrentRow(row)
    qtbot.keyClick(panel.parked, Qt.Key.Key_Return, CTRL)

    [topic] = [
        i
        for i in demo.items(check_in.id, kinds=[CARRIED])
        if i.text.startswith("Funding for a shared analyst")
    ]
    assert topic.fields["raised"] == "2026-09-15 Kick-off" and topic.fields["carried_from"]
    assert topic.visibility == "partners"  # as the parked topic was
    assert not any(
        panel.parked.item(r).text().startswith("Funding") for r in range(panel.parked.count())
    )
    assert "Funding for a shared analyst after the pilot year (parked at 2026-09-15 Kick-off)" in (
        room_text(window, check_in, block)
    )
    public = plain_text(build_summary(workshop_view(demo, check_in.id, "public")))
    assert "Funding for a shared analyst" not in public  # a partners' topic stays theirs


# ------------------------------------------------------------------ measures check-in
def measured_on_the_day(store, check_in: Workshop) -> list[Item]:
    """The measurements recorded on the meeting's own day (the demo's earlier ones are
    dated before it), in the order they were typed."""
    return [
        m
        for m in store.items(check_in.id, kinds=[MEASUREMENT])
        if m.fields.get("date") == check_in.date
    ]


def test_two_measurements_are_typed_and_the_chart_shows_them(qtbot, demo):
    check_in = meeting(demo, CHECK_IN)
    window, block = open_block(qtbot, demo, check_in, "measures_check_in")
    panel = window.workshop_view.panel
    window.workshop_view.focus_capture()
    box = panel.list.capture
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_I, ALT)  # Alt+I: the indicator
    chooser = QApplication.focusWidget()
    assert chooser is panel.indicator
    while not panel.indicator.currentText().startswith("Young people referred"):
        qtbot.keyClick(chooser, Qt.Key.Key_Down)
    assert "Baseline: 38 referrals (2025)" in panel.standing.text()
    box.setFocus()
    said: list[str] = []
    window.session.error.connect(said.append)
    before = len(demo.items(check_in.id, kinds=[MEASUREMENT]))
    qtbot.keyClicks(box, "about the same as before")  # no value: refused, nothing written
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert said and "number" in said[-1]
    assert len(demo.items(check_in.id, kinds=[MEASUREMENT])) == before
    box.clear()
    for typed in ("80 after the summer programme", "95"):
        qtbot.keyClicks(box, typed)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    new = measured_on_the_day(demo, check_in)
    assert [m.fields["value"] for m in new] == [80, 95]
    assert new[0].fields["note"] == "after the summer programme"
    assert new[0].text == "80 after the summer programme"  # what was typed, kept whole
    indicator = demo.get(Item, new[0].fields["indicator"])
    assert indicator is not None and indicator.kind == INDICATOR
    assert "Latest: 95 on 2026-11-24" in panel.standing.text()

    view = window.session.view(check_in.id, Audience.ROOM)
    charts = [
        e
        for e in get_kind("measures_check_in").room(view, block)
        if isinstance(e, Chart) and e.title.startswith("Young people referred")
    ]
    [chart] = charts
    assert chart.data["values"][-2:] == [80, 95]
    assert chart.data["baseline"] == 38 and chart.data["target"] == 150
    assert "(leading)" in chart.title
    assert "2026-11-24: 95" in chart.alt
    png = render_png(chart, 1024, 600)
    assert png.startswith(b"\x89PNG")


@pytest.fixture
def app_language():
    """Sets the app's language (as at start-up) for a test, English again after it."""
    yield lambda code: languages.install_languages(code, None)
    languages.install_languages("en", None)


def test_a_typed_value_is_read_as_the_apps_language_writes_numbers(app_language):
    assert typed_number("2,010 calls") == (2010, "calls")
    assert typed_number("46.5% of households") == (46.5, "of households")
    app_language("fr")
    assert typed_number("46,5 après l'été") == (46.5, "après l'été")
    assert typed_number("2 010 appels") == (2010, "appels")
    assert typed_number("2\u00a0010") == (2010, "")
    assert typed_number("46.5")[0] is None  # not a French number: refused, not 465
    assert typed_number("environ 40")[0] is None
    app_language("es")
    assert typed_number("46,5 hogares") == (46.5, "hogares")
    assert typed_number("12.010") == (12010, "")
    assert typed_number("2.010")[0] is None  # Spanish writes 2010: 2.010 is not sure


def test_a_french_facilitator_types_46_comma_5_and_it_is_kept_as_46_point_5(
    qtbot, demo, app_language
):
    app_language("fr")
    check_in = meeting(demo, CHECK_IN)
    window, _ = open_block(qtbot, demo, check_in, "measures_check_in")
    panel = window.workshop_view.panel
    box = panel.list.capture
    box.setFocus()
    said: list[str] = []
    window.session.error.connect(said.append)
    before = len(demo.items(check_in.id, kinds=[MEASUREMENT]))
    qtbot.keyClicks(box, "46.5")  # English decimals: refused with the sentence, not 465
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert said and "number" in said[-1]  # the window's words: English in this test
    assert "46,5" in said[-1]  # its example written as French writes numbers
    assert len(demo.items(check_in.id, kinds=[MEASUREMENT])) == before
    box.clear()
    for typed in ("46,5 depuis juin", "2 010"):  # QTest types ASCII only
        qtbot.keyClicks(box, typed)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    new = measured_on_the_day(demo, check_in)
    assert [m.fields["value"] for m in new] == [46.5, 2010]
    assert new[0].fields["note"] == "depuis juin"


def test_a_mexican_facilitator_types_46_point_5_and_is_told_numbers_her_way(
    qtbot, demo, app_language
):
    """Spanish where this computer is Mexican: the decimal mark is a point, so "46.5"
    is kept and "46,5" refused, in Spanish, with an example written the Mexican way."""
    from PySide6.QtCore import QLocale

    before_locale = QLocale()
    QLocale.setDefault(QLocale("es_MX"))
    spanish = languages.translator("es")
    assert spanish is not None  # the window's catalog: its sentence gives the example
    qapp = QApplication.instance()
    qapp.installTranslator(spanish)
    try:
        app_language("es")
        check_in = meeting(demo, CHECK_IN)
        window, _ = open_block(qtbot, demo, check_in, "measures_check_in")
        box = window.workshop_view.panel.list.capture
        box.setFocus()
        said: list[str] = []
        window.session.error.connect(said.append)
        qtbot.keyClicks(box, "46,5")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert said and "número" in said[-1]  # the window speaks Spanish
        assert "46.5" in said[-1] and "46,5" not in said[-1]
        box.clear()
        qtbot.keyClicks(box, "46.5 desde junio")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        new = measured_on_the_day(demo, check_in)
        assert [m.fields["value"] for m in new] == [46.5]
    finally:
        qapp.removeTranslator(spanish)
        QLocale.setDefault(before_locale)


def test_a_target_relative_to_the_baseline_is_worked_out_and_words_are_not_numbers():
    def indicator(baseline: str, target: str) -> Item:
        return Item("w", INDICATOR, "x", fields={"baseline": baseline, "target": target})

    assert levels(indicator("2,140 calls (2025)", "-25% by end of 2027")) == (2140, 1605)
    assert levels(indicator("46%", "90%")) == (46, 90)
    assert levels(indicator("38 a year", "+12")) == (38, 50)
    assert levels(indicator("Not yet known", "Break even in year 2")) == (None, None)
    assert levels(indicator("", "-10%")) == (None, None)  # relative to nothing
    for words in ("nan", "inf", "", "—", "about 40"):
        assert leading_number(words) is None


# ------------------------------------------------------------------ summaries and tables
def test_every_summary_after_the_first_starts_with_what_changed_since_the_last(demo):
    first, second, check_in = (meeting(demo, t) for t in (KICK_OFF, SECOND, CHECK_IN))
    assert "Since the last meeting" not in plain_text(
        build_summary(workshop_view(demo, first.id, "partners"))
    )
    later = plain_text(build_summary(workshop_view(demo, second.id, "partners")))
    assert "Since the last meeting" in later
    assert "Circulate the problem statement for comment: Done ✔ 2026-09-21" in later
    text = plain_text(build_summary(workshop_view(demo, check_in.id, "public")))
    assert "Measures that moved" in text
    assert "Repeat calls at the 50 busiest addresses: 2,140 → 2,010 (2026-11-20)" in text
    assert "Publish the adopted measures on the City website (Dana Whitfield, due 2026-11-03)" in (
        text
    )
    # The second meeting's wrap-up says its own next step, not the first meeting's.
    assert "Next meeting on 20 October" not in later


def test_measurements_reach_the_csv_and_the_report(demo):
    check_in = meeting(demo, CHECK_IN)
    csv = readable_text("csv", render_workshop(workshop_view(demo, check_in.id, "public"), "csv"))
    assert "2140" in csv and "Youth Alliance referral log" in csv
    report = collaboration_report(demo, check_in.collaboration_id, "public")
    text = plain_text(report.elements)
    assert "Measures tracked over time" in text
    assert any(isinstance(e, Chart) and e.kind == "measure_trend" for e in report.elements)
    headers, rows = report.tables["measurements"]
    assert headers[0] == "Indicator" and len(rows) == 6


def test_a_measurement_of_an_internal_indicator_reaches_only_the_facilitation_team(demo):
    """In every format: md, HTML, PDF, Word, CSV, JSON, the report and the room."""
    second, check_in = meeting(demo, SECOND), meeting(demo, CHECK_IN)
    proposed = next(b for b in demo.blocks(second.id) if b.kind == "indicators")
    indicator = Item(
        second.id,
        INDICATOR,
        "Overtime hours QuietIndicatorQzw",
        proposed.id,
        visibility="internal",
        fields={"baseline": "300 hours", "target": "-20%"},
    )
    block = next(b for b in demo.blocks(check_in.id) if b.kind == "measures_check_in")
    measured = Item(
        check_in.id,
        MEASUREMENT,
        "417 QuietFigureXyz",
        block.id,
        visibility="public",  # its indicator is what keeps it from everyone else
        fields={
            "indicator": indicator.id,
            "value": 417,
            "date": "2026-11-20",
            "source": "SourceWordQzv",
            "note": "QuietFigureXyz",
        },
    )
    demo.apply(edits.add("indicator", indicator))
    demo.apply(edits.add("measured", measured))
    words = ("QuietFigureXyz", "SourceWordQzv", "QuietIndicatorQzw")
    for audience in ("public", "partners"):
        for fmt in ("md", "html", "pdf", "docx", "csv", "json"):
            data = render_workshop(workshop_view(demo, check_in.id, audience), fmt)
            text = readable_text(fmt, data)
            assert not any(w in text for w in words), (audience, fmt)
        for fmt in ("md", "html", "json"):
            report = render_report(demo, check_in.collaboration_id, audience, fmt).decode()
            assert not any(w in report for w in words), (audience, fmt)
    room = plain_text(
        get_kind("measures_check_in").room(workshop_view(demo, check_in.id, "room"), block)
    )
    assert not any(w in room for w in words)
    team = readable_text(
        "csv", render_workshop(workshop_view(demo, check_in.id, "internal"), "csv")
    )
    assert "QuietFigureXyz" in team and "SourceWordQzv" in team
    team_room = plain_text(
        get_kind("measures_check_in").room(workshop_view(demo, check_in.id, "internal"), block)
    )
    assert "QuietIndicatorQzw" in team_room and "417" in team_room


def test_attendance_is_compared_with_the_last_meeting_by_organisation_only(demo):
    second, check_in = meeting(demo, SECOND), meeting(demo, CHECK_IN)
    public = plain_text(build_summary(workshop_view(demo, check_in.id, "public")))
    assert "8 people from 6 organisations; 7 from 4 at the last meeting." in public
    assert (
        "Here this time, not last time: Downtown Riverton Business Association, "
        "Riverton State University Justice Lab." in public
    )
    assert "Priya Shah" not in public.split("Attendance compared")[1]  # no names compared
    before = plain_text(build_summary(workshop_view(demo, second.id, "public")))
    assert "At the last meeting, not this time: Downtown Riverton Business Association" in before


def test_a_figure_that_arrives_between_meetings_is_recorded_from_the_workshop_menu(qtbot, demo):
    check_in = meeting(demo, CHECK_IN)
    window = MainWindow(Session(demo))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_workshop(check_in.id)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.measures_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    box = dialog.editor.list.capture
    assert QApplication.focusWidget() is box
    assert dialog.editor.indicator.currentText() == "Repeat calls at the 50 busiest addresses"
    qtbot.keyClicks(box, "1,975 December extract")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter adds a measurement, it does not close the dialog

    [between] = [m for m in demo.items(check_in.id, kinds=[MEASUREMENT]) if m.block_id is None]
    assert between.fields["value"] == 1975 and between.fields["date"] == date.today().isoformat()
    assert between.fields["source"] == "Sheriff's CAD calls-for-service data"  # the indicator's
    # The check-in's chart and the report draw it with the others.
    block = next(b for b in demo.blocks(check_in.id) if b.kind == "measures_check_in")
    view = window.session.view(check_in.id, Audience.ROOM)
    [chart] = [
        e
        for e in get_kind("measures_check_in").room(view, block)
        if isinstance(e, Chart) and e.title.startswith("Repeat calls")
    ]
    assert chart.data["values"][-1] == 1975
    _, rows = collaboration_report(demo, check_in.collaboration_id, "partners").tables[
        "measurements"
    ]
    assert [r[2] for r in rows if r[0].startswith("Repeat calls")][-1] == 1975
