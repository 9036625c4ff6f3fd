"""Every editable table, typed into at full speed from the keyboard alone.

Each test opens the real panel (or dialog) in the real window, puts the focus where
a facilitator's would be, then types a whole row: every key goes to whatever widget
has the focus when it is pressed, Tab between cells, Enter at the end, with no pause
between keys. It then checks what is on disk (read back through a second connection),
what the table shows, that no other row changed, and that Qt never complained about
an editor thrown away under the typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.test_ui_foundation import shown
from workshop_app.domain import edits, planning
from workshop_app.domain.records import Block, Item, Partner, Workshop
from workshop_app.exercises.indicator_agreement import VOTE
from workshop_app.exercises.indicators import INDICATOR
from workshop_app.exercises.templates import template
from workshop_app.exercises.trust_check_in import DEFAULT_STATEMENTS, TRUST_RATING, statements_of
from workshop_app.storage import Store, open_store
from workshop_app.ui.capture_panel import ItemListWidget
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.partners_editor import PartnersDialog
from workshop_app.ui.session import Session

INDICATORS = ("Repeat calls", "Youth referrals", "Street lights repaired", "Residents feel safe")


# ----------------------------------------------------------------- typing
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Each character to the widget that has the focus as it is typed, as a keyboard does."""
    for character in text:
        qtbot.keyClicks(focused(), character)


