"""Planning that keeps time, driven by keys: the template picker shows what each template
holds; lengthening a block or adding a template shows the new end against the planned
end and warns when it overruns; the meeting plan is set in its dialog; a meeting that
runs behind re-plans the rest in one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.test_typed_meeting import in_dialog, typed_in
from tests.test_ui_foundation import shown
from workshop_app.domain.records import Block, touched
from workshop_app.domain.schedule import MeetingPlan, plan_setting_key
from workshop_app.ui.home_actions import WorkshopDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.meeting_plan import PlanDialog, load_plan
from workshop_app.ui.replan_dialog import ReplanDialog
from workshop_app.ui.session import Session
from workshop_app.ui.template_picker import AddTemplateDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_keys(qtbot, text: str) -> None:
    for character in text:
        qtbot.keyClicks(QApplication.focusWidget(), character)


def tab_to(qtbot, widget, most: int = 30) -> None:
    for _ in range(most):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")


@pytest.fixture
def planned(store, planned_workshop):
    """The first partnership meeting (3 h 5 min of blocks) planned from 09:00 to 12:05."""
    store.set_setting(plan_setting_key(planned_workshop.id), MeetingPlan(185, "09:00").to_setting())
    return planned_workshop


def reactivate(qtbot, window: MainWindow) -> None:
    """The offscreen platform does not give the window the keyboard back after a dialog
    closes, as a desktop does: do what the desktop would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_at(qtbot, store, workshop) -> MainWindow:
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(workshop.id)
    return window


def timeboxes(store, workshop) -> list[int]:
    return [b.timebox_minutes for b in store.blocks(workshop.id)]


def test_the_picker_shows_blocks_total_and_next_meeting_and_the_plan_is_kept(
    qtbot, store, planned_workshop
):
    window = shown(qtbot, MainWindow(Session(store)))
    window.home.select(planned_workshop.collaboration_id)
    seen: list[str] = []

    def plan(dialog: WorkshopDialog) -> None:
        type_keys(qtbot, "Half-day in March")
        tab_to(qtbot, dialog.start)
        type_keys(qtbot, "1830")
        tab_to(qtbot, dialog.template)
        type_keys(qtbot, "H")
        seen.append(dialog.choice.details.text())
        press(qtbot, Qt.Key.Key_Return)

    planned = in_dialog(qtbot, WorkshopDialog, plan)
    press(qtbot, Qt.Key.Key_N, CTRL)
    typed_in(planned)
    (details,) = seen
    assert "11 block(s), 3 h 30 min: 18:30 to 22:00" in details
    assert "<li>Who is at the table — 15 min</li>" in details
    assert "<li>Agreeing on indicators — 20 min</li>" in details
    assert "<b>Next meeting:</b> 90-minute check-in" in details
    reactivate(qtbot, window)
    workshop_id = window.current_workshop_id()
    assert [b.kind for b in store.blocks(workshop_id)][-3:] == [
        "data_inventory",
        "sharing_agreement",
        "wrap_up",
    ]
    assert load_plan(store, workshop_id) == MeetingPlan(210, "18:30")
    assert window.workshop_view.plan_line.text() == (
        "Agenda 3 h 30 min: ends at 22:00, planned end 22:00."
    )


def test_lengthening_a_block_shows_the_new_end_and_warns_it_overruns(qtbot, store, planned):
    window = open_at(qtbot, store, planned)
    view = window.workshop_view
    assert view.plan_line.text() == "Agenda 3 h 5 min: ends at 12:05, planned end 12:05."
    view.timebox.setFocus()  # the block's timebox, 20 min
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "40")
    press(qtbot, Qt.Key.Key_Tab)
    assert timeboxes(store, planned)[0] == 40
    assert view.plan_line.text().startswith(
        "⚠ Over the plan by 20 min: now ends at 12:25, planned end 12:05."
    )
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert view.plan_line.text() == "Agenda 3 h 5 min: ends at 12:05, planned end 12:05."


