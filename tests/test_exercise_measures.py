"""Measures of success through their panels: criteria, indicators, agreement, balance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox

from workshop_app.domain import planning
from workshop_app.domain.document import Callout, Table, plain_text
from workshop_app.domain.records import Block, Collaboration, Item, Partner, Workshop
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.balance_check import BALANCE
from workshop_app.exercises.indicator_agreement import AGREEMENT, VOTE, adopted_indicators
from workshop_app.exercises.indicators import INDICATOR, INDICATORS
from workshop_app.exercises.measure_criteria import CAPACITY, CRITERION, DEFAULT_CRITERIA
from workshop_app.exercises.registry import history_kinds
from workshop_app.exercises.templates import template
from workshop_app.ui.panels.balance_check import BalancePanel
from workshop_app.ui.panels.indicator_agreement import AgreementPanel
from workshop_app.ui.panels.indicators import IndicatorsPanel
from workshop_app.ui.panels.measure_criteria import CriteriaPanel
from workshop_app.ui.session import Session


@pytest.fixture
def meeting(store):
    """A follow-up meeting of three partners from three sectors, each answering to someone."""
    collaboration = Collaboration("Safer Riverton Partnership")
    partners = (
        Partner(
            collaboration.id, "City of Riverton", "public", answers_to="City Council", position=0
        ),
        Partner(
            collaboration.id,
            "Riverton Youth Alliance",
            "nonprofit",
            answers_to="Board of directors",
            position=1,
        ),
        Partner(
            collaboration.id,
            "Eastside Neighbours Council",
            "community",
            answers_to="Eastside residents",
            position=2,
        ),
    )
    store.put(collaboration, *partners)
    workshop = Workshop(collaboration.id, "Second meeting", "2026-10-20", "City Hall")
    store.apply(
        planning.create_workshop(workshop, template("follow_up_meeting").make_blocks(workshop.id))
    )
    return workshop


@pytest.fixture
def session(store, qtbot):
    s = Session(store)
    yield s
    s.undo_stack.clear()


def block_of(store, workshop, kind) -> Block:
    return next(b for b in store.blocks(workshop.id) if b.kind == kind)


def partner(store, workshop, name) -> Partner:
    return next(p for p in store.partners(workshop.collaboration_id) if p.organisation == name)


def add_indicator(store, workshop, name, **fields) -> Item:
    partner_id = fields.pop("partner_id", None)
    item = Item(
        workshop.id,
        INDICATOR,
        name,
        block_of(store, workshop, "indicators").id,
        fields=fields,
        partner_id=partner_id,
    )
    store.put(item)
    return item


def room(store, workshop, block, audience=Audience.ROOM):
    view = audience_view(store.snapshot(workshop.id, history_kinds()), audience)
    return AGREEMENT.room(view, view.block(block.id) or block)


def show(qtbot, panel) -> None:
    """Show ``panel`` as the active window (shortcuts only reach an active window)."""
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)


def type_into_cell(qtbot, panel: AgreementPanel, row: int, level_key: str, text: str) -> None:
    column = 1 + [lv.key for lv in panel.model.levels].index(level_key)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, column))
    qtbot.keyClicks(panel.table, text)  # AnyKeyPressed opens the editor with the first key
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    wait_editor_closed(qtbot, panel.table)


def wait_editor_closed(qtbot, table) -> None:
    """Qt commits an editor's value on the next turn of the event loop after Enter."""
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def cell(panel: AgreementPanel, row: int, header: str) -> str:
    return panel.model.index(row, panel.model.headers().index(header)).data()


