"""From the room: the facilitator decides what the phones sent, with keys only, and every
decision is on disk and undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.domain import planning
from workshop_app.domain.records import Block, Collaboration, Item, Workshop
from workshop_app.storage.room_inbox import ACCEPTED, PENDING, REJECTED, RoomInbox
from workshop_app.ui import room_queue
from workshop_app.ui.room_queue import RoomQueue
from workshop_app.ui.session import Session


@pytest.fixture
def queue(qtbot, store):
    collaboration = Collaboration("Safer Streets")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-11-20", "Library")
    block = Block(workshop.id, "hopes_concerns", "Hopes and concerns", "", 20, 1)
    store.put(collaboration)
    store.apply(planning.create_workshop(workshop, [block]))
    inbox = RoomInbox(store)
    inbox.add("phone-input-000000001", workshop.id, block.id, "hope", "Safer crossings")
    inbox.add("phone-input-000000002", workshop.id, block.id, "concern", "Nobody follows up")
    inbox.add("phone-input-000000003", workshop.id, block.id, "hope", "Youth on the board")
    session = Session(store)
    widget = RoomQueue(session)
    qtbot.addWidget(widget)
    widget.set_block(workshop.id, block.id)
    widget.show()
    widget.list.setFocus()
    return widget, session, inbox, block


def rows(widget: RoomQueue) -> list[str]:
    return [widget.list.item(n).text() for n in range(widget.list.count())]


def items(session: Session, block: Block) -> list[tuple[str, str]]:
    return [(i.kind, i.text) for i in session.store.items(block.workshop_id)]


def test_the_queue_shows_what_waits_with_what_kind_it_is(queue):
    widget, _, _, _ = queue
    assert rows(widget) == [
        "Hope: Safer crossings",
        "Concern: Nobody follows up",
        "Hope: Youth on the board",
    ]
    assert "3 waiting" in widget.title.text()


def test_enter_accepts_and_undo_brings_it_back(qtbot, queue):
    widget, session, inbox, block = queue
    qtbot.keyClick(widget.list, Qt.Key.Key_Return)
    assert items(session, block) == [("hope", "Safer crossings")]
    assert inbox.get("phone-input-000000001").status == ACCEPTED
    assert rows(widget)[0] == "Concern: Nobody follows up"
    session.undo_stack.undo()
    assert items(session, block) == []
    assert rows(widget)[0] == "Hope: Safer crossings"
    session.undo_stack.redo()
    assert items(session, block) == [("hope", "Safer crossings")]
    assert len(rows(widget)) == 2


def test_delete_rejects_and_undo_brings_it_back(qtbot, queue):
    widget, session, inbox, block = queue
    widget.list.setCurrentRow(1)
    qtbot.keyClick(widget.list, Qt.Key.Key_Delete)
    assert inbox.get("phone-input-000000002").status == REJECTED
    assert "Concern: Nobody follows up" not in rows(widget)
    assert items(session, block) == []  # a rejected input is never an item
    session.undo_stack.undo()
    assert inbox.get("phone-input-000000002").status == PENDING
    assert "Concern: Nobody follows up" in rows(widget)


def test_f2_edits_the_words_before_accepting(qtbot, queue):
    widget, session, _, block = queue
    qtbot.keyClick(widget.list, Qt.Key.Key_F2)
    assert widget.editor.hasFocus() or widget.editor.isVisible()
    widget.editor.selectAll()
    qtbot.keyClicks(widget.editor, "Safer crossings near the school")
    qtbot.keyClick(widget.editor, Qt.Key.Key_Return)
    assert items(session, block) == [("hope", "Safer crossings near the school")]
    assert not widget.editor.isVisible()


def test_escape_leaves_the_words_alone(qtbot, queue):
    widget, session, _, block = queue
    qtbot.keyClick(widget.list, Qt.Key.Key_F2)
    qtbot.keyClicks(widget.editor, "changed")
    qtbot.keyClick(widget.editor, Qt.Key.Key_Escape)
    assert items(session, block) == [] and len(rows(widget)) == 3


def test_m_merges_into_an_item_already_there(qtbot, queue, monkeypatch):
    widget, session, inbox, block = queue
    existing = Item(block.workshop_id, "hope", "Safe crossings", block_id=block.id)
    session.store.put(existing)
    widget.refresh()
    widget.list.setCurrentRow(2)  # "Youth on the board"
    monkeypatch.setattr(
        room_queue.QInputDialog, "getItem", lambda *a, **k: ("Safe crossings", True)
    )
    widget.list.setCurrentRow(0)
    qtbot.keyClick(widget.list, Qt.Key.Key_M)
    assert inbox.get("phone-input-000000001").item_id == existing.id
    assert items(session, block) == [("hope", "Safe crossings")]  # nothing new
    assert "Hope: Safer crossings" not in rows(widget)
    session.undo_stack.undo()
    assert "Hope: Safer crossings" in rows(widget)


def test_a_burst_from_the_room_is_appended_and_the_selection_stays(qtbot, queue):
    widget, session, inbox, block = queue
    widget.list.setCurrentRow(1)
    for n in range(4, 9):
        inbox.add(f"phone-input-00000000{n}", block.workshop_id, block.id, "hope", f"Idea {n}")
    other = Block(block.workshop_id, "hopes_concerns", "Another round", "", 10, 2)
    session.store.put(other)
    inbox.add("phone-input-000000099", block.workshop_id, other.id, "hope", "Elsewhere")
    qtbot.waitUntil(lambda: widget.list.count() == 8)
    assert rows(widget)[3:] == [f"Hope: Idea {n}" for n in range(4, 9)]
    assert widget.list.currentRow() == 1  # the facilitator's place is kept
    assert "8 waiting" in widget.title.text()


def test_a_burst_with_a_decision_made_elsewhere_shows_what_really_waits(qtbot, queue):
    widget, _, inbox, block = queue
    inbox.add("phone-input-000000004", block.workshop_id, block.id, "hope", "Late idea")
    inbox.settle("phone-input-000000002", REJECTED)  # e.g. the phone was put out
    qtbot.waitUntil(lambda: "Late idea" in " ".join(rows(widget)))
    assert rows(widget) == [
        "Hope: Safer crossings",
        "Hope: Youth on the board",
        "Hope: Late idea",
    ]
    assert "3 waiting" in widget.title.text()


def test_a_topic_for_later_is_named_and_accepted_into_the_parking_lot(qtbot, queue):
    widget, session, inbox, block = queue
    inbox.add("phone-input-000000004", block.workshop_id, block.id, "parking", "Who pays?")
    qtbot.waitUntil(lambda: widget.list.count() == 4)
    assert rows(widget)[3] == "For later: Who pays?"
    widget.list.setCurrentRow(3)
    qtbot.keyClick(widget.list, Qt.Key.Key_Return)
    assert items(session, block) == [("parking", "Who pays?")]