def type_row(qtbot, cells: list[str], end: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type each cell, Tab between cells and ``end`` after the last, without waiting."""
    for n, text in enumerate(cells):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab if n + 1 < len(cells) else end)


def editor_complaints(capfd, qtlog) -> list[str]:
    """Qt's warnings about editors that a model reset took away mid-typing."""
    said = capfd.readouterr().err.splitlines() + [r.message for r in qtlog.records]
    return [line for line in said if "does not belong to this view" in line]


# ----------------------------------------------------------------- set-up
def block_of(store: Store, workshop: Workshop, kind: str) -> Block:
    return next(b for b in store.blocks(workshop.id) if b.kind == kind)


def on_disk(store: Store, read: Callable[[Store], Any]) -> Any:
    """``read`` through a second connection to the database file: what a restart would see."""
    fresh = open_store(store.path)
    try:
        return read(fresh)
    finally:
        fresh.close()


@pytest.fixture
def follow_up(store: Store, planned_workshop: Workshop) -> Workshop:
    """The partnership's second meeting (follow-up template) with four proposed indicators."""
    workshop = Workshop(planned_workshop.collaboration_id, "Second meeting", "2026-12-04", "Hall")
    store.apply(
        planning.create_workshop(workshop, template("follow_up_meeting").make_blocks(workshop.id))
    )
    block = block_of(store, workshop, "indicators")
    store.put(
        *(
            Item(workshop.id, INDICATOR, name, block.id, position=float(n))
            for n, name in enumerate(INDICATORS)
        )
    )
    return workshop


def run_block(qtbot, store: Store, workshop: Workshop, kind: str) -> MainWindow:
    """The real window on ``workshop``, at its block of ``kind``, focus where one types."""
    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(workshop.id)
    view = window.workshop_view
    view.set_current_block(block_of(store, workshop, kind).id)
    view.focus_capture()
    return window


# --------------------------------------------------------------- partners
NEW_PARTNER = [
    "Eastside Neighbours Council",
    "Co",  # the sector: a letter or two picks it from the list
    "Rosa Delgado; Samuel Achebe",
    "Block watch volunteers",
    "Street lighting on Elm",
    "Eastside residents",
]
NEW_PARTNER_SHOWN = [
    "Eastside Neighbours Council",
    "Community",
    "Rosa Delgado; Samuel Achebe",
    "Block watch volunteers",
    "Street lighting on Elm",
    "Eastside residents",
]


def partner_fields(partner: Partner) -> list[str]:
    return [
        partner.organisation,
        partner.sector,
        partner.representatives,
        partner.brings,
        partner.needs,
        partner.answers_to,
    ]


def test_partners_dialog_takes_a_new_partner_typed_cell_by_cell(
    qtbot, store, planned_workshop, capfd, qtlog
):
    collaboration_id = planned_workshop.collaboration_id
    before = store.partners(collaboration_id)
    window = shown(qtbot, MainWindow(Session(store)))
    dialog = PartnersDialog(window.session, collaboration_id, "Safer Streets", window)
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.editor.table
    assert focused() is table

    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Add partner
    type_row(qtbot, NEW_PARTNER)
    press(qtbot, Qt.Key.Key_Return)  # Enter outside any editor: no button of the dialog

    partners = on_disk(store, lambda s: s.partners(collaboration_id))
    assert partners[:2] == before  # the partners already there are untouched
    assert [partner_fields(p) for p in partners[2:]] == [
        [*NEW_PARTNER_SHOWN[:1], "community", *NEW_PARTNER_SHOWN[2:]]
    ]
    model = table.model()
    assert model.rowCount() == 3
    assert [model.index(2, c).data() for c in range(6)] == NEW_PARTNER_SHOWN
    assert [model.index(0, 0).data(), model.index(1, 0).data()] == [p.organisation for p in before]
    assert dialog.isVisible()
    assert editor_complaints(capfd, qtlog) == []
    dialog.close()


def test_roster_partner_added_in_the_table_with_ctrl_return_and_typed_across(
    qtbot, store, planned_workshop, capfd, qtlog
):
    collaboration_id = planned_workshop.collaboration_id
    before = store.partners(collaboration_id)
    window = run_block(qtbot, store, planned_workshop, "who_is_at_the_table")
    table = window.workshop_view.panel.editor.table
    table.setFocus()  # the facilitator clicks into the roster

    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_row(qtbot, NEW_PARTNER)

    partners = on_disk(store, lambda s: s.partners(collaboration_id))
    assert partners[:2] == before
    assert [partner_fields(p) for p in partners[2:]] == [
        [*NEW_PARTNER_SHOWN[:1], "community", *NEW_PARTNER_SHOWN[2:]]
    ]
    assert [table.model().index(2, c).data() for c in range(6)] == NEW_PARTNER_SHOWN
    assert "Community: 1" in window.workshop_view.panel.by_sector.text()
    assert editor_complaints(capfd, qtlog) == []


def test_roster_partner_typed_in_the_box_then_completed_in_the_table(
    qtbot, store, planned_workshop, capfd, qtlog
):
    collaboration_id = planned_workshop.collaboration_id
    before = store.partners(collaboration_id)
    window = run_block(qtbot, store, planned_workshop, "who_is_at_the_table")
    panel = window.workshop_view.panel
    assert focused() is panel.new_organisation

    type_text(qtbot, "Eastside Neighbours Council")
    press(qtbot, Qt.Key.Key_Tab)  # the sector of the newcomer
    type_text(qtbot, "Co")
    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Return)  # saved; the box is ready for the next one
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # into the table, on what is left to fill in
    assert focused() is panel.editor.table
    type_row(qtbot, NEW_PARTNER[2:])

    partners = on_disk(store, lambda s: s.partners(collaboration_id))
    assert partners[:2] == before
    assert [partner_fields(p) for p in partners[2:]] == [
        [*NEW_PARTNER_SHOWN[:1], "community", *NEW_PARTNER_SHOWN[2:]]
    ]
    assert [panel.editor.model.index(2, c).data() for c in range(6)] == NEW_PARTNER_SHOWN
    assert editor_complaints(capfd, qtlog) == []