# ------------------------------------------------------------------ criteria
def test_standard_criteria_are_added_with_one_key_and_undone_with_one(
    store, meeting, session, qtbot
):
    panel = CriteriaPanel(session, block_of(store, meeting, "measure_criteria"))
    show(qtbot, panel)
    qtbot.keyClick(panel.list.capture, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    stored = store.items(meeting.id, kinds=[CRITERION])
    assert [i.text for i in stored] == [t for _, t, _ in DEFAULT_CRITERIA]
    assert [i.fields["group"] for i in stored].count(CAPACITY) == 3
    session.undo_stack.undo()
    assert store.items(meeting.id, kinds=[CRITERION]) == []


def test_a_typed_criterion_is_a_capacity_check_when_chosen(store, meeting, session, qtbot):
    panel = CriteriaPanel(session, block_of(store, meeting, "measure_criteria"))
    qtbot.addWidget(panel)
    panel.group_choice.setCurrentIndex(panel.group_choice.findData(CAPACITY))
    qtbot.keyClicks(panel.list.capture, "We can pay an analyst for 18 months")
    qtbot.keyClick(panel.list.capture, Qt.Key.Key_Return)
    (criterion,) = store.items(meeting.id, kinds=[CRITERION])
    assert criterion.fields["group"] == CAPACITY
    assert panel.list.model.index(0, 1).data() == "Capacity check"


# ---------------------------------------------------------------- indicators
def test_an_indicator_is_saved_with_just_its_name_and_enter(store, meeting, session, qtbot):
    panel = IndicatorsPanel(session, block_of(store, meeting, "indicators"))
    qtbot.addWidget(panel)
    panel.focus_capture()
    qtbot.keyClicks(panel.list.capture, "Repeat calls at the 50 busiest addresses")
    qtbot.keyClick(panel.list.capture, Qt.Key.Key_Return)
    (indicator,) = store.items(meeting.id, kinds=[INDICATOR])
    assert indicator.text == "Repeat calls at the 50 busiest addresses"
    assert panel.list.capture.text() == ""
    assert panel.list.model.rowCount() == 1


def test_indicator_kind_is_chosen_in_the_table_from_the_keyboard(store, meeting, session, qtbot):
    add_indicator(store, meeting, "Youth referrals")
    panel = IndicatorsPanel(session, block_of(store, meeting, "indicators"))
    show(qtbot, panel)
    table = panel.list.table
    table.setFocus()
    table.setCurrentIndex(panel.list.model.index(0, 2))  # Kind
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText("Output"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_editor_closed(qtbot, table)
    (indicator,) = store.items(meeting.id, kinds=[INDICATOR])
    assert indicator.fields["indicator_kind"] == "output"
    assert panel.list.model.index(0, 2).data() == "Output"


def test_scores_against_the_criteria_are_stored_and_totalled(store, meeting, session, qtbot):
    add_indicator(store, meeting, "Youth referrals")
    panel = IndicatorsPanel(session, block_of(store, meeting, "indicators"))
    show(qtbot, panel)
    panel.list.table.setCurrentIndex(panel.list.model.index(0, 0))
    first = DEFAULT_CRITERIA[0][0]
    combo = panel.score_choices[first]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Not scored" -> "Yes"
    (indicator,) = store.items(meeting.id, kinds=[INDICATOR])
    assert indicator.fields["scores"] == {first: 2}
    assert panel.list.model.index(0, 10).data() == "2 / 14"


def test_partners_whose_stakeholders_need_it_are_ticked_with_space(store, meeting, session, qtbot):
    add_indicator(store, meeting, "Youth referrals")
    panel = IndicatorsPanel(session, block_of(store, meeting, "indicators"))
    show(qtbot, panel)
    panel.list.table.setCurrentIndex(panel.list.model.index(0, 0))
    panel.needed_by.setFocus()
    panel.needed_by.setCurrentRow(1)
    qtbot.keyClick(panel.needed_by, Qt.Key.Key_Space)
    (indicator,) = store.items(meeting.id, kinds=[INDICATOR])
    assert indicator.fields["needed_by"] == [partner(store, meeting, "Riverton Youth Alliance").id]


# ----------------------------------------------------------------- agreement
@pytest.fixture
def voting(store, meeting, session, qtbot):
    """An agreement panel over two proposed indicators."""
    add_indicator(store, meeting, "Repeat calls")
    add_indicator(store, meeting, "Youth referrals")
    panel = AgreementPanel(session, block_of(store, meeting, "indicator_agreement"))
    show(qtbot, panel)
    return panel


def test_typed_tallies_are_saved_and_the_rule_adopts_or_parks(store, meeting, voting, qtbot):
    type_into_cell(qtbot, voting, 0, "5", "6")
    type_into_cell(qtbot, voting, 0, "3", "2")
    type_into_cell(qtbot, voting, 1, "5", "6")
    type_into_cell(qtbot, voting, 1, "2", "1")  # one person below "can live with it"
    votes = store.items(meeting.id, kinds=[VOTE])
    assert {v.fields["indicator_id"]: v.fields["tallies"][""] for v in votes} == {
        store.items(meeting.id, kinds=[INDICATOR])[0].id: {"5": 6, "3": 2},
        store.items(meeting.id, kinds=[INDICATOR])[1].id: {"5": 6, "2": 1},
    }
    assert cell(voting, 0, "Result") == "Adopted"
    assert cell(voting, 1, "Result") == "Parked"


def test_share_rule_chosen_before_the_vote_decides(store, meeting, voting, qtbot):
    voting.rule.setFocus()
    qtbot.keyClick(voting.rule, Qt.Key.Key_Down)  # "A share at a level or above"
    block = block_of(store, meeting, "indicator_agreement")
    assert block.settings["rule"]["kind"] == "share_at_least"
    assert "at least 80%" in voting.rule_text.text()
    type_into_cell(qtbot, voting, 0, "4", "8")
    type_into_cell(qtbot, voting, 0, "1", "2")  # 80% at 3 or more: adopted
    assert cell(voting, 0, "Result") == "Adopted"


def test_the_rule_is_locked_once_votes_are_entered(store, meeting, voting, qtbot):
    assert voting.rule.isEnabled()
    type_into_cell(qtbot, voting, 0, "5", "3")
    assert not voting.rule.isEnabled()
    assert not voting.method.isEnabled()
    qtbot.mouseClick(voting.clear_button, Qt.MouseButton.LeftButton)
    assert store.items(meeting.id, kinds=[VOTE]) == []
    assert voting.rule.isEnabled()


def test_results_stay_hidden_from_the_room_until_revealed(store, meeting, voting, qtbot):
    type_into_cell(qtbot, voting, 0, "5", "6")
    block = block_of(store, meeting, "indicator_agreement")
    hidden = room(store, meeting, block)
    assert any(isinstance(e, Callout) and e.label == "Results hidden" for e in hidden)
    assert "6 at 5" not in plain_text(hidden)
    assert "Repeat calls" in plain_text(hidden)  # what is being voted on stays visible
    qtbot.keyClick(voting.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert block_of(store, meeting, "indicator_agreement").settings["revealed"] is True
    shown = room(store, meeting, block_of(store, meeting, "indicator_agreement"))
    assert "Repeat calls | 6 at 5 | Adopted" in plain_text(shown)
    assert voting.reveal.text().startswith("Hide results again")


def test_dissent_is_flagged_when_one_sector_votes_far_below_the_others(
    store, meeting, voting, qtbot
):
    for sector, level, count in (("public", "5", 4), ("nonprofit", "5", 3), ("community", "1", 2)):
        voting.sector.setCurrentIndex(voting.sector.findData(sector))
        type_into_cell(qtbot, voting, 0, level, str(count))
    assert cell(voting, 0, "Dissent") == "Dissent: community"
    assert "Dissent on: Repeat calls" in voting.status.text()
    voting.toggle_reveal()
    shown = room(store, meeting, block_of(store, meeting, "indicator_agreement"))
    (flag,) = [e for e in shown if isinstance(e, Callout) and e.label == "Dissent"]
    assert "Community: an average of 1.0" in flag.text


def test_sector_tallies_are_typed_separately_and_added_up(store, meeting, voting, qtbot):
    voting.sector.setCurrentIndex(voting.sector.findData("public"))
    type_into_cell(qtbot, voting, 0, "4", "3")
    voting.sector.setCurrentIndex(voting.sector.findData("community"))
    assert cell(voting, 0, "4") == ""
    type_into_cell(qtbot, voting, 0, "4", "2")
    assert cell(voting, 0, "All votes") == "5 at 4"
    (vote,) = store.items(meeting.id, kinds=[VOTE])
    assert vote.fields["tallies"] == {"public": {"4": 3}, "community": {"4": 2}}


def test_dot_votes_adopt_the_top_n(store, meeting, voting, qtbot):
    add_indicator(store, meeting, "Street lights repaired")
    voting.method.setFocus()
    voting.method.setCurrentIndex(voting.method.findData("dots"))
    voting.method.activated.emit(voting.method.currentIndex())
    voting.top.setValue(1)
    voting.top.editingFinished.emit()
    type_into_cell(qtbot, voting, 0, "dots", "9")
    type_into_cell(qtbot, voting, 1, "dots", "2")
    assert [cell(voting, r, "Result") for r in range(3)] == ["Adopted", "Dropped", "Not voted"]
    assert "The 1 indicators with the most dots" in voting.rule_text.text()


def test_too_many_dots_are_warned(store, meeting, voting, qtbot):
    block = block_of(store, meeting, "indicator_agreement")
    store.put(
        Block(
            **{
                **block.__dict__,
                "settings": {**block.settings, "method": "dots", "voters": 2, "dots_per_person": 3},
            }
        )
    )
    voting._refresh()
    type_into_cell(qtbot, voting, 0, "dots", "7")
    assert "7 dots counted but only 6 were handed out" in voting.status.text()


def test_a_tally_is_undone_with_the_undo_stack(store, meeting, session, voting, qtbot):
    type_into_cell(qtbot, voting, 0, "5", "6")
    type_into_cell(qtbot, voting, 0, "5", "7")
    session.undo_stack.undo()
    (vote,) = store.items(meeting.id, kinds=[VOTE])
    assert vote.fields["tallies"][""] == {"5": 6}
    assert cell(voting, 0, "5") == "6"


# ------------------------------------------------------------------- balance
def adopt(store, meeting, *indicators: Item) -> None:
    """Record a unanimous, revealed vote adopting ``indicators``."""
    block = block_of(store, meeting, "indicator_agreement")
    store.put(Block(**{**block.__dict__, "settings": {**block.settings, "revealed": True}}))
    store.put(
        *(
            Item(
                meeting.id,
                VOTE,
                "Votes",
                block.id,
                visibility="public",
                fields={"indicator_id": i.id, "tallies": {"": {"5": 8}}},
            )
            for i in indicators
        )
    )


def balance_text(store, meeting, session, qtbot) -> str:
    panel = BalancePanel(session, block_of(store, meeting, "balance_check"))
    qtbot.addWidget(panel)
    return panel.view.toPlainText()


def everyone(store, meeting) -> list[str]:
    return [p.id for p in store.partners(meeting.collaboration_id)]


def test_balance_warns_when_every_adopted_indicator_is_financial(store, meeting, session, qtbot):
    adopt(
        store,
        meeting,
        add_indicator(
            store,
            meeting,
            "Cost per call avoided",
            financial="yes",
            timing="leading",
            needed_by=everyone(store, meeting),
        ),
        add_indicator(store, meeting, "Overtime saved", financial="yes", timing="lagging"),
    )
    text = balance_text(store, meeting, session, qtbot)
    assert "Every adopted indicator is financial" in text
    assert "No adopted indicator is leading" not in text


def test_balance_warns_when_no_adopted_indicator_is_leading(store, meeting, session, qtbot):
    adopt(
        store,
        meeting,
        add_indicator(
            store,
            meeting,
            "Repeat calls",
            financial="no",
            timing="lagging",
            needed_by=everyone(store, meeting),
        ),
    )
    text = balance_text(store, meeting, session, qtbot)
    assert "No adopted indicator is leading" in text
    assert "financial:" not in text


def test_balance_warns_about_a_partner_with_nothing_to_report(store, meeting, session, qtbot):
    city = partner(store, meeting, "City of Riverton")
    youth = partner(store, meeting, "Riverton Youth Alliance")
    adopt(
        store,
        meeting,
        add_indicator(
            store,
            meeting,
            "Youth referrals",
            financial="no",
            timing="leading",
            partner_id=youth.id,
            needed_by=[city.id],
        ),
    )
    text = balance_text(store, meeting, session, qtbot)
    assert "Eastside Neighbours Council has nothing to report to Eastside residents" in text
    assert "City of Riverton has nothing" not in text
    assert "Riverton Youth Alliance has nothing" not in text


def test_a_balanced_set_has_no_warning(store, meeting, session, qtbot):
    adopt(
        store,
        meeting,
        add_indicator(
            store,
            meeting,
            "Youth referrals",
            financial="no",
            timing="leading",
            needed_by=everyone(store, meeting),
        ),
        add_indicator(store, meeting, "Cost per call avoided", financial="yes", timing="lagging"),
    )
    text = balance_text(store, meeting, session, qtbot)
    assert "Warning" not in text
    assert "Balanced" in text


def test_balance_ignores_votes_still_hidden_from_the_room(store, meeting):
    indicator = add_indicator(store, meeting, "Repeat calls", financial="yes")
    adopt(store, meeting, indicator)
    block = block_of(store, meeting, "indicator_agreement")
    store.put(Block(**{**block.__dict__, "settings": {**block.settings, "revealed": False}}))
    snapshot = store.snapshot(meeting.id, history_kinds())
    assert adopted_indicators(audience_view(snapshot, Audience.ROOM)) == []
    assert [i.id for i in adopted_indicators(audience_view(snapshot, Audience.INTERNAL))] == [
        indicator.id
    ]


def test_balance_room_view_has_a_chart_and_the_warnings(store, meeting):
    adopt(
        store,
        meeting,
        add_indicator(
            store,
            meeting,
            "Overtime saved",
            financial="yes",
            timing="lagging",
            indicator_kind="output",
        ),
    )
    view = audience_view(store.snapshot(meeting.id, history_kinds()), Audience.ROOM)
    elements = BALANCE.room(view, block_of(store, meeting, "balance_check"))
    chart = next(e for e in elements if e.__class__.__name__ == "Chart")
    assert chart.data["groups"]["Kind"]["Output"] == 1
    assert chart.data["groups"]["Financial"] == {"Financial": 1, "Not financial": 0}
    assert sum(isinstance(e, Callout) and e.label == "Warning" for e in elements) == 5


def test_indicator_summary_lists_every_field(store, meeting):
    city = partner(store, meeting, "City of Riverton")
    add_indicator(
        store,
        meeting,
        "Street lights repaired within 7 days",
        measures="Repair speed",
        indicator_kind="output",
        financial="no",
        timing="leading",
        source="311 work orders",
        baseline="46%",
        target="90%",
        frequency="Weekly",
        partner_id=city.id,
        needed_by=[city.id],
    )
    view = audience_view(store.snapshot(meeting.id, history_kinds()), Audience.PARTNERS)
    text = plain_text(INDICATORS.summary(view, block_of(store, meeting, "indicators")))
    for words in (
        "Repair speed",
        "Output",
        "Not financial",
        "Leading (predicts)",
        "311 work orders",
        "46%",
        "90%",
        "Weekly",
        "City of Riverton",
    ):
        assert words in text
    tables = [
        e
        for e in INDICATORS.summary(view, block_of(store, meeting, "indicators"))
        if isinstance(e, Table)
    ]
    assert len(tables) == 3


def test_enter_saves_a_tally_and_moves_down_so_the_next_can_be_typed_at_once(
    store, meeting, voting, qtbot
):
    type_into_cell(qtbot, voting, 0, "5", "6")
    assert voting.table.hasFocus()
    qtbot.keyClicks(voting.table, "4")
    qtbot.keyClick(voting.table.focusWidget(), Qt.Key.Key_Return)
    wait_editor_closed(qtbot, voting.table)
    assert [cell(voting, r, "All votes") for r in range(2)] == ["6 at 5", "4 at 5"]
