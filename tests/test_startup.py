"""Start-up builds the home screen first and everything else once it is on screen.

The figures are in ``bench/bench_startup.py``; these tests keep the structure that
makes them: what the first picture waits for, and what is built after it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from tests.probes import run_json_probe
from tests.test_ui_foundation import shown, when_dialog_opens
from workshop_app.cli import build_parser, window_arguments
from workshop_app.exercises.demo import WORKSHOPS, add_demo
from workshop_app.storage import open_store
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session

HERE = Path(__file__).resolve().parent

# Modules the first picture must not wait for: every other screen, the exporters,
# the exercises' panels and charts.
NOT_BEFORE_FIRST_PAINT = [
    "workshop_app.ui.workshop_view",
    "workshop_app.ui.room_controls",
    "workshop_app.ui.room_view",
    "workshop_app.ui.room_content",
    "workshop_app.ui.room_layout",
    "workshop_app.ui.room_paint",
    "workshop_app.ui.room_charts",
    "workshop_app.ui.background",
    "workshop_app.ui.export_dialog",
    "workshop_app.ui.backups",
    "workshop_app.ui.restore_dialog",
    "workshop_app.ui.home_actions",
    "workshop_app.ui.partners_editor",
    "workshop_app.export",
    "workshop_app.exercises.registry",
    "workshop_app.domain.edits",
    "workshop_app.domain.snapshot",
    "workshop_app.cli.commands",  # the other commands and the full parser: not the window's
    "workshop_app.cli.parser",
    "matplotlib",
]


@pytest.fixture(scope="module")
def start_up(tmp_path_factory) -> dict:
    """Run the real start-up (``workshop-app --db DB``) on the demo database, once."""
    db_path = tmp_path_factory.mktemp("startup") / "workshops.sqlite3"
    store = open_store(db_path)
    add_demo(store)
    store.close()
    return run_json_probe(HERE / "startup_probe.py", str(db_path))


def test_the_first_picture_is_the_home_screen_with_the_database_listed(start_up):
    first = start_up["at_first_paint"]
    assert first["home_rows"] == 1 + len(WORKSHOPS)  # the demo collaboration and its meetings
    assert "workshop_app.ui.home_view" in first["modules"]


def test_the_first_picture_does_not_wait_for_other_screens_or_exports(start_up):
    loaded = set(start_up["at_first_paint"]["modules"])
    early = [
        name
        for name in loaded
        for module in NOT_BEFORE_FIRST_PAINT
        if name == module or name.startswith(module + ".")
    ]
    assert early == []


def test_the_first_picture_does_not_set_up_pyside_qt_namespace(start_up):
    # Setting it up creates every one of its enums: about 15 ms, a tenth of the budget.
    assert start_up["at_first_paint"]["qt_namespace_set_up"] is False


def test_the_rest_is_built_once_the_window_is_on_screen(start_up):
    after = start_up["after_warm_up"]
    assert after["workshop_screen"] and after["room_controller"] and after["backups"]
    assert any("Next block" in text for text in after["workshop_menu"])
    assert "&Back up now" in after["file_menu"]


def test_the_meeting_runs_with_pythons_usual_collector(start_up):
    """Start-up does not collect reference cycles before the first picture
    (workshop_app.collector); once the picture is on screen, and so once the window has
    built the rest, Python's usual thresholds are back."""
    fresh = subprocess.run(
        [sys.executable, "-c", "import gc; print(*gc.get_threshold())"],
        capture_output=True,
        text=True,
        check=True,
    )
    usual = [int(n) for n in fresh.stdout.split()]  # a new Python's own
    assert start_up["at_first_paint"]["collector"][0] > usual[0]
    assert start_up["after_warm_up"]["collector"] == usual


@given(
    st.sampled_from([[], ["gui"]]),
    st.sampled_from([None, "split", "joined"]),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        min_size=1,
        max_size=20,
    ),
    st.booleans(),
)
def test_window_command_lines_mean_what_the_full_parser_says(command, form, path, gui_last):
    """The window's own command lines, read without building the whole CLI, give what
    the full parser gives; anything else is left to the full parser."""
    argv = [] if gui_last else list(command)
    if form == "split":
        argv += ["--db", path]
    elif form == "joined":
        argv += [f"--db={path}"]
    if gui_last:
        argv += command
    quick = window_arguments(argv)
    if quick is None:
        return  # the full parser handles it, with its own messages
    full = build_parser().parse_args(argv)
    assert (full.command or "gui") == quick.command
    assert full.db == quick.db


def test_other_command_lines_go_to_the_full_parser():
    for argv in (["list"], ["--db"], ["--db", "--help"], ["gui", "gui"], ["--help"]):
        assert window_arguments(argv) is None
    assert isinstance(window_arguments(["--db", "x.sqlite3"]), argparse.Namespace)


# ----------------------------------------------------------- in the running window
def test_once_shown_the_window_builds_the_workshop_screen_and_room_by_itself(qtbot, store):
    window = MainWindow(Session(store))
    assert window._workshop_view is None and window._room_controller is None
    shown(qtbot, window)
    qtbot.waitUntil(lambda: window._room_controller is not None)
    assert window._workshop_view is not None
    qtbot.keyClick(window.home.table, Qt.Key.Key_F5)  # the room window, from the home screen
    assert window.room_controller.room.isVisible()


def test_opening_a_workshop_before_the_rest_is_built_builds_it_then(qtbot, store, planned_workshop):
    window = MainWindow(Session(store))  # not shown: nothing has been built in the background
    qtbot.addWidget(window)
    window.home.select(planned_workshop.id)
    qtbot.keyClick(window.home.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window._workshop_view
    assert window.workshop_view.workshop().title == "Kick-off"
    assert window._room_controller is not None  # the room preview is in the side panel


def test_the_workshop_menu_opened_first_lists_its_commands(qtbot, store):
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    menu = window.menus["workshop"]
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert "Next block" in [a.text() for a in menu.actions()]
    menu.close()


def test_the_menus_work_before_the_window_has_filled_them(qtbot, store):
    """The menus' commands are put in once the first picture is on screen; a key
    pressed or a menu opened before that finds them all the same."""
    window = MainWindow(Session(store))
    window._warm_up.cancel()  # as if the key came before the window got to them
    shown(qtbot, window)
    assert window._menus_filled is False
    qtbot.keyClick(window.home.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.home.search.hasFocus()  # Edit → Search (Ctrl+F), its first key

    # A key that comes to the window itself rather than to what has the focus in it
    # finds the commands too: Ctrl+N sent to the window did nothing as its first key.
    fresh = MainWindow(Session(store))
    fresh._warm_up.cancel()
    shown(qtbot, fresh)
    fresh.home.table.setFocus()
    assert fresh._menus_filled is False
    said = []
    when_dialog_opens(qtbot, lambda box: (said.append(box.text()), box.reject()))
    qtbot.keyClick(fresh, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert said == ["Create or select a collaboration first."]  # File → New workshop

    other = MainWindow(Session(store))  # not shown: nothing built in the background yet
    qtbot.addWidget(other)
    menu = other.menuBar().actions()[0].menu()  # File, as a click on the bar opens it
    menu.popup(other.mapToGlobal(other.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert "&New workshop…" in [a.text() for a in menu.actions()]
    menu.close()


def test_export_on_the_home_screen_asks_for_a_workshop_first(qtbot, store):
    window = shown(qtbot, MainWindow(Session(store)))
    said = []
    when_dialog_opens(qtbot, lambda box: (said.append(box.text()), box.accept()))
    qtbot.keyClick(window.home.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert said == ["Open a workshop first."]