# ------------------------------------------------------------------ votes
def test_four_rows_of_six_tallies_typed_with_tab_and_enter_are_all_saved(
    qtbot, store, follow_up, capfd, qtlog
):
    """The reported case: fist-to-five tallies typed row after row; the first one
    locks the decision rule while the next cell is being typed."""
    window = run_block(qtbot, store, follow_up, "indicator_agreement")
    panel = window.workshop_view.panel
    assert panel.rule.isEnabled()
    rows = [[str(10 * r + c) for c in range(1, 7)] for r in range(4)]  # 1..6, 11..16, ...
    for cells in rows:
        type_row(qtbot, cells)

    levels = [level.key for level in panel.model.levels]
    assert levels == ["5", "4", "3", "2", "1", "0"]
    indicators = on_disk(store, lambda s: s.items(follow_up.id, kinds=[INDICATOR]))
    votes = on_disk(store, lambda s: s.items(follow_up.id, kinds=[VOTE]))
    tallies = {v.fields["indicator_id"]: v.fields["tallies"] for v in votes}
    assert [tallies.get(i.id) for i in indicators] == [
        {"": {level: int(n) for level, n in zip(levels, cells, strict=True)}} for cells in rows
    ]
    model = panel.model
    assert [[model.index(r, c).data() for c in range(1, 7)] for r in range(4)] == rows
    assert [model.index(r, 0).data() for r in range(4)] == list(INDICATORS)
    assert not panel.rule.isEnabled()  # locked by the first vote, typing went on
    assert editor_complaints(capfd, qtlog) == []


# -------------------------------------------------------------- trust tallies
def test_trust_tallies_typed_row_after_row_with_a_statement_reworded(
    qtbot, store, planned_workshop, capfd, qtlog
):
    window = run_block(qtbot, store, planned_workshop, "trust_check_in")
    panel = window.workshop_view.panel
    assert focused() is panel.table
    press(qtbot, Qt.Key.Key_Backtab)  # from the first rating back to the statement
    type_row(qtbot, ["Partners keep their word", "0", "1", "2", "12", "3"])
    type_row(qtbot, ["4", "3", "2", "1", "0"])
    type_row(qtbot, ["1", "1", "2", "3", "5"])

    block = on_disk(store, lambda s: s.get(Block, panel.block.id))
    statements = [
        "Partners keep their word",
        *DEFAULT_STATEMENTS[1:],
    ]
    assert statements_of(block) == statements
    ratings = on_disk(store, lambda s: s.items(planned_workshop.id, block.id, [TRUST_RATING]))
    assert {i.text: i.fields["counts"] for i in ratings} == {
        statements[0]: [0, 1, 2, 12, 3],
        statements[1]: [4, 3, 2, 1, 0],
        statements[2]: [1, 1, 2, 3, 5],
    }
    model = panel.model
    assert [[model.index(r, c).data() for c in range(8)] for r in range(3)] == [
        [statements[0], "0", "1", "2", "12", "3", "18", "3.9"],
        [statements[1], "4", "3", "2", "1", "0", "10", "2.0"],
        [statements[2], "1", "1", "2", "3", "5", "12", "3.8"],
    ]
    assert editor_complaints(capfd, qtlog) == []


# ------------------------------------------------------------------ indicators
def test_indicator_details_typed_across_the_row_are_saved_field_by_field(
    qtbot, store, follow_up, capfd, qtlog
):
    window = run_block(qtbot, store, follow_up, "indicators")
    panel = window.workshop_view.panel
    before = store.items(follow_up.id, kinds=[INDICATOR])
    score = panel.list.model.index(1, 10).data()
    table = panel.list.table
    table.setFocus()
    table.setCurrentIndex(panel.list.model.index(1, 1))  # a click on "What it measures"
    type_row(
        qtbot,
        [
            "Young people referred instead of arrested",
            "Outc",  # kind
            "N",  # not financial
            "Le",  # leading
            "Ri",  # owner: Riverton Youth Alliance
            "Sheriff's diversion log",
            "12 a month",
            "40 a month",
            "Monthly",
            "Pu",  # visibility (Tab skipped the score: nothing to type there)
        ],
    )

    after = on_disk(store, lambda s: s.items(follow_up.id, kinds=[INDICATOR]))
    youth = next(p for p in store.partners(follow_up.collaboration_id) if p.sector == "nonprofit")
    changed = after[1]
    assert changed.text == "Youth referrals"
    assert changed.fields == {
        "measures": "Young people referred instead of arrested",
        "indicator_kind": "outcome",
        "financial": "no",
        "timing": "leading",
        "source": "Sheriff's diversion log",
        "baseline": "12 a month",
        "target": "40 a month",
        "frequency": "Monthly",
    }
    assert (changed.partner_id, changed.visibility) == (youth.id, "public")
    assert [after[0], *after[2:]] == [before[0], *before[2:]]
    model = panel.list.model
    assert [model.index(1, c).data() for c in range(model.columnCount())] == [
        "Youth referrals",
        "Young people referred instead of arrested",
        "Outcome",
        "Not financial",
        "Leading (predicts)",
        "Riverton Youth Alliance",
        "Sheriff's diversion log",
        "12 a month",
        "40 a month",
        "Monthly",
        score,  # not scored yet: the score is given beside the table
        "Public",
    ]
    assert table.currentIndex().row() == 2  # Enter went to the next indicator
    assert editor_complaints(capfd, qtlog) == []


