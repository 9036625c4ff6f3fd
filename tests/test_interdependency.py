"""Interdependency (the toolkit's design step): what each partner needs from another, typed
with who needs it and from whom, promised with Ctrl+Return; the room sees a matrix of
sectors. Added in three files (logic, panel, template): the exercise contract at work."""

from __future__ import annotations

import pytest
from export_helpers import readable_text
from panel_support import choose, open_panel, planned
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.charts import render_png
from workshop_app.domain import edits
from workshop_app.domain.document import Chart, plain_text
from workshop_app.domain.records import Item, Partner
from workshop_app.domain.visibility import Audience
from workshop_app.exercises.demo import add_demo
from workshop_app.exercises.interdependency import NEED
from workshop_app.exercises.registry import get_kind
from workshop_app.export import render_workshop, workshop_view
from workshop_app.export.summary import build_summary

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def designing(store):
    workshop, blocks = planned(
        store,
        "designing_the_partnership",
        "Designing the partnership",
        "2027-01-12",
        add_demo(store).id,
    )
    return workshop, next(b for b in blocks if b.kind == "interdependency")


def test_a_need_is_typed_with_who_and_from_whom_and_promised_by_keyboard(qtbot, store, designing):
    workshop, block = designing
    window, panel = open_panel(qtbot, store, workshop, block)
    box = panel.list.capture
    assert QApplication.focusWidget() is box
    for who, source, what in (
        ("Riverton Youth", "City of", "Multi-year funding for outreach"),
        ("City of", "Harlan County", "Monthly calls by block"),
    ):
        qtbot.keyClick(box, Qt.Key.Key_P, ALT)
        assert QApplication.focusWidget() is panel.boxes["partner"]
        choose(qtbot, panel.boxes["partner"], who)
        qtbot.keyClick(panel.boxes["partner"], Qt.Key.Key_O, ALT)
        assert QApplication.focusWidget() is panel.boxes["from_partner"]
        choose(qtbot, panel.boxes["from_partner"], source)
        box.setFocus()
        qtbot.keyClicks(box, what)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    needs = store.items(workshop.id, kinds=[NEED])
    assert [n.text for n in needs] == ["Multi-year funding for outreach", "Monthly calls by block"]
    names = {p.id: p.organisation for p in store.partners(workshop.collaboration_id)}
    assert names[needs[0].partner_id] == "Riverton Youth Alliance"
    assert names[needs[0].fields["from_partner"]] == "City of Riverton"
    assert needs[0].fields["promised"] is False

    panel.list.table.setFocus()
    panel.list.table.selectRow(1)
    qtbot.keyClick(panel.list.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.get(Item, needs[1].id).fields["promised"] is True

    view = window.session.view(workshop.id, Audience.ROOM)
    room = get_kind("interdependency").room(view, block)
    [chart] = [e for e in room if isinstance(e, Chart)]
    labels = chart.data["labels"]
    public, nonprofit = labels.index("Public sector"), labels.index("Nonprofit")
    assert chart.data["counts"][nonprofit][public] == 1  # the Youth Alliance needs the City
    assert chart.data["counts"][public][public] == 1  # the City needs the Sheriff
    assert render_png(chart, 1024, 600).startswith(b"\x89PNG")
    text = plain_text(room)
    assert "2 needs named; 1 promised." in text and "✔ Promised" in text
    summary = plain_text(build_summary(workshop_view(store, workshop.id, "partners")))
    assert "Multi-year funding for outreach" in summary
    # Needs are the partners' (the default visibility): never in the public summary.
    for fmt in ("md", "csv", "json"):
        public_text = readable_text(
            fmt, render_workshop(workshop_view(store, workshop.id, "public"), fmt)
        )
        assert "Multi-year funding" not in public_text, fmt
    partners_csv = readable_text(
        "csv", render_workshop(workshop_view(store, workshop.id, "partners"), "csv")
    )
    assert "Monthly calls by block" in partners_csv


def test_a_partner_added_mid_meeting_is_offered_in_both_boxes_and_the_column(
    qtbot, store, designing
):
    workshop, block = designing
    window, panel = open_panel(qtbot, store, workshop, block)
    partner = Partner(workshop.collaboration_id, "Riverton Food Bank", position=99.0)
    window.session.apply(edits.add("Add partner", partner))
    for box in (panel.boxes["partner"], panel.boxes["from_partner"]):
        assert box.findText("Riverton Food Bank") >= 0
    column = panel.list.model.columns[0]
    assert (partner.id, "Riverton Food Bank") in column.live_choices()
