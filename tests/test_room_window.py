"""The room window shows only what the room may see, live, and obeys blank and freeze."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTableView

from tests.room_support import make_room_workshop, use_vote_kind
from workshop_app.domain import edits
from workshop_app.domain.document import BulletList, Heading, Paragraph
from workshop_app.domain.records import Block, Item, ItemKind, Visibility
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.ui.room_content import RoomContent, RoomMode, room_content
from workshop_app.ui.room_layout import SIZE_BODY, SIZE_TITLE, layout_room
from workshop_app.ui.room_window import RoomWindow
from workshop_app.ui.session import Session
from workshop_app.ui.themes import room_theme


@pytest.fixture
def session(store):
    s = Session(store)
    yield s


@pytest.fixture
def setup(store):
    return make_room_workshop(store)


@pytest.fixture
def room(qtbot, session, setup, monkeypatch):
    use_vote_kind(monkeypatch)
    window = RoomWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    session.current_block_changed.emit(setup.workshop.id, setup.discussion.id)
    return window


def picture(room: RoomWindow):
    return room.view.grab().toImage()


def capture(session: Session, setup, text: str, **values) -> Item:
    block_id = values.pop("block_id", setup.discussion.id)
    item = Item(
        setup.workshop.id,
        values.pop("kind", ItemKind.NOTE.value),
        text,
        block_id=block_id,
        position=10,
        **values,
    )
    assert session.apply(edits.add("Capture", item))
    return item


def test_room_shows_workshop_block_title_prompt_and_captured_notes(room, setup):
    text = room.visible_text()
    assert "Kick-off: first partnership meeting" in text
    assert "What worries us about the summer" in text
    assert "What should the partnership tackle first?" in text
    assert "Late-night buses stop at 11 pm on the Eastside" in text


def test_partners_item_appears_in_the_same_event_loop_turn(room, session, setup):
    capture(session, setup, "Shared patrols downtown on Friday nights")
    # No waiting: the room was rebuilt while the edit was applied.
    assert "Shared patrols downtown on Friday nights" in room.visible_text()


def test_internal_item_changes_nothing_the_room_shows(room, session, setup):
    before_text, before = room.visible_text(), picture(room)
    capture(session, setup, "Sheriff is under budget review", visibility=Visibility.INTERNAL)
    assert room.visible_text() == before_text
    assert picture(room) == before


def test_facilitator_note_changes_nothing_the_room_shows(room, session, setup):
    before_text, before = room.visible_text(), picture(room)
    capture(
        session,
        setup,
        "Keep the Mayor's aide away from the vote",
        kind=ItemKind.FACILITATOR_NOTE.value,
        visibility=Visibility.PUBLIC,
    )
    assert room.visible_text() == before_text
    assert picture(room) == before


def test_unrevealed_vote_changes_nothing_the_room_shows(room, session, setup):
    session.current_block_changed.emit(setup.workshop.id, setup.vote.id)
    assert "Youth diversion pilot" not in room.visible_text()
    before = picture(room)
    capture(
        session,
        setup,
        "Street lighting pilot",
        kind="vote",
        block_id=setup.vote.id,
        fields={"count": 4},
    )
    capture(
        session,
        setup,
        "Youth diversion pilot (late)",
        kind="vote",
        block_id=setup.vote.id,
        fields={"count": 2},
    )
    assert "Street lighting pilot" not in room.visible_text()
    assert picture(room) == before


def test_revealed_vote_shows_its_tallies(room, session, setup):
    session.current_block_changed.emit(setup.workshop.id, setup.vote.id)
    block = session.store.get(Block, setup.vote.id)
    session.apply(edits.update("Reveal", block, settings={**block.settings, "revealed": True}))
    assert "Youth diversion pilot: 7 votes" in room.visible_text()


def test_undoing_a_reveal_hides_the_tallies_again(room, session, setup):
    session.current_block_changed.emit(setup.workshop.id, setup.vote.id)
    block = session.store.get(Block, setup.vote.id)
    session.apply(edits.update("Reveal", block, settings={**block.settings, "revealed": True}))
    session.undo_stack.undo()
    assert "7 votes" not in room.visible_text()


def test_room_follows_the_facilitators_current_block(room, session, setup):
    session.current_block_changed.emit(setup.workshop.id, setup.wrap_up.id)
    assert "Who does what by when?" in room.visible_text()
    assert "Late-night buses" not in room.visible_text()
    assert "Part 3 of 3" in room.visible_text()


def test_black_blank_shows_nothing_at_all(room, session, setup):
    room.set_mode(RoomMode.BLACK)
    image = picture(room)
    assert room.visible_text() == ""
    assert {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 37)
        for y in range(0, image.height(), 29)
    } == {"#000000"}


def test_holding_slide_shows_only_the_workshop_title_date_and_place(room):
    room.set_mode(RoomMode.HOLDING)
    text = room.visible_text()
    assert "Kick-off: first partnership meeting" in text
    assert "15 September 2026" in text and "Riverton Public Library" in text
    assert "Late-night buses" not in text


def test_toggling_a_blank_mode_twice_returns_to_the_live_view(room):
    room.toggle_mode(RoomMode.BLACK)
    room.toggle_mode(RoomMode.BLACK)
    assert room.mode is RoomMode.LIVE
    assert "Late-night buses" in room.visible_text()


def test_freeze_keeps_showing_the_old_view_while_the_facilitator_edits(room, session, setup):
    room.set_frozen(True)
    before = picture(room)
    capture(session, setup, "Draft wording the room should not see yet")
    session.current_block_changed.emit(setup.workshop.id, setup.wrap_up.id)
    room.set_time(600, 1200)
    assert "Draft wording" not in room.visible_text()
    assert picture(room) == before


def test_unfreezing_shows_what_changed_meanwhile(room, session, setup):
    room.set_frozen(True)
    capture(session, setup, "Draft wording the room may now see")
    room.set_frozen(False)
    assert "Draft wording the room may now see" in room.visible_text()


def test_room_window_has_no_controls_and_never_takes_the_keyboard(room):
    assert room.findChildren(QAbstractButton) == []
    assert room.findChildren(QLineEdit) == []
    assert room.findChildren(QTableView) == []
    from PySide6.QtCore import Qt

    assert room.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_timer_shows_time_left_and_says_when_over_time(room):
    room.set_time(300, 1200)
    assert room.view.time_shown() == (300, 1200)
    from workshop_app.ui.room_content import timer_text

    assert timer_text(300, 1200) == "Time left 15:00"
    assert timer_text(1330, 1200) == "Over time +2:10"


def test_room_content_refuses_a_view_made_for_another_audience(store, setup):
    snapshot = store.snapshot(setup.workshop.id)
    with pytest.raises(ValueError):
        room_content(audience_view(snapshot, Audience.INTERNAL), setup.discussion.id)


def test_long_lists_are_split_into_pages_and_every_item_is_on_one(qtbot):
    items = tuple(f"Point number {n} raised by the neighbours" for n in range(40))
    content = RoomContent(
        "Workshop",
        block_title="A long list",
        prompt="Everything said",
        elements=(Heading("Said"), BulletList(items)),
        block_id="b",
    )
    layout = layout_room(content, QSize(1920, 1080), room_theme("light"))
    assert layout.page_count > 1
    shown = [f.data["text"] for page in layout.pages for f in page if f.kind == "bullet"]
    assert shown == list(items)
    for page in layout.pages:  # nothing runs off the bottom of a page (the space a last
        # fragment leaves under itself may)
        assert sum(f.height for f in page) - page[-1].after <= layout.body.height()


def test_type_stays_large_enough_for_the_back_of_the_room(qtbot):
    items = tuple(f"Point number {n}" for n in range(60))
    content = RoomContent(
        "Workshop", block_title="Title", elements=(BulletList(items),), block_id="b"
    )
    layout = layout_room(content, QSize(1920, 1080), room_theme("dark"))
    m = layout.metrics
    assert m.font(SIZE_TITLE, shrinkable=False).pixelSize() >= 48
    assert m.font(SIZE_BODY).pixelSize() >= 32


def test_type_scales_with_the_screen(qtbot):
    content = RoomContent("W", block_title="T", elements=(Paragraph("x"),), block_id="b")
    full_hd = layout_room(content, QSize(1920, 1080), room_theme())
    ultra_hd = layout_room(content, QSize(3840, 2160), room_theme())
    assert full_hd.metrics.font(SIZE_BODY).pixelSize() == SIZE_BODY
    assert ultra_hd.metrics.font(SIZE_BODY).pixelSize() == 2 * SIZE_BODY


LONG = "from the floor, about patrols, lighting, youth referrals and who pays for what " * 2


def test_growing_list_keeps_showing_its_last_page_when_the_room_was_there(room, session, setup):
    for n in range(8):
        capture(session, setup, f"Idea {n} {LONG}")
    pages = room.view.page_count()
    assert pages > 1
    assert room.view.page == pages - 1  # the room follows the newest ideas by itself
    room.view.show_page(0)  # the facilitator turns back: the room stays there
    capture(session, setup, f"Idea 8 {LONG}")
    assert room.view.page == 0
    room.view.show_page(room.view.page_count() - 1)
    for n in range(9, 14):
        capture(session, setup, f"Idea {n} {LONG}")
    assert room.view.page == room.view.page_count() - 1


def test_a_long_capture_list_shows_the_latest_points_and_says_so(room, session, setup):
    for n in range(30):
        capture(session, setup, f"Point number {n}")
    text = room.view.visible_text()
    assert "Point number 29" in text
    assert "Point number 5\n" not in text + "\n"
    total = len(session.store.items(setup.workshop.id, setup.discussion.id, ["note"]))
    assert f"The latest 12 of {total} points" in text


def test_charts_are_drawn_off_the_ui_thread_then_shown(qtbot):
    from workshop_app.domain.document import Chart
    from workshop_app.ui.room_view import RoomView

    view = RoomView()
    qtbot.addWidget(view)
    view.resize(960, 540)
    chart = Chart(
        "bar",
        "Partners will follow through",
        {"labels": ["1", "5"], "values": [2, 9]},
        "Most say 5",
    )
    view.set_content(RoomContent("W", block_title="Trust", elements=(chart,), block_id="b"))
    placeholder = view.grab().toImage()  # asks for the chart: drawing starts in the background
    assert view.charts.pending() == 1
    with qtbot.waitSignal(view.charts.ready, timeout=30000):
        pass
    assert view.charts.pending() == 0
    assert view.grab().toImage() != placeholder