# ------------------------------------------------------- every list of captured items
#: (template, block kind, where the list is: an attribute of the panel, or the kind
#: of a workshop-wide list at the side)
ITEM_LISTS = [
    ("first_partnership_meeting", "who_is_at_the_table", "notes"),
    ("first_partnership_meeting", "partnership_history", "records"),
    ("first_partnership_meeting", "hopes_concerns", "hopes"),
    ("first_partnership_meeting", "hopes_concerns", "concerns"),
    ("first_partnership_meeting", "hopes_concerns", "agreements"),
    ("first_partnership_meeting", "positions_interests", "list"),
    ("first_partnership_meeting", "fact_base", "list"),
    ("first_partnership_meeting", "fact_base", "actions"),
    ("first_partnership_meeting", "wrap_up", "items"),
    ("follow_up_meeting", "measure_criteria", "list"),
    ("follow_up_meeting", "indicators", "list"),
    ("follow_up_meeting", "data_inventory", "list"),
    ("follow_up_meeting", "communication_protocol", "list"),
    # Partner cells: the collaboration's partners are offered when the editor opens.
    ("designing_the_partnership", "resources", "list"),
    ("designing_the_partnership", "interdependency", "list"),
    ("designing_the_partnership", "stakeholder_map", "list"),
    ("designing_the_partnership", "governance", "list"),
    ("first_partnership_meeting", "wrap_up", "side:decision"),
    ("first_partnership_meeting", "wrap_up", "side:action"),
    ("first_partnership_meeting", "wrap_up", "side:parking"),
    ("first_partnership_meeting", "wrap_up", "side:facilitator_note"),
]


def keys_for_choice(label: str, labels: list[str]) -> str | None:
    """The fewest letters that pick ``label`` in a combo box (no space: it opens the list)."""
    for length in range(1, len(label) + 1):
        prefix = label[:length]
        if " " in prefix:
            return None
        if [x for x in labels if x.lower().startswith(prefix.lower())] == [label]:
            return prefix
    return None


def planned_cells(widget: ItemListWidget) -> list[tuple[int, str, str]]:
    """(column, keys to type, what the cell then says) for every editable column."""
    cells = []
    for n, column in enumerate(widget.model.columns):
        if column.set is None:
            continue  # Tab skips it
        delegate = widget.table.itemDelegateForColumn(n)
        if delegate is not None and hasattr(delegate, "choices"):  # a combo box of values
            labels = [label for _, label in delegate.offered()]
            label = next(x for x in reversed(labels) if keys_for_choice(x, labels))
            cells.append((n, keys_for_choice(label, labels), label))
        else:
            text = f"{column.title} typed fast"
            cells.append((n, text, text))
    return cells


