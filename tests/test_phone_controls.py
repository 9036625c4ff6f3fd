"""View → Phones in the room, from the facilitator's window: open with a key, phones join
and send, the queue takes the facilitator's keys, the projector says where to join, and
closing the workshop closes the room to phones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.phone_support import Phone, plan_phone_workshop, while_the_window_runs
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.room_content import RoomMode
from workshop_app.ui.room_paint import join_words
from workshop_app.ui.session import Session


@pytest.fixture
def window(qtbot, store):
    workshop, blocks = plan_phone_workshop(store)
    w = MainWindow(Session(store))
    qtbot.addWidget(w)
    w.show()
    w.open_workshop(workshop.id)
    yield w, workshop, blocks
    phones = w.room_controller.phones
    phones.close()


def test_the_facilitator_opens_the_room_to_phones_and_decides_what_they_send(qtbot, window):
    w, workshop, _blocks = window
    phones = w.room_controller.phones
    assert "Closed to phones" in phones.status.text()
    phones.actions["open"].trigger()  # Ctrl+Shift+O
    opener = phones.opener
    assert opener.is_open and phones.actions["open"].isChecked()
    assert opener.code in phones.status.text() and "0 phone" in phones.status.text()
    room = w.room_controller.room
    content = room.build_content()
    assert content.join_code == opener.code and opener.code in join_words(content)

    phone = Phone(opener.server.port)
    assert while_the_window_runs(qtbot, lambda: phone.join(opener.code))[0] == 200
    assert while_the_window_runs(qtbot, lambda: phone.submit("Benches along the river"))[0] == 200
    queue = phones.queue
    qtbot.waitUntil(lambda: queue.list.count() == 1)  # shown within a tenth of a second
    assert queue.isVisible()
    # Nothing from a phone is on the projector until the facilitator accepts it.
    assert "Benches along the river" not in room.build_content().text()
    phones.actions["queue"].trigger()  # Alt+4
    assert w.focusWidget() is queue.list
    qtbot.keyClick(queue.list, Qt.Key.Key_Return)
    assert [i.text for i in w.session.store.items(workshop.id)] == ["Benches along the river"]
    assert "Benches along the river" in room.build_content().text()
    phones.update_status()
    assert "1 phone" in phones.status.text()


def test_the_holding_slide_shows_the_join_code_large(qtbot, window):
    w, _, _ = window
    phones = w.room_controller.phones
    phones.open()
    room = w.room_controller.room
    room.set_mode(RoomMode.HOLDING)
    image = w.room_controller.room_picture()
    assert not image.isNull()
    content = room.build_content()
    assert content.join_link.endswith(f"?code={phones.opener.code}")


def test_closing_the_workshop_closes_the_room_to_phones(qtbot, window):
    w, _, _ = window
    phones = w.room_controller.phones
    phones.open()
    port = phones.opener.server.port
    w.workshop_view.close_workshop()
    assert not phones.opener.is_open
    assert not phones.actions["open"].isChecked()
    assert room_has_no_join(w)
    phone = Phone(port)
    with pytest.raises(OSError):
        phone.join("ANYTHING")


def room_has_no_join(w) -> bool:
    return w.room_controller.room.build_content().join_code == ""


def test_opening_without_a_workshop_says_why(qtbot, store):
    w = MainWindow(Session(store))
    qtbot.addWidget(w)
    messages = []
    w.session.error.connect(messages.append)
    assert w.room_controller.phones.open() is False
    assert messages and "Open a workshop first" in messages[0]


def test_shift_delete_puts_out_the_phone_behind_an_input(qtbot, window):
    w, _, _ = window
    phones = w.room_controller.phones
    phones.open()
    opener = phones.opener
    spam, other = Phone(opener.server.port), Phone(opener.server.port)
    for phone in (spam, other):
        while_the_window_runs(qtbot, lambda phone=phone: phone.join(opener.code))
    while_the_window_runs(qtbot, lambda: spam.submit("BUY CHEAP WATCHES"))
    while_the_window_runs(qtbot, lambda: other.submit("Lighting on the towpath"))
    while_the_window_runs(qtbot, lambda: spam.submit("BUY MORE WATCHES"))
    queue = phones.queue
    qtbot.waitUntil(lambda: queue.list.count() == 3)
    queue.list.setCurrentRow(0)
    qtbot.keyClick(queue.list, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert [queue.list.item(n).text() for n in range(queue.list.count())] == [
        "Lighting on the towpath"
    ]
    assert while_the_window_runs(qtbot, lambda: spam.submit("let me back"))[0] == 403
    assert while_the_window_runs(qtbot, lambda: other.submit("Benches"))[0] == 200
    w.session.undo_stack.undo()  # the rejections come back; the phone stays out
    assert queue.list.count() == 4
    assert while_the_window_runs(qtbot, lambda: spam.submit("still out"))[0] == 403


def test_phones_say_whether_each_fact_is_agreed_and_the_facilitator_sets_its_status(qtbot, store):
    from workshop_app.domain import planning
    from workshop_app.domain.records import Block, Collaboration, Item, Workshop

    collaboration = Collaboration("Safer Streets")
    workshop = Workshop(collaboration.id, "Scoping", "2026-11-20", "Library")
    block = Block(workshop.id, "fact_base", "What we know", "", 25, 1)
    store.put(collaboration)
    store.apply(planning.create_workshop(workshop, [block]))
    store.put(Item(workshop.id, "fact", "Calls downtown rose 12%", block_id=block.id))
    w = MainWindow(Session(store))
    qtbot.addWidget(w)
    w.show()
    w.open_workshop(workshop.id)
    phones = w.room_controller.phones
    phones.actions["open"].trigger()
    opener = phones.opener
    try:
        phone = Phone(opener.server.port)
        assert while_the_window_runs(qtbot, lambda: phone.join(opener.code))[0] == 200
        state = while_the_window_runs(qtbot, lambda: phone.request("GET", "/api/state")[1])
        (question,) = state["block"]["inputs"][1]["questions"]
        sent = while_the_window_runs(
            qtbot, lambda: phone.submit(None, question=question["key"], value=2)
        )
        assert sent[0] == 200
        panel = w.workshop_view.panel
        column = [c.title for c in panel.list.model.columns].index("From phones")
        said = panel.list.model.index(0, column)
        qtbot.waitUntil(lambda: said.data() == "phones: 1 disputed")
        assert "Calls downtown rose 12% — phones: 1 disputed" in (
            w.room_controller.room.build_content().text()
        )
        # The phones inform; the facilitator decides, with the keys as ever.
        w.activateWindow()  # keys reach an active window
        qtbot.waitUntil(w.isActiveWindow)
        panel.list.table.setFocus()
        panel.list.table.selectRow(0)
        qtbot.keyClick(panel.list.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(
            lambda: (
                store.items(workshop.id, block.id, ["fact"])[0].fields.get("status") == "disputed"
            )
        )
    finally:
        phones.close()


def test_ctrl_shift_l_shows_what_phones_send_on_the_projector_as_it_arrives(qtbot, window):
    w, workshop, blocks = window
    phones = w.room_controller.phones
    phones.open()
    opener, queue, room = phones.opener, phones.queue, w.room_controller.room
    live = phones.actions["live"]
    assert live.isEnabled() and not live.isChecked()
    w.activateWindow()  # the shortcut reaches an active window
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(
        w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert live.isChecked()
    assert w.session.store.get(type(blocks[0]), blocks[0].id).settings["phones_live"] is True
    phones.update_status()
    assert "as they arrive" in phones.status.text()

    phone = Phone(opener.server.port)
    while_the_window_runs(qtbot, lambda: phone.join(opener.code))
    assert while_the_window_runs(qtbot, lambda: phone.submit("Benches by the river"))[0] == 200
    # On the projector with no key pressed; nothing waits in "From the room".
    qtbot.waitUntil(lambda: "Benches by the river" in room.build_content().text())
    assert queue.list.count() == 0
    assert [i.text for i in w.session.store.items(workshop.id)] == ["Benches by the river"]

    # Another block has its own switch; Ctrl+Z puts this one back to waiting.
    w.workshop_view.set_current_block(blocks[1].id)  # the trust check-in: no ideas
    assert not live.isEnabled() and not live.isChecked()
    w.workshop_view.set_current_block(blocks[0].id)
    assert live.isChecked()
    w.session.undo_stack.undo()
    assert not live.isChecked()
    assert while_the_window_runs(qtbot, lambda: phone.submit("Shade trees"))[0] == 200
    qtbot.waitUntil(lambda: queue.list.count() == 1)
    assert "Shade trees" not in room.build_content().text()
