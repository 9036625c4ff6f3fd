"""The room window on fake screens (Qt offscreen platform with a screen config file).

Each case runs ``tests/room_screens/check_screens.py`` in its own process,
because Qt's platform (and so the set of screens) is fixed per process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.probes import run_json_probe
from workshop_app.ui.screens import choose_room_screen

HERE = Path(__file__).resolve().parent
SCREENS = HERE / "room_screens"


def run_on_screens(config: str, tmp_path: Path, *args: str) -> dict:
    return run_json_probe(
        SCREENS / "check_screens.py",
        str(tmp_path / "db.sqlite3"),
        *args,
        platform=f"offscreen:configfile={SCREENS / config}",
    )


@pytest.fixture(scope="module")
def two_screens(tmp_path_factory) -> dict:
    return run_on_screens("two_screens.json", tmp_path_factory.mktemp("two"))


@pytest.fixture(scope="module")
def one_screen(tmp_path_factory) -> dict:
    return run_on_screens("one_screen.json", tmp_path_factory.mktemp("one"))


def test_room_window_opens_full_screen_on_the_second_screen(two_screens):
    assert two_screens["facilitator_screen"] == "laptop"
    assert two_screens["after_f5"] == {
        "visible": True,
        "full_screen": True,
        "screen": "projector",
        "geometry": [1600, 0, 1920, 1080],
    }


def test_f5_in_the_capture_box_leaves_the_keyboard_there(two_screens):
    assert two_screens["focus_stays_in_capture_box"] is True


def test_preview_says_where_the_room_window_is(two_screens):
    assert "full screen on projector" in two_screens["preview_says"]


def test_internal_item_typed_in_the_capture_box_changes_nothing_on_the_projector(two_screens):
    assert two_screens["f8_makes_the_next_item_internal"] is True
    assert two_screens["internal_item_saved"] is True
    assert two_screens["internal_changes_nothing"] is True
    assert two_screens["back_to_partners_after_one_item"] is True


def test_partners_item_typed_in_the_capture_box_is_on_the_projector_at_once(two_screens):
    assert two_screens["partners_item_shown_at_once"] is True


def test_f6_blanks_the_projector(two_screens):
    assert two_screens["blank_text"] == ""


def test_f7_freezes_the_projector_until_pressed_again(two_screens):
    assert two_screens["frozen_hides_draft"] is True
    assert two_screens["unfrozen_shows_draft"] is True


def test_unplugging_the_projector_makes_a_normal_window_and_tells_the_facilitator(two_screens):
    after = two_screens["after_unplug"]
    assert after["screen"] == "laptop"
    assert after["full_screen"] is False
    assert after["told"] and "projector" in after["told"][0]
    assert "disconnected" in after["told"][0]


def test_with_one_screen_the_room_window_is_a_normal_window(one_screen):
    after = one_screen["after_f5"]
    assert after["visible"] is True
    assert after["full_screen"] is False
    assert after["screen"] == "laptop"
    assert after["geometry"][2:] == [1024, 576]
    assert "normal window" in one_screen["preview_says"]


def test_the_largest_other_screen_is_chosen_by_default(tmp_path):
    report = run_on_screens("three_screens.json", tmp_path)
    assert report["after_f5"]["screen"] == "projector"


def test_the_facilitators_choice_of_screen_wins(tmp_path):
    report = run_on_screens("three_screens.json", tmp_path, "confidence-monitor")
    assert report["after_f5"]["screen"] == "confidence-monitor"
    assert report["after_f5"]["geometry"] == [1600, 0, 1280, 720]


class FakeScreen:
    def __init__(self, name: str, width: int, height: int) -> None:
        self._name, self.w, self.h = name, width, height

    def name(self) -> str:
        return self._name

    def geometry(self):
        from PySide6.QtCore import QRect

        return QRect(0, 0, self.w, self.h)


def test_no_room_screen_when_only_the_facilitators_screen_is_there():
    laptop = FakeScreen("laptop", 1600, 900)
    assert choose_room_screen([laptop], laptop) is None


def test_a_bigger_screen_is_not_taken_if_it_is_the_facilitators():
    desk = FakeScreen("desk", 3840, 2160)
    projector = FakeScreen("projector", 1280, 800)
    assert choose_room_screen([desk, projector], desk) is projector


def test_a_chosen_screen_that_is_unplugged_falls_back_to_the_largest():
    laptop, small, big = (
        FakeScreen("laptop", 1600, 900),
        FakeScreen("tv", 1280, 720),
        FakeScreen("projector", 1920, 1080),
    )
    assert choose_room_screen([laptop, small, big], laptop, "gone") is big
