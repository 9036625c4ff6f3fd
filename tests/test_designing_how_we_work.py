"""The design steps added in three files each (issue 16): resources, the stakeholder map,
shared discretion and governance, each typed from the keyboard into its panel, checked on
disk, in the room view, the summary and the CSV, and never shown to the public while the
items are the partners' (the capture's default)."""

from __future__ import annotations

import io
import zipfile

import pytest
from export_helpers import csv_rows, readable_text
from panel_support import choose, open_panel, planned, type_line
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.charts import render_png
from workshop_app.domain import edits
from workshop_app.domain.document import Chart, Table, plain_text
from workshop_app.domain.records import Item, ItemKind, Partner
from workshop_app.domain.visibility import Audience
from workshop_app.exercises.demo import add_demo
from workshop_app.exercises.registry import get_kind
from workshop_app.export import render_workshop, workshop_view
from workshop_app.export.summary import build_summary

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def designing(store):
    """A fresh meeting of the demo partners planned from "Designing the partnership"."""
    workshop, blocks = planned(
        store,
        "designing_the_partnership",
        "Designing the partnership",
        "2027-02-02",
        add_demo(store).id,
    )
    return workshop, {b.kind: b for b in blocks}


def room(window, workshop, block):
    return get_kind(block.kind).room(window.session.view(workshop.id, Audience.ROOM), block)


def summary(store, workshop, audience="partners") -> str:
    return plain_text(build_summary(workshop_view(store, workshop.id, audience)))


def csv_table(store, workshop, name: str, audience="partners") -> list[list[str]]:
    data = render_workshop(workshop_view(store, workshop.id, audience), "csv")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return csv_rows(archive.read(f"{name}.csv"))


def never_public(store, workshop, *texts: str) -> None:
    for fmt in ("md", "csv", "json"):
        public = readable_text(
            fmt, render_workshop(workshop_view(store, workshop.id, "public"), fmt)
        )
        for text in texts:
            assert text not in public, (fmt, text)


def names(store, workshop) -> dict[str, str]:
    return {p.id: p.organisation for p in store.partners(workshop.collaboration_id)}


# ------------------------------------------------------------------ resources
def test_resources_brought_and_needed_are_typed_by_keyboard_and_the_room_sees_the_gaps(
    qtbot, store, designing
):
    workshop, blocks = designing
    window, panel = open_panel(qtbot, store, workshop, blocks["resources"])
    box = panel.list.capture
    assert QApplication.focusWidget() is box
    for who, kind, what in (
        ("City of", "Money", "Pilot budget for 18 months"),
        ("—", "Data", "School attendance data"),  # nobody brings it yet
    ):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, ALT)
        assert QApplication.focusWidget() is panel.boxes["partner"]
        choose(qtbot, panel.boxes["partner"], who)
        qtbot.keyClick(panel.boxes["partner"], Qt.Key.Key_Y, ALT)
        assert QApplication.focusWidget() is panel.boxes["type"]
        choose(qtbot, panel.boxes["type"], kind)
        type_line(qtbot, box, what)

    budget, attendance = store.items(workshop.id, kinds=["resource"])
    assert names(store, workshop)[budget.partner_id] == "City of Riverton"
    assert budget.fields == {"type": "money", "needed": False}
    assert attendance.partner_id is None
    assert attendance.fields == {"type": "data", "needed": True}
    assert "Needed, nobody brings yet: School attendance data" in panel.missing.text()

    shown = room(window, workshop, blocks["resources"])
    money = next(t for t in shown if isinstance(t, Table) and "Money" in t.headers)
    assert ("City of Riverton", "Pilot budget for 18 months", "—", "—") in money.rows
    text = plain_text(shown)
    assert "1 partners bring 1 resources; 1 needed, nobody brings yet." in text
    assert "Needed, nobody brings yet" in text and "School attendance data" in text
    assert "Pilot budget for 18 months" in summary(store, workshop)
    rows = csv_table(store, workshop, "resources")
    assert any("School attendance data" in row for row in rows)
    never_public(store, workshop, "Pilot budget", "School attendance")