@pytest.mark.parametrize(
    ("template_key", "block_kind", "where"),
    ITEM_LISTS,
    ids=[f"{kind}-{where}" for _, kind, where in ITEM_LISTS],
)
def test_a_row_of_captured_items_is_retyped_cell_by_cell(
    qtbot, store, planned_workshop, template_key, block_kind, where, capfd, qtlog
):
    workshop = planned_workshop
    if template_key != "first_partnership_meeting":
        workshop = Workshop(planned_workshop.collaboration_id, "Second meeting", "2026-12-04")
        store.apply(
            planning.create_workshop(workshop, template(template_key).make_blocks(workshop.id))
        )
    window = run_block(qtbot, store, workshop, block_kind)
    view = window.workshop_view
    widget = (
        view.side_list(where.removeprefix("side:"))
        if where.startswith("side:")
        else getattr(view.panel, where)
    )
    block_id = widget.capture_block_id
    earlier = [
        Item(workshop.id, widget.kind, f"Said earlier {n}", block_id, position=float(n))
        for n in range(3)
    ]
    assert window.session.apply(edits.add("Captured earlier", *earlier))
    others = {i.id: i for i in store.items(workshop.id, kinds=[widget.kind])}
    target = earlier[1]
    del others[target.id]
    table, model = widget.table, widget.model
    row = model.row_of(target.id)
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))  # a click on the row

    cells = planned_cells(widget)
    type_row(qtbot, [keys for _, keys, _ in cells])

    stored = on_disk(store, lambda s: s.get(Item, target.id))
    for n, _, shown_text in cells:
        column = model.columns[n]
        assert column.get(stored).startswith(shown_text), column.title
        assert model.index(row, n).data() == column.get(stored), column.title
    unchanged = on_disk(store, lambda s: s.items(workshop.id, kinds=[widget.kind]))
    assert {i.id: i for i in unchanged if i.id != target.id} == others
    assert table.currentIndex().row() == row + 1  # Enter went down a row
    assert editor_complaints(capfd, qtlog) == []


# ------------------------------------------------------------------ issue tree
def test_a_renamed_issue_is_saved_by_enter_before_the_next_key_acts(
    qtbot, store, planned_workshop, capfd, qtlog
):
    window = run_block(qtbot, store, planned_workshop, "scope_issue")
    panel = window.workshop_view.panel
    assert focused() is panel.issue_box
    type_text(qtbot, "Public safety")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Shared patrols")
    press(qtbot, Qt.Key.Key_Return)  # under the selected issue
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(panel.model.index(0, 0, panel.model.index(0, 0)))
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "Joint patrols at night")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)  # straight on: in scope

    nodes = on_disk(store, lambda s: s.items(planned_workshop.id, kinds=["scope_node"]))
    assert sorted((n.text, n.fields.get("scope")) for n in nodes) == [
        ("Joint patrols at night", "in"),
        ("Public safety", ""),
    ]
    assert panel.model.index(0, 0, panel.model.index(0, 0)).data() == "Joint patrols at night"
    assert editor_complaints(capfd, qtlog) == []


def test_f8_on_a_roster_cell_says_who_sees_it_and_the_public_summary_follows(
    qtbot, store, planned_workshop
):
    """The roster's per-field visibility is set from the keyboard, shown in words, undone
    with Ctrl+Z, and every export follows it."""
    from workshop_app import export

    collaboration_id = planned_workshop.collaboration_id
    window = shown(qtbot, MainWindow(Session(store)))
    dialog = PartnersDialog(window.session, collaboration_id, "Safer Streets", window)
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.editor.table
    needs = dialog.editor.model.FIELDS.index("needs")
    assert focused() is table
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(needs):
        press(qtbot, Qt.Key.Key_Right)
    type_text(qtbot, "Crime lab hours")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Up)

    def md(audience: str) -> bytes:
        view = export.workshop_view(store, planned_workshop.id, audience)
        return export.render_workshop(view, "md")

    assert b"Crime lab hours" in md("partners")
    assert b"Crime lab hours" not in md("public")  # partners only, as usual
    press(qtbot, Qt.Key.Key_F8)  # partners -> internal
    press(qtbot, Qt.Key.Key_F8)  # internal -> public
    shown_text = table.model().index(0, needs).data()
    assert "Crime lab hours" in shown_text and "public" in shown_text
    assert store.partners(collaboration_id)[0].field_visibility == {"needs": "public"}
    assert b"Crime lab hours" in md("public")
    window.session.undo_stack.undo()
    assert store.partners(collaboration_id)[0].field_visibility == {"needs": "internal"}
    assert b"Crime lab hours" not in md("partners")
    dialog.close()
