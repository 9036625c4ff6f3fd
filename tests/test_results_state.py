"""What the facilitator reads about hidden results is true of the block on screen: a reveal
in one block is not still announced in the next one, nor after it was undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from tests.test_ui_foundation import shown
from workshop_app.domain.records import Block
from workshop_app.storage import open_store
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session

SECOND_MEETING = "Second meeting: measures and information sharing"
CTRL = Qt.KeyboardModifier.ControlModifier


def said(window: MainWindow) -> str:
    """Every label and button text the facilitator can see, lower case."""
    shown_texts = [
        w.text()
        for kind in (QLabel, QAbstractButton)
        for w in window.findChildren(kind)
        if w.isVisibleTo(window)
    ]
    return "\n".join(shown_texts).lower()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_reveal_is_said_in_its_block_only_and_not_after_it_is_undone(qtbot, demo_db):
    store = open_store(demo_db)
    window = shown(qtbot, MainWindow(Session(store)))
    window.room_controller  # noqa: B018 - F9 and the preview
    workshop = next(w for w in store.workshops() if w.title == SECOND_MEETING)
    window.open_workshop(workshop.id)
    view = window.workshop_view
    vote = next(b for b in view.blocks if b.kind == "indicator_agreement")
    view.set_current_block(vote.id)
    view.focus_capture()
    if store.get(Block, vote.id).settings.get("revealed"):  # the demo shows its results
        press(qtbot, Qt.Key.Key_F9)
    assert not store.get(Block, vote.id).settings.get("revealed")
    assert "results revealed" not in said(window)
    assert "the room does not see the results yet" in said(window)

    press(qtbot, Qt.Key.Key_F9)
    assert store.get(Block, vote.id).settings["revealed"] is True
    assert "results revealed: the room sees this block's results" in said(window)
    assert "the room sees the results" in said(window)  # the vote panel agrees

    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the balance check: nothing hidden there
    assert view.current_block().kind == "balance_check"
    assert "results revealed" not in said(window)
    assert "results hidden" not in said(window)

    press(qtbot, Qt.Key.Key_PageUp, CTRL)  # back to the vote: still revealed
    assert "results revealed" in said(window)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the reveal undone
    assert not store.get(Block, vote.id).settings.get("revealed")
    assert "results revealed" not in said(window)
    assert "results hidden: the room does not see them yet" in said(window)
    window.close()
    window.session.close()
