"""Scoping exercises: the issue tree, positions to interests, the fact base."""

from __future__ import annotations

from panel_support import choose
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_exercise_trust import block_of, edit_cell, open_panel, type_and_enter

from workshop_app.domain import edits
from workshop_app.domain.document import Chart, plain_text
from workshop_app.domain.records import Item, ItemKind, Partner
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.fact_base import FACT, FACT_STATUS, QUESTION_FIELD
from workshop_app.exercises.positions_interests import POSITION, positions_summary
from workshop_app.exercises.registry import get_kind, history_kinds
from workshop_app.exercises.scope_issue import PROBLEM_STATEMENT, SCOPE_NODE

ALT = Qt.KeyboardModifier.AltModifier


def room_elements(store, workshop, block, audience=Audience.ROOM):
    view = audience_view(store.snapshot(workshop.id, history_kinds()), audience)
    return get_kind(block.kind).room(view, view.block(block.id))


def nodes(store, workshop, block) -> dict[str, Item]:
    return {i.text: i for i in store.items(workshop.id, block.id, [SCOPE_NODE])}


# ------------------------------------------------------------------ scope the issue
def build_tree(qtbot, panel) -> None:
    """Public safety → Shared patrols, Crime lab (children, typed with Enter)."""
    panel.issue_box.setFocus()
    type_and_enter(qtbot, panel.issue_box, "Public safety")
    panel.tree.setCurrentIndex(panel.model.index(0, 0))
    type_and_enter(qtbot, panel.issue_box, "Shared patrols")
    type_and_enter(qtbot, panel.issue_box, "Crime lab")


def test_enter_adds_sub_issues_under_the_selected_issue(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "scope_issue")
    _session, panel = open_panel(qtbot, store, block)
    build_tree(qtbot, panel)
    found = nodes(store, planned_workshop, block)
    root = found["Public safety"]
    assert found["Shared patrols"].parent_id == root.id
    assert found["Crime lab"].parent_id == root.id
    assert found["Shared patrols"].position < found["Crime lab"].position
    top = panel.model.index(0, 0)
    assert [panel.model.index(r, 0, top).data() for r in range(2)] == [
        "Shared patrols",
        "Crime lab",
    ]


def test_shift_enter_adds_a_sibling_after_the_selected_issue(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "scope_issue")
    _session, panel = open_panel(qtbot, store, block)
    build_tree(qtbot, panel)
    panel.select_node(nodes(store, planned_workshop, block)["Shared patrols"].id)
    qtbot.keyClicks(panel.issue_box, "Youth diversion")
    qtbot.keyClick(panel.issue_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    top = panel.model.index(0, 0)
    assert [panel.model.index(r, 0, top).data() for r in range(3)] == [
        "Shared patrols",
        "Youth diversion",
        "Crime lab",
    ]


def test_space_cycles_scope_and_the_room_shows_it_in_words(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "scope_issue")
    session, panel = open_panel(qtbot, store, block)
    build_tree(qtbot, panel)
    panel.tree.setFocus()
    panel.select_node(nodes(store, planned_workshop, block)["Crime lab"].id)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)  # undecided -> in
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)  # in -> out
    assert nodes(store, planned_workshop, block)["Crime lab"].fields["scope"] == "out"
    assert panel.tree.currentIndex().siblingAtColumn(1).data() == "✘ Out of scope"
    chart = next(e for e in room_elements(store, planned_workshop, block) if isinstance(e, Chart))
    assert {"text": "Crime lab", "depth": 1, "scope": "out"} in chart.data["nodes"]
    assert "Crime lab (✘ Out of scope)" in chart.alt
    session.undo_stack.undo()
    assert nodes(store, planned_workshop, block)["Crime lab"].fields["scope"] == "in"


