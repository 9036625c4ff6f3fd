"""Attendance: people ticked off the roster with the keyboard, walk-ins, sign-in lists
(CSV and Excel) checked in a preview, hostile files refused, what each audience reads of
it, and tallies larger than the people present warned about."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from test_exercise_measures import add_indicator, type_into_cell

from workshop_app import export
from workshop_app.domain import planning
from workshop_app.domain.attendance import ATTENDEE, is_present, match_partner
from workshop_app.domain.document import plain_text
from workshop_app.domain.records import Block, Collaboration, Item, Partner, Workshop
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.registry import get_kind, history_kinds
from workshop_app.exercises.templates import template
from workshop_app.export.summary import build_summary
from workshop_app.ui.attendance_dialog import AttendanceDialog, AttendanceModel
from workshop_app.ui.panels.indicator_agreement import AgreementPanel
from workshop_app.ui.panels.trust_check_in import TrustCheckInPanel
from workshop_app.ui.session import Session
from workshop_app.ui.sign_in_dialog import SignInModel

CITY, YOUTH, EASTSIDE = "City of Riverton", "Riverton Youth Alliance", "Eastside Neighbours Council"


@pytest.fixture
def meeting(store) -> Workshop:
    """A follow-up meeting of three partners, each naming two people on the roster."""
    collaboration = Collaboration("Safer Riverton Partnership")
    store.put(
        collaboration,
        Partner(
            collaboration.id,
            CITY,
            "public",
            "Dana Whitfield (City Manager); Marcus Lee (Budget Director)",
            position=0,
        ),
        Partner(collaboration.id, YOUTH, "nonprofit", "Keisha Morales, Tom Brandt", position=1),
        Partner(collaboration.id, EASTSIDE, "community", "Rosa Delgado", position=2),
    )
    workshop = Workshop(collaboration.id, "Second meeting", "2026-10-20", "City Hall")
    store.apply(
        planning.create_workshop(workshop, template("follow_up_meeting").make_blocks(workshop.id))
    )
    return workshop


@pytest.fixture
def session(store, qtbot):
    s = Session(store)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def dialog(qtbot, session, meeting) -> AttendanceDialog:
    """The attendance list of the meeting, shown as the active window."""
    d = AttendanceDialog(session, meeting.id)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


def partner_named(store, meeting, name) -> Partner:
    return next(p for p in store.partners(meeting.collaboration_id) if p.organisation == name)


def present_on_disk(store, meeting) -> set[tuple[str, str]]:
    """(name, organisation) of everyone stored as present."""
    names = {p.id: p.organisation for p in store.partners(meeting.collaboration_id)}
    return {
        (i.text, names.get(i.partner_id or "", ""))
        for i in store.items(meeting.id, kinds=[ATTENDEE])
        if is_present(i)
    }


def shown_rows(dialog: AttendanceDialog) -> list[tuple[str, str, str]]:
    """What the list shows: (present word, name, organisation) of each row."""
    model = dialog.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def go_to(qtbot, dialog: AttendanceDialog, name: str) -> None:
    """Move down the list with the arrow keys to ``name``'s row."""
    table = dialog.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(dialog.model.rowCount()):
        if table.currentIndex().siblingAtColumn(AttendanceModel.NAME).data() == name:
            return
        qtbot.keyClick(table, Qt.Key.Key_Down)
    raise AssertionError(f"{name} is not on the list")


# ------------------------------------------------------------------ ticking off
def test_space_ticks_people_off_the_roster_and_back(qtbot, store, meeting, dialog):
    assert [(n, o) for _, n, o in shown_rows(dialog)][:3] == [
        ("Dana Whitfield", CITY),
        ("Marcus Lee", CITY),
        ("Keisha Morales", YOUTH),
    ]
    go_to(qtbot, dialog, "Marcus Lee")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    go_to(qtbot, dialog, "Rosa Delgado")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)

    assert present_on_disk(store, meeting) == {("Marcus Lee", CITY), ("Rosa Delgado", EASTSIDE)}
    assert ("present", "Marcus Lee", CITY) in shown_rows(dialog)
    assert ("not here", "Dana Whitfield", CITY) in shown_rows(dialog)
    assert dialog.count.text().startswith("2 present from 2 organisations")

    go_to(qtbot, dialog, "Marcus Lee")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # back: he left the room
    assert present_on_disk(store, meeting) == {("Rosa Delgado", EASTSIDE)}
    assert ("not here", "Marcus Lee", CITY) in shown_rows(dialog)


