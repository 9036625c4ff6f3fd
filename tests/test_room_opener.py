"""The window opens its workshop to the room's phones: phones join over 127.0.0.1, what
they send is kept by the window's own thread (the one writer), and they follow the
facilitator from block to block."""

from __future__ import annotations

import pytest

from tests.phone_support import Phone, plan_phone_workshop, while_the_window_runs
from workshop_app.domain import planning
from workshop_app.domain.records import Block, Collaboration, Workshop
from workshop_app.storage.room_inbox import RoomInbox
from workshop_app.ui.room_opener import PORT_SETTING, RoomOpener
from workshop_app.ui.session import Session


@pytest.fixture
def opened(qtbot, store):
    workshop, blocks = plan_phone_workshop(store)
    session = Session(store)
    opener = RoomOpener(session)
    opener.open(workshop.id, blocks[0].id)
    yield opener, session, workshop, blocks
    opener.close()


def test_a_phone_sends_an_idea_and_the_window_keeps_it(qtbot, opened):
    opener, session, _workshop, blocks = opened
    phone = Phone(opener.server.port)
    assert opener.join_address.endswith(f":{opener.server.port}/")
    assert opener.link == f"{opener.join_address}?code={opener.code}"
    assert while_the_window_runs(qtbot, lambda: phone.join(opener.code))[0] == 200
    assert while_the_window_runs(qtbot, lambda: phone.submit("More benches"))[0] == 200
    pending = RoomInbox(session.store).pending(blocks[0].id)
    assert [(p.text, p.kind) for p in pending] == [("More benches", "note")]
    assert opener.devices == 1


def test_phones_follow_the_facilitator_and_leave_with_the_workshop(qtbot, opened):
    opener, session, workshop, blocks = opened
    phone = Phone(opener.server.port)
    while_the_window_runs(qtbot, lambda: phone.join(opener.code))
    session.current_block_changed.emit(workshop.id, blocks[1].id)
    state = while_the_window_runs(qtbot, lambda: phone.request("GET", "/api/state")[1])
    assert state["block"]["title"] == "Trust check-in"
    session.current_block_changed.emit("", "")  # the workshop closed
    assert not opener.is_open
    status = while_the_window_runs(qtbot, lambda: _status_or_refused(phone))
    assert status in (403, "refused")


def _status_or_refused(phone: Phone):
    try:
        return phone.request("GET", "/api/state")[0]
    except OSError:
        return "refused"


def test_the_port_is_remembered_so_printed_cards_keep_working(qtbot, opened):
    opener, session, workshop, blocks = opened
    port = opener.server.port
    assert session.store.setting(PORT_SETTING) == port
    opener.close()
    opener.open(workshop.id, blocks[0].id)
    assert opener.server.port == port


def test_a_new_code_puts_phones_out(qtbot, opened):
    opener, _session, _workshop, _blocks = opened
    phone = Phone(opener.server.port)
    old = opener.code
    while_the_window_runs(qtbot, lambda: phone.join(old))
    assert opener.new_code() != old
    assert while_the_window_runs(qtbot, lambda: phone.submit("late"))[0] == 403


def test_phones_see_a_new_indicator_to_vote_on_and_hear_nothing_when_nothing_changed(qtbot, store):
    from workshop_app.domain import edits
    from workshop_app.domain.records import Item
    from workshop_app.exercises.indicator_agreement import default_agreement_settings

    collaboration = Collaboration("Safer Streets")
    workshop = Workshop(collaboration.id, "Measures", "2026-11-20", "Library")
    vote = Block(
        workshop.id, "indicator_agreement", "Agree", "", 20, 1, default_agreement_settings()
    )
    ideas = Block(workshop.id, "discussion", "Ideas", "", 20, 2)
    store.put(collaboration)
    store.apply(planning.create_workshop(workshop, [vote, ideas]))
    session = Session(store)
    opener = RoomOpener(session)
    opener.open(workshop.id, vote.id)
    try:
        phone = Phone(opener.server.port)
        while_the_window_runs(qtbot, lambda: phone.join(opener.code))

        def state():
            return while_the_window_runs(qtbot, lambda: phone.request("GET", "/api/state")[1])

        assert state()["block"]["input"]["questions"] == []
        version = state()["version"]
        session.apply(edits.add("note", Item(workshop.id, "note", "aside", block_id=ideas.id)))
        qtbot.wait(50)
        assert state()["version"] == version  # nothing the phones see changed
        session.apply(edits.add("indicator", Item(workshop.id, "indicator", "Street lights fixed")))
        qtbot.waitUntil(lambda: state()["version"] > version, timeout=5000)
        assert [q["text"] for q in state()["block"]["input"]["questions"]] == [
            "Street lights fixed"
        ]
    finally:
        opener.close()
