"""Handouts for the tables: `handouts` prints every demo meeting's paper to one PDF whose
sheets say what the tally screens count (same statements, same order, same scale words);
refusals are one line; File → Handouts for the tables… writes it in the background."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from export_helpers import normalise, pdf_text
from PySide6.QtCore import Qt

from workshop_app.cli import main
from workshop_app.domain import edits
from workshop_app.domain.attendance import representatives_of
from workshop_app.domain.decision_rules import levels
from workshop_app.domain.records import Block, Item, Workshop
from workshop_app.exercises.trust_tally import statements_of
from workshop_app.export import workshop_view
from workshop_app.export.handouts import JoinAddress, handouts, handouts_for
from workshop_app.export.sign_in import read_sign_in
from workshop_app.storage import open_store
from workshop_app.ui.handouts_pdf import handouts_pdf

KICKOFF = "Kick-off: first partnership meeting"
SECOND = "Second meeting: measures and information sharing"


def in_order(text: str, words: list[str]) -> list[str]:
    """The ``words`` not found in ``text`` after the one before them (empty: all in order)."""
    missing, at = [], 0
    for word in words:
        found = text.find(normalise(word), at)
        if found < 0:
            missing.append(word)
        else:
            at = found + len(normalise(word))
    return missing


def meetings(db: Path) -> list[Workshop]:
    store = open_store(db, create=False)
    try:
        return sorted(store.workshops(), key=lambda w: w.date)
    finally:
        store.close()


def write(db: Path, out: Path, workshop: Workshop, *options: str) -> int:
    return main(["handouts", workshop.id, "-o", str(out), "--db", str(db), *options])


def test_every_demo_meeting_prints_agenda_sign_in_and_each_ballot_in_the_screens_order(
    demo_db, tmp_path, capsys
):
    store = open_store(demo_db, create=False)
    try:
        expected = {}
        for workshop in meetings(demo_db):
            blocks = store.blocks(workshop.id)
            partners = store.partners(workshop.collaboration_id)
            roster = [name for p in partners for name in representatives_of(p)]
            trust = next((b for b in blocks if b.kind == "trust_check_in"), None)
            expected[workshop.id] = (blocks, roster, statements_of(trust) if trust else None)
    finally:
        store.close()
    for workshop in meetings(demo_db):
        out = tmp_path / f"{workshop.id}.pdf"
        assert write(demo_db, out, workshop) == 0
        pages, text = pdf_text(out.read_bytes())
        blocks, roster, statements = expected[workshop.id]
        assert not in_order(text, [workshop.title, *(b.title for b in blocks)])
        assert not in_order(text, ["Name", "Organisation", *roster])
        trust_at = text.find("Put a cross in one box on each line")
        if statements is None:  # no trust check-in on this agenda (designing the partnership)
            assert "5 completely" not in text
        else:
            assert not in_order(text[trust_at:], ["1 not at all", "5 completely", *statements])
        assert f"Page {pages} of {pages}" in text
        assert "Wrote" in capsys.readouterr().err


def test_the_indicator_ballot_lists_each_indicator_with_the_methods_words(demo_db, tmp_path):
    second = next(w for w in meetings(demo_db) if w.title == SECOND)
    store = open_store(demo_db, create=False)
    try:
        view = workshop_view(store, second.id, "room")
        indicators = [i.text for i in view.items_of_kind("indicator")]
    finally:
        store.close()
    out = tmp_path / "second.pdf"
    assert write(demo_db, out, second) == 0
    text = pdf_text(out.read_bytes())[1]
    ballot = text[text.find("Your vote on each indicator") :]
    assert "Fist-to-five (0–5)" in ballot
    assert not in_order(ballot, [level.label for level in levels("fist_to_five")])
    assert indicators and not in_order(ballot, indicators)


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_sets_the_page_size(demo_db, tmp_path, paper, size):
    from pypdf import PdfReader

    out = tmp_path / "handouts.pdf"
    assert write(demo_db, out, meetings(demo_db)[0], "--paper", paper) == 0
    for page in PdfReader(out).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_an_unknown_workshop_is_refused_in_one_line(demo_db, tmp_path, capsys):
    out = tmp_path / "handouts.pdf"
    assert main(["handouts", "no-such-id", "-o", str(out), "--db", str(demo_db)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no workshop" in err
    assert not out.exists()


def test_an_existing_file_is_kept_without_force(demo_db, tmp_path, capsys):
    out = tmp_path / "handouts.pdf"
    out.write_bytes(b"mine")
    workshop = meetings(demo_db)[0]
    assert write(demo_db, out, workshop) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err
    assert out.read_bytes() == b"mine"
    assert write(demo_db, out, workshop, "--force") == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_a_paper_size_not_offered_is_refused_in_one_line(demo_db, tmp_path, capsys):
    out = tmp_path / "handouts.pdf"
    with pytest.raises(SystemExit) as stop:
        write(demo_db, out, meetings(demo_db)[0], "--paper", "legal")
    assert stop.value.code != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "legal" in err
    assert not out.exists()


def test_a_typed_up_sign_in_sheet_reads_back_as_the_roster(demo_db, tmp_path):
    store = open_store(demo_db, create=False)
    try:
        sheet = handouts_for(store, meetings(demo_db)[0].id).sheets[1]
    finally:
        store.close()
    typed = tmp_path / "sign-in.csv"
    with typed.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(sheet.headings)
        writer.writerows((name, organisation, "") for name, organisation in sheet.rows)
    assert read_sign_in(typed) == [row for row in sheet.rows if row[0]]


def test_the_join_card_carries_the_open_rooms_address_and_code(demo_db):
    store = open_store(demo_db, create=False)
    try:
        kickoff = meetings(demo_db)[0]
        opened = handouts_for(
            store, kickoff.id, JoinAddress("http://192.168.1.20:41237/", "K7QX3M")
        )
        closed = handouts_for(store, kickoff.id)
    finally:
        store.close()
    text = pdf_text(handouts_pdf(opened))[1]
    assert text.count("http://192.168.1.20:41237/") == 4 and text.count("Code: K7QX3M") == 4
    text = pdf_text(handouts_pdf(closed))[1]
    assert "appear on the screen when the meeting opens to phones" in text


def test_dot_votes_get_a_dot_sheet_with_their_budget(planned_workshop, store):
    workshop = planned_workshop
    vision = Block(workshop.id, "shared_vision", "Our vision", position=90)
    vote = Block(
        workshop.id,
        "indicator_agreement",
        "Dot vote",
        position=91,
        settings={"method": "dots", "dots_per_person": 5, "max_dots_per_item": 2},
    )
    statement = Item(workshop.id, "vision_statement", "Everyone feels safe at home", vision.id)
    indicator = Item(workshop.id, "indicator", "Repeat calls at the busiest addresses", vote.id)
    hidden = Item(workshop.id, "indicator", "Officer overtime", vote.id, visibility="internal")
    store.apply(edits.add("test", vision, vote, statement, indicator, hidden))
    text = pdf_text(handouts_pdf(handouts_for(store, workshop.id)))[1]
    assert not in_order(text, ["Our vision", "Place your 3 dots", "Everyone feels safe at home"])
    assert not in_order(
        text,
        ["Dot vote", "Place your 5 dots", "At most 2 dots on one line", indicator.text],
    )
    assert hidden.text not in text  # only what the room may see is printed


def test_internal_statements_and_indicators_never_reach_paper(demo_db):
    store = open_store(demo_db, create=False)
    try:
        second = next(w for w in meetings(demo_db) if w.title == SECOND)
        internal = [
            i.text
            for i in workshop_view(store, second.id, "internal").items
            if i.visibility == "internal" and i.kind == "indicator"
        ]
        sheets = handouts(workshop_view(store, second.id, "room"))
    finally:
        store.close()
    text = pdf_text(handouts_pdf(sheets))[1]
    assert all(words not in text for words in internal)


# ------------------------------------------------------------------ the window
def test_the_window_writes_the_handouts_in_the_background(qtbot, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from workshop_app.ui import handouts_pdf as module
    from workshop_app.ui.handouts_dialog import HandoutsDialog
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.session import Session

    ui_thread = threading.get_ident()
    threads: list[int] = []
    lay_out = module.handouts_pdf

    def laying_out(*args, **kwargs):
        threads.append(threading.get_ident())
        return lay_out(*args, **kwargs)

    monkeypatch.setattr(module, "handouts_pdf", laying_out)
    store = open_store(demo_db, create=False)
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    kickoff = next(w for w in store.workshops() if w.title == KICKOFF)
    window.open_workshop(kickoff.id)
    out = tmp_path / "for the tables.pdf"
    seen: list[HandoutsDialog] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HandoutsDialog)
        seen.append(dialog)
        dialog.path_edit.selectAll()
        qtbot.keyClicks(dialog.path_edit, str(out))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # the default button: Write
        qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=60000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: qtbot.keyClick(window.menus["file"], Qt.Key.Key_O))
    QTimer.singleShot(50, fill_in)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # File, then o
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen and threads and ui_thread not in threads
    text = pdf_text(out.read_bytes())[1]
    assert KICKOFF in text and "Sign-in" in text
    store.close()


def test_without_an_open_room_the_card_takes_the_address_the_room_would_use(store, monkeypatch):
    from workshop_app.participation import server
    from workshop_app.ui.handouts_pdf import join_address
    from workshop_app.ui.room_opener import PORT_SETTING

    monkeypatch.setattr(server, "local_address", lambda: "192.168.1.20")
    assert join_address(store) is None  # never opened: no port to print
    store.set_setting(PORT_SETTING, 41237)
    assert join_address(store) == JoinAddress("http://192.168.1.20:41237/")
    monkeypatch.setattr(server, "local_address", lambda: "127.0.0.1")
    assert join_address(store) is None  # no network: phones could not reach it