def test_everyone_selected_is_ticked_in_one_undoable_step(qtbot, store, meeting, session, dialog):
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert len(present_on_disk(store, meeting)) == 5
    session.undo_stack.undo()
    assert present_on_disk(store, meeting) == set()
    assert all(word == "not here" for word, _, _ in shown_rows(dialog))


def test_a_walk_in_is_added_present_with_their_organisation(qtbot, store, meeting, dialog):
    dialog.walk_in_partner.setCurrentIndex(dialog.walk_in_partner.findText(EASTSIDE))
    dialog.walk_in_name.setFocus()
    qtbot.keyClicks(dialog.walk_in_name, "Maria Gonzalez")
    qtbot.keyClick(dialog.walk_in_name, Qt.Key.Key_Return)
    assert present_on_disk(store, meeting) == {("Maria Gonzalez", EASTSIDE)}
    assert ("present", "Maria Gonzalez", EASTSIDE) in shown_rows(dialog)
    assert dialog.walk_in_name.text() == ""


# ------------------------------------------------------------------ sign-in lists
def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def import_through_preview(qtbot, dialog: AttendanceDialog, path: Path):
    """Import sign-in list…, the file chosen; wait for the preview to open."""
    dialog.import_sign_in(str(path))
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible())
    return dialog.preview


def preview_rows(preview) -> list[tuple[str, ...]]:
    model = preview.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def choose_partner(qtbot, preview, row: int, organisation: str) -> None:
    """F2 on the row's Partner cell, pick ``organisation`` with the arrow keys, Enter."""
    table = preview.table
    table.setFocus()
    table.setCurrentIndex(preview.model.index(row, SignInModel.PARTNER))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != organisation:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_a_sign_in_csv_is_matched_to_partners_and_ticked_after_the_preview(
    qtbot, tmp_path, store, meeting, dialog
):
    path = write_csv(
        tmp_path / "sign-in.csv",
        "Name,Organisation\r\n"
        f"Dana Whitfield,{CITY}\r\n"  # exactly
        "Tom Brandt,riverton youth alliance\r\n"  # other capitals
        "Rosa Delgado,Eastside\r\n"  # the start of the name
        "Lee Park,Riverton Public Library\r\n"  # nobody on the roster
        "Jo Swann,Harbour Board\r\n",  # nobody either: stays skipped
    )
    preview = import_through_preview(qtbot, dialog, path)
    rows = preview_rows(preview)
    assert [r[2] for r in rows] == [CITY, YOUTH, EASTSIDE, "Skipped", "Skipped"]
    assert rows[3][3].startswith("Not found")
    assert present_on_disk(store, meeting) == set()  # nothing before OK

    choose_partner(qtbot, preview, 3, "No partner organisation")
    assert "4 of 5 people will be ticked present" in preview.summary.text()
    preview.buttons.button(preview.buttons.StandardButton.Ok).click()

    assert present_on_disk(store, meeting) == {
        ("Dana Whitfield", CITY),
        ("Tom Brandt", YOUTH),
        ("Rosa Delgado", EASTSIDE),
        ("Lee Park", ""),
    }
    # Tom Brandt was on the roster: ticked there, not listed twice.
    names = [n for _, n, _ in shown_rows(dialog)]
    assert names.count("Tom Brandt") == 1
    assert ("present", "Lee Park", "No organisation") in shown_rows(dialog)


def test_a_sign_in_workbook_is_read_with_its_headings(qtbot, tmp_path, store, meeting, dialog):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Sign-in: second meeting"])  # a title row above the headings
    sheet.append(["First name", "Last name", "Agency"])
    sheet.append(["Keisha", "Morales", "Riverton Youth Alliance"])
    sheet.append(["Marcus", "Lee", "city of riverton"])
    sheet.append([None, None, None])
    book.save(tmp_path / "sign-in.xlsx")

    preview = import_through_preview(qtbot, dialog, tmp_path / "sign-in.xlsx")
    assert [(r[0], r[2]) for r in preview_rows(preview)] == [
        ("Keisha Morales", YOUTH),
        ("Marcus Lee", CITY),
    ]
    preview.accept()
    assert present_on_disk(store, meeting) == {("Keisha Morales", YOUTH), ("Marcus Lee", CITY)}