def test_alt_arrows_move_and_indent_issues(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "scope_issue")
    _session, panel = open_panel(qtbot, store, block)
    build_tree(qtbot, panel)
    panel.tree.setFocus()
    panel.select_node(nodes(store, planned_workshop, block)["Crime lab"].id)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    top = panel.model.index(0, 0)
    assert panel.model.index(0, 0, top).data() == "Crime lab"
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    found = nodes(store, planned_workshop, block)
    assert found["Crime lab"].parent_id == found["Shared patrols"].id
    qtbot.keyClick(panel.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    found = nodes(store, planned_workshop, block)
    assert found["Crime lab"].parent_id == found["Public safety"].id


def test_f2_renames_and_delete_removes_a_whole_branch(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "scope_issue")
    session, panel = open_panel(qtbot, store, block)
    build_tree(qtbot, panel)
    patrols = nodes(store, planned_workshop, block)["Shared patrols"]
    index = panel._find(patrols.id)
    edit_cell(qtbot, panel.tree, index, "Joint patrols")
    assert "Joint patrols" in nodes(store, planned_workshop, block)

    panel.tree.setFocus()
    panel.tree.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert nodes(store, planned_workshop, block) == {}
    session.undo_stack.undo()
    assert set(nodes(store, planned_workshop, block)) == {
        "Public safety",
        "Joint patrols",
        "Crime lab",
    }


def test_problem_statement_is_saved_and_agreed(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "scope_issue")
    session, panel = open_panel(qtbot, store, block)
    panel.statement.setFocus()
    type_and_enter(qtbot, panel.statement, "Fewer repeat calls downtown by 2028")
    qtbot.mouseClick(panel.agreed, Qt.MouseButton.LeftButton)
    (statement,) = store.items(planned_workshop.id, block.id, [PROBLEM_STATEMENT])
    assert statement.text == "Fewer repeat calls downtown by 2028"
    assert statement.fields["agreed"] is True
    callout = room_elements(store, planned_workshop, block)[0]
    assert callout.label == "Problem statement (agreed)"

    # New wording: the room has to agree again.
    panel.statement.setFocus()
    panel.statement.selectAll()
    type_and_enter(qtbot, panel.statement, "Fewer repeat calls by 2029")
    (statement,) = store.items(planned_workshop.id, block.id, [PROBLEM_STATEMENT])
    assert statement.fields["agreed"] is False
    assert not panel.agreed.isChecked()
    session.undo_stack.undo()
    assert panel.agreed.isChecked()


def test_internal_issue_hides_its_branch_from_the_room(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "scope_issue")
    _session, panel = open_panel(qtbot, store, block)
    build_tree(qtbot, panel)
    panel.tree.setFocus()
    panel.select_node(nodes(store, planned_workshop, block)["Shared patrols"].id)
    qtbot.keyClick(panel.tree, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # -> internal
    assert nodes(store, planned_workshop, block)["Shared patrols"].visibility == "internal"
    panel.issue_box.setFocus()
    type_and_enter(qtbot, panel.issue_box, "Overtime budget")  # child of the internal issue
    text = plain_text(room_elements(store, planned_workshop, block))
    assert "Crime lab" in text
    assert "Shared patrols" not in text
    assert "Overtime budget" not in text


# ------------------------------------------------------------ positions to interests
def test_position_and_interest_are_captured_with_who_stated_it(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "positions_interests")
    session, panel = open_panel(qtbot, store, block)
    city = next(
        p
        for p in store.partners(planned_workshop.collaboration_id)
        if p.organisation == "City of Riverton"
    )
    panel.boxes["partner"].setCurrentIndex(panel.boxes["partner"].findData(city.id))
    panel.focus_capture()
    qtbot.keyClicks(panel.list.capture, "No money for private lighting")
    qtbot.keyClick(panel.list.capture, Qt.Key.Key_Tab)
    type_and_enter(qtbot, QApplication.focusWidget(), "A predictable budget")

    (item,) = store.items(planned_workshop.id, block.id, [POSITION])
    assert item.text == "No money for private lighting"
    assert item.fields["interest"] == "A predictable budget"
    assert item.partner_id == city.id
    assert panel.list.model.index(0, 2).data() == "City of Riverton"
    assert panel.boxes["partner"].currentData() == ""  # next pair starts unattributed
    session.undo_stack.undo()
    assert store.items(planned_workshop.id, block.id, [POSITION]) == []


def test_a_partner_who_joins_mid_meeting_can_be_named_as_stating_a_position(
    qtbot, store, planned_workshop
):
    block = block_of(store, planned_workshop, "positions_interests")
    session, panel = open_panel(qtbot, store, block)
    sheriff = Partner(planned_workshop.collaboration_id, "Harlan County Sheriff's Office")
    assert session.apply(edits.add("Add partner", sheriff))
    box = panel.boxes["partner"]
    qtbot.keyClick(panel.list.capture, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is box  # Stated &by
    choose(qtbot, box, "Harlan")
    panel.focus_capture()
    type_and_enter(qtbot, panel.list.capture, "Patrols stay as they are")

    (item,) = store.items(planned_workshop.id, block.id, [POSITION])
    assert item.partner_id == sheriff.id
    column = [c.title for c in panel.list.model.columns].index("Stated by (never shown)")
    assert panel.list.model.index(0, column).data() == "Harlan County Sheriff's Office"


def test_room_shows_interests_never_positions_or_who_held_them(store, planned_workshop):
    block = block_of(store, planned_workshop, "positions_interests")
    partner = Partner(planned_workshop.collaboration_id, "Harlan County Sheriff's Office")
    store.put(
        partner,
        Item(
            planned_workshop.id,
            POSITION,
            "Deputies must see all case files",
            block.id,
            fields={"interest": "Know who is already in a programme"},
            partner_id=partner.id,
            visibility="public",
        ),
    )
    for audience in (Audience.ROOM, Audience.PUBLIC):
        text = plain_text(room_elements(store, planned_workshop, block, audience))
        assert "Know who is already in a programme" in text
        assert "Deputies must see" not in text
        assert "Harlan" not in text
    view = audience_view(store.snapshot(planned_workshop.id), Audience.PUBLIC)
    public_summary = plain_text(positions_summary(view, view.block(block.id)))
    assert "Deputies must see" not in public_summary and "Harlan" not in public_summary


# ------------------------------------------------------------------ fact base
def test_fact_with_source_date_and_contributor_is_marked_disputed(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "fact_base")
    session, panel = open_panel(qtbot, store, block)
    panel.focus_capture()
    qtbot.keyClicks(panel.list.capture, "Burglaries rose 18% since 2023")
    qtbot.keyClicks(panel.list.extra["source"], "City crime dashboard")
    qtbot.keyClicks(panel.list.extra["date"], "2026-01")
    type_and_enter(qtbot, panel.list.extra["contributor"], "Marcus Lee")
    panel.list.table.selectRow(0)
    qtbot.mouseClick(panel.status_buttons["disputed"], Qt.MouseButton.LeftButton)

    (fact,) = store.items(planned_workshop.id, block.id, [FACT])
    assert fact.fields == {
        "source": "City crime dashboard",
        "date": "2026-01",
        "contributor": "Marcus Lee",
        "status": "disputed",
    }
    assert panel.list.model.index(0, 4).data() == "⚠ Disputed"
    text = plain_text(room_elements(store, planned_workshop, block))
    assert "⚠ Disputed (1)" in text
    assert "Burglaries rose 18% since 2023 (City crime dashboard, 2026-01)" in text
    session.undo_stack.undo()
    assert FACT_STATUS.of(store.items(planned_workshop.id, block.id, [FACT])[0]) == ""


def test_alt_letter_sets_the_status_of_the_selected_fact(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "fact_base")
    _session, panel = open_panel(qtbot, store, block)
    type_and_enter(qtbot, panel.list.capture, "Half the street lights are out")
    panel.list.table.setFocus()
    panel.list.table.selectRow(0)
    qtbot.keyClick(panel.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    (fact,) = store.items(planned_workshop.id, block.id, [FACT])
    assert fact.fields["status"] == "needs_data"
    assert panel.list.model.index(0, 4).data() == "? Needs data"


def test_alt_letters_typed_straight_on_act_on_the_fact_selected_when_pressed(
    qtbot, store, planned_workshop
):
    """Qt clicks a button reached by its mnemonic 100 ms later; Alt+A then Down at
    typing speed marked the next fact instead."""
    block = block_of(store, planned_workshop, "fact_base")
    _session, panel = open_panel(qtbot, store, block)
    for text in ("Calls doubled", "Lab backlog is six months", "Lights out on Elm"):
        type_and_enter(qtbot, panel.list.capture, text)
    panel.list.table.setFocus()
    panel.list.table.selectRow(0)
    for key in (Qt.Key.Key_A, Qt.Key.Key_Down, Qt.Key.Key_D, Qt.Key.Key_Down, Qt.Key.Key_N):
        modifier = Qt.KeyboardModifier.NoModifier if key == Qt.Key.Key_Down else ALT
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    facts = store.items(planned_workshop.id, block.id, [FACT])
    assert [f.fields["status"] for f in facts] == ["agreed", "disputed", "needs_data"]


def test_problem_statement_agreed_with_alt_g_is_kept_when_the_next_block_follows_at_once(
    qtbot, store, planned_workshop
):
    from test_keyboard_tables import run_block

    window = run_block(qtbot, store, planned_workshop, "scope_issue")
    panel = window.workshop_view.panel
    panel.statement.setFocus()
    type_and_enter(qtbot, panel.statement, "Fewer repeat calls downtown by 2028")
    qtbot.keyClick(panel.statement, Qt.Key.Key_G, ALT)
    qtbot.keyClick(panel.statement, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.workshop_view.panel is not panel)
    (statement,) = store.items(planned_workshop.id, kinds=[PROBLEM_STATEMENT])
    assert statement.fields["agreed"] is True


def test_open_questions_are_workshop_action_items(qtbot, store, planned_workshop):
    block = block_of(store, planned_workshop, "fact_base")
    _session, panel = open_panel(qtbot, store, block)
    qtbot.keyClicks(panel.actions.capture, "How many lights are out?")
    qtbot.keyClicks(panel.actions.extra["owner"], "Dana Whitfield")
    type_and_enter(qtbot, panel.actions.extra["due"], "2026-10-09")

    (action,) = store.items(planned_workshop.id, kinds=[ItemKind.ACTION.value])
    assert action.block_id == block.id
    assert action.fields == {
        "owner": "Dana Whitfield",
        "due": "2026-10-09",
        QUESTION_FIELD: True,
    }
    text = plain_text(room_elements(store, planned_workshop, block))
    assert "How many lights are out? — Dana Whitfield, by 2026-10-09" in text


def test_demo_content_fills_every_scoping_room_view(store):
    from workshop_app.exercises.demo import add_demo

    collaboration = add_demo(store)
    first = min(store.workshops(collaboration.id), key=lambda w: w.date)
    for kind in ("scope_issue", "positions_interests", "fact_base"):
        block = block_of(store, first, kind)
        text = plain_text(room_elements(store, first, block))
        assert "yet" not in text.split("\n")[0], kind  # not an empty-state notice
    facts = plain_text(room_elements(store, first, block_of(store, first, "fact_base")))
    assert "lawsuit" not in facts  # the internal fact stays off the projector
