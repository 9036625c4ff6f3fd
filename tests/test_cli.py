"""The command line: demo, list, check, export, and its one-line errors."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.cli import main
from workshop_app.exercises.demo import DEMO_NAME, WORKSHOPS
from workshop_app.storage import open_store
from workshop_app.storage.migrations import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent


def workshop_ids(db: Path) -> dict[str, str]:
    store = open_store(db, create=False)
    try:
        return {w.title: w.id for w in store.workshops()}
    finally:
        store.close()


def kickoff_id(db: Path) -> str:
    return workshop_ids(db)["Kick-off: first partnership meeting"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def internal_and_partner_texts(db: Path, workshop_id: str) -> tuple[list[str], list[str]]:
    """Texts of internal and of partners items that the public may not read.

    Texts that the public may read anyway (the same words in a public item, a
    block's settings such as trust statements, a partner's record) are left out.
    """
    store = open_store(db, create=False)
    try:
        items = store.items(workshop_id)
        public_words = json.dumps(
            [[b.title, b.prompt, b.settings] for b in store.blocks(workshop_id)]
            + [i.text for i in items if i.visibility == "public"]
            + [str(p) for p in store.partners(store.collaborations()[0].id)],
            ensure_ascii=False,
        )
    finally:
        store.close()

    def secret(i) -> bool:
        return bool(i.text) and i.text not in public_words

    internal = [
        i.text
        for i in items
        if (i.visibility == "internal" or i.kind == "facilitator_note") and secret(i)
    ]
    partners = [i.text for i in items if i.visibility == "partners" and secret(i)]
    return internal, partners


def test_demo_then_list_shows_the_demo_collaboration_and_both_workshops(db_path, capsys):
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert DEMO_NAME in out
    assert "Kick-off: first partnership meeting" in out
    assert "Second meeting: measures and information sharing" in out
    assert "2026-09-15" in out and "2026-10-20" in out
    for workshop_id in workshop_ids(db_path).values():
        assert workshop_id in out


def test_demo_twice_adds_nothing_the_second_time(db_path, capsys):
    assert main(["demo", "--db", str(db_path)]) == 0
    assert main(["demo", "--db", str(db_path)]) == 0
    assert "already" in capsys.readouterr().err
    store = open_store(db_path)
    try:
        assert [c.name for c in store.collaborations()] == [DEMO_NAME]
        assert len(store.workshops()) == len(WORKSHOPS)
    finally:
        store.close()


def test_db_option_before_the_command_is_used(db_path, capsys):
    assert main(["--db", str(db_path), "demo"]) == 0
    assert main(["--db", str(db_path), "list"]) == 0
    assert DEMO_NAME in capsys.readouterr().out


def test_database_from_environment_variable_is_used(db_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKSHOP_APP_DB", str(db_path))
    assert main(["demo"]) == 0
    assert db_path.exists()


def test_check_passes_on_the_demo(demo_db, capsys):
    assert main(["check", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "no damage" in out and f"version {SCHEMA_VERSION}" in out


def test_check_fails_with_one_line_on_a_damaged_copy(demo_db, capsys):
    data = bytearray(demo_db.read_bytes())
    page = 4096
    data[page * 2 : page * 5] = b"\xa5" * (page * 3)  # scribble over three pages of the tree
    demo_db.write_bytes(bytes(data))
    assert main(["check", "--db", str(demo_db)]) != 0
    err = capsys.readouterr().err
    assert "damaged" in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_check_fails_with_one_line_on_a_file_that_is_not_a_database(tmp_path, capsys):
    not_db = tmp_path / "notes.sqlite3"
    not_db.write_text("Shopping list: coffee, markers, sticky notes\n" * 20)
    before = sha256(not_db)
    assert main(["check", "--db", str(not_db)]) != 0
    err = capsys.readouterr().err
    assert "not a Workshop App database" in err
    assert err.count("\n") == 1
    assert sha256(not_db) == before


def test_check_fails_on_a_missing_file_without_creating_it(tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite3"
    assert main(["check", "--db", str(missing)]) != 0
    assert "There is no database" in capsys.readouterr().err
    assert not missing.exists()


def stamp_newer_version(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # fold the WAL back: one self-contained file
    conn.close()


@pytest.mark.parametrize("command", [["check"], ["list"], ["demo"], ["export", "0000-fake"]])
def test_newer_schema_is_refused_and_the_file_left_byte_for_byte_unchanged(
    demo_db, capsys, command
):
    stamp_newer_version(demo_db)
    before = sha256(demo_db)
    assert main([*command, "--db", str(demo_db)]) != 0
    err = capsys.readouterr().err
    assert "newer version" in err
    assert err.count("\n") == 1
    assert sha256(demo_db) == before
    assert not Path(f"{demo_db}-wal").exists()


def test_export_markdown_writes_a_readable_summary(demo_db, tmp_path, capsys):
    out = tmp_path / "summary.md"
    wid = kickoff_id(demo_db)
    assert main(["export", wid, "--format", "md", "--db", str(demo_db), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Kick-off: first partnership meeting")
    assert "Collaboration: Safer Riverton Partnership" in text
    assert "## Decisions" in text and "## Action items" in text
    assert "## Parking lot" in text
    assert "Lt. Janet Price" in text  # an action owner
    assert "Introductions: who is at the table" in text


def test_export_to_standard_output_without_o(demo_db, capsys):
    assert main(["export", kickoff_id(demo_db), "--db", str(demo_db)]) == 0
    assert capsys.readouterr().out.startswith("# Kick-off")


def test_export_accepts_a_unique_start_of_the_id(demo_db, capsys):
    assert main(["export", kickoff_id(demo_db)[:8], "--db", str(demo_db)]) == 0
    assert "# Kick-off" in capsys.readouterr().out


def test_public_export_contains_no_internal_or_partners_text(demo_db, capsys):
    wid = kickoff_id(demo_db)
    internal, partners = internal_and_partner_texts(demo_db, wid)
    assert internal and partners  # the demo has both
    for fmt in ("md", "json"):
        assert main(["export", wid, "-f", fmt, "-a", "public", "--db", str(demo_db)]) == 0
        out = capsys.readouterr().out
        for text in internal + partners:
            assert text not in out, (fmt, text)


def test_partners_export_contains_partners_text_but_no_internal_text(demo_db, capsys):
    wid = kickoff_id(demo_db)
    internal, _ = internal_and_partner_texts(demo_db, wid)
    assert main(["export", wid, "-a", "partners", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    for text in internal:
        assert text not in out
    assert "Draft the data-use agreement template" in out


def test_internal_export_includes_the_facilitator_notes(demo_db, capsys):
    wid = kickoff_id(demo_db)
    assert main(["export", wid, "-a", "internal", "--db", str(demo_db)]) == 0
    assert "seat them at the same table" in capsys.readouterr().out


def test_export_json_carries_the_whole_workshop_with_ids(demo_db, capsys):
    wid = kickoff_id(demo_db)
    assert main(["export", wid, "-f", "json", "-a", "internal", "--db", str(demo_db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "workshop-app/workshop" and data["format_version"] == 2
    assert data["workshop"]["id"] == wid
    assert len(data["partners"]) == 6
    store = open_store(demo_db, create=False)
    try:
        assert {i["id"] for i in data["items"]} == {i.id for i in store.items(wid)}
        assert [b["id"] for b in data["blocks"]] == [b.id for b in store.blocks(wid)]
    finally:
        store.close()


def test_export_never_overwrites_without_force(demo_db, tmp_path, capsys):
    out = tmp_path / "summary.md"
    out.write_text("precious")
    wid = kickoff_id(demo_db)
    assert main(["export", wid, "--db", str(demo_db), "-o", str(out)]) != 0
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "precious"
    assert main(["export", wid, "--db", str(demo_db), "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Kick-off")


def test_export_leaves_no_temporary_file_behind(demo_db, tmp_path, capsys):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert (
        main(["export", kickoff_id(demo_db), "--db", str(demo_db), "-o", str(out_dir / "s.md")])
        == 0
    )
    assert [p.name for p in out_dir.iterdir()] == ["s.md"]


def test_unknown_workshop_id_is_one_clear_line(demo_db, capsys):
    assert main(["export", "no-such-workshop", "--db", str(demo_db)]) != 0
    err = capsys.readouterr().err
    assert "There is no workshop with the id no-such-workshop" in err
    assert err.count("\n") == 1


def test_bad_arguments_are_one_line_with_exit_code_2(demo_db, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "x", "--format", "pptx", "--db", str(demo_db)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err
    assert err.count("\n") == 1


def test_list_on_a_missing_database_does_not_create_it(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite3"
    assert main(["list", "--db", str(missing)]) != 0
    assert "There is no database" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize(
    "command", ["list", "demo", "check", "export", "import", "render", "backup", "restore", "gui"]
)
def test_every_command_has_help_and_a_db_option(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "--db" in capsys.readouterr().out


def test_main_py_runs_as_a_program_without_traceback(tmp_path):
    missing = tmp_path / "missing.sqlite3"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "list", "--db", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    """`workshop-app export ... | head`: a closed pipe is not a bug (exit 1, no traceback)."""
    code = (
        "import sys; from workshop_app import cli\n"
        "def gone(args): raise BrokenPipeError\n"
        "cli.COMMANDS['list'] = gone\n"
        "sys.exit(cli.main(['list', '--db', sys.argv[1]]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert result.stderr == ""


def test_demo_puts_items_in_every_block_and_some_of_each_visibility(demo_db):
    store = open_store(demo_db, create=False)
    try:
        for workshop in store.workshops():
            for block in store.blocks(workshop.id):
                assert store.items(workshop.id, block.id), (workshop.title, block.title)
            visibilities = {i.visibility for i in store.items(workshop.id)}
            assert visibilities == {"public", "partners", "internal"}
            kinds = {i.kind for i in store.items(workshop.id)}
            assert {"decision", "action", "parking", "facilitator_note"} <= kinds
        partners = store.partners(store.collaborations()[0].id)
        assert len({p.sector for p in partners}) >= 4
    finally:
        store.close()


def test_demo_falls_back_to_generic_notes_for_kinds_without_a_demo(planned_workshop, store):
    from workshop_app.exercises.demo import block_items
    from workshop_app.exercises.registry import DemoContext

    block = next(b for b in store.blocks(planned_workshop.id) if b.kind == "wrap_up")
    items = block_items(DemoContext(planned_workshop, block, (), 0))
    assert items and all(i.kind == "note" and i.block_id == block.id for i in items)


def test_search_lists_the_best_match_first_with_the_words_found_marked(demo_db, capsys):
    assert main(["search", "--db", str(demo_db), "street", "light"]) == 0
    out = capsys.readouterr().out.splitlines()
    meetings = [line for line in out if not line.startswith("  ")]
    assert [m.split("  ")[1] for m in meetings] == [
        # "street lighting and safer street design", the best match: in the scope the
        # design meeting confirmed, then (older) in the kick-off's
        "Designing how we work together",
        "Kick-off: first partnership meeting",
        "Second meeting: measures and information sharing",  # two items
        "Check-in: what we did and what moved",  # one item, the weakest match
    ]
    assert all(
        m.endswith(("items", "said in 1 item")) and "found by said in" in m for m in meetings
    )
    snippets = [line for line in out if line.startswith("  ")]
    assert snippets[0].startswith("  *Street* *lighting* and safer *street* design  [")
    assert main(["search", "--db", str(demo_db), "zzzqqq"]) == 0
    assert "Nothing matches" in capsys.readouterr().out
    assert main(["search", "--db", str(demo_db), "x", "--limit", "0"]) == 2
    assert capsys.readouterr().err.count("\n") == 1  # one line


def test_search_finds_a_collaboration_by_name_and_a_workshop_by_place(demo_db, capsys):
    assert main(["search", "--db", str(demo_db), "riverton"]) == 0
    out = capsys.readouterr().out.splitlines()
    # The kick-off, at the Riverton Public Library, is found by all three.
    at = next(n for n, line in enumerate(out) if "Kick-off" in line)
    assert "found by collaboration name, place, said in" in out[at]  # in that order
    assert "*Riverton*" in out[at + 1]
    assert main(["search", "--db", str(demo_db), "riverton", "--limit", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # one meeting, one snippet
    assert main(["search", "--db", str(demo_db), "council chambers"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "Second meeting: measures and information sharing" in line
    assert line.endswith("found by place")


def _said_hostile(db: Path) -> None:
    from workshop_app.domain import edits
    from workshop_app.domain.records import Item

    store = open_store(db, create=False)
    try:
        workshop = store.workshops()[0]
        text = "<b>zebra</b> \x1b]0;owned\x07 & \u202eevil \x1b[2J crossing"
        store.apply(edits.add("Capture", Item(workshop.id, "note", text)))
    finally:
        store.close()


def test_search_words_found_are_starred_in_a_pipe_and_what_was_said_cannot_steer_it(
    demo_db, capsys
):
    _said_hostile(demo_db)
    assert main(["search", "--db", str(demo_db), "zebra", "crossing"]) == 0
    _, snippet = capsys.readouterr().out.splitlines()
    assert snippet.startswith(
        "  <b>*zebra*</b> \\x1b]0;owned\\x07 & \\u202eevil \\x1b[2J *crossing*  ["
    )


def test_search_words_found_are_bold_on_a_terminal_and_only_they(demo_db, capsys, monkeypatch):
    _said_hostile(demo_db)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["search", "--db", str(demo_db), "zebra", "crossing"]) == 0
    _, snippet = capsys.readouterr().out.splitlines()
    bold, plain = "\x1b[1m", "\x1b[22m"
    assert snippet.startswith(
        f"  <b>{bold}zebra{plain}</b> \\x1b]0;owned\\x07 & \\u202eevil \\x1b[2J "
        f"{bold}crossing{plain}  ["
    )
    assert snippet.count("\x1b") == 4  # the bold's, and no other
