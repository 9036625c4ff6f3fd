"""The method library: every exercise kind to plan from, in the window (Help → Method
library…, searched and added to the agenda from the keyboard) and on the command line
(``workshop-app methods``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.test_accessibility import unnamed_controls
from tests.test_ui_foundation import shown
from workshop_app.cli import main
from workshop_app.exercises.registry import all_kinds, get_kind
from workshop_app.storage import open_store
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.method_library import MethodLibraryDialog
from workshop_app.ui.session import Session

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, store) -> MainWindow:
    return shown(qtbot, MainWindow(Session(store)))


def type_keys(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard"
    qtbot.keyClick(focused, key, modifier)


def open_library_from_help_menu(qtbot, window: MainWindow) -> MethodLibraryDialog:
    """Alt+H opens the Help menu, M its Method library…; the library that comes up."""
    press(qtbot, Qt.Key.Key_H, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_M)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MethodLibraryDialog))
    library = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is library.search)
    return library


def disk_kinds(db_path, workshop_id: str) -> list[str]:
    store = open_store(db_path, create=False)
    try:
        return [b.kind for b in store.blocks(workshop_id)]
    finally:
        store.close()


def test_a_method_found_by_typing_is_added_after_the_current_block_with_enter(
    qtbot, window, planned_workshop, db_path
):
    window.open_workshop(planned_workshop.id)
    view = window.workshop_view
    view.set_current_block(view.blocks[1].id)  # the partnership history
    before = disk_kinds(db_path, planned_workshop.id)
    library = open_library_from_help_menu(qtbot, window)
    assert len(library.shown_keys()) == len(all_kinds())

    type_keys(qtbot, "commit writing")  # "when the partners are ready to commit in writing"

    assert library.shown_keys() == ["sharing_agreement"]
    assert "Information-sharing agreement" in library.details.toPlainText()
    press(qtbot, Qt.Key.Key_Return)
    after = disk_kinds(db_path, planned_workshop.id)
    assert after == [*before[:2], "sharing_agreement", *before[2:]]
    block = view.session.store.blocks(planned_workshop.id)[2]
    assert (block.title, block.timebox_minutes) == (get_kind("sharing_agreement").name, 15)
    assert "block 3 of 11" in library.where.text()


def test_arrows_in_the_search_box_go_through_the_methods_and_the_button_adds_the_one_shown(
    qtbot, window, planned_workshop, db_path
):
    window.open_workshop(planned_workshop.id)
    library = open_library_from_help_menu(qtbot, window)
    type_keys(qtbot, "indicators")
    found = library.shown_keys()
    assert 1 < len(found) < len(all_kinds())
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    second = get_kind(found[1])
    assert library.details.toPlainText().startswith(second.name)
    assert QApplication.focusWidget() is library.search  # typing still narrows the list
    press(qtbot, Qt.Key.Key_A, ALT)  # &Add to agenda (Qt clicks it a moment later)
    qtbot.waitUntil(lambda: disk_kinds(db_path, planned_workshop.id)[1] == second.key)


def test_a_search_that_matches_nothing_says_so_and_adds_nothing(
    qtbot, window, planned_workshop, db_path
):
    window.open_workshop(planned_workshop.id)
    library = open_library_from_help_menu(qtbot, window)
    before = disk_kinds(db_path, planned_workshop.id)
    type_keys(qtbot, "xylophone")
    assert library.shown_keys() == []
    assert "No method matches “xylophone”" in library.found.text()
    press(qtbot, Qt.Key.Key_Return)
    assert disk_kinds(db_path, planned_workshop.id) == before


def test_on_the_home_screen_the_library_reads_but_says_why_it_cannot_add(
    qtbot, window, planned_workshop, db_path
):
    library = open_library_from_help_menu(qtbot, window)
    type_keys(qtbot, "trust")
    press(qtbot, Qt.Key.Key_Return)
    assert disk_kinds(db_path, planned_workshop.id) == [
        b.kind for b in window.session.store.blocks(planned_workshop.id)
    ]
    assert len(window.session.store.blocks(planned_workshop.id)) == 10  # nothing added
    assert not library.add_button.isEnabled()
    assert "Open a workshop" in library.add_button.toolTip()
    assert "Open a workshop" in library.where.text()


def test_every_control_of_the_library_has_a_name(qtbot, window, planned_workshop):
    window.open_workshop(planned_workshop.id)
    library = open_library_from_help_menu(qtbot, window)
    assert unnamed_controls(library) == []


# ------------------------------------------------------------------ command line
def test_methods_lists_every_registered_kind_with_its_purpose(capsys):
    assert main(["methods"]) == 0
    out = capsys.readouterr().out
    for kind in all_kinds():
        assert f"[{kind.key}]" in out, kind.key
        assert kind.guide.purpose in out, kind.key


def test_methods_kind_prints_the_whole_entry(capsys):
    assert main(["methods", "--kind", "trust_check_in"]) == 0
    out = capsys.readouterr().out
    kind = get_kind("trust_check_in")
    assert f"When to use it: {kind.when}" in out
    assert f"Group size: {kind.group_size}" in out
    assert "Time needed: 10 min" in out
    assert all(step in out for step in kind.guide.steps)


def test_an_unknown_kind_is_refused_in_one_terminal_safe_line(capsys):
    assert main(["methods", "--kind", "vote\x1b[2J\nnow"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "\x1b" not in captured.err and "'methods' lists them" in captured.err
