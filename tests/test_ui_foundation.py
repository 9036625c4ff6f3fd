"""The facilitator's first whole flow, driven through the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from workshop_app.domain import planning
from workshop_app.domain.records import Block, Collaboration, Item, ItemKind, Workshop
from workshop_app.domain.schedule import clock as clock_text
from workshop_app.exercises.demo import WORKSHOPS
from workshop_app.exercises.templates import template
from workshop_app.storage import Store, open_store
from workshop_app.ui.home_actions import WorkshopDialog
from workshop_app.ui.home_model import ROLE_TYPE
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session
from workshop_app.ui.timer import BlockTimer
from workshop_app.ui.workshop_view import WorkshopView


def open_window(qtbot, path: Path) -> MainWindow:
    return shown(qtbot, MainWindow(Session(open_store(path))))


def shown(qtbot, window: MainWindow) -> MainWindow:
    """Show and activate ``window`` so keyboard shortcuts reach it as they would a person's."""
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def when_dialog_opens(qtbot, handle, kind: type[QWidget] = QWidget) -> None:
    """Run ``handle(dialog)`` on the next modal dialog of ``kind`` (static dialogs block
    the test); gives up after 30 s, so a dialog that never opens cannot catch a later one."""
    deadline = QDeadlineTimer(30_000)

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if not deadline.hasExpired():
                QTimer.singleShot(20, attempt)
            return
        handle(dialog)

    QTimer.singleShot(0, attempt)


