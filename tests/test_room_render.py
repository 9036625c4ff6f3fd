"""A still of a room view: headless PNG of exactly what the room sees."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from tests.room_support import make_room_workshop
from workshop_app.domain.records import Item, ItemKind, Visibility
from workshop_app.errors import RenderError
from workshop_app.ui.room_render import render_block_png, room_image


@pytest.fixture
def setup(store):
    return make_room_workshop(store)


def test_render_writes_a_1920_by_1080_png(store, setup, tmp_path, qapp):
    out = render_block_png(
        store, setup.workshop.id, 1, (1920, 1080), "light", tmp_path / "room.png"
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_render_does_not_leave_a_partial_file_behind(store, setup, tmp_path, qapp):
    folder = tmp_path / "pictures"
    folder.mkdir()
    render_block_png(store, setup.workshop.id, 1, (1280, 720), "dark", folder / "room.png")
    assert sorted(p.name for p in folder.iterdir()) == ["room.png"]


@pytest.mark.parametrize("number", [0, 4, -1])
def test_a_block_number_outside_the_agenda_is_refused_plainly(store, setup, tmp_path, number):
    with pytest.raises(RenderError, match="this workshop has 3 blocks, numbered 1 to 3"):
        render_block_png(
            store, setup.workshop.id, number, (1920, 1080), "light", tmp_path / "room.png"
        )
    assert not (tmp_path / "room.png").exists()


def test_an_unknown_workshop_is_refused_plainly(store, setup, tmp_path):
    with pytest.raises(RenderError, match="no workshop with the id nope"):
        render_block_png(store, "nope", 1, (1920, 1080), "light", tmp_path / "room.png")


def test_an_unknown_theme_is_refused_with_the_choices(store, setup, tmp_path):
    with pytest.raises(RenderError, match="high_contrast"):
        render_block_png(store, setup.workshop.id, 1, (1920, 1080), "neon", tmp_path / "room.png")


def test_internal_items_and_facilitator_notes_are_not_in_the_still(store, setup, qapp):
    before = room_image(store, setup.workshop.id, 1, (960, 540))
    store.put(
        Item(
            setup.workshop.id,
            ItemKind.NOTE.value,
            "Confidential budget cut",
            block_id=setup.discussion.id,
            visibility=Visibility.INTERNAL,
            position=5,
        ),
        Item(
            setup.workshop.id,
            ItemKind.FACILITATOR_NOTE.value,
            "Watch the Sheriff",
            block_id=setup.discussion.id,
            visibility=Visibility.PUBLIC,
            position=6,
        ),
    )
    assert room_image(store, setup.workshop.id, 1, (960, 540)) == before


def test_a_partners_item_is_in_the_still(store, setup, qapp):
    before = room_image(store, setup.workshop.id, 1, (960, 540))
    store.put(
        Item(
            setup.workshop.id,
            ItemKind.NOTE.value,
            "Shared patrols on Friday",
            block_id=setup.discussion.id,
            position=5,
        )
    )
    assert room_image(store, setup.workshop.id, 1, (960, 540)) != before


@pytest.mark.parametrize(
    ("theme", "background"),
    [
        ("light", "#ffffff"),
        ("dark", "#14171c"),
        ("high_contrast", "#000000"),
        ("high-contrast", "#000000"),
    ],
)
def test_each_theme_paints_its_own_background(store, setup, qapp, theme, background):
    image = room_image(store, setup.workshop.id, 1, (640, 360), theme)
    assert image.pixelColor(3, 3).name() == background