def test_adding_a_template_says_how_late_the_meeting_would_end_before_adding_it(
    qtbot, store, planned
):
    window = open_at(qtbot, store, planned)
    view = window.workshop_view
    outcome: list[str] = []

    def choose(dialog: AddTemplateDialog) -> None:
        assert QApplication.focusWidget() is dialog.choice.combo
        type_keys(qtbot, "9")  # the 90-minute check-in
        outcome.append(dialog.outcome.text())
        assert "Next meeting:" in dialog.choice.details.text()
        press(qtbot, Qt.Key.Key_Return)

    added = in_dialog(qtbot, AddTemplateDialog, choose)
    view.add_template.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    typed_in(added)
    assert outcome == [
        "Adding it takes the agenda from 3 h 5 min to 4 h 35 min. ⚠ Over the plan by 1 h 30 min: "
        "now ends at 13:35, planned end 12:05."
    ]
    assert len(store.blocks(planned.id)) == 10 + 7
    assert view.plan_line.text().startswith("⚠ Over the plan by 1 h 30 min")


def test_the_meeting_plan_dialog_sets_start_and_length(qtbot, store, planned):
    window = open_at(qtbot, store, planned)

    def set_plan(dialog: PlanDialog) -> None:
        assert QApplication.focusWidget() is dialog.start
        type_keys(qtbot, "1800")
        tab_to(qtbot, dialog.length)
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_keys(qtbot, "200")
        press(qtbot, Qt.Key.Key_Return)

    done = in_dialog(qtbot, PlanDialog, set_plan)
    press(qtbot, Qt.Key.Key_T, CTRL_SHIFT)  # Workshop → Meeting plan…
    typed_in(done)
    assert load_plan(store, planned.id) == MeetingPlan(200, "18:00")
    assert window.workshop_view.plan_line.text() == (
        "Agenda 3 h 5 min: ends at 21:05, planned end 21:20. 15 min to spare."
    )


def test_replan_the_rest_shows_shorter_timeboxes_and_applies_them_in_one_undoable_step(
    qtbot, store, planned
):
    first = store.blocks(planned.id)[0]
    store.put(touched(first, elapsed_seconds=50 * 60))  # 20 minutes planned, 50 taken
    window = open_at(qtbot, store, planned)
    view = window.workshop_view
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # on to block 2
    assert "running 30 min behind" in view.run_bar.schedule.text()
    assert view.plan_line.text().startswith("⚠ Over the plan by 30 min")
    before = timeboxes(store, planned)
    shown_rows: list[list[str]] = []
    summary: list[str] = []

    def look_and_apply(dialog: ReplanDialog) -> None:
        summary.append(dialog.summary.text())
        model = dialog.model
        shown_rows.extend(
            [model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())
        )
        press(qtbot, Qt.Key.Key_Return)  # Apply

    replanned = in_dialog(qtbot, ReplanDialog, look_and_apply)
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)  # Workshop → Re-plan the rest…
    typed_in(replanned)
    reactivate(qtbot, window)

    after = timeboxes(store, planned)
    assert after[:2] == before[:2]  # what was done, and the block under way
    rest_before, rest_after = before[2:], after[2:]
    assert sum(rest_after) == sum(rest_before) - 30
    assert all(5 <= a <= b for a, b in zip(rest_after, rest_before, strict=True))
    assert summary[0].startswith("The meeting runs 30 min past its planned end (12:05).")
    assert shown_rows[0] == [
        "Trust check-in",
        "10 min",
        f"{after[2]} min ({10 - after[2]} min shorter)",
    ]
    assert len(shown_rows) == len(before) - 2
    assert not view.plan_line.text().startswith("⚠")

    press(qtbot, Qt.Key.Key_Z, CTRL)  # one step undoes every timebox
    assert timeboxes(store, planned) == before


def test_replan_of_a_meeting_on_time_proposes_nothing(qtbot, store, planned):
    window = open_at(qtbot, store, planned)
    said: list[str] = []

    def look(dialog: QDialog) -> None:
        said.append(dialog.summary.text())
        assert dialog.apply_button is None
        press(qtbot, Qt.Key.Key_Escape)

    looked = in_dialog(qtbot, ReplanDialog, look)
    press(qtbot, Qt.Key.Key_R, CTRL_SHIFT)
    typed_in(looked)
    assert said == ["Nothing to re-plan: the blocks left fit the time planned."]
    assert store.blocks(planned.id) == [store.get(Block, b.id) for b in window.workshop_view.blocks]
