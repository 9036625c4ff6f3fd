"""The declared panels (ui/panels/list_panel.py) from the outside, where a facilitator
trying every panel found them wrong: a panel left behind must not hear of later changes,
the partners a panel offers follow the collaboration at once, and a key with nothing
selected says so."""

from __future__ import annotations

import pytest
from panel_support import open_panel, planned, type_line
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from workshop_app.domain import edits
from workshop_app.domain.records import Partner
from workshop_app.exercises.demo import add_demo
from workshop_app.exercises.shared_vision import STATEMENT

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(
    ("template_key", "kind"),
    [
        ("designing_the_partnership", "governance"),
        ("designing_the_partnership", "resources"),
        ("follow_up_meeting", "communication_protocol"),
    ],
)
def test_a_panel_left_behind_does_not_hear_of_later_changes(
    qtbot, store, template_key, kind, capfd
):
    """Its line of what is still missing was a lambda on the session's signal: after the
    block changed, every change raised in it (the app's error box, once per visit)."""
    collaboration_id = add_demo(store).id
    workshop, blocks = planned(store, template_key, "Meeting", "2027-01-01", collaboration_id)
    window, _panel = open_panel(qtbot, store, workshop, next(b for b in blocks if b.kind == kind))
    other = next(b for b in blocks if b.kind in ("viewpoints", "indicators"))
    window.workshop_view.set_current_block(other.id)
    qtbot.wait(20)  # the panel left behind is deleted
    box = window.workshop_view.panel.list.capture
    box.setFocus()
    type_line(qtbot, box, "Said after leaving")
    assert window.session.apply(edits.add("Add partner", Partner(collaboration_id, "New Org")))
    window.session.undo_stack.undo()
    assert "Traceback" not in capfd.readouterr().err


def test_share_discretion_offers_a_partner_who_joins_or_leaves_at_once(qtbot, store):
    collaboration_id = add_demo(store).id
    workshop, blocks = planned(
        store, "designing_the_partnership", "Meeting", "2027-01-01", collaboration_id
    )
    block = next(b for b in blocks if b.kind == "share_discretion")
    window, panel = open_panel(qtbot, store, workshop, block)
    type_line(qtbot, panel.list.capture, "Who hires the manager")
    panel.list.table.setFocus()
    panel.list.table.selectionModel().setCurrentIndex(
        panel.list.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    decides = panel.roles["decides"]

    def offered() -> list[str]:
        return [decides.item(n).text() for n in range(decides.count())]

    assert window.session.apply(edits.add("Add partner", Partner(collaboration_id, "New Org")))
    assert "New Org" in offered()  # at once, not after selecting another row
    window.session.undo_stack.undo()
    assert "New Org" not in offered()


def test_marking_the_vision_with_nothing_selected_says_so(qtbot, store):
    workshop, blocks = planned(store, "designing_the_partnership", "Meeting", "2027-01-01")
    block = next(b for b in blocks if b.kind == "shared_vision")
    window, panel = open_panel(qtbot, store, workshop, block)
    type_line(qtbot, panel.list.capture, "Every young person has a mentor")
    said: list[str] = []
    window.session.error.connect(said.append)
    before = store.dump()
    panel.list.table.clearSelection()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert said == ["Select a statement in the list first."] and store.dump() == before
    panel.list.table.setFocus()
    panel.list.table.selectRow(0)
    qtbot.keyClick(panel.list.table, Qt.Key.Key_Return, CTRL)
    assert [i.fields["agreed"] for i in store.items(workshop.id, kinds=[STATEMENT])] == [True]
