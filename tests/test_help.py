"""Help that teaches: F1 lists every key that is installed, the guide is searchable, and
each exercise opens its own section (Shift+F1, the Guide button)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTreeWidget

from tests.test_accessibility import unnamed_controls
from tests.test_ui_foundation import shown
from workshop_app.domain import planning
from workshop_app.domain.records import Block, Workshop
from workshop_app.exercises.registry import all_kinds
from workshop_app.ui.guide import GuideDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session

KINDS = all_kinds()
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def every_kind(store, planned_workshop) -> Workshop:
    """A workshop with one block of every exercise kind, in the registry's order."""
    workshop = Workshop(planned_workshop.collaboration_id, "Every kind", "2026-12-04")
    blocks = [
        Block(workshop.id, k.key, k.name, position=float(n), settings=k.default_settings())
        for n, k in enumerate(KINDS)
    ]
    store.apply(planning.create_workshop(workshop, blocks))
    return workshop


@pytest.fixture
def window(qtbot, store, every_kind) -> MainWindow:
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(every_kind.id)
    return window


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard"
    qtbot.keyClick(focused, key, modifier)


def open_guide_by(qtbot, window: MainWindow, key, modifier=Qt.KeyboardModifier.NoModifier):
    """Press ``key`` where the facilitator types; the guide that comes up, active."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workshop_view.focus_capture()
    press(qtbot, key, modifier)
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    qtbot.waitUntil(guide.isActiveWindow)
    return guide


def page(guide: GuideDialog) -> str:
    return " ".join(guide.page.toPlainText().split())


def is_listed(listed: str, keys: QKeySequence, words: str) -> bool:
    """Whether the F1 page has a row of ``keys`` saying ``words``; a shortcut's words may
    start with where it works ("In the ratings: Remove..."), which has its own column."""
    where, _, does = words.rpartition(": ") if words.startswith("In ") else ("", "", words)
    shown = re.escape(keys.toString(QKeySequence.SequenceFormat.NativeText))
    does = re.escape(does.replace("&", ""))
    # The key may share its row with the command's other keys ("Ctrl+Shift+Z, Ctrl+Y").
    row = rf"(^| ){shown}(, \S+)* {does}|, {shown} {does}"
    return re.search(row, listed) is not None and where in listed


def shown_sections(guide: GuideDialog) -> list[str]:
    """The sections the contents list shows, in its order."""
    tree: QTreeWidget = guide.contents
    shown = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for c in range(group.childCount()):
            if not group.isHidden() and not group.child(c).isHidden():
                shown.append(group.child(c).data(0, Qt.ItemDataRole.UserRole))
    return shown


def test_f1_lists_every_command_with_its_keys_the_projectors_included(qtbot, window):
    guide = open_guide_by(qtbot, window, Qt.Key.Key_F1)
    text = page(guide)
    commands = window.shortcut_actions()
    room = window.room_controller.actions
    assert {room[k] for k in ("show", "black", "holding", "freeze", "reveal")} <= set(commands)
    for action in commands:
        assert action.text().replace("&", "") in text
        for keys in action.shortcuts():
            assert keys.toString(QKeySequence.SequenceFormat.NativeText) in text
    assert "Leave full screen" in text  # the room window's own key
    assert "Put the selected items in a cluster" in text  # a list's


def test_every_shortcut_a_panel_installs_is_declared_and_f1_lists_it(qtbot, window):
    """Walk every exercise's panel: the shortcuts it installs are exactly the keys it
    declares, and F1 lists each declared key under its exercise."""
    guide = open_guide_by(qtbot, window, Qt.Key.Key_F1)
    listed = page(guide)
    guide.close()
    view = window.workshop_view
    panels_with_keys = 0
    for block in view.blocks:
        view.set_current_block(block.id)
        panel = view.panel
        installed = {(s.key().toString(), s.whatsThis()) for s in panel.findChildren(QShortcut)}
        declared = {
            (QKeySequence(k.keys).toString(), k.text) for k in panel.keys if not k.by_widget
        }
        assert installed == declared, block.kind
        for key in panel.keys:
            assert is_listed(listed, QKeySequence(key.keys), key.text), (block.kind, key)
        panels_with_keys += bool(panel.keys)
    assert panels_with_keys >= 8
    # Nor does the rest of the workshop screen install a shortcut F1 does not know.
    for shortcut in view.findChildren(QShortcut):
        assert is_listed(listed, shortcut.key(), shortcut.whatsThis()), shortcut.key().toString()


def test_no_key_is_installed_in_the_window_that_f1_does_not_list(qtbot, window):
    """Whatever has a key anywhere in the window, in any exercise, the room's and the
    guide's own included, is on F1's page: a new shortcut without words fails here."""
    guide = open_guide_by(qtbot, window, Qt.Key.Key_F1)
    listed = page(guide)
    seen = 0
    for block in window.workshop_view.blocks:
        window.workshop_view.set_current_block(block.id)
        for action in window.findChildren(QAction):
            for keys in action.shortcuts():
                assert is_listed(listed, keys, action.text()), (block.kind, action.text())
                seen += 1
        for shortcut in window.findChildren(QShortcut):
            assert shortcut.whatsThis(), (block.kind, shortcut.key().toString())
            assert is_listed(listed, shortcut.key(), shortcut.whatsThis()), block.kind
            seen += 1
    assert seen > 100


def test_shift_f1_opens_the_guide_at_the_current_exercise(qtbot, window, store, every_kind):
    view = window.workshop_view
    vote = next(b for b in view.blocks if b.kind == "indicator_agreement")
    view.set_current_block(vote.id)
    guide = open_guide_by(qtbot, window, Qt.Key.Key_F1, SHIFT)
    kind = next(k for k in KINDS if k.key == "indicator_agreement")
    assert guide.current_key() == "exercise/indicator_agreement"
    text = page(guide)
    assert text.startswith(kind.label)
    for part in ("What it is for", "Steps", "Tips", "Pitfalls", kind.guide.pitfalls[0]):
        assert " ".join(part.split()) in text
    assert "Ctrl+R Reveal the results to the room" in text  # its keys

    press(qtbot, Qt.Key.Key_Escape)  # closes the guide; back in the window
    qtbot.waitUntil(lambda: not guide.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.focus_capture()
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_block().kind == "balance_check"
    open_guide_by(qtbot, window, Qt.Key.Key_F1, SHIFT)
    assert guide.current_key() == "exercise/balance_check"


def test_the_panels_guide_button_opens_its_section(qtbot, window):
    view = window.workshop_view
    scope = next(b for b in view.blocks if b.kind == "scope_issue")
    view.set_current_block(scope.id)
    button = view.guide_button
    assert button.isVisibleTo(window) and button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    guide = window.findChild(GuideDialog)
    assert guide.isVisible() and guide.current_key() == "exercise/scope_issue"
    assert "Space" in page(guide) and "Change the selected issue's scope" in page(guide)


def test_the_guide_has_every_exercise_and_how_to_run_a_meeting(qtbot, window):
    guide = open_guide_by(qtbot, window, Qt.Key.Key_F1)
    sections = guide.sections
    for part in ("agenda", "timer", "visibility", "projector", "exports", "backups"):
        assert f"meeting/{part}" in sections
    assert "F9" in sections["meeting/projector"].plain  # the projector's keys, collected
    for kind in KINDS:
        section = sections[f"exercise/{kind.key}"]
        assert section.title == kind.label
        for text in (kind.guide.purpose, *kind.guide.steps, *kind.guide.pitfalls):
            assert " ".join(text.split()) in section.plain, (kind.key, text)
    assert unnamed_controls(guide) == []


def test_searching_the_guide_keeps_the_sections_that_mention_the_words(qtbot, window):
    guide = open_guide_by(qtbot, window, Qt.Key.Key_F1)
    assert QApplication.focusWidget() is guide.search  # F1, then type what to look for
    press(qtbot, Qt.Key.Key_Down)  # into the contents
    assert QApplication.focusWidget() is guide.contents
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # and back
    assert QApplication.focusWidget() is guide.search
    qtbot.keyClicks(guide.search, "sunshine laws")
    found = shown_sections(guide)
    assert found == ["exercise/data_inventory"]
    assert guide.current_key() == "exercise/data_inventory"
    assert "is in 1 section" in guide.found.text()
    assert {w.casefold() for w in guide.highlighted()} == {"sunshine", "laws"}

    guide.search.clear()
    qtbot.keyClicks(guide.search, "projector")
    found = shown_sections(guide)
    assert len(found) >= 2 and guide.current_key() in found
    at = found.index(guide.current_key())
    press(qtbot, Qt.Key.Key_Return)  # the next section that mentions it
    assert guide.current_key() == found[(at + 1) % len(found)]
    assert all("projector" in guide.sections[k].plain.casefold() for k in found)

    guide.search.clear()
    qtbot.keyClicks(guide.search, "helicopter")
    assert shown_sections(guide) == []
    assert guide.found.text() == "No section of the guide mentions “helicopter”."

    guide.search.clear()
    assert len(shown_sections(guide)) == len(guide.sections)  # all back
    assert guide.found.text() == ""


def test_links_between_sections_stay_in_the_guide(qtbot, window):
    from PySide6.QtCore import QUrl

    guide = open_guide_by(qtbot, window, Qt.Key.Key_F1)
    assert "guide:exercise/trust_check_in" in guide.sections["shortcuts"].html
    guide.page.anchorClicked.emit(QUrl("guide:exercise/trust_check_in"))
    assert guide.current_key() == "exercise/trust_check_in"
    assert page(guide).startswith("Trust check-in")


def test_help_menu_opens_the_guide_where_it_was_left(qtbot, window):
    guide = open_guide_by(qtbot, window, Qt.Key.Key_F1, SHIFT)
    qtbot.keyClicks(guide.search, "backups")
    assert guide.current_key() == "meeting/backups"
    guide.close()
    (menu_item,) = [
        a
        for a in window.menus["help"].actions()
        if a.text().replace("&", "") == "Facilitator guide"
    ]
    menu_item.trigger()
    assert guide.isVisible() and guide.current_key() == "meeting/backups"
    assert guide.search.text() == "backups"


def test_shift_f1_on_the_home_screen_opens_how_to_prepare_a_meeting(qtbot, store, every_kind):
    window = shown(qtbot, MainWindow(Session(store)))
    press(qtbot, Qt.Key.Key_F1, SHIFT)
    guide = window.findChild(GuideDialog)
    assert guide.isVisible() and guide.current_key() == "meeting/agenda"
    assert page(guide).startswith("Preparing the agenda")
