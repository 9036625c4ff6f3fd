"""What the command line prints cannot steer the terminal, whatever the data holds.

Titles, names, ids and paths come from the database, from imported files and from
the file system. Printed raw, ``"\\x1b]0;owned\\x07"`` retitles the terminal, an
RLO reverses what follows, and a newline in a file name splits a refusal in two.
These tests run the real program and read the raw bytes it writes.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.cli import main, terminal_safe
from workshop_app.domain.records import Collaboration, Partner, Workshop
from workshop_app.storage import open_store

ROOT = Path(__file__).resolve().parent.parent

RETITLE = "\x1b]0;owned\x07"
HOSTILE_TITLE = f"Kick-off{RETITLE}\x1b[2J\x1b[31m red\r\nforged line\u202eevil\u2066x\u2069\x9b"
HOSTILE_NAME = f"Safer\x07 Riverton\x1b[1A\u2028\u200f\u061c{RETITLE}\x7f"
HOSTILE_PARTNER = "City\x1b]8;;http://evil\x1b\\ of Riverton\u202a\u202c\x85\t"

BIDI_CONTROLS = set("\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e") | set(
    "\u2066\u2067\u2068\u2069"
)


def steers_terminal(char: str) -> bool:
    """A control (C0, DEL, C1), a bidi control or separator, or a lone surrogate."""
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or char in BIDI_CONTROLS or 0xD800 <= code < 0xE000


def assert_terminal_safe(raw: bytes) -> None:
    """No byte below 0x20 but the line ends, no DEL, no C1 control, no bidi control."""
    assert not [b for b in raw if b < 0x20 and b != 0x0A], raw
    assert 0x7F not in raw, raw
    text = raw.decode("utf-8")
    assert not [c for c in text if 0x80 <= ord(c) <= 0x9F], text
    assert not BIDI_CONTROLS & set(text), text


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    """The real program, as a facilitator's shell starts it; output as raw bytes."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )


def hostile_database(path: Path, title: str = HOSTILE_TITLE) -> Workshop:
    store = open_store(path)
    try:
        collaboration = Collaboration(HOSTILE_NAME)
        workshop = Workshop(collaboration.id, title, "2026-09-15\x1b[8m")
        store.put(collaboration, Partner(collaboration.id, HOSTILE_PARTNER), workshop)
    finally:
        store.close()
    return workshop


def test_list_shows_hostile_titles_as_visible_escapes_on_their_own_lines(db_path):
    workshop = hostile_database(db_path)

    result = run_cli("list", "--db", db_path)

    assert result.returncode == 0, result.stderr
    assert_terminal_safe(result.stdout + result.stderr)
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 3  # collaboration, its partner count, its one workshop
    assert lines[0].startswith(terminal_safe(HOSTILE_NAME))
    assert terminal_safe(HOSTILE_TITLE) in lines[2] and workshop.id in lines[2]
    assert "\\x1b]0;owned\\x07" in lines[2] and "\\u202eevil" in lines[2]


def test_import_of_a_file_with_hostile_titles_reports_on_one_safe_line(db_path, tmp_path):
    workshop = hostile_database(db_path)
    exported = tmp_path / "kick-off.json"
    made = run_cli("export", workshop.id, "-f", "json", "-a", "internal", "--db", db_path)
    document = json.loads(made.stdout)
    document["workshop"]["title"] = HOSTILE_TITLE  # as a hand-edited file could say
    document["workshop"]["date"] = "2026-09-15"  # a date that is not a date is refused
    document["collaboration"]["name"] = HOSTILE_NAME
    exported.write_text(json.dumps(document), encoding="utf-8")

    result = run_cli("import", exported, "--db", tmp_path / "other.sqlite3")

    assert result.returncode == 0, result.stderr
    assert_terminal_safe(result.stdout + result.stderr)
    assert result.stdout.count(b"\n") == 1
    assert terminal_safe(HOSTILE_TITLE) in result.stdout.decode()


