"""Trust-building exercises: panels driven from the keyboard, room views, summaries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.domain.document import Callout, Chart, plain_text
from workshop_app.domain.records import Block, Item, Partner, Workshop
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.hopes_concerns import CONCERN, HOPE, WORKING_AGREEMENT
from workshop_app.exercises.partnership_history import HISTORY, history_between, history_room
from workshop_app.exercises.registry import get_kind, history_kinds
from workshop_app.exercises.trust_check_in import (
    DEFAULT_STATEMENTS,
    TRUST_RATING,
    trend,
    trust_room,
)
from workshop_app.storage import Store
from workshop_app.ui.panels import panel_class
from workshop_app.ui.session import Session


def block_of(store: Store, workshop: Workshop, kind: str) -> Block:
    return next(b for b in store.blocks(workshop.id) if b.kind == kind)


def open_panel(qtbot, store: Store, block: Block):
    session = Session(store)
    panel = panel_class(block.kind)(session, block)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()  # keyboard focus and shortcuts need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    return session, panel


def edit_cell(qtbot, table, index, text: str) -> None:
    """F2 on a cell, replace its text, Enter (the delegate commits on the next turn)."""
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def room_text(
    store: Store, workshop: Workshop, block: Block, audience: Audience = Audience.ROOM
) -> str:
    view = audience_view(store.snapshot(workshop.id, history_kinds()), audience)
    return plain_text(get_kind(block.kind).room(view, view.block(block.id)))


def type_and_enter(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# ------------------------------------------------------------ who is at the table
@pytest.fixture
def collaboration_id(store: Store, planned_workshop: Workshop) -> str:
    return planned_workshop.collaboration_id


def test_roster_adds_a_partner_typed_on_the_spot(qtbot, store, planned_workshop, collaboration_id):
    block = block_of(store, planned_workshop, "who_is_at_the_table")
    session, panel = open_panel(qtbot, store, block)
    panel.new_sector.setCurrentIndex(panel.new_sector.findData("community"))
    type_and_enter(qtbot, panel.new_organisation, "Eastside Neighbours Council")

    stored = [
        p
        for p in store.partners(collaboration_id)
        if p.organisation == "Eastside Neighbours Council"
    ]
    assert [p.sector for p in stored] == ["community"]
    assert panel.new_organisation.text() == ""
    assert panel.by_sector.text().startswith("3 organisation")
    assert "Community: 1" in panel.by_sector.text()
    session.undo_stack.undo()
    assert all(
        p.organisation != "Eastside Neighbours Council" for p in store.partners(collaboration_id)
    )


def test_roster_edits_what_a_partner_brings_from_the_keyboard(
    qtbot, store, planned_workshop, collaboration_id
):
    block = block_of(store, planned_workshop, "who_is_at_the_table")
    _session, panel = open_panel(qtbot, store, block)
    table = panel.editor.table
    # City of Riverton, "Brings"
    edit_cell(qtbot, table, panel.editor.model.index(0, 3), "Street lighting budget")

    city = next(p for p in store.partners(collaboration_id) if p.organisation == "City of Riverton")
    assert city.brings == "Street lighting budget"
    assert panel.editor.model.index(0, 3).data() == "Street lighting budget"


def test_roster_room_view_groups_partners_by_sector(store, planned_workshop, collaboration_id):
    store.put(
        Partner(
            collaboration_id,
            "Harlan County Sheriff's Office",
            "public",
            brings="Patrol data",
            position=5,
        )
    )
    block = block_of(store, planned_workshop, "who_is_at_the_table")
    text = room_text(store, planned_workshop, block)
    assert "Public sector (2)" in text
    assert "Nonprofit (1)" in text
    assert text.index("Public sector (2)") < text.index("Harlan County Sheriff's Office | Patrol")
    assert text.index("Harlan County Sheriff's Office") < text.index("Nonprofit (1)")


# ------------------------------------------------------------ partnership history
def test_history_is_recorded_for_ticked_partners_with_outcome_and_lesson(
    qtbot, store, planned_workshop, collaboration_id
):
    block = block_of(store, planned_workshop, "partnership_history")
    _session, panel = open_panel(qtbot, store, block)
    panel.focus_capture()
    qtbot.keyClick(panel.partner_list, Qt.Key.Key_Space)  # tick City of Riverton
    qtbot.keyClick(panel.partner_list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.partner_list, Qt.Key.Key_Space)  # tick Riverton Youth Alliance
    panel.outcome.setFocus()
    qtbot.keyClicks(panel.outcome, "F")  # Failed
    qtbot.keyClicks(panel.records.capture, "Summer jobs pilot, 2021")
    type_and_enter(qtbot, panel.records.extra["lesson"], "Name one contact person")

    (record,) = store.items(planned_workshop.id, block.id, [HISTORY])
    city, youth = store.partners(collaboration_id)
    assert record.text == "Summer jobs pilot, 2021"
    assert record.fields == {
        "partners": [city.id, youth.id],
        "outcome": "failed",
        "lesson": "Name one contact person",
    }
    assert panel.matrix_model.index(0, 1).data() == "Failed"
    assert panel.ticked_partner_ids() == []  # ready for the next pair
    assert history_between(store.items(planned_workshop.id), city.id, youth.id) == "failed"


def test_history_is_typed_in_the_order_shown_and_tab_leaves_the_matrix(
    qtbot, store, planned_workshop, collaboration_id
):
    block = block_of(store, planned_workshop, "partnership_history")
    _session, panel = open_panel(qtbot, store, block)
    panel.focus_capture()

    def tab() -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    qtbot.keyClick(panel.partner_list, Qt.Key.Key_Space)
    qtbot.keyClick(panel.partner_list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.partner_list, Qt.Key.Key_Space)
    tab()
    assert QApplication.focusWidget() is panel.outcome
    qtbot.keyClicks(panel.outcome, "G")
    tab()  # on to what they did, right of the outcome
    assert QApplication.focusWidget() is panel.records.capture
    qtbot.keyClicks(QApplication.focusWidget(), "Joint patrols")
    tab()
    qtbot.keyClicks(QApplication.focusWidget(), "Meet first")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (record,) = store.items(planned_workshop.id, block.id, [HISTORY])
    assert (record.text, record.fields["outcome"], record.fields["lesson"]) == (
        "Joint patrols",
        "good",
        "Meet first",
    )
    # Tab moves on from the read-only matrix instead of going round its cells for ever.
    panel.matrix.setFocus()
    tab()
    assert QApplication.focusWidget() is not panel.matrix


def test_history_needs_two_partners(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "partnership_history")
    session, panel = open_panel(qtbot, store, block)
    with qtbot.waitSignal(session.error) as said:
        type_and_enter(qtbot, panel.records.capture, "Something together")
    assert "two partners" in said.args[0]
    assert store.items(planned_workshop.id, block.id) == []
    assert panel.records.capture.text() == "Something together"  # nothing typed is lost


def test_history_capture_is_undoable(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "partnership_history")
    session, panel = open_panel(qtbot, store, block)
    panel.set_ticked({p.id for p in panel.matrix_model.partners})
    type_and_enter(qtbot, panel.records.capture, "Joint grant, 2022")
    assert len(store.items(planned_workshop.id, block.id)) == 1
    session.undo_stack.undo()
    assert store.items(planned_workshop.id, block.id) == []
    assert panel.matrix_model.index(0, 1).data() == "Not recorded"


def test_history_between_prefers_the_most_cautious_outcome():
    def record(outcome: str) -> Item:
        return Item("w", HISTORY, "x", fields={"partners": ["a", "b"], "outcome": outcome})

    assert history_between([record("good"), record("failed")], "a", "b") == "failed"
    assert history_between([record("good"), record("mixed")], "b", "a") == "mixed"
    assert history_between([record("none"), record("good")], "a", "b") == "good"
    assert history_between([record("none")], "a", "b") == "none"
    assert history_between([record("good")], "a", "c") is None
    assert history_between([], "a", "b") is None


def test_history_matrix_marks_failed_and_missing_pairs_in_words(
    store, planned_workshop, collaboration_id
):
    _city, youth = store.partners(collaboration_id)
    sheriff = Partner(collaboration_id, "Sheriff", "public", position=3)
    store.put(sheriff)
    block = block_of(store, planned_workshop, "partnership_history")
    store.put(
        Item(
            planned_workshop.id,
            HISTORY,
            "Referral pilot",
            block.id,
            fields={
                "partners": [sheriff.id, youth.id],
                "outcome": "failed",
                "lesson": "Own the hand-off",
            },
        )
    )
    view = audience_view(store.snapshot(planned_workshop.id, history_kinds()), Audience.ROOM)
    elements = history_room(view, view.block(block.id))
    chart = next(e for e in elements if isinstance(e, Chart))
    assert chart.kind == "partner_matrix"
    names = chart.data["partners"]
    assert (
        chart.data["cells"][names.index("Sheriff")][names.index("Riverton Youth Alliance")]
        == "failed"
    )
    assert chart.data["cells"][names.index("City of Riverton")][names.index("Sheriff")] == ""
    callout = next(e for e in elements if isinstance(e, Callout))
    assert callout.text == "Riverton Youth Alliance – Sheriff"
    assert "Own the hand-off" in plain_text(elements)


def test_history_from_an_earlier_meeting_counts(store, planned_workshop, collaboration_id):
    city, youth = store.partners(collaboration_id)
    earlier = Workshop(collaboration_id, "Earlier", "2026-01-01")
    store.put(
        earlier,
        Item(
            earlier.id,
            HISTORY,
            "Old project",
            fields={"partners": [city.id, youth.id], "outcome": "mixed"},
        ),
    )
    view = store.snapshot(planned_workshop.id, history_kinds())
    assert history_between(view, city.id, youth.id) == "mixed"


# ------------------------------------------------------------------ trust check-in
def test_trust_check_in_starts_with_the_default_statements_hidden(store, planned_workshop):
    block = block_of(store, planned_workshop, "trust_check_in")
    assert block.settings["statements"] == list(DEFAULT_STATEMENTS)
    assert block.settings["results_hidden"] is True


def test_tallies_are_typed_with_tab_between_ratings(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "trust_check_in")
    _session, panel = open_panel(qtbot, store, block)
    panel.focus_capture()
    for count in ("2", "5", "7", "4", "1"):
        qtbot.keyClicks(QApplication.focusWidget(), count)  # typing opens the cell's editor
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # saves, next rating
    qtbot.waitUntil(
        lambda: (
            store.items(planned_workshop.id, block.id, [TRUST_RATING])
            and store.items(planned_workshop.id, block.id, [TRUST_RATING])[0].fields["counts"][4]
            == 1
        )
    )

    (tally,) = store.items(planned_workshop.id, block.id, [TRUST_RATING])
    assert tally.text == DEFAULT_STATEMENTS[0]
    assert tally.fields["counts"] == [2, 5, 7, 4, 1]
    assert tally.fields["meeting_date"] == planned_workshop.date
    assert panel.model.index(0, 6).data() == "19"
    assert panel.model.index(0, 7).data() == "2.8"  # 54 / 19


def test_plus_and_minus_count_hands_one_at_a_time(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "trust_check_in")
    session, panel = open_panel(qtbot, store, block)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(1, 4))  # second statement, rating 4
    for key in ("+", "+", "+", "-"):
        qtbot.keyClicks(panel.table, key)
    (tally,) = store.items(planned_workshop.id, block.id, [TRUST_RATING])
    assert tally.text == DEFAULT_STATEMENTS[1]
    assert tally.fields["counts"] == [0, 0, 0, 2, 0]
    assert panel.model.index(1, 4).data() == "2"
    session.undo_stack.undo()
    assert panel.model.index(1, 4).data() == "3"


def test_results_stay_hidden_from_the_room_until_revealed(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "trust_check_in")
    session, panel = open_panel(qtbot, store, block)
    panel.set_count(0, 5, 9)
    hidden = room_text(store, planned_workshop, block)
    assert "Results hidden" in hidden
    assert "9" not in hidden
    assert "results hidden" in panel.room_state.text()

    qtbot.mouseClick(panel.reveal, Qt.MouseButton.LeftButton)
    assert store.get(Block, block.id).settings["revealed"] is True
    shown = room_text(store, planned_workshop, block)
    assert "Results hidden" not in shown
    assert "9× 5" in shown
    assert panel.room_state.text() == "The room sees: the results"
    session.undo_stack.undo()
    assert "Results hidden" in room_text(store, planned_workshop, block)


def test_statements_are_added_renamed_and_removed_with_their_tally(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "trust_check_in")
    session, panel = open_panel(qtbot, store, block)
    type_and_enter(qtbot, panel.new_statement, "We share bad news early")
    assert store.get(Block, block.id).settings["statements"][-1] == "We share bad news early"
    assert panel.model.rowCount() == 4

    panel.set_count(3, 2, 4)
    edit_cell(qtbot, panel.table, panel.model.index(3, 0), "We share bad news first")
    (tally,) = store.items(planned_workshop.id, block.id, [TRUST_RATING])
    assert tally.text == "We share bad news first"
    assert store.get(Block, block.id).settings["statements"][-1] == "We share bad news first"

    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(3, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert store.get(Block, block.id).settings["statements"] == list(DEFAULT_STATEMENTS)
    assert store.items(planned_workshop.id, block.id, [TRUST_RATING]) == []
    session.undo_stack.undo()
    assert store.items(planned_workshop.id, block.id, [TRUST_RATING])[0].fields["counts"] == [
        0,
        4,
        0,
        0,
        0,
    ]


def test_trust_trend_spans_the_collaborations_meetings(store, planned_workshop):
    block = block_of(store, planned_workshop, "trust_check_in")
    earlier = Workshop(planned_workshop.collaboration_id, "First", "2026-01-10")
    later = Workshop(planned_workshop.collaboration_id, "Future", "2027-01-10")
    statement = DEFAULT_STATEMENTS[0]
    store.put(
        earlier,
        later,
        Item(
            earlier.id,
            TRUST_RATING,
            statement,
            fields={"counts": [4, 0, 0, 0, 0], "meeting_date": earlier.date},
        ),
        Item(
            later.id,
            TRUST_RATING,
            statement,
            fields={"counts": [0, 0, 0, 0, 4], "meeting_date": later.date},
        ),
        Item(
            planned_workshop.id,
            TRUST_RATING,
            statement,
            block.id,
            fields={"counts": [0, 0, 2, 0, 0], "meeting_date": planned_workshop.date},
        ),
        Block(
            block.workshop_id,
            block.kind,
            block.title,
            settings={**block.settings, "revealed": True},
            id=block.id,
            position=block.position,
        ),
    )
    view = audience_view(store.snapshot(planned_workshop.id, history_kinds()), Audience.ROOM)
    chart = next(
        e
        for e in trust_room(view, view.block(block.id))
        if isinstance(e, Chart) and e.kind == "trust_trend"
    )
    assert [m.splitlines()[0] for m in chart.data["meetings"]] == ["2026-01-10", "2026-11-20"]
    assert chart.data["series"][0]["averages"] == [1.0, 3.0]  # the future meeting is left out


# ------------------------------------------------- hopes, concerns, working agreements
def test_hopes_concerns_and_agreements_are_captured_and_agreed(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "hopes_concerns")
    session, panel = open_panel(qtbot, store, block)
    type_and_enter(qtbot, panel.hopes.capture, "Safer streets at night")
    type_and_enter(qtbot, panel.concerns.capture, "Another plan that is forgotten")
    type_and_enter(qtbot, panel.agreements.capture, "We start on time")
    table = panel.agreements.table
    table.setFocus()
    table.setCurrentIndex(panel.agreements.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    kinds = {i.kind: i for i in store.items(planned_workshop.id, block.id)}
    assert kinds[HOPE].text == "Safer streets at night"
    assert kinds[CONCERN].text == "Another plan that is forgotten"
    assert kinds[WORKING_AGREEMENT].fields["agreed"] is True
    assert panel.agreements.model.index(0, 1).data() == "✔ Agreed"
    text = room_text(store, planned_workshop, block)
    assert "✔ Agreed: We start on time" in text
    assert "Working agreements (1 of 1 agreed)" in text
    session.undo_stack.undo()
    assert panel.agreements.model.index(0, 1).data() == "Proposed"


def test_alt_digits_jump_between_the_three_lists(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "hopes_concerns")
    _session, panel = open_panel(qtbot, store, block)
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.focus_capture()
    qtbot.keyClick(panel.hopes.capture, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert panel.agreements.capture.hasFocus()
    qtbot.keyClick(panel.agreements.capture, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert panel.concerns.capture.hasFocus()


def test_demo_meetings_give_the_trust_trend_a_point_each(store):
    from workshop_app.exercises.demo import add_demo

    collaboration = add_demo(store)
    with_check_in = [
        w
        for w in store.workshops(collaboration.id)
        if any(b.kind == "trust_check_in" for b in store.blocks(w.id))
    ]
    second = max(with_check_in, key=lambda w: w.date)  # the latest meeting that asked
    block = block_of(store, second, "trust_check_in")
    view = audience_view(store.snapshot(second.id, history_kinds()), Audience.PARTNERS)
    labels, series = trend(view, view.block(block.id))
    assert len(labels) == 3
    first, _, now = series[0]["averages"]
    assert first is not None and now is not None and first != now


def test_words_typed_on_a_count_say_where_words_go_and_change_nothing(
    qtbot, store, planned_workshop
):
    from PySide6.QtWidgets import QToolTip

    block = block_of(store, planned_workshop, "trust_check_in")
    _, panel = open_panel(qtbot, store, block)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 1))  # rating 1 of the first statement
    before = store.dump()

    qtbot.keyClicks(panel.table, "we agree")

    assert store.dump() == before
    assert "Ctrl+Shift+F" in QToolTip.text(), QToolTip.text()
    assert panel.table.state() != panel.table.State.EditingState
