"""Evaluation purpose (the toolkit's last step): the questions the evaluation must answer,
each with its purpose, readers, timing and indicators, typed and agreed by keyboard.
Added in three files (logic, panel, template)."""

from __future__ import annotations

from export_helpers import readable_text
from panel_support import open_panel, planned
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.domain.document import plain_text
from workshop_app.domain.records import Item
from workshop_app.domain.visibility import Audience
from workshop_app.exercises.evaluation_purpose import QUESTION
from workshop_app.exercises.registry import get_kind
from workshop_app.export import render_workshop, workshop_view
from workshop_app.export.summary import build_summary

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_question_is_typed_with_its_purpose_readers_and_timing_then_agreed(qtbot, store):
    workshop, blocks = planned(
        store, "planning_the_evaluation", "Planning the evaluation", "2027-02-02"
    )
    block = next(b for b in blocks if b.kind == "evaluation_purpose")
    window, panel = open_panel(qtbot, store, workshop, block)
    box = panel.list.capture
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_U, ALT)  # P&urpose
    assert QApplication.focusWidget() is panel.boxes["purpose"]
    qtbot.keyClick(panel.boxes["purpose"], Qt.Key.Key_Down)  # accountability
    box.setFocus()
    qtbot.keyClicks(box, "Did repeat calls fall by a quarter?")
    for words in ("City Council", "End of 2027", "Repeat calls"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), words)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    [question] = store.items(workshop.id, kinds=[QUESTION])
    assert question.text == "Did repeat calls fall by a quarter?"
    assert question.fields == {
        "purpose": "accountability",
        "audience": "City Council",
        "needed_by": "End of 2027",
        "indicators": "Repeat calls",
        "agreed": False,
    }
    # Ctrl+Return with no question selected says so and changes nothing.
    said: list[str] = []
    window.session.error.connect(said.append)
    before = store.dump()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert said == ["Select a question in the list first."] and store.dump() == before
    panel.list.table.setFocus()
    panel.list.table.selectRow(0)
    qtbot.keyClick(panel.list.table, Qt.Key.Key_Return, CTRL)
    assert store.get(Item, question.id).fields["agreed"] is True

    room = plain_text(
        get_kind("evaluation_purpose").room(window.session.view(workshop.id, Audience.ROOM), block)
    )
    assert "Accountability: did we do what we promised" in room
    assert "1 questions for the evaluation; 1 agreed." in room and "✔ Agreed" in room
    summary = plain_text(build_summary(workshop_view(store, workshop.id, "partners")))
    assert "Did repeat calls fall by a quarter?" in summary
    public = readable_text(
        "csv", render_workshop(workshop_view(store, workshop.id, "public"), "csv")
    )
    assert "Did repeat calls" not in public  # the default visibility is the partners'
    partners = readable_text(
        "csv", render_workshop(workshop_view(store, workshop.id, "partners"), "csv")
    )
    assert "City Council" in partners and "accountability" in partners