@pytest.mark.parametrize(
    "name", ["summary\nworkshop-app: Imported everything.json", f"{RETITLE}\u202enosj.json"]
)
def test_import_refusal_for_a_hostile_file_name_is_exactly_one_line(db_path, tmp_path, name):
    hostile = tmp_path / name
    hostile.write_text("Minutes of the meeting, not JSON\n")

    result = run_cli("import", hostile, "--db", db_path)

    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr.count(b"\n") == 1 and result.stderr.startswith(b"workshop-app: ")
    assert_terminal_safe(result.stderr)
    assert "is not a Workshop App workshop file" in result.stderr.decode()


def test_import_refusal_for_a_missing_hostile_file_name_is_exactly_one_line(db_path, tmp_path):
    result = run_cli("import", tmp_path / "gone\r\n\x1b[2Kfake.json", "--db", db_path)

    assert result.returncode == 1
    assert result.stderr.count(b"\n") == 1
    assert_terminal_safe(result.stderr)
    assert "\\r\\n\\x1b[2Kfake.json" in result.stderr.decode()


def test_an_id_typed_or_pasted_with_controls_is_echoed_escaped(db_path):
    hostile_database(db_path)

    result = run_cli("export", f"abcd{RETITLE}\n", "--db", db_path)

    assert result.returncode == 1
    assert result.stderr.count(b"\n") == 1
    assert_terminal_safe(result.stderr)
    assert "There is no workshop with the id abcd\\x1b]0;owned\\x07\\n" in result.stderr.decode()


def test_a_usage_mistake_quoting_hostile_arguments_is_one_safe_line(db_path):
    result = run_cli("list", "--db", db_path, f"extra{RETITLE}\nline\u202e")

    assert result.returncode == 2
    assert result.stderr.count(b"\n") == 1
    assert_terminal_safe(result.stderr)


@pytest.mark.parametrize("command", [["demo"], ["check"], ["backup"]])
def test_messages_naming_a_hostile_database_path_are_safe(tmp_path, command):
    folder = tmp_path / f"evil{RETITLE}\u202e\nfolder"
    folder.mkdir()
    db = folder / "workshops\x1b[2J.sqlite3"
    assert run_cli("demo", "--db", db).returncode == 0

    result = run_cli(*command, "--db", db)

    assert result.returncode == 0, result.stderr
    assert_terminal_safe(result.stdout + result.stderr)
    assert terminal_safe(str(folder)) in (result.stdout + result.stderr).decode()


def test_storage_refusal_naming_a_hostile_path_is_one_safe_line(tmp_path):
    missing = tmp_path / f"nowhere{RETITLE}\n\u202e.sqlite3"

    result = run_cli("list", "--db", missing)

    assert result.returncode == 1
    assert result.stderr.count(b"\n") == 1
    assert_terminal_safe(result.stderr)
    assert not missing.exists()


hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0xA0),
        st.sampled_from(sorted(BIDI_CONTROLS)),
        st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Cs"]),
        st.characters(),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=40, deadline=None)
@given(title=hostile_text, name=hostile_text)
def test_list_prints_any_title_and_name_as_one_safe_line_each(title, name):
    # A lone surrogate cannot be stored (the store refuses it in one sentence); the rest can.
    title = "".join(c for c in title if not 0xD800 <= ord(c) <= 0xDFFF) or "t"
    name = "".join(c for c in name if not 0xD800 <= ord(c) <= 0xDFFF) or "n"
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "workshops.sqlite3"
        store = open_store(db)
        collaboration = Collaboration(name)
        store.put(collaboration, Workshop(collaboration.id, title, "2026-09-15"))
        store.close()
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["list", "--db", str(db)]) == 0
    raw = out.getvalue().encode("utf-8")  # a lone surrogate left in would fail here
    assert_terminal_safe(raw)
    assert raw.count(b"\n") == 3


@given(text=hostile_text)
def test_terminal_safe_leaves_nothing_that_steers_a_terminal_and_keeps_the_rest(text):
    shown = terminal_safe(text)
    assert_terminal_safe(shown.encode("utf-8"))
    assert "\n" not in shown
    harmless = "".join(c for c in text if not steers_terminal(c))
    assert terminal_safe(harmless) == harmless  # nothing else is touched
