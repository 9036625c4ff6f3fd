"""The command line for every format, the collaboration report, import, render and backups."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from export_helpers import pdf_text

from workshop_app.cli import main
from workshop_app.export.csv_tables import table_kinds
from workshop_app.storage import open_store

KICKOFF = "Kick-off: first partnership meeting"


def ids(db: Path) -> tuple[str, str]:
    """(kick-off workshop id, collaboration id)"""
    store = open_store(db, create=False)
    try:
        workshop = next(w for w in store.workshops() if w.title == KICKOFF)
        return workshop.id, workshop.collaboration_id
    finally:
        store.close()


@pytest.mark.parametrize(
    "fmt,magic", [("html", b"<!DOCTYPE html>"), ("pdf", b"%PDF"), ("docx", b"PK")]
)
def test_export_writes_each_document_format(demo_db, tmp_path, fmt, magic, capsys):
    wid, _ = ids(demo_db)
    out = tmp_path / f"summary.{fmt}"
    assert main(["export", wid, "-f", fmt, "-o", str(out), "--db", str(demo_db)]) == 0
    assert out.read_bytes().startswith(magic)


def test_pdf_on_letter_paper_from_the_command_line(demo_db, tmp_path):
    from pypdf import PdfReader

    wid, _ = ids(demo_db)
    out = tmp_path / "summary.pdf"
    assert (
        main(
            ["export", wid, "-f", "pdf", "--paper", "letter", "-o", str(out), "--db", str(demo_db)]
        )
        == 0
    )
    assert round(float(PdfReader(out).pages[0].mediabox.height)) == 792
    assert KICKOFF in pdf_text(out.read_bytes())[1]


def test_csv_to_a_folder_writes_every_table(demo_db, tmp_path, capsys):
    wid, _ = ids(demo_db)
    folder = tmp_path / "tables"
    assert main(["export", wid, "-f", "csv", "-o", str(folder), "--db", str(demo_db)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    # The core tables and each exercise's (every kind with a table declares it).
    assert {"actions.csv", "facts.csv", "indicators.csv", "items.csv"} <= set(names)
    assert names == sorted(f"{name}.csv" for name in table_kinds())
    rows = list(csv.reader(io.StringIO((folder / "actions.csv").read_text("utf-8-sig"))))
    assert rows[0][:2] == ["Block number", "Block"]


def test_csv_one_table_to_standard_output(demo_db, capsys):
    wid, _ = ids(demo_db)
    assert main(["export", wid, "-f", "csv", "--table", "facts", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeffBlock number,Block,Prompt")


def test_csv_as_a_zip(demo_db, tmp_path):
    wid, _ = ids(demo_db)
    out = tmp_path / "tables.zip"
    assert main(["export", wid, "-f", "csv", "-o", str(out), "--db", str(demo_db)]) == 0
    assert "items.csv" in zipfile.ZipFile(out).namelist()


def test_unknown_csv_table_is_one_line(demo_db, capsys):
    wid, _ = ids(demo_db)
    assert main(["export", wid, "-f", "csv", "--table", "ballots", "--db", str(demo_db)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_collaboration_report_from_the_command_line(demo_db, capsys):
    _, cid = ids(demo_db)
    assert main(["export", "--collaboration", cid, "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "collaboration report" in out and "## Trust over time" in out


def test_collaboration_report_public_leaves_out_partners_actions(demo_db, capsys):
    _, cid = ids(demo_db)
    assert main(["export", "--collaboration", cid, "-a", "public", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "Publish the adopted measures on the City website" in out  # public action
    assert "Set up the monthly block-level data extract" not in out  # partners action


def test_export_needs_a_workshop_or_a_collaboration(demo_db, capsys):
    assert main(["export", "--db", str(demo_db)]) == 2
    assert "WORKSHOP_ID" in capsys.readouterr().err


def test_import_from_the_command_line_twice_adds_nothing(demo_db, tmp_path, capsys):
    wid, _ = ids(demo_db)
    file = tmp_path / "w.json"
    target = tmp_path / "target.sqlite3"
    assert (
        main(["export", wid, "-f", "json", "-a", "internal", "-o", str(file), "--db", str(demo_db)])
        == 0
    )
    assert main(["import", str(file), "--db", str(target)]) == 0
    assert main(["import", str(file), "--db", str(target)]) == 0
    out = capsys.readouterr().out
    assert "0 new" in out.splitlines()[-1]
    store = open_store(target)
    try:
        assert len(store.workshops()) == 1
    finally:
        store.close()


def test_import_of_a_bad_file_is_one_line_and_changes_nothing(demo_db, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "workshop-app/workshop", "format_version": 1}))
    store = open_store(demo_db)
    before = store.dump()
    store.close()
    assert main(["import", str(bad), "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert "damaged or incomplete" in err and err.count("\n") == 1
    store = open_store(demo_db)
    try:
        assert store.dump() == before
    finally:
        store.close()


def test_render_writes_the_room_view_of_a_block(demo_db, tmp_path):
    pytest.importorskip("workshop_app.ui.room_render")
    wid, _ = ids(demo_db)
    out = tmp_path / "block1.png"
    assert (
        main(
            [
                "render",
                wid,
                "--block",
                "1",
                "-o",
                str(out),
                "--size",
                "1280x720",
                "--db",
                str(demo_db),
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"\x89PNG")


def test_render_of_a_missing_block_is_one_line(demo_db, tmp_path, capsys):
    pytest.importorskip("workshop_app.ui.room_render")
    wid, _ = ids(demo_db)
    assert (
        main(["render", wid, "--block", "99", "-o", str(tmp_path / "x.png"), "--db", str(demo_db)])
        == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_backup_then_list_then_restore(demo_db, capsys):
    pytest.importorskip("workshop_app.storage.backup")
    assert main(["backup", "--db", str(demo_db)]) == 0
    made = capsys.readouterr().out
    backup = Path(made.split("Backup written to ", 1)[1].strip().rstrip("."))
    assert backup.exists()
    assert main(["backup", "--list", "--db", str(demo_db)]) == 0
    assert str(backup) in capsys.readouterr().out
    assert main(["restore", str(backup), "--db", str(demo_db)]) == 0
    assert main(["check", "--db", str(demo_db)]) == 0


def test_render_saves_any_page_of_a_long_room_view(demo_db, tmp_path):
    from PySide6.QtGui import QImage

    from workshop_app.storage import open_store

    store = open_store(demo_db)
    kickoff = next(w for w in store.workshops() if w.title.startswith("Kick-off"))
    # The partnership's history (eleven events, notes and lessons) takes two slides.
    long_block = next(
        n
        for n, b in enumerate(store.blocks(kickoff.id), start=1)
        if b.kind == "partnership_history"
    )
    store.close()
    first, second = tmp_path / "p1.png", tmp_path / "p2.png"
    args = ["render", kickoff.id, "--block", str(long_block), "--db", str(demo_db)]
    assert main([*args, "-o", str(first)]) == 0
    assert main([*args, "--page", "2", "-o", str(second)]) == 0
    assert QImage(str(second)).size().width() == 1920
    assert first.read_bytes() != second.read_bytes()
    assert main([*args, "--page", "9", "-o", str(tmp_path / "p9.png")]) == 1
    assert not (tmp_path / "p9.png").exists()
