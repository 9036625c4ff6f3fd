"""Actions you can close (issue 15): open, in progress, done, dropped, with the day it was
set and a note; chosen from the keyboard in any block's action list, and read by the
summary, the CSV tables and the collaboration report."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.domain import edits, planning
from workshop_app.domain.actions import (
    DONE,
    DROPPED,
    IN_PROGRESS,
    overdue_days,
    set_status,
    status_line,
    status_of,
)
from workshop_app.domain.document import plain_text
from workshop_app.domain.records import Collaboration, Item, ItemKind, Workshop
from workshop_app.domain.visibility import Audience
from workshop_app.exercises.templates import template
from workshop_app.export.csv_tables import item_table
from workshop_app.export.report import collaboration_report
from workshop_app.export.summary import build_summary
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session


def action(text: str, **fields) -> Item:
    return Item("w", ItemKind.ACTION.value, text, fields=fields)


def test_a_status_is_set_with_its_day_and_note_and_only_known_ones_are():
    [step] = set_status(
        "done", [action("Send the report")], DONE, "  sent  by mail ", "2026-11-30"
    ).forward
    done = step.record
    assert status_of(done) == DONE and done.fields["status_date"] == "2026-11-30"
    assert done.fields["status_note"] == "sent by mail"
    assert status_line(done) == "Done ✔ 2026-11-30"
    assert status_of(action("No status yet")) == "open"
    assert status_of(action("Bad", status="finished")) == "open"
    with pytest.raises(ValueError):
        set_status("x", [done], "finished", None, "2026-11-30")


def test_an_action_is_overdue_while_open_and_past_its_day():
    late = action("Share the data", due="2026-11-01")
    assert overdue_days(late, "2026-11-30") == 29
    assert overdue_days(action("Share", due="2026-12-01"), "2026-11-30") == 0
    assert overdue_days(action("Share"), "2026-11-30") == 0  # no day, never overdue
    for closed in (DONE, DROPPED):
        assert overdue_days(action("Share", due="2026-11-01", status=closed), "2026-11-30") == 0
    assert overdue_days(action("Share", due="2026-11-01", status=IN_PROGRESS), "2026-11-30")


@pytest.fixture
def two_meetings(store):
    """A collaboration whose first meeting agreed an action, and a later meeting open."""
    collaboration = Collaboration("Safer Streets")
    store.put(collaboration)
    first = Workshop(collaboration.id, "Kick-off", "2026-10-01", "Library")
    later = Workshop(collaboration.id, "Follow-up", "2026-11-20", "Library")
    for workshop in (first, later):
        blocks = template("first_partnership_meeting").make_blocks(workshop.id)
        store.apply(planning.create_workshop(workshop, blocks))
    agreed = Item(
        first.id,
        ItemKind.ACTION.value,
        "Publish the lighting survey",
        fields={"owner": "Rosa", "due": "2026-10-15"},
        visibility="public",
    )
    store.apply(edits.add("agreed", agreed))
    return collaboration, first, later, agreed


def test_an_action_is_closed_from_the_keyboard_and_every_output_follows(qtbot, store, two_meetings):
    collaboration, first, _later, agreed = two_meetings
    report = collaboration_report(store, collaboration.id, Audience.PUBLIC)
    assert "Publish the lighting survey" in plain_text(report.elements)
    assert "1 open action items are past their due date." in plain_text(report.elements)

    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_workshop(first.id)
    actions = window.workshop_view.side_list(ItemKind.ACTION.value)
    table, model = actions.table, actions.model
    status = [c.title for c in model.columns].index("Status")
    row = model.row_of(agreed.id)
    table.setFocus()
    table.setCurrentIndex(model.index(row, status))
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the status's list, from the keyboard
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Do")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    stored = store.get(Item, agreed.id)
    today = date.today().isoformat()
    assert status_of(stored) == DONE and stored.fields["status_date"] == today
    assert model.index(row, status).data() == f"Done ✔ {today}"

    # The summary, the CSV tables and the collaboration report all read it.
    session = window.session
    summary = plain_text(build_summary(session.view(first.id, Audience.PUBLIC)))
    assert f"Done ✔ {today}" in summary
    headers, rows = item_table(
        session.view(first.id, Audience.PUBLIC),
        session.view(first.id, Audience.PUBLIC).items_of_kind(ItemKind.ACTION.value),
    )
    assert "status" in headers and rows[0][headers.index("status")] == DONE
    report = collaboration_report(store, collaboration.id, Audience.PUBLIC)
    assert "Publish the lighting survey" not in plain_text(report.elements)
    assert "past their due date" not in plain_text(report.elements)

    session.undo_stack.undo()  # one Ctrl+Z opens it again
    assert status_of(store.get(Item, agreed.id)) == "open"


def test_the_actions_table_always_says_the_status(store, two_meetings):
    _, first, _, _ = two_meetings
    session = Session(store)
    view = session.view(first.id, Audience.INTERNAL)
    headers, rows = item_table(view, view.items_of_kind(ItemKind.ACTION.value))
    assert rows[0][headers.index("status")] == "open"


def test_an_action_of_an_earlier_meeting_is_closed_from_a_later_one_by_keyboard(
    qtbot, store, two_meetings
):
    collaboration, _first, later, agreed = two_meetings
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(later.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.actions_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    ctrl_alt = Qt.KeyboardModifier.AltModifier

    def rows() -> list[list[str]]:
        model = dialog.model
        return [
            [model.item(r, c).text() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]

    [row] = rows()
    assert row[0] == "Publish the lighting survey" and row[1] == "Rosa"
    assert (
        row[5].endswith("overdue")
        and row[5].split()[0].isdigit()
        and row[6] == "2026-10-01 Kick-off"
    )
    qtbot.keyClick(dialog, Qt.Key.Key_F, ctrl_alt)  # Alt+F: find
    qtbot.keyClicks(QApplication.focusWidget(), "nobody")
    assert rows() == [] and "0 of 1" in dialog.count.text()
    QApplication.focusWidget().clear()
    qtbot.keyClick(dialog, Qt.Key.Key_N, ctrl_alt)  # Alt+N: the note
    qtbot.keyClicks(QApplication.focusWidget(), "Published on the city website")
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_D, ctrl_alt)  # Alt+D: done
    # (Qt clicks a button reached by its mnemonic a moment later.)
    qtbot.waitUntil(lambda: status_of(store.get(Item, agreed.id)) == DONE)
    stored = store.get(Item, agreed.id)
    assert stored.fields["status_note"] == "Published on the city website"
    # Finished actions leave the default list; every status shows it, with its note.
    assert rows() == [] and "0 of 1" in dialog.count.text()
    dialog.status_filter.setCurrentIndex(dialog.status_filter.findData(""))
    assert rows()[0][4].startswith("Done ✔") and rows()[0][4].endswith("city website")
    assert rows()[0][5] == ""  # a finished action is never overdue
    report = collaboration_report(store, collaboration.id, Audience.PARTNERS)
    assert "Publish the lighting survey" not in plain_text(report.elements)


def test_the_collaboration_report_in_the_window_changes_as_an_action_is_closed(
    qtbot, store, two_meetings, tmp_path
):
    _collaboration, _first, later, _agreed = two_meetings
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(later.id)
    report_action = next(
        a for a in window.menus["file"].actions() if a.text() == "Collaboration &report…"
    )
    report_action.trigger()
    report = window.report_dialog
    assert report is not None and report.isVisible()
    assert report.audience() is Audience.PARTNERS  # the first choice, as in the export dialog
    assert "Publish the lighting survey" in report.preview.toPlainText()
    assert "past their due date" in report.preview.toPlainText()

    window.show_actions()  # Ctrl+Shift+K
    actions = window.actions_dialog
    actions.table.selectRow(0)
    actions.mark(DONE)
    # The report on screen follows at once.
    assert "Publish the lighting survey" not in report.preview.toPlainText()
    assert "No open action items." in report.preview.toPlainText()

    # Saved in any format, written away from the window's thread.
    report.format_choice.setCurrentIndex(report.format_choice.findData("md"))
    path = tmp_path / "report.md"
    report.save_to(path)
    qtbot.waitUntil(lambda: "Saved" in report.status.text(), timeout=10000)
    saved = path.read_text(encoding="utf-8")
    assert "No open action items." in saved and "Publish the lighting survey" not in saved
