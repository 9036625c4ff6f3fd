"""Transparency of viewpoints: each sector's view of the issue, typed with its sector and
shown side by side. Added in three files (logic, panel, template)."""

from __future__ import annotations

from export_helpers import readable_text
from panel_support import open_panel, planned
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.domain.document import Table, plain_text
from workshop_app.domain.visibility import Audience
from workshop_app.exercises.registry import get_kind
from workshop_app.exercises.viewpoints import VIEWPOINT
from workshop_app.export import render_workshop, workshop_view
from workshop_app.export.summary import build_summary

ALT = Qt.KeyboardModifier.AltModifier


def test_views_are_typed_by_sector_and_shown_side_by_side(qtbot, store):
    workshop, blocks = planned(store, "designing_the_partnership", "Designing", "2027-01-12")
    block = next(b for b in blocks if b.kind == "viewpoints")
    window, panel = open_panel(qtbot, store, workshop, block)
    box = panel.list.capture
    for downs, view in ((1, "Calls cost deputies hours"), (2, "Young people need mentors")):
        qtbot.keyClick(box, Qt.Key.Key_S, ALT)  # &Sector
        assert QApplication.focusWidget() is panel.boxes["sector"]
        qtbot.keyClick(panel.boxes["sector"], Qt.Key.Key_Home)
        for _ in range(downs):
            qtbot.keyClick(panel.boxes["sector"], Qt.Key.Key_Down)
        box.setFocus()
        qtbot.keyClicks(box, view)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    views = store.items(workshop.id, kinds=[VIEWPOINT])
    assert [(v.text, v.fields["sector"]) for v in views] == [
        ("Calls cost deputies hours", "public"),
        ("Young people need mentors", "nonprofit"),
    ]
    room = get_kind("viewpoints").room(window.session.view(workshop.id, Audience.ROOM), block)
    [table] = [e for e in room if isinstance(e, Table)]
    assert table.headers == ("Public sector", "Nonprofit")  # side by side
    assert table.rows == (("Calls cost deputies hours", "Young people need mentors"),)
    summary = plain_text(build_summary(workshop_view(store, workshop.id, "partners")))
    assert "Public sector" in summary and "Young people need mentors" in summary
    public = readable_text(
        "csv", render_workshop(workshop_view(store, workshop.id, "public"), "csv")
    )
    assert "Young people need mentors" not in public  # the partners' by default
