"""Hostile input: fuzzed import files are refused without harm; fuzzed text stays inert
in every export."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain import edits
from workshop_app.domain.records import Collaboration, Item, ItemKind, Partner, Workshop
from workshop_app.export import render_workshop, workshop_view
from workshop_app.export.json_checks import MAX_FILE_BYTES, ImportRefused, parse_workshop_document
from workshop_app.export.json_import import import_workshop_document
from workshop_app.storage import Store, open_store


def fuzz(examples: int) -> settings:
    """Hypothesis settings for a fuzz test: no deadline (CI machines are slow), fixed size."""
    return settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )


# ------------------------------------------------------------------------------ imports
@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> bytes:
    """A real workshop file, exported by the app, to mutate."""
    folder = tmp_path_factory.mktemp("source")
    store = open_store(folder / "source.sqlite3")
    collaboration = Collaboration("Safer Riverton Partnership")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15", "Library")
    partner = Partner(collaboration.id, "City of Riverton", "public")
    store.put(collaboration, partner, workshop)
    parent = Item(workshop.id, "note", "Public safety", partner_id=partner.id)
    store.apply(
        edits.add(
            "Capture",
            parent,
            Item(workshop.id, "note", "Shared patrols", parent_id=parent.id),
            Item(
                workshop.id,
                ItemKind.ACTION.value,
                "Share crime data",
                fields={"owner": "City", "due": "2026-10-01"},
                visibility="internal",
            ),
        )
    )
    raw = render_workshop(workshop_view(store, workshop.id, "internal"), "json")
    store.close()
    return raw


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    """The database imports are tried against (it already holds other work)."""
    store = open_store(tmp_path_factory.mktemp("target") / "target.sqlite3")
    collaboration = Collaboration("Clean River Compact")
    workshop = Workshop(collaboration.id, "River walk", "2026-08-01")
    store.put(collaboration, workshop, Item(workshop.id, "note", "Bank erosion at the weir"))
    yield store
    store.close()


def _try_import(store: Store, raw: bytes) -> str | None:
    """Import ``raw``; returns the refusal message, or None when it was accepted.

    A refused file must leave the database exactly as it was; any exception other
    than a plain refusal is a bug and fails the test.
    """
    before = store.dump()
    try:
        import_workshop_document(store, parse_workshop_document(raw, "fuzzed.json"))
    except ImportRefused as refused:
        assert store.dump() == before
        assert refused.message.strip() and "Traceback" not in refused.message
        assert len(refused.message) < 600
        return refused.message
    assert store.integrity_problems() == []
    return None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=25,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for n, child in enumerate(value):
            yield from _paths(child, (*prefix, n))


def _set(document, path, replacement):
    if not path:
        return replacement
    holder = document
    for step in path[:-1]:
        holder = holder[step]
    if replacement is _DELETE:
        del holder[path[-1]]
    else:
        holder[path[-1]] = replacement
    return document


_DELETE = object()


class _DeepNesting:
    """A value nested ``depth`` levels deep, spliced in as text (json.dumps would recurse)."""

    def __init__(self, depth: int) -> None:
        self.depth = depth

    def __repr__(self) -> str:
        return f"_DeepNesting({self.depth})"


def _encode(document: object) -> bytes:
    nested: list[_DeepNesting] = []

    def placeholder(value: object) -> str:
        if isinstance(value, _DeepNesting):
            nested.append(value)
            return f"@@deep{len(nested) - 1}@@"
        raise TypeError(value)

    text = json.dumps(document, default=placeholder)
    for n, deep in enumerate(nested):
        text = text.replace(
            f'"@@deep{n}@@"', '{"x": [' * deep.depth + '"bottom"' + "]}" * deep.depth
        )
    return text.encode()


@fuzz(500)
@given(data=st.data())
def test_import_with_a_wrong_value_anywhere_is_refused_or_sound(exported, target, data):
    document = json.loads(exported)
    paths = list(_paths(document))
    path = data.draw(st.sampled_from(paths), label="path")
    replacement = data.draw(
        st.one_of(
            json_values,
            st.just(_DELETE) if path else json_values,
            st.integers(50, 5000).map(_DeepNesting),
            st.integers(100_000, 3_000_000).map(lambda n: "x" * n),  # oversized text
        ),
        label="replacement",
    )
    raw = _encode(_set(document, path, replacement))

    _try_import(target, raw)


@fuzz(250)
@given(cut=st.floats(0, 1, exclude_max=True))
def test_truncated_import_file_is_refused(exported, target, cut):
    whole = exported.rstrip()  # cutting trailing white space only is no damage
    message = _try_import(target, whole[: int(len(whole) * cut)])
    assert message is not None


@fuzz(150)
@given(position=st.floats(0, 1, exclude_max=True), junk=st.binary(min_size=1, max_size=8))
def test_import_file_with_overwritten_bytes_is_refused_or_sound(exported, target, position, junk):
    at = int(len(exported) * position)
    _try_import(target, exported[:at] + junk + exported[at + len(junk) :])


@fuzz(150)
@given(document=json_values)
def test_any_other_json_is_refused(target, document):
    assert _try_import(target, json.dumps(document).encode()) is not None


@fuzz(100)
@given(raw=st.binary(max_size=3000))
def test_random_bytes_are_refused(target, raw):
    assert _try_import(target, raw) is not None


def test_json_nested_deeper_than_python_can_parse_is_refused(target):
    raw = b"[" * 200_000 + b"]" * 200_000
    assert "not valid JSON" in _try_import(target, raw)


def test_oversized_import_file_is_refused_before_parsing(target):
    raw = b" " * (MAX_FILE_BYTES + 1)
    assert "too large" in _try_import(target, raw)


# ------------------------------------------------------------------------------ exports
PAYLOADS = (
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![x](http://example.invalid/track.png)",
    '=HYPERLINK("http://evil.invalid","open")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "# heading?",
    "| cell | break |",
    "**bold** _it_ `code`",
    "\u202eevil\u202c txt.exe",
    "\u202eunclosed override",
    "\u2066isolate\u2069",
    "nul\x00bell\x07esc\x1b[31m",
    "line\r\nbreak\rcarriage",
    "&lt;already&gt; &amp;",
    "--> <!-- comment",
)
fuzz_text = st.lists(st.sampled_from(PAYLOADS) | st.text(max_size=20), min_size=1, max_size=4).map(
    "".join
)


def _build(store: Store, texts: list[str]) -> str:
    collaboration = Collaboration(texts[0])
    partner = Partner(collaboration.id, texts[1], "public", representatives=texts[2])
    workshop = Workshop(collaboration.id, texts[3], "2026-09-15", texts[4])
    store.put(collaboration, partner, workshop)
    store.put(
        Item(workshop.id, "note", texts[5], visibility="public"),
        Item(workshop.id, ItemKind.DECISION.value, texts[6], visibility="public"),
        Item(
            workshop.id,
            ItemKind.ACTION.value,
            texts[7],
            visibility="public",
            fields={"owner": texts[8], "due": "2026-10-01"},
        ),
        Item(
            workshop.id,
            "fact",
            texts[9],
            visibility="public",
            fields={"source": texts[10], "status": "agreed"},
        ),
    )
    return workshop.id


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def _html_tags(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.fixture(scope="module")
def export_store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("exports") / "exports.sqlite3")
    yield store
    store.close()


@pytest.fixture(scope="module")
def baseline_tags(export_store) -> set[str]:
    """The tags the HTML export uses for harmless text."""
    workshop_id = _build(export_store, ["plain words"] * 11)
    html = render_workshop(workshop_view(export_store, workshop_id, "public"), "html").decode()
    return {tag for tag, _ in _html_tags(html)}


@fuzz(120)
@given(texts=st.lists(fuzz_text, min_size=11, max_size=11))
def test_fuzzed_text_stays_text_in_html(export_store, baseline_tags, texts):
    workshop_id = _build(export_store, texts)
    html = render_workshop(workshop_view(export_store, workshop_id, "public"), "html").decode()

    tags = _html_tags(html)
    assert {tag for tag, _ in tags} <= baseline_tags | {"br"}
    for _tag, attrs in tags:
        for name, value in attrs:
            assert not name.startswith("on")
            assert not (value or "").strip().lower().startswith("javascript:")
    assert "<script" not in html.lower()


@fuzz(120)
@given(texts=st.lists(fuzz_text, min_size=11, max_size=11))
def test_fuzzed_text_stays_text_in_markdown(export_store, baseline_markup, texts):
    workshop_id = _build(export_store, texts)
    markdown = render_workshop(workshop_view(export_store, workshop_id, "public"), "md")
    text = markdown.decode()

    # Every markup character that came from the user is backslash-escaped, so the
    # output has exactly the unescaped markup of a harmless export.
    assert _unescaped_markup(text) == baseline_markup


def _unescaped_markup(markdown: str) -> dict[str, int]:
    """How many ``<``, ``[``, ``]``, `````, ``|`` appear without a backslash before them."""
    import re

    return {ch: len(re.findall(r"(?<!\\)" + re.escape(ch), markdown)) for ch in "<[]`|"}