def test_a_partner_who_joins_mid_meeting_takes_on_a_need_in_the_brought_by_column(
    qtbot, store, designing
):
    """The guidance's promise: "when a partner takes on a need, choose it in the Brought
    by column", for a partner added after the panel opened too."""
    workshop, blocks = designing
    window, panel = open_panel(qtbot, store, workshop, blocks["resources"])
    type_line(qtbot, panel.list.capture, "School attendance data")  # nobody yet: a need
    newcomer = Partner(workshop.collaboration_id, "Zenith Library Trust", "nonprofit")
    assert window.session.apply(edits.add("Add partner", newcomer))

    table = panel.list.table
    table.setFocus()
    column = [c.title for c in panel.list.model.columns].index("Brought by")
    table.setCurrentIndex(panel.list.model.index(0, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert "Zenith Library Trust" in [editor.itemText(n) for n in range(editor.count())]
    choose(qtbot, editor, "Zenith")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    [need] = store.items(workshop.id, kinds=["resource"])
    assert need.partner_id == newcomer.id
    assert panel.list.model.index(0, column).data() == "Zenith Library Trust"
    assert "No gaps named yet." in panel.missing.text()


# ------------------------------------------------------------------ stakeholder map
def test_stakeholders_are_placed_by_keyboard_and_the_room_sees_the_quadrants(
    qtbot, store, designing
):
    workshop, blocks = designing
    block = blocks["stakeholder_map"]
    window, panel = open_panel(qtbot, store, workshop, block)
    box = panel.list.capture
    for power, interest, who in (
        ("High", "High", "Riverton School District"),
        ("Low", "High", "Young people on the Eastside"),
        ("High", "Low", "County Commission"),
    ):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, ALT)
        assert QApplication.focusWidget() is panel.boxes["power"]
        choose(qtbot, panel.boxes["power"], power)
        qtbot.keyClick(panel.boxes["power"], Qt.Key.Key_I, ALT)
        assert QApplication.focusWidget() is panel.boxes["interest"]
        choose(qtbot, panel.boxes["interest"], interest)
        type_line(qtbot, box, who)

    district, youth, commission = store.items(workshop.id, kinds=["stakeholder"])
    assert district.fields == {"power": "high", "interest": "high", "invited": False}
    assert youth.fields["power"] == "low" and commission.fields["interest"] == "low"

    [chart] = [e for e in room(window, workshop, block) if isinstance(e, Chart)]
    quadrants = {q["advice"]: q["names"] for q in chart.data["quadrants"]}
    assert quadrants == {
        "Manage closely": ["Riverton School District"],
        "Keep informed": ["Young people on the Eastside"],
        "Keep satisfied": ["County Commission"],
        "Monitor": [],
    }
    assert "Keep informed (low power, high interest): Young people" in chart.alt
    assert render_png(chart, 1024, 600).startswith(b"\x89PNG")
    text = summary(store, workshop)
    assert "County Commission | High power | Low interest | Keep satisfied" in text
    assert any(
        "Young people on the Eastside" in row for row in csv_table(store, workshop, "stakeholders")
    )
    never_public(store, workshop, "Riverton School District", "County Commission")


def test_inviting_a_stakeholder_makes_an_action_item_and_ctrl_z_takes_it_back(
    qtbot, store, designing
):
    workshop, blocks = designing
    block = blocks["stakeholder_map"]
    window, panel = open_panel(qtbot, store, workshop, block)
    type_line(qtbot, panel.list.capture, "Riverton Transit")
    panel.list.table.setFocus()
    panel.list.table.selectRow(0)
    qtbot.keyClick(panel.list.table, Qt.Key.Key_Return, CTRL)

    [action] = store.items(workshop.id, kinds=[ItemKind.ACTION.value])
    assert action.text == "Invite Riverton Transit to the partnership"
    assert action.block_id == block.id
    assert action.fields["owner"] == "" and action.fields["due"] == ""
    [transit] = store.items(workshop.id, kinds=["stakeholder"])
    assert transit.fields["invited"] is True
    assert "Invite Riverton Transit to the partnership — owner needed" in plain_text(
        room(window, workshop, block)
    )
    assert panel.actions.model.rowCount() == 1  # listed to give it an owner and date

    qtbot.keyClick(panel.list.table, Qt.Key.Key_Z, CTRL)  # one step undoes both
    assert store.items(workshop.id, kinds=[ItemKind.ACTION.value]) == []
    assert store.get(Item, transit.id).fields["invited"] is False


# ------------------------------------------------------------------ share discretion
def test_who_decides_is_consulted_and_informed_is_ticked_by_keyboard(qtbot, store, designing):
    workshop, blocks = designing
    block = blocks["share_discretion"]
    window, panel = open_panel(qtbot, store, workshop, block)
    type_line(qtbot, panel.list.capture, "How the pilot budget is spent")
    panel.list.table.setFocus()
    panel.list.table.selectRow(0)

    def tick(key: Qt.Key, role: str, *rows: int) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key, ALT)
        checklist = panel.roles[role]
        assert QApplication.focusWidget() is checklist
        for row in rows:
            checklist.setCurrentRow(row)
            qtbot.keyClick(checklist, Qt.Key.Key_Space)

    tick(Qt.Key.Key_D, "decides", 0)  # the City
    tick(Qt.Key.Key_C, "consulted", 1, 2)  # the Sheriff, the Youth Alliance
    tick(Qt.Key.Key_I, "informed", 0, 3)  # the City again: it moves from deciding

    [decision] = store.items(workshop.id, kinds=["decision_right"])
    partners = store.partners(workshop.collaboration_id)
    assert decision.fields["consulted"] == [partners[1].id, partners[2].id]
    assert decision.fields["informed"] == [partners[0].id, partners[3].id]
    assert decision.fields["decides"] == []  # one role each

    tick(Qt.Key.Key_D, "decides", 4)  # the Eastside council decides
    shown = room(window, workshop, block)
    [table] = [e for e in shown if isinstance(e, Table)]
    assert table.headers == ("Decision", "Decides (D)", "Consulted (C)", "Informed (I)")
    assert table.rows == (
        (
            "How the pilot budget is spent",
            "Eastside Neighbours Council",
            "Harlan County Sheriff's Office, Riverton Youth Alliance",
            "City of Riverton, Downtown Riverton Business Association",
        ),
    )
    assert "Eastside Neighbours Council" in summary(store, workshop)
    rows = csv_table(store, workshop, "decision_rights")
    assert any("How the pilot budget is spent" in row for row in rows)
    never_public(store, workshop, "How the pilot budget is spent")