def type_capture(qtbot, window: MainWindow, text: str) -> None:
    box = window.workshop_view.panel.focus_capture() or QApplication.focusWidget()
    assert isinstance(box, QLineEdit)
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_create_capture_undo_reopen_keeps_exactly_what_was_on_screen(qtbot, db_path):
    window = open_window(qtbot, db_path)

    def name_collaboration(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Safer Streets")
        dialog.accept()
        when_dialog_opens(qtbot, lambda partners: partners.accept())

    when_dialog_opens(qtbot, name_collaboration)
    qtbot.mouseClick(window.home.buttons["new_collaboration"], Qt.MouseButton.LeftButton)
    assert window.home.selected_collaboration().name == "Safer Streets"

    def plan_workshop(dialog) -> None:
        assert isinstance(dialog, WorkshopDialog)
        qtbot.keyClicks(dialog.title, "Kick-off")
        qtbot.keyClicks(dialog.place, "Library")
        dialog.template.setCurrentIndex(dialog.template.findData("first_partnership_meeting"))
        dialog.accept()

    when_dialog_opens(qtbot, plan_workshop)
    qtbot.mouseClick(window.home.buttons["new_workshop"], Qt.MouseButton.LeftButton)
    view = window.workshop_view
    assert window.stack.currentWidget() is view
    window.activateWindow()  # the offscreen platform does not re-activate after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    assert view.agenda.count() == len(template("first_partnership_meeting").blocks)
    assert "Introductions" in view.block_title.text()

    # The generic capture panel serves blocks without a panel of their own.
    view.set_current_block(view.blocks[-1].id)
    view.focus_capture()
    for text in ("Meet monthly", "Share patrol maps", "Ask the county about the lab"):
        qtbot.keyClicks(view.panel.items.capture, text)
        qtbot.keyClick(view.panel.items.capture, Qt.Key.Key_Return)
    assert view.panel.items.model.rowCount() == 3
    qtbot.keyClick(view.panel.items.capture, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.panel.items.model.rowCount() == 2
    workshop_id = view.workshop_id
    window.close()
    window.session.close()

    reopened = open_window(qtbot, db_path)
    texts = [i.text for i in reopened.session.store.items(workshop_id, kinds=["note"])]
    assert texts == ["Meet monthly", "Share patrol maps"]
    reopened.open_workshop(workshop_id)
    reopened.workshop_view.set_current_block(reopened.workshop_view.blocks[-1].id)
    shown = reopened.workshop_view.panel.items.model
    assert [shown.item_at(r).text for r in range(shown.rowCount())] == texts
    reopened.session.close()


def last_block_list(qtbot, store: Store, workshop: Workshop):
    """The window open on ``workshop``'s last block (its notes list), the cursor in its
    capture box: (window, the list)."""
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(workshop.id)
    view = window.workshop_view
    view.set_current_block(view.blocks[-1].id)
    items = view.panel.items
    items.capture.setFocus()
    return window, items


def test_redo_brings_back_an_undone_capture(qtbot, store, planned_workshop):
    window, items = last_block_list(qtbot, store, planned_workshop)
    qtbot.keyClicks(items.capture, "Publish the minutes")
    qtbot.keyClick(items.capture, Qt.Key.Key_Return)
    window.undo_action.trigger()
    assert store.items(planned_workshop.id, kinds=["note"]) == []
    window.redo_action.trigger()
    assert [i.text for i in store.items(planned_workshop.id, kinds=["note"])] == [
        "Publish the minutes"
    ]


def test_items_can_be_edited_in_place_reordered_grouped_and_made_internal(
    qtbot, store, planned_workshop
):
    _, items = last_block_list(qtbot, store, planned_workshop)
    for text in ("first", "second"):
        qtbot.keyClicks(items.capture, text)
        qtbot.keyClick(items.capture, Qt.Key.Key_Return)
    model = items.model
    assert model.setData(model.index(0, 0), "first, reworded")
    items.table.setFocus()
    items.table.selectRow(1)
    qtbot.keyClick(items.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    items.set_cluster([model.item_at(0), model.item_at(1)], "Patrols")
    assert model.setData(model.index(0, 2), "internal")
    stored = store.items(planned_workshop.id, kinds=["note"])
    assert [i.text for i in stored] == ["second", "first, reworded"]
    assert {i.cluster for i in stored} == {"Patrols"}
    assert stored[0].visibility == "internal"
    assert model.data(model.index(0, 2)) == "Internal (never shown)"


def test_visibility_for_new_items_cycles_with_f8(qtbot, store, planned_workshop):
    _, items = last_block_list(qtbot, store, planned_workshop)
    qtbot.keyClick(items.capture, Qt.Key.Key_F8)  # partners -> internal
    qtbot.keyClicks(items.capture, "Sheriff may lose funding")
    qtbot.keyClick(items.capture, Qt.Key.Key_Return)
    assert store.items(planned_workshop.id, kinds=["note"])[0].visibility == "internal"


def test_internal_holds_for_one_item_unless_kept(qtbot, store, planned_workshop):
    _, items = last_block_list(qtbot, store, planned_workshop)

    qtbot.keyClick(items.capture, Qt.Key.Key_F8)
    assert items.visibility.text() == "Internal · next item only"
    for words in ("Chief may retire", "Meet again in March"):
        qtbot.keyClicks(items.capture, words)
        qtbot.keyClick(items.capture, Qt.Key.Key_Return)
    assert items.visibility.text() == "Partners"

    qtbot.keyClick(items.capture, Qt.Key.Key_F8)
    qtbot.keyClick(items.capture, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)
    assert items.visibility.text() == "Internal · kept"
    for words in ("Budget frozen", "Audit due"):
        qtbot.keyClicks(items.capture, words)
        qtbot.keyClick(items.capture, Qt.Key.Key_Return)
    assert items.visibility.text() == "Internal · kept"

    saved = {i.text: i.visibility for i in store.items(planned_workshop.id, kinds=["note"])}
    assert saved == {
        "Chief may retire": "internal",
        "Meet again in March": "partners",
        "Budget frozen": "internal",
        "Audit due": "internal",
    }


def test_actions_with_owner_and_due_date_are_reachable_from_any_block(
    qtbot, store, planned_workshop
):
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    view = window.workshop_view
    view.go_next()
    actions = view.side_list(ItemKind.ACTION.value)
    qtbot.keyClicks(actions.capture, "Send the crime lab costs")
    qtbot.keyClicks(actions.extra["owner"], "Dana")
    qtbot.keyClicks(actions.extra["due"], "2026-12-01")
    qtbot.keyClick(actions.extra["due"], Qt.Key.Key_Return)
    (action,) = store.items(planned_workshop.id, kinds=["action"])
    assert action.fields == {"owner": "Dana", "due": "2026-12-01"}
    assert action.block_id == view.blocks[1].id
    assert actions.model.data(actions.model.index(0, 1)) == "Dana"


def test_a_bad_due_date_is_refused_with_a_message_and_the_text_kept(qtbot, store, planned_workshop):
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    actions = window.workshop_view.side_list(ItemKind.ACTION.value)
    qtbot.keyClicks(actions.capture, "Call the sheriff")
    qtbot.keyClicks(actions.extra["due"], "next week")
    qtbot.keyClick(actions.capture, Qt.Key.Key_Return)
    assert store.items(planned_workshop.id, kinds=["action"]) == []
    assert actions.capture.text() == "Call the sheriff"
    assert window.banner.isVisible()
    assert "YYYY-MM-DD" in window.banner.text.text()


def test_facilitator_notes_are_always_internal(qtbot, store, planned_workshop):
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    notes = window.workshop_view.side_list(ItemKind.FACILITATOR_NOTE.value)
    assert not notes.visibility.isVisible()
    qtbot.keyClicks(notes.capture, "Watch the business association's mood")
    qtbot.keyClick(notes.capture, Qt.Key.Key_Return)
    (note,) = store.items(planned_workshop.id, kinds=["facilitator_note"])
    assert note.visibility == "internal"


def test_a_new_block_takes_typing_into_its_capture_box_not_its_title(
    qtbot, store, planned_workshop
):
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    view = window.workshop_view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    kinds_menu = view.add_block.menu()
    kinds_menu.aboutToShow.emit()  # the menu fills itself when first opened
    general = next(a.menu() for a in kinds_menu.actions() if a.text() == "General")
    next(a for a in general.actions() if a.text().startswith("Open discussion")).trigger()

    qtbot.keyClicks(QApplication.focusWidget(), "First thought")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    block = view.current_block()
    assert block.title == "Open discussion"
    assert [i.text for i in store.items(planned_workshop.id, block.id)] == ["First thought"]

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Open floor")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert store.get(Block, block.id).title == "Open floor"


def test_agenda_blocks_can_be_added_moved_retimed_and_removed_with_undo(
    qtbot, store, planned_workshop
):
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    view = window.workshop_view
    titles = lambda: [b.title for b in store.blocks(planned_workshop.id)]  # noqa: E731
    original = titles()
    view.add_block_of("discussion")
    assert titles()[1] == "Open discussion"
    assert view.agenda.currentRow() == 1
    view.move_current_block(-1)
    assert titles()[0] == "Open discussion"
    view.timebox.setValue(40)
    view.timebox.editingFinished.emit()
    assert store.blocks(planned_workshop.id)[0].timebox_minutes == 40
    assert "40 min" in view.agenda.item(0).text()
    view.remove_current_block()
    assert titles() == original
    for _ in range(4):
        window.undo_action.trigger()
    assert titles() == original


def test_next_and_previous_block_from_the_keyboard(qtbot, store, planned_workshop):
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    view = window.workshop_view
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_index() == 1
    assert f"Block 2 of {len(view.blocks)}" in view.run_bar.position.text()
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.current_index() == 0


def test_run_bar_shows_when_the_block_and_the_meeting_run_over(qtbot, store, planned_workshop):
    from workshop_app.domain.records import touched

    first = store.blocks(planned_workshop.id)[0]
    store.put(touched(first, elapsed_seconds=first.timebox_minutes * 60 + 125))
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    bar = window.workshop_view.run_bar
    assert "OVER by 2:05" in bar.clock.text()
    assert "over time" in window.workshop_view.agenda.item(0).text()
    window.workshop_view.go_next()
    assert "running 2 min behind" in bar.schedule.text()
    assert "OVER" not in bar.clock.text()


class FakeClock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def test_timer_start_pause_and_reset_keep_time_with_the_block(qtbot, store, planned_workshop):
    clock = FakeClock()
    session = Session(store)
    view = WorkshopView(session, timer=BlockTimer(session, clock=clock))
    qtbot.addWidget(view)
    view.show()
    view.open_workshop(planned_workshop.id)
    bar = view.run_bar
    first = view.blocks[0]
    timebox = clock_text(first.timebox_minutes * 60)

    def stored() -> int:
        return store.get(Block, first.id).elapsed_seconds

    qtbot.mouseClick(bar.start, Qt.MouseButton.LeftButton)
    assert bar.start.text() == "Pause timer"
    assert bar.clock.text() == f"0:00 / {timebox}"

    clock.now += 95.6
    with qtbot.waitSignal(view.timer.ticked, timeout=3000):  # the once-a-second refresh
        pass
    assert bar.clock.text() == f"1:35 / {timebox}"
    assert stored() == 95  # saved while running, at most 30 s behind

    clock.now += 10
    qtbot.mouseClick(bar.start, Qt.MouseButton.LeftButton)  # pause
    assert bar.start.text() == "Start timer"
    assert bar.clock.text() == f"1:45 / {timebox}"
    assert stored() == 105

    clock.now += 600  # a break: paused time does not count
    qtbot.mouseClick(bar.start, Qt.MouseButton.LeftButton)
    clock.now += 20
    qtbot.mouseClick(bar.start, Qt.MouseButton.LeftButton)
    assert bar.clock.text() == f"2:05 / {timebox}"
    assert stored() == 125

    qtbot.mouseClick(bar.reset, Qt.MouseButton.LeftButton)
    assert bar.clock.text() == f"0:00 / {timebox}"
    assert stored() == 0


def test_duplicate_as_next_meeting_copies_the_agenda_not_the_items(qtbot, store, planned_workshop):
    store.put(
        Item(
            planned_workshop.id,
            "note",
            "said once",
            block_id=store.blocks(planned_workshop.id)[0].id,
        )
    )
    window = shown(qtbot, MainWindow(Session(store)))
    window.home.select(planned_workshop.id)

    def plan(dialog) -> None:
        dialog.title.setText("Second meeting")
        dialog.accept()

    when_dialog_opens(qtbot, plan)
    qtbot.mouseClick(window.home.buttons["duplicate"], Qt.MouseButton.LeftButton)
    (copy,) = [w for w in store.workshops() if w.title == "Second meeting"]
    assert len(store.blocks(copy.id)) == len(store.blocks(planned_workshop.id))
    assert store.count_items(copy.id) == 0
    assert copy.place == "Library"


def test_deleting_a_workshop_asks_first_and_can_be_restored(qtbot, store, planned_workshop):
    window = shown(qtbot, MainWindow(Session(store)))
    window.home.select(planned_workshop.id)
    when_dialog_opens(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(window.home.buttons["delete"], Qt.MouseButton.LeftButton)
    assert store.workshops() == []
    assert store.get(Workshop, planned_workshop.id).deleted_at  # kept, recoverable
    window.undo_action.trigger()
    assert [w.id for w in store.workshops()] == [planned_workshop.id]


def test_deleting_a_collaboration_names_it_asks_first_and_can_be_undone(
    qtbot, store, planned_workshop
):
    collaboration = store.get(Collaboration, planned_workshop.collaboration_id)
    window = shown(qtbot, MainWindow(Session(store)))
    window.home.select(collaboration.id)
    asked: list[str] = []

    def agree(box) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_dialog_opens(qtbot, agree)
    qtbot.mouseClick(window.home.buttons["delete"], Qt.MouseButton.LeftButton)
    assert collaboration.name in asked[0]
    assert store.collaborations() == []
    assert store.get(Collaboration, collaboration.id).deleted_at  # kept, recoverable
    window.undo_action.trigger()
    assert [c.id for c in store.collaborations()] == [collaboration.id]


def test_partner_roster_is_edited_in_a_table(qtbot, store, planned_workshop):
    from workshop_app.ui.partners_editor import PartnersEditor

    session = Session(store)
    editor = PartnersEditor(session, planned_workshop.collaboration_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.add_partner()
    model = editor.model
    row = model.rowCount() - 1
    assert model.setData(model.index(row, 0), "Harlan County Sheriff")
    assert model.setData(model.index(row, 1), "nonprofit")
    assert model.setData(model.index(row, 5), "County board of supervisors")
    stored = store.partners(planned_workshop.collaboration_id)[-1]
    assert (stored.organisation, stored.answers_to) == (
        "Harlan County Sheriff",
        "County board of supervisors",
    )
    assert model.data(model.index(row, 1)) == "Nonprofit"


def test_home_search_finds_workshops_by_title(qtbot, store, planned_workshop):
    other = Collaboration("Clean River")
    store.put(other, Workshop(other.id, "River clean-up day", "2026-10-01"))
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    qtbot.keyClicks(window.home.search, "clean-up")
    shown = [window.home.table.model().index(row, 0).data() for row in range(2)]
    assert window.home.table.model().rowCount() == 2  # the collaboration and its one match
    assert [text.strip() for text in shown] == ["Clean River", "River clean-up day"]


def test_new_workshop_needs_a_title_typed_before_enter_creates_it(qtbot, store):
    collaboration = Collaboration("Safer Streets")
    store.put(collaboration)
    window = shown(qtbot, MainWindow(Session(store)))
    window.home.select(collaboration.id)
    told: list[str] = []
    after_empty_enter: list[bool] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    def fill_in(dialog: WorkshopDialog) -> None:
        try:
            dialog.activateWindow()  # as the window system does for a person
            qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.title)
            when_dialog_opens(qtbot, read_and_close, QMessageBox)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # no title yet
            after_empty_enter.extend([dialog.isVisible(), dialog.focusWidget() is dialog.title])
            qtbot.keyClicks(dialog.focusWidget(), "Kick-off")
            for _ in range(6):  # Tab through the date's parts to the place
                qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
                if dialog.focusWidget() is dialog.place:
                    break
            qtbot.keyClicks(dialog.focusWidget(), "Library")
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # never leave the test waiting on an open dialog
                dialog.reject()

    when_dialog_opens(qtbot, fill_in, WorkshopDialog)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert told == ["Give the workshop a title."]
    assert after_empty_enter == [True, True]  # still open, the cursor back in the title
    assert [(w.title, w.place) for w in store.workshops(collaboration.id)] == [
        ("Kick-off", "Library")
    ]


def test_block_title_and_prompt_edits_are_saved(qtbot, store, planned_workshop):
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    view = window.workshop_view
    view.block_prompt.setFocus()
    view.block_prompt.selectAll()
    qtbot.keyClicks(view.block_prompt, "Who is here today?")
    qtbot.keyClick(view.block_prompt, Qt.Key.Key_Return)
    assert store.get(Block, view.blocks[0].id).prompt == "Who is here today?"


def test_tab_moves_from_an_action_to_its_owner_and_due_date(qtbot, store, planned_workshop):
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    actions = window.workshop_view.side_list(ItemKind.ACTION.value)
    assert QApplication.focusWidget() is actions.capture
    for text in ("Send the cost sheet", "Dana", "2026-12-01"):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(actions.extra["due"], Qt.Key.Key_Return)
    (action,) = store.items(planned_workshop.id, kinds=["action"])
    assert (action.text, action.fields) == (
        "Send the cost sheet",
        {"owner": "Dana", "due": "2026-12-01"},
    )


def test_an_empty_database_offers_the_demo_and_then_hides_the_offer(qtbot, store):
    window = shown(qtbot, MainWindow(Session(store)))
    offer = window.home.buttons["demo"]
    assert offer.isVisible()
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert [c.name for c in store.collaborations()] == ["Safer Riverton Partnership"]
    model = window.home.table.model()
    kinds = [model.index(row, 0).data(ROLE_TYPE) for row in range(model.rowCount())]
    assert kinds == ["collaboration"] + ["workshop"] * len(WORKSHOPS)
    assert not offer.isVisible()


def test_enter_on_the_home_screen_opens_the_newest_meeting(qtbot, store, planned_workshop):
    later = Workshop(planned_workshop.collaboration_id, "Second meeting", "2026-12-04")
    store.apply(planning.create_workshop(later, []))
    window = shown(qtbot, MainWindow(Session(store)))
    assert QApplication.focusWidget() is window.home.table
    assert window.home.buttons["open"].isEnabled()

    qtbot.keyClick(window.home.table, Qt.Key.Key_Return)

    assert window.current_workshop_id() == later.id
    assert window.workshop_view.workshop_title.text() == "Second meeting"


def test_ctrl_z_in_a_meeting_never_undoes_what_was_done_to_another(qtbot, store, planned_workshop):
    window = shown(qtbot, MainWindow(Session(store)))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # On the home screen: plan another meeting (undoable there).
    other = Workshop(planned_workshop.collaboration_id, "Budget talk", "2026-12-11")
    assert window.session.apply(planning.create_workshop(other, []))

    window.open_workshop(planned_workshop.id)
    box = window.workshop_view.panel.focus_capture() or QApplication.focusWidget()
    qtbot.keyClicks(box, "Meet monthly")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    for _ in range(3):  # more presses than this meeting has edits
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
        )

    assert [i.text for i in store.items(planned_workshop.id) if i.text == "Meet monthly"] == []
    assert store.get(Workshop, other.id) is not None  # the other meeting is untouched
    assert "Budget talk" not in window.undo_action.text()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_action.text().endswith("Budget talk'")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get(Workshop, other.id) is None  # its creation undone, from home


def test_a_partnership_that_has_met_plans_its_follow_up_by_default(qtbot, store, planned_workshop):
    window = shown(qtbot, MainWindow(Session(store)))
    chosen = []

    def look(dialog) -> None:
        chosen.append(dialog.template.currentData())
        dialog.reject()

    when_dialog_opens(qtbot, look, WorkshopDialog)
    qtbot.mouseClick(window.home.buttons["new_workshop"], Qt.MouseButton.LeftButton)
    assert chosen == ["follow_up_meeting"]