@pytest.fixture(scope="module")
def baseline_markup(export_store) -> dict[str, int]:
    workshop_id = _build(export_store, ["plain words"] * 11)
    markdown = render_workshop(workshop_view(export_store, workshop_id, "public"), "md")
    return _unescaped_markup(markdown.decode())


def _csv_cells(data: bytes) -> list[str]:
    cells = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            reader = csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig")))
            cells += [cell for row in reader for cell in row]
    return cells


@fuzz(120)
@given(texts=st.lists(fuzz_text, min_size=11, max_size=11))
def test_fuzzed_text_cannot_become_a_spreadsheet_formula(export_store, texts):
    workshop_id = _build(export_store, texts)
    data = render_workshop(workshop_view(export_store, workshop_id, "public"), "csv")

    for cell in _csv_cells(data):
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            assert cell.lstrip("+-").replace(".", "", 1).isdigit(), cell  # plain numbers only


@fuzz(60)
@given(texts=st.lists(fuzz_text, min_size=11, max_size=11))
def test_control_and_bidi_characters_do_not_reach_exported_lines(export_store, texts):
    workshop_id = _build(export_store, texts)
    view = workshop_view(export_store, workshop_id, "public")
    for key in ("md", "html"):
        text = render_workshop(view, key).decode()
        assert not any(ch in text for ch in "\x00\x07\x1b"), key
        # An unclosed right-to-left override would flip every line after it.
        assert text.count("\u202e") <= text.count("\u202c"), key


# ------------------------------------------------------------------------ atomic exports
def test_export_that_fails_for_lack_of_space_leaves_no_half_written_file(tmp_path: Path):
    import subprocess
    import sys

    script = Path(__file__).with_name("reliability_child.py")
    done = subprocess.run(
        [sys.executable, str(script), "export-full", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    result = json.loads(done.stdout.splitlines()[-1])

    assert result["error"] and "Cannot write" in result["error"]
    assert result["files"] == ["summary.md"]  # only the earlier, complete file
    assert result["old_content_kept"] is True