# ------------------------------------------------------------------ governance
def test_governance_points_are_typed_by_topic_agreed_and_the_rest_said_not_discussed(
    qtbot, store, designing
):
    workshop, blocks = designing
    block = blocks["governance"]
    window, panel = open_panel(qtbot, store, workshop, block)
    box = panel.list.capture
    for topic, point in (
        ("Meeting cadence", "Steering group every two months"),
        ("Who fills", "A half-time manager hired by the City"),
    ):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, ALT)
        assert QApplication.focusWidget() is panel.boxes["topic"]
        choose(qtbot, panel.boxes["topic"], topic)
        type_line(qtbot, box, point)
    panel.list.table.setFocus()
    panel.list.table.selectRow(0)
    qtbot.keyClick(panel.list.table, Qt.Key.Key_Return, CTRL)

    cadence, manager = store.items(workshop.id, kinds=["governance_point"])
    assert cadence.fields == {"topic": "cadence", "agreed": True}
    assert manager.fields == {"topic": "manager", "agreed": False}
    assert panel.missing.text().startswith("Not yet discussed: Structure; How decisions")

    text = plain_text(room(window, workshop, block))
    assert "1 of 2 points agreed." in text
    assert "Meeting cadence | Steering group every two months | ✔ Agreed" in text
    assert "Who fills the manager's role | A half-time manager hired by the City | Proposed" in text
    assert (
        "Not yet discussed: Structure; How decisions are made; How disputes are settled; "
        "The manager's role"
    ) in text
    assert "A half-time manager hired by the City" in summary(store, workshop)
    rows = csv_table(store, workshop, "governance")
    assert any("Steering group every two months" in row for row in rows)
    never_public(store, workshop, "Steering group every two months", "half-time manager")