def test_cancelling_the_preview_changes_nothing(qtbot, tmp_path, store, meeting, dialog):
    path = write_csv(tmp_path / "list.csv", f"Dana Whitfield,{CITY}\n")
    preview = import_through_preview(qtbot, dialog, path)
    qtbot.keyClick(preview.table, Qt.Key.Key_Escape)
    assert preview.result() == QDialog.DialogCode.Rejected
    assert present_on_disk(store, meeting) == set()


def hostile_files(folder: Path) -> dict[str, Path]:
    import openpyxl

    files = {
        "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "latin-1": "Ren\xe9e Dupont,Ville de Riverton\n".encode("latin-1"),
        "formula": b'Name,Organisation\n=HYPERLINK("http://x"),City of Riverton\n',
        "100k rows": "".join(f"Person {n},City of Riverton\n" for n in range(100_000)).encode(),
        "huge": b"a" * (6 * 1024 * 1024),
        "not a workbook": b"PK\x03\x04 not really a zip",
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / f"{name}.csv"
        paths[name].write_bytes(data)
    book = openpyxl.Workbook()
    book.active.append(["Name", "Organisation"])
    book.active.append(["Dana Whitfield", '=A1&"x"'])
    paths["workbook formula"] = folder / "formula.xlsx"
    book.save(paths["workbook formula"])
    return paths


def test_hostile_sign_in_files_are_refused_in_one_line_and_change_nothing(
    qtbot, tmp_path, store, meeting, dialog
):
    before = store.items(meeting.id)
    for name, path in hostile_files(tmp_path).items():
        dialog.status.clear()
        dialog.import_sign_in(str(path))
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
        message = dialog.status.text()
        assert message and "\n" not in message and "bug" not in message, (name, message)
        assert dialog.preview is None, name
        assert store.items(meeting.id) == before, name


def test_names_are_matched_exactly_then_by_capitals_then_by_their_start():
    partners = [
        Partner("c", "City of Riverton", representatives="Dana Whitfield"),
        Partner("c", "City of Riverton Parks"),
        Partner("c", "Riverton Youth Alliance", representatives="Tom Brandt"),
    ]
    assert match_partner("City of Riverton", "x", partners) == (partners[0], "exact")
    assert match_partner("CITY OF  RIVERTON", "x", partners) == (partners[0], "case")
    assert match_partner("Riverton Youth", "x", partners) == (partners[2], "prefix")
    assert match_partner("City", "x", partners) == (None, "")  # two fit: the facilitator says
    assert match_partner("", "tom brandt", partners) == (partners[2], "person")


# ------------------------------------------------------------------ who reads what
def attend(store, meeting, *people: tuple[str, str], visibility: str = "public") -> None:
    items = []
    for n, (name, organisation) in enumerate(people):
        items.append(
            Item(
                meeting.id,
                ATTENDEE,
                name,
                fields={"present": True},
                visibility=visibility,
                partner_id=partner_named(store, meeting, organisation).id if organisation else None,
                position=float(n),
            )
        )
    store.put(*items)


def test_the_public_summary_lists_organisations_and_counts_but_no_names(store, meeting):
    attend(store, meeting, ("Dana Whitfield", CITY), ("Marcus Lee", CITY), ("Tom Brandt", YOUTH))
    public = plain_text(build_summary(export.workshop_view(store, meeting.id, "public")))
    partners = plain_text(build_summary(export.workshop_view(store, meeting.id, "partners")))

    assert "Attendance" in public and "3 people came from 2 partner organisations" in public
    assert CITY in public and YOUTH in public
    assert f"Not represented: {EASTSIDE}" in public
    for name in ("Dana Whitfield", "Marcus Lee", "Tom Brandt"):
        assert name not in public
        assert name in partners


def test_attendee_names_reach_no_public_format(store, meeting):
    attend(store, meeting, ("Qzattendeewq Smith", CITY))
    view = export.workshop_view(store, meeting.id, "public")
    for fmt in ("md", "html", "json", "csv"):
        data = export.render_workshop(view, fmt)
        assert b"Qzattendeewq" not in data, fmt
    tables = export.csv_tables.workshop_tables(view)
    assert CITY in tables["attendance"].decode("utf-8-sig")
    partners = export.workshop_view(store, meeting.id, "partners")
    assert "Qzattendeewq" in export.csv_tables.workshop_tables(partners)["attendance"].decode()


def test_the_roster_room_view_counts_who_is_present(store, meeting):
    attend(store, meeting, ("Dana Whitfield", CITY), ("Tom Brandt", YOUTH))
    block = Block(meeting.id, "who_is_at_the_table", "Who is at the table")
    view = audience_view(store.snapshot(meeting.id, history_kinds()), Audience.ROOM)
    text = plain_text(get_kind("who_is_at_the_table").room(view, block))
    assert "2 people present from 2 organisations" in text


def test_no_attendance_section_when_attendance_was_not_taken(store, meeting):
    text = plain_text(build_summary(export.workshop_view(store, meeting.id, "partners")))
    assert "Attendance" not in text


# ------------------------------------------------------------------ tallies above attendance
def show(qtbot, panel) -> None:
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)


