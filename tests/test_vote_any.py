"""Vote on anything: options typed in the block and the facts of an earlier block, voted by
keyboard with the indicator vote's grid, rule, reveal and dissent flag. Added in three files
(logic, panel, template) once the vote machinery took any list."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

from panel_support import choose, open_panel, planned
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from workshop_app.domain.document import Callout, plain_text
from workshop_app.domain.live import LiveWorkshop
from workshop_app.domain.records import Item, Partner
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.fact_base import FACT
from workshop_app.exercises.registry import Ballot, get_kind, history_kinds
from workshop_app.exercises.vote import OPTION, OPTION_VOTE
from workshop_app.export import render_workshop, workshop_view
from workshop_app.export.summary import build_summary

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def meeting_with_facts(store):
    """The Designing the partnership meeting, two partners, and two facts in 'What we know':
    one for the partners, one the facilitation team keeps internal."""
    workshop, blocks = planned(store, "designing_the_partnership", "Designing", "2027-01-12")
    store.put(
        Partner(workshop.collaboration_id, "City of Riverton", "public"),
        Partner(workshop.collaboration_id, "Eastside Neighbours", "community"),
    )
    facts = next(b for b in blocks if b.kind == "fact_base")
    store.put(
        Item(workshop.id, FACT, "Calls doubled since 2022", facts.id, position=0),
        Item(workshop.id, FACT, "Sealed file: 12 open cases", facts.id, visibility="internal"),
    )
    return workshop, next(b for b in blocks if b.kind == "vote")


def type_tally(qtbot, panel, row: int, level: str, count: str) -> None:
    column = 1 + [lv.key for lv in panel.model.levels].index(level)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, column))
    qtbot.keyClicks(panel.table, count)  # the first key opens the editor
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)


def room_text(window, workshop, block) -> list:
    view = window.session.view(workshop.id, Audience.ROOM)
    return get_kind("vote").room(view, view.block(block.id) or block)


def csv_tables(store, workshop, audience: str) -> dict[str, str]:
    data = render_workshop(workshop_view(store, workshop.id, audience), "csv")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {n: archive.read(n).decode("utf-8-sig") for n in archive.namelist()}


def test_options_and_facts_are_voted_by_keyboard_revealed_and_disclosed_by_audience(qtbot, store):
    workshop, block = meeting_with_facts(store)
    window, panel = open_panel(qtbot, store, workshop, block)
    box = panel.options.capture
    assert QApplication.focusWidget() is box  # nothing to vote on yet: type the options
    for option in ("Start with repeat calls", "Start with youth diversion"):
        qtbot.keyClicks(box, option)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert [i.text for i in store.items(workshop.id, kinds=[OPTION])] == [
        "Start with repeat calls",
        "Start with youth diversion",
    ]
    qtbot.keyClick(box, Qt.Key.Key_O, ALT)  # Vote &on
    assert QApplication.focusWidget() is panel.source
    choose(qtbot, panel.source, "Fact (from “What we know”)")
    [saved] = [b for b in store.blocks(workshop.id) if b.id == block.id]
    facts = store.items(workshop.id, kinds=[FACT])
    assert saved.settings["vote_on"] == {"block": facts[0].block_id, "kind": FACT}
    # The facilitator's grid: the facts first (the internal one too), then the options.
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        "Calls doubled since 2022",
        "Sealed file: 12 open cases",
        "Start with repeat calls",
        "Start with youth diversion",
    ]
    qtbot.keyClick(panel.table, Qt.Key.Key_T, ALT)  # &Typing votes of
    choose(qtbot, panel.sector, "Public sector")
    type_tally(qtbot, panel, 0, "5", "4")  # the partners' fact
    type_tally(qtbot, panel, 1, "3", "3")  # the internal fact
    type_tally(qtbot, panel, 2, "5", "4")  # repeat calls
    type_tally(qtbot, panel, 3, "5", "4")  # youth diversion
    choose(qtbot, panel.sector, "Community")
    type_tally(qtbot, panel, 2, "4", "2")
    type_tally(qtbot, panel, 3, "1", "2")  # far below the public sector: dissent

    votes = store.items(workshop.id, kinds=[OPTION_VOTE])
    by_option = {v.fields["option_id"]: v.fields["tallies"] for v in votes}
    options = store.items(workshop.id, kinds=[OPTION])
    assert by_option[options[1].id] == {"public": {"5": 4}, "community": {"1": 2}}
    assert by_option[facts[1].id] == {"public": {"3": 3}}
    assert "Dissent on: Start with youth diversion." in panel.status.text()

    hidden = room_text(window, workshop, block)
    assert any(isinstance(e, Callout) and e.label == "Results hidden" for e in hidden)
    assert "4 at 5" not in plain_text(hidden) and "Start with repeat calls" in plain_text(hidden)
    qtbot.keyClick(panel.table, Qt.Key.Key_R, CTRL)  # reveal
    shown = plain_text(room_text(window, workshop, block))
    assert "Start with repeat calls | 4 at 5, 2 at 4 | Adopted" in shown
    assert "Start with youth diversion | 4 at 5, 2 at 1 | Parked | Dissent" in shown
    assert "Calls doubled since 2022 | 4 at 5 | Adopted" in shown
    assert "Sealed file" not in shown  # the internal fact, and its vote, stay off the projector
    assert "A block always parks the option" in shown

    partners = plain_text(build_summary(workshop_view(store, workshop.id, "partners")))
    assert "Start with youth diversion | 4 at 5, 2 at 1 | Parked | Dissent" in partners
    assert "Community: an average of 1.0" in partners and "Sealed file" not in partners
    internal = plain_text(build_summary(workshop_view(store, workshop.id, "internal")))
    assert "Sealed file: 12 open cases | 3 at 3 | Adopted" in internal
    table = csv_tables(store, workshop, "partners")["votes.csv"]
    assert 'Where do we start?,Start with repeat calls,Fist-to-five (0–5),"4 at 5, 2 at 4"' in table
    assert "Adopted" in table and "Sealed file" not in table
    # The public sees neither the partners' options and facts nor their votes.
    public = csv_tables(store, workshop, "public")
    assert "Start with repeat calls" not in public["votes.csv"]
    assert "Calls doubled" not in "".join(public.values())


def test_a_fact_made_internal_takes_its_vote_off_the_projector_at_once(store):
    workshop, block = meeting_with_facts(store)
    fact = store.items(workshop.id, kinds=[FACT])[0]
    block = replace(
        block,
        settings={
            **block.settings,
            "vote_on": {"block": fact.block_id, "kind": FACT},
            "results_hidden": False,
        },
    )
    store.put(block)
    vote = Item(
        workshop.id,
        OPTION_VOTE,
        "Votes",
        block.id,
        fields={"option_id": fact.id, "tallies": {"": {"5": 7}}},
        visibility="public",
    )
    store.put(vote)
    live = LiveWorkshop(store.snapshot(workshop.id, history_kinds()))
    room = live.view(Audience.ROOM)
    assert "Calls doubled since 2022 | 7 at 5 | Adopted" in plain_text(
        get_kind("vote").room(room, block)
    )
    live.update({fact.id: replace(fact, visibility="internal")})
    room = live.view(Audience.ROOM)
    assert room == audience_view(live.snapshot, Audience.ROOM)
    assert vote.id not in {i.id for i in room.items}
    assert "7 at 5" not in plain_text(get_kind("vote").room(room, block))


def test_a_phone_votes_on_what_the_room_sees_and_its_vote_is_counted(store):
    workshop, block = meeting_with_facts(store)
    facts = store.items(workshop.id, kinds=[FACT])
    block = replace(
        block, settings={**block.settings, "vote_on": {"block": facts[0].block_id, "kind": FACT}}
    )
    option = Item(workshop.id, OPTION, "Start with repeat calls", block.id, visibility="public")
    store.put(block, option)
    phone = get_kind("vote").phone_input("rating")
    room = audience_view(store.snapshot(workshop.id, history_kinds()), Audience.ROOM)
    questions = phone.questions(block, room.items)
    assert [words for _, words in questions] == [
        "Calls doubled since 2022",
        "Start with repeat calls",
    ]
    assert phone.scale_of(block)[0] == (5, "5 – fully for it")
    edit = phone.count(
        list(store.items(workshop.id)), workshop, block, option.id, Ballot(4, "community")
    )
    store.apply(edit)
    [vote] = store.items(workshop.id, kinds=[OPTION_VOTE])
    assert vote.fields == {
        "option_id": option.id,
        "tallies": {"community": {"4": 1}},
        "from_phones": True,
    }
