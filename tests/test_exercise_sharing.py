"""Information sharing through its panels: inventory, history warnings, protocol, agreement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from workshop_app.domain import planning
from workshop_app.domain.document import Heading, plain_text
from workshop_app.domain.records import Block, Collaboration, Item, Partner, Workshop
from workshop_app.domain.visibility import Audience, audience_view, effective_visibility
from workshop_app.exercises.communication_protocol import CONTACT
from workshop_app.exercises.data_inventory import (
    COMMITMENT,
    CONFIDENTIAL,
    DATA_INVENTORY,
    OPEN,
    RESTRICTED,
    history_warnings,
)
from workshop_app.exercises.registry import history_kinds
from workshop_app.exercises.sharing_agreement import agreement_elements
from workshop_app.exercises.templates import template
from workshop_app.ui.panels.communication_protocol import ProtocolPanel
from workshop_app.ui.panels.data_inventory import DataInventoryPanel
from workshop_app.ui.panels.sharing_agreement import AgreementPanel
from workshop_app.ui.session import Session

SHERIFF, YOUTH, LAB = (
    "Harlan County Sheriff's Office",
    "Riverton Youth Alliance",
    "Riverton State University Justice Lab",
)


@pytest.fixture
def meeting(store):
    """Two meetings of three partners; the first recorded how past work went between them."""
    collaboration = Collaboration("Safer Riverton Partnership")
    sheriff = Partner(collaboration.id, SHERIFF, "public", answers_to="Voters", position=0)
    youth = Partner(collaboration.id, YOUTH, "nonprofit", answers_to="Board", position=1)
    lab = Partner(collaboration.id, LAB, "academic", position=2)
    store.put(collaboration, sheriff, youth, lab)
    first = Workshop(collaboration.id, "Kick-off", "2026-09-15", "Library")
    store.apply(
        planning.create_workshop(first, template("first_partnership_meeting").make_blocks(first.id))
    )
    history_block = next(b for b in store.blocks(first.id) if b.kind == "partnership_history")
    store.put(
        Item(
            first.id,
            "partnership_history",
            "2022 town hall on youth arrests",
            history_block.id,
            fields={"partners": [sheriff.id, youth.id], "outcome": "failed"},
        ),
        Item(
            first.id,
            "partnership_history",
            "Joint evaluation of the 2024 curfew",
            history_block.id,
            fields={"partners": [sheriff.id, lab.id], "outcome": "good"},
        ),
    )
    second = Workshop(collaboration.id, "Second meeting", "2026-10-20", "City Hall")
    store.apply(
        planning.create_workshop(second, template("follow_up_meeting").make_blocks(second.id))
    )
    return second


@pytest.fixture
def session(store, qtbot):
    session = Session(store)
    yield session
    session.undo_stack.clear()


def block_of(store, workshop, kind) -> Block:
    return next(b for b in store.blocks(workshop.id) if b.kind == kind)


def partner(store, workshop, name) -> Partner:
    return next(p for p in store.partners(workshop.collaboration_id) if p.organisation == name)


def show(qtbot, panel) -> None:
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)


def commitment(store, workshop, provider, data, recipients=(), **fields) -> Item:
    item = Item(
        workshop.id,
        COMMITMENT,
        data,
        block_of(store, workshop, "data_inventory").id,
        partner_id=partner(store, workshop, provider).id,
        fields={"recipients": [partner(store, workshop, r).id for r in recipients], **fields},
    )
    store.put(item)
    return item


def view(store, workshop, audience=Audience.PARTNERS):
    return audience_view(store.snapshot(workshop.id, history_kinds()), audience)


@pytest.fixture
def inventory(store, meeting, session, qtbot) -> DataInventoryPanel:
    panel = DataInventoryPanel(session, block_of(store, meeting, "data_inventory"))
    show(qtbot, panel)
    return panel


def column(panel, title: str) -> int:
    return [c.title for c in panel.list.model.columns].index(title)


# ------------------------------------------------------------------ inventory
def test_a_commitment_is_captured_with_the_partner_sharing_it(store, meeting, inventory, qtbot):
    inventory.boxes["partner"].setCurrentIndex(inventory.boxes["partner"].findText(SHERIFF))
    qtbot.keyClicks(inventory.list.capture, "Calls for service by block, no names")
    qtbot.keyClick(inventory.list.capture, Qt.Key.Key_Return)
    (item,) = store.items(meeting.id, kinds=[COMMITMENT])
    assert item.text == "Calls for service by block, no names"
    assert item.partner_id == partner(store, meeting, SHERIFF).id
    assert inventory.list.model.index(0, column(inventory, "Shared by")).data() == SHERIFF


def test_recipients_are_ticked_with_space_next_to_the_commitment(store, meeting, inventory, qtbot):
    commitment(store, meeting, SHERIFF, "Calls for service")
    inventory.list.table.setCurrentIndex(inventory.list.model.index(0, 0))
    assert [inventory.recipients.item(n).text() for n in range(inventory.recipients.count())] == [
        YOUTH,
        LAB,
    ]  # the provider does not share with itself
    inventory.recipients.setFocus()
    inventory.recipients.setCurrentRow(1)
    qtbot.keyClick(inventory.recipients, Qt.Key.Key_Space)
    (item,) = store.items(meeting.id, kinds=[COMMITMENT])
    assert item.fields["recipients"] == [partner(store, meeting, LAB).id]
    assert inventory.list.model.index(0, column(inventory, "With")).data() == LAB


def test_a_failed_history_between_the_partners_is_warned_next_to_the_commitment(
    store, meeting, inventory, qtbot
):
    commitment(store, meeting, SHERIFF, "Juvenile contact records", [YOUTH])
    inventory.list.table.setCurrentIndex(inventory.list.model.index(0, 0))
    assert (
        inventory.list.model.index(0, column(inventory, "History")).data()
        == "Warning: 1 pair(s) without a good history"
    )
    assert "have a failed partnership behind them" in inventory.history.text()
    assert SHERIFF in inventory.history.text() and YOUTH in inventory.history.text()


def test_partners_with_no_recorded_history_are_warned(store, meeting):
    item = commitment(store, meeting, YOUTH, "Referral counts", [LAB])
    (warning,) = history_warnings(view(store, meeting), item)
    assert warning.startswith(f"No partnership history is recorded between {YOUTH} and {LAB}")


def test_a_good_history_gives_no_warning(store, meeting, inventory):
    commitment(store, meeting, SHERIFF, "Calls for service", [LAB])
    inventory.list.table.setCurrentIndex(inventory.list.model.index(0, 0))
    assert inventory.list.model.index(0, column(inventory, "History")).data() == ""
    assert inventory.history.text() == ""


def test_history_warnings_appear_in_the_room_and_summary(store, meeting):
    commitment(store, meeting, SHERIFF, "Juvenile contact records", [YOUTH])
    partners_view = view(store, meeting, Audience.ROOM)
    block = block_of(store, meeting, "data_inventory")
    for elements in (
        DATA_INVENTORY.room(partners_view, block),
        DATA_INVENTORY.summary(partners_view, block),
    ):
        assert Heading("Partnership history to watch", 3) in elements
        assert "failed partnership behind them" in plain_text(elements)


def test_legal_constraints_and_free_tags_are_stored(store, meeting, inventory, qtbot):
    commitment(store, meeting, YOUTH, "Referral counts", [LAB])
    inventory.list.table.setCurrentIndex(inventory.list.model.index(0, 0))
    inventory.legal.setFocus()
    inventory.legal.setCurrentRow(1)  # privacy law
    qtbot.keyClick(inventory.legal, Qt.Key.Key_Space)
    inventory.tags.setFocus()
    qtbot.keyClicks(inventory.tags, "funder reporting terms")
    qtbot.keyClick(inventory.tags, Qt.Key.Key_Return)
    (item,) = store.items(meeting.id, kinds=[COMMITMENT])
    assert item.fields["legal"] == ["privacy"]
    assert item.fields["tags"] == "funder reporting terms"
    assert (
        inventory.list.model.index(0, column(inventory, "Legal constraints")).data()
        == "Privacy law; funder reporting terms"
    )


def test_choosing_confidential_takes_a_public_commitment_off_public(
    store, meeting, inventory, qtbot
):
    item = commitment(store, meeting, SHERIFF, "Juvenile contact records", [YOUTH])
    store.put(Item(**{**item.__dict__, "visibility": "public"}))
    table = inventory.list.table
    table.setFocus()
    table.setCurrentIndex(inventory.list.model.index(0, column(inventory, "Sensitivity")))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(CONFIDENTIAL))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    (stored,) = store.items(meeting.id, kinds=[COMMITMENT])
    assert stored.fields["sensitivity"] == CONFIDENTIAL
    assert stored.visibility == "partners"
    assert view(store, meeting, Audience.PUBLIC).items_of_kind(COMMITMENT) == []


def test_sensitive_data_is_never_public_whatever_its_visibility_says():
    base = Item("w", COMMITMENT, "Camera footage", visibility="public")
    for sensitivity, expected in (
        (OPEN, "public"),
        (RESTRICTED, "partners"),
        (CONFIDENTIAL, "partners"),
        ("top secret", "internal"),
    ):
        item = Item(**{**base.__dict__, "fields": {"sensitivity": sensitivity}})
        assert effective_visibility(item) == expected, sensitivity
    internal = Item(**{**base.__dict__, "visibility": "internal", "fields": {"sensitivity": OPEN}})
    assert effective_visibility(internal) == "internal"


def test_the_visibility_column_says_when_sensitivity_limits_it(store, meeting, inventory):
    item = commitment(store, meeting, SHERIFF, "Calls", [LAB], sensitivity=RESTRICTED)
    store.put(Item(**{**item.__dict__, "visibility": "public"}))
    assert (
        inventory.list.model.index(0, column(inventory, "Visibility")).data()
        == "Partners (limited by sensitivity)"
    )


def test_a_commitment_is_undone_with_the_undo_stack(store, meeting, session, inventory, qtbot):
    qtbot.keyClicks(inventory.list.capture, "Street-light repair dates")
    qtbot.keyClick(inventory.list.capture, Qt.Key.Key_Return)
    session.undo_stack.undo()
    assert store.items(meeting.id, kinds=[COMMITMENT]) == []


# ------------------------------------------------------------------- protocol
def test_a_partners_media_and_records_contacts_are_captured_in_one_line(
    store, meeting, session, qtbot
):
    panel = ProtocolPanel(session, block_of(store, meeting, "communication_protocol"))
    show(qtbot, panel)
    panel.boxes["partner"].setCurrentIndex(panel.boxes["partner"].findText(SHERIFF))
    qtbot.keyClicks(panel.list.capture, "Sgt. Leon Hart, Public Information Officer")
    qtbot.keyClicks(panel.list.extra["records_contact"], "Records Unit")
    qtbot.keyClicks(panel.list.extra["warning"], "Text partner contacts first")
    qtbot.keyClicks(panel.list.extra["review_time"], "24 hours")
    qtbot.keyClick(panel.list.extra["review_time"], Qt.Key.Key_Return)
    (contact,) = store.items(meeting.id, kinds=[CONTACT])
    assert contact.partner_id == partner(store, meeting, SHERIFF).id
    assert contact.fields == {
        "records_contact": "Records Unit",
        "warning": "Text partner contacts first",
        "review_time": "24 hours",
    }
    assert panel.missing.text() == f"Still without a contact: {YOUTH}, {LAB}"
    assert panel.boxes["partner"].currentText() == YOUTH  # next partner offered


# ------------------------------------------------------------------ agreement
@pytest.fixture
def agreement(store, meeting, session, qtbot) -> AgreementPanel:
    commitment(
        store,
        meeting,
        SHERIFF,
        "Calls for service by block and hour, no names",
        [LAB],
        purpose="measuring repeat calls",
        frequency="Monthly",
        form="CSV extract",
        sensitivity=RESTRICTED,
        legal=["public_records"],
    )
    commitment(
        store,
        meeting,
        YOUTH,
        "Case files",
        [SHERIFF],
        purpose="follow-up",
        sensitivity=CONFIDENTIAL,
    )
    store.put(
        Item(
            meeting.id,
            CONTACT,
            "Sgt. Leon Hart",
            block_of(store, meeting, "communication_protocol").id,
            partner_id=partner(store, meeting, SHERIFF).id,
            fields={"records_contact": "Records Unit", "review_time": "24 hours"},
        )
    )
    panel = AgreementPanel(session, block_of(store, meeting, "sharing_agreement"))
    show(qtbot, panel)
    return panel


def test_space_marks_a_commitment_agreed(store, meeting, agreement, qtbot):
    agreement.focus_capture()
    qtbot.keyClick(agreement.table, Qt.Key.Key_Space)
    stored = store.items(meeting.id, kinds=[COMMITMENT])
    assert [i.fields.get("agreed", False) for i in stored] == [True, False]
    assert agreement.model.index(0, 0).data() == "Agreed"
    assert agreement.count.text() == "1 of 2 commitments agreed"
    qtbot.keyClick(agreement.table, Qt.Key.Key_Space)
    assert store.items(meeting.id, kinds=[COMMITMENT])[0].fields["agreed"] is False


def test_tab_moves_on_from_the_list_of_commitments(store, meeting, agreement, qtbot):
    agreement.focus_capture()
    qtbot.keyClick(agreement.table, Qt.Key.Key_Tab)  # to the button under it, not round its cells
    assert QApplication.focusWidget() is not agreement.table


def test_the_draft_agreement_lists_parties_data_purpose_constraints_and_contacts(
    store, meeting, agreement, qtbot
):
    agreement.focus_capture()
    qtbot.keyClick(agreement.table, Qt.Key.Key_Space)
    text = agreement.preview.toPlainText()
    assert "Draft information-sharing agreement" in text
    assert f"{SHERIFF} (Public sector), answering to Voters" in text
    assert (
        f"2.1 {SHERIFF} will provide Calls for service by block and hour, no names to "
        f"{LAB}, solely for the purpose of measuring repeat calls"
    ) in text
    assert "frequency: Monthly; form: CSV extract; classification: Restricted" in text
    assert "without Harlan County Sheriff's Office's written consent" in text
    assert "public-records, sunshine or freedom-of-information requests" in text
    assert "Sgt. Leon Hart" in text and "Records Unit" in text
    assert "Discussed but not yet agreed" in text and "Case files" in text


def test_the_draft_agreement_says_so_when_nothing_is_agreed(store, meeting, agreement):
    elements = agreement_elements(view(store, meeting))
    assert plain_text(elements) == (
        "Draft information-sharing agreement\nNo sharing commitment has been marked agreed yet."
    )


def test_the_draft_agreement_leaves_out_internal_commitments(store, meeting, agreement, qtbot):
    secret = commitment(store, meeting, SHERIFF, "Informant list", [YOUTH], agreed=True)
    store.put(Item(**{**secret.__dict__, "visibility": "internal"}))
    agreement.focus_capture()
    qtbot.keyClick(agreement.table, Qt.Key.Key_Space)
    assert "Informant list" not in agreement.preview.toPlainText()
    assert "Informant list" in plain_text(
        agreement_elements(view(store, meeting, Audience.INTERNAL))
    )


def test_a_pair_is_warned_once_however_many_commitments_it_shares(store, meeting):
    commitment(store, meeting, SHERIFF, "Juvenile contact records", [YOUTH])
    commitment(store, meeting, YOUTH, "Referral counts", [SHERIFF])
    elements = DATA_INVENTORY.room(
        view(store, meeting, Audience.ROOM), block_of(store, meeting, "data_inventory")
    )
    assert plain_text(elements).count("failed partnership behind them") == 1