def test_a_vote_with_more_votes_than_people_present_is_warned(qtbot, store, meeting, session):
    add_indicator(store, meeting, "Repeat calls")
    attend(
        store, meeting, ("Dana Whitfield", CITY), ("Tom Brandt", YOUTH), ("Rosa Delgado", EASTSIDE)
    )
    panel = AgreementPanel(
        session, next(b for b in store.blocks(meeting.id) if b.kind == "indicator_agreement")
    )
    show(qtbot, panel)
    type_into_cell(qtbot, panel, 0, "5", "3")
    assert "Warning" not in panel.status.text()  # three hands, three people
    type_into_cell(qtbot, panel, 0, "4", "2")
    assert (
        "Warning: 5 votes counted on Repeat calls, more than the 3 people present."
        in panel.status.text()
    )


def test_without_attendance_a_vote_is_not_compared_with_it(qtbot, store, meeting, session):
    add_indicator(store, meeting, "Repeat calls")
    panel = AgreementPanel(
        session, next(b for b in store.blocks(meeting.id) if b.kind == "indicator_agreement")
    )
    show(qtbot, panel)
    type_into_cell(qtbot, panel, 0, "5", "40")
    assert "people present" not in panel.status.text()


def test_trust_ratings_above_the_people_present_are_warned(qtbot, store, session):
    collaboration = Collaboration("Trust")
    partner = Partner(collaboration.id, CITY, "public")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-11-20")
    block = Block(
        workshop.id,
        "trust_check_in",
        "Trust check-in",
        settings=get_kind("trust_check_in").default_settings(),
    )
    store.put(collaboration, partner)
    store.apply(planning.create_workshop(workshop, [block]))
    store.put(
        Item(
            workshop.id,
            ATTENDEE,
            "Dana Whitfield",
            fields={"present": True},
            visibility="public",
            partner_id=partner.id,
        )
    )
    panel = TrustCheckInPanel(session, block)
    show(qtbot, panel)
    panel.focus_capture()
    qtbot.keyClicks(panel.table, "2")
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "more than the 1 people present" in panel.warning.text())
    assert panel.warning.isVisible()


# ------------------------------------------------------------------ reaching it
def test_attendance_is_taken_from_any_block_with_ctrl_shift_e(qtbot, store, meeting):
    from workshop_app.ui.main_window import MainWindow

    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_workshop(meeting.id)
    view = window.workshop_view
    view.go_next()  # not the first block: people come late
    view.focus_capture()
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: view.attendance_dialog is not None and view.attendance_dialog.isVisible()
    )
    attendance = view.attendance_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is attendance.table)
    qtbot.keyClick(attendance.table, Qt.Key.Key_Space)  # the first on the roster
    assert present_on_disk(store, meeting) == {("Dana Whitfield", CITY)}
