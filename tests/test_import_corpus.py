"""The import corpus: hostile files are refused with one line and change nothing; every
file accepted is fully usable.

Files are made from real exports (the demo's two meetings for every audience, and
generated collaborations with every exercise kind) by mutations a hostile partner
would try: numbers that are not numbers (NaN, Infinity, 2^63, 5,000 digits), lone
surrogates in text and keys, wrong types in every field and setting, ids that belong
to another workshop or collaboration (newer and older), links to another
collaboration's partner, deep trees and deep nesting, unknown kinds, bytes cut off or
flipped. Each file is imported into a copy of the demo database: either it is refused
with a message of one line and the database dump is unchanged, or it is accepted and
every format exports and every block renders for the room.

``IMPORT_CORPUS_EXAMPLES`` raises the number of files (the soak run); ``IMPORT_FULL``
sends every accepted file, not only a share, through PDF, Word and room stills.
"""

from __future__ import annotations

import atexit
import copy
import json
import logging
import math
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from disclosure_world import build_world
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app import export
from workshop_app.charts import render_png as _render_png
from workshop_app.domain.records import Block, Collaboration, Item, Partner, Workshop, now
from workshop_app.domain.schema import item_schema
from workshop_app.exercises.demo import add_demo
from workshop_app.export.json_checks import ImportRefused, parse_workshop_document
from workshop_app.export.json_import import import_workshop_document
from workshop_app.storage import Store, open_store

EXAMPLES = int(os.environ.get("IMPORT_CORPUS_EXAMPLES", "0")) or None
FULL = bool(os.environ.get("IMPORT_FULL"))
#: Counted for docs/reliability.md: files tried, refused, accepted, accepted and usable.
TALLY = {"tried": 0, "refused": 0, "accepted": 0, "usable": 0, "changed_on_refusal": 0}


# ------------------------------------------------------------------ material
def _exports(store: Store, workshop_ids: list[str]) -> list[dict[str, Any]]:
    found = []
    for workshop_id in workshop_ids:
        for audience in ("internal", "partners", "public"):
            view = export.workshop_view(store, workshop_id, audience)
            found.append(json.loads(export.render_workshop(view, "json")))
    return found


def _material() -> tuple[Path, list[dict[str, Any]], dict[str, list[str]]]:
    """The demo database (the import target) and the real exports mutations start from."""
    folder = Path(tempfile.mkdtemp(prefix="corpus-"))
    atexit.register(shutil.rmtree, folder, True)
    demo = folder / "demo.sqlite3"
    store = open_store(demo)
    add_demo(store)
    workshops = [w.id for w in sorted(store.workshops(), key=lambda w: w.date)]
    bases = _exports(store, workshops)
    ids = {
        "workshop": workshops,
        "collaboration": [c.id for c in store.collaborations()],
        "partner": [p.id for c in store.collaborations() for p in store.partners(c.id)],
        "item": [i.id for w in workshops for i in store.items(w)][:50],
        "block": [b.id for w in workshops for b in store.blocks(w)],
    }
    store.close()
    for seed in (1, 2):
        other = open_store(folder / f"world{seed}.sqlite3")
        world, _ = build_world(other, seed, 3, 3, 0.1)
        bases += _exports(other, [world.meetings[-1].id])
        other.close()
    return demo, bases, ids


DEMO, BASES, DEMO_IDS = _material()


@pytest.fixture
def target(tmp_path: Path):
    """A fresh copy of the demo database per file."""
    path = tmp_path / "target.sqlite3"
    shutil.copyfile(DEMO, path)
    store = open_store(path)
    yield store
    store.close()


# ------------------------------------------------------------------ mutations
def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside ``value`` (dict keys and list indexes)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for n, child in enumerate(value[:20]):
            found += _paths(child, (*prefix, n))
    return found


def _set(document: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return document


def _delete(document: Any, path: tuple) -> Any:
    if not path:
        return document
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return document


def _deep(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


HOSTILE_VALUES = st.sampled_from(
    [
        math.nan,
        math.inf,
        -math.inf,
        2**63,
        -(2**63) - 1,
        10**30,
        1e308,
        -1,
        0,
        "",
        "\udc00lone surrogate",
        "\x1b]0;owned\x07",
        "\u202eevil",
        "x" * 200_001,
        None,
        True,
        [],
        {},
        ["open"],
        {"a": {"b": {"c": 1}}},
        5,
        "abc",
        "junk",
        [math.inf],
    ]
) | st.builds(_deep, st.integers(20, 300))


def mutate_value(draw, document: dict) -> dict:
    paths = [p for p in _paths(document) if p]
    if not paths:
        return draw(HOSTILE_VALUES)
    path = draw(st.sampled_from(paths))
    return _set(document, path, draw(HOSTILE_VALUES))


def delete_member(draw, document: dict) -> dict:
    paths = [p for p in _paths(document) if p]
    return _delete(document, draw(st.sampled_from(paths))) if paths else document


def take_existing_id(draw, document: dict) -> dict:
    """An id of the file becomes one the target database uses elsewhere, newer or older."""
    kind = draw(st.sampled_from(sorted(DEMO_IDS)))
    taken = draw(st.sampled_from(DEMO_IDS[kind]))
    stamp = draw(st.sampled_from(["1999-01-01T00:00:00", now(), "2999-01-01T00:00:00"]))
    if kind == "collaboration":
        document["collaboration"]["id"] = taken
    elif kind == "workshop":
        document["workshop"]["id"] = taken
        document["workshop"]["updated_at"] = stamp
    elif kind == "partner" and document["partners"]:
        partner = draw(st.sampled_from(document["partners"]))
        partner["id"] = taken
        partner["updated_at"] = stamp
    elif kind == "block" and document["blocks"]:
        block = draw(st.sampled_from(document["blocks"]))
        block["id"] = taken
        block["updated_at"] = stamp
    elif document["items"]:
        item = draw(st.sampled_from(document["items"]))
        item["id"] = taken
        item["updated_at"] = stamp
    return document


def link_foreign_partner(draw, document: dict) -> dict:
    """An item names a partner of another collaboration in the target database."""
    if document["items"]:
        item = draw(st.sampled_from(document["items"]))
        item["partner_id"] = draw(st.sampled_from(DEMO_IDS["partner"]))
    return document


def deep_tree(draw, document: dict) -> dict:
    """A chain of issues far deeper than any room makes."""
    depth = draw(st.integers(40, 1500))
    workshop_id = document["workshop"]["id"]
    block = next((b for b in document["blocks"] if b["kind"] == "scope_issue"), None)
    parent = None
    for n in range(depth):
        node = {
            "id": f"deep-{n}",
            "workshop_id": workshop_id,
            "block_id": block["id"] if block else None,
            "parent_id": parent,
            "kind": "scope_node",
            "text": f"level {n}",
            "fields": {"scope": "in"},
        }
        document["items"].append(node)
        parent = node["id"]
    return document


def retype_kind(draw, document: dict) -> dict:
    records = document["items"] + document["blocks"]
    if records:
        record = draw(st.sampled_from(records))
        record["kind"] = draw(
            st.sampled_from(["no_such_kind", "indicator_vote", "trust_rating", "scope_node", ""])
        )
    return document


def duplicate_record(draw, document: dict) -> dict:
    if document["items"]:
        document["items"].append(copy.deepcopy(draw(st.sampled_from(document["items"]))))
    return document


HOSTILE_OPS = [
    mutate_value,
    mutate_value,
    mutate_value,
    delete_member,
    take_existing_id,
    take_existing_id,
    link_foreign_partner,
    deep_tree,
    retype_kind,
    duplicate_record,
]


def _raw(document: Any, draw) -> bytes:
    try:
        text = json.dumps(document, allow_nan=True, ensure_ascii=draw(st.booleans()))
    except ValueError:  # an integer too long for Python to print: write it by hand
        text = json.dumps({**document, "format_version": 1}).replace(
            '"format_version": 1', '"format_version": ' + "9" * 5000
        )
    data = text.encode("utf-8", "surrogatepass")
    cut = draw(st.sampled_from(["none", "none", "none", "truncate", "flip", "huge number", "deep"]))
    if cut == "truncate":
        data = data[: draw(st.integers(0, max(0, len(data) - 1)))]
    elif cut == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    elif cut == "huge number":
        data = data.replace(b'"position": 0', b'"position": ' + b"1" * 5000, 1)
    elif cut == "deep":  # nesting far past what a parser's recursion survives
        depth = draw(st.integers(100, 100_000))
        data = data.replace(b'"fields": {}', b'"fields": ' + b"[" * depth + b"]" * depth, 1)
    return data


@st.composite
def hostile_files(draw) -> bytes:
    document = copy.deepcopy(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(HOSTILE_OPS))
        try:
            document = op(draw, copy.deepcopy(document))
        except (TypeError, KeyError, IndexError, AttributeError):
            pass  # an earlier mutation took away what this one works on
    return _raw(document, draw)


# ------------------------------------------------------------------ valid variations
ODD_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=60
) | st.sampled_from(["\x1b]0;owned\x07", "\u202eevil\u202c", "=1+2", "<script>x</script>", "ن"])


@st.composite
def valid_files(draw) -> bytes:
    """Files a newer copy of the app, or another facilitator, could legitimately send: real
    exports with their words replaced, visibilities changed, ids fresh or shared, items
    dropped. Every one must be accepted and be fully usable."""
    document = copy.deepcopy(draw(st.sampled_from(BASES)))
    if draw(st.booleans()):  # a new copy: fresh ids, so nothing collides
        mapping = {}
        for record in [
            document["collaboration"],
            document["workshop"],
            *document["partners"],
            *document["blocks"],
            *document["items"],
        ]:
            mapping[record["id"]] = f"new-{len(mapping)}-{draw(st.integers(0, 10**6))}"
        for m in document.get("earlier_meetings", []):
            mapping[m["workshop"]["id"]] = f"old-{len(mapping)}"
            for record in m["blocks"] + m["items"]:
                mapping[record["id"]] = f"old-{len(mapping)}"
        document = _rename(document, mapping)
    for item in document["items"]:
        if draw(st.integers(0, 3)) == 0:
            item["text"] = draw(ODD_TEXT)
        if draw(st.integers(0, 3)) == 0:
            item["visibility"] = draw(st.sampled_from(["public", "partners", "internal"]))
    keep = [i for i in document["items"] if draw(st.integers(0, 9))]
    kept = {i["id"] for i in keep}
    document["items"] = [i for i in keep if i.get("parent_id") in (None, *kept)]
    _drop_dangling(document)
    for partner in document["partners"]:
        if draw(st.booleans()):
            partner["organisation"] = draw(ODD_TEXT.filter(lambda s: s.strip())) or "Org"
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode()


def _rename(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return mapping.get(value, value)
    if isinstance(value, list):
        return [_rename(v, mapping) for v in value]
    if isinstance(value, dict):
        return {mapping.get(k, k): _rename(v, mapping) for k, v in value.items()}
    return value


def _about(item: dict) -> str | None:
    """The item ``item`` is about (a vote's option or indicator), as its kind declares."""
    schema = item_schema(item["kind"])
    return item["fields"].get(schema.about) if schema and schema.about else None


def _drop_dangling(document: dict) -> None:
    """Keep references inside the file after items were dropped (parents go with children,
    records about an item with it)."""
    ids = {i["id"] for i in document["items"]}
    ids |= {i["id"] for m in document.get("earlier_meetings", []) for i in m["items"]}
    changed = True
    while changed:
        before = len(document["items"])
        document["items"] = [
            i
            for i in document["items"]
            if i.get("parent_id") in (None, *ids) and _about(i) in (None, *ids)
        ]
        ids = {i["id"] for i in document["items"]} | {
            i["id"] for m in document.get("earlier_meetings", []) for i in m["items"]
        }
        changed = len(document["items"]) != before
    for item in document["items"]:
        scores = item["fields"].get("scores")
        if isinstance(scores, dict):
            item["fields"]["scores"] = {
                k: v for k, v in scores.items() if k in ids or k.startswith("default:")
            }


# ------------------------------------------------------------------ the checks
def try_import(store: Store, raw: bytes, name: str = "hostile.json") -> str | None:
    """Import ``raw``: the refusal (one line, nothing changed), or None when accepted."""
    TALLY["tried"] += 1
    before = store.dump()
    try:
        result = import_workshop_document(store, parse_workshop_document(raw, name))
    except ImportRefused as refused:
        TALLY["refused"] += 1
        if store.dump() != before:
            TALLY["changed_on_refusal"] += 1
        assert store.dump() == before, refused.message
        assert refused.message.strip() and "\n" not in refused.message, refused.message
        assert "Traceback" not in refused.message
        return refused.message
    TALLY["accepted"] += 1
    assert store.integrity_problems() == []
    return result.workshop_id


def _small_charts(chart, width, height, style, dpi=100):
    """Charts drawn by the same code on the same data, at a fraction of the pixels: a chart
    that cannot be drawn still fails, in a fraction of the time."""
    return _render_png(chart, width // 5, height // 5, style, dpi=max(20, dpi // 5))


def check_usable(store: Store, workshop_id: str, full: bool, caplog) -> None:
    """Every format exports for every audience (the slow ones for the team's view, which
    holds everything) and every block renders for the room, and no chart failed quietly."""
    caplog.clear()
    with mock.patch("workshop_app.export.images.render_png", _small_charts):
        _check_usable(store, workshop_id, full)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]
    TALLY["usable"] += 1


def _check_usable(store: Store, workshop_id: str, full: bool) -> None:
    for audience in ("internal", "partners", "public"):
        view = export.workshop_view(store, workshop_id, audience)
        slow = ("pdf", "docx") if full and audience == "internal" else ()
        for fmt in ("md", "csv", "json", "html", *slow):
            assert export.render_workshop(view, fmt), (audience, fmt)
    collaboration = store.get(Workshop, workshop_id).collaboration_id
    for fmt in ("md", "json") + (("pdf",) if full else ()):
        assert export.render_report(store, collaboration, "partners", fmt)
    if full:
        from workshop_app.ui.room_render import room_image

        for number in range(1, len(store.blocks(workshop_id)) + 1):
            assert not room_image(store, workshop_id, number, (1024, 768), "light").isNull()


CORPUS = settings(
    max_examples=EXAMPLES or 1000,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
USABLE = settings(
    max_examples=EXAMPLES // 5 if EXAMPLES else 100,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@CORPUS
@given(raw=hostile_files())
def test_a_hostile_file_is_refused_in_one_line_or_is_fully_usable(tmp_path_factory, raw, caplog):
    path = tmp_path_factory.mktemp("corpus") / "target.sqlite3"
    shutil.copyfile(DEMO, path)
    store = open_store(path)
    try:
        accepted = try_import(store, raw)
        if accepted is not None and accepted in {w.id for w in store.workshops()}:
            check_usable(store, accepted, FULL, caplog)
    finally:
        store.close()


@USABLE
@given(raw=valid_files())
def test_a_valid_file_is_accepted_and_every_format_and_room_view_works(
    tmp_path_factory, qapp, raw, caplog
):
    path = tmp_path_factory.mktemp("valid") / "target.sqlite3"
    shutil.copyfile(DEMO, path)
    store = open_store(path)
    try:
        accepted = try_import(store, raw)
        assert accepted is not None, "a valid file was refused"
        check_usable(store, accepted, True, caplog)
    finally:
        store.close()


# ------------------------------------------------------------------ the cases found
def _demo_file(audience: str = "internal", meeting: int = 0) -> dict[str, Any]:
    """A real export of one of the demo's meetings (0: the first, 1: the second)."""
    return copy.deepcopy(BASES[meeting * 3 + ("internal", "partners", "public").index(audience)])


def _first(document: dict, kind: str) -> dict:
    return next(i for i in document["items"] if i["kind"] == kind)


def _block(document: dict, kind: str) -> dict:
    return next(b for b in document["blocks"] if b["kind"] == kind)


def _text(document: dict) -> bytes:
    return json.dumps(document, allow_nan=True).encode()


FOUND = {
    "position NaN": lambda d: _text(_set(d, ("items", 0, "position"), math.nan)),
    "integer 2^63": lambda d: _text(_set(d, ("blocks", 0, "timebox_minutes"), 2**63)),
    "item position 2^63": lambda d: _text(_set(d, ("items", 0, "position"), 2**63)),
    "a number of 5,000 digits": lambda d: _text(d).replace(
        b'"format_version": 2', b'"format_version": ' + b"7" * 5000, 1
    ),
    "lone surrogate in text": lambda d: json.dumps(
        _set(d, ("items", 0, "text"), "\udc00")
    ).encode(),
    "lone surrogate in a key": lambda d: json.dumps(
        _set(d, ("items", 0, "fields"), {"\ud800": "x"})
    ).encode(),
    "recipients: 5": lambda d: _text(_with(d, "sharing_commitment", "recipients", 5)),
    "sensitivity: ['open']": lambda d: _text(
        _with(d, "sharing_commitment", "sensitivity", ["open"])
    ),
    "dissent_gap: 'abc'": lambda d: _text(_setting(d, "indicator_agreement", "dissent_gap", "abc")),
    "rule: 'junk'": lambda d: _text(_setting(d, "indicator_agreement", "rule", "junk")),
    "trust counts [Infinity]": lambda d: _text(_with(d, "trust_rating", "counts", [math.inf])),
    "elapsed_seconds 1e308": lambda d: _text(_set(d, ("blocks", 0, "elapsed_seconds"), 1e308)),
    "a 1,500-deep issue tree": lambda d: _text(deep_tree(lambda s: 1500, d)),
}


def _with(document: dict, kind: str, name: str, value: Any) -> dict:
    for meeting in (document, *document.get("earlier_meetings", [])):
        for item in meeting["items"]:
            if item["kind"] == kind:
                item["fields"][name] = value
                return document
    raise AssertionError(f"no {kind} in the file")


def _setting(document: dict, kind: str, name: str, value: Any) -> dict:
    _block(document, kind)["settings"][name] = value
    return document


@pytest.mark.parametrize("case", sorted(FOUND))
def test_each_file_the_outside_test_found_is_refused_in_one_line(target, case):
    meeting = 1 if case in ("dissent_gap: 'abc'", "rule: 'junk'", "trust counts [Infinity]") else 0
    raw = FOUND[case](_demo_file("internal", meeting))
    assert try_import(target, raw) is not None, f"{case} was accepted"


def _other_workshop(store: Store, collaboration_id: str) -> Workshop:
    return next(w for w in store.workshops() if w.collaboration_id == collaboration_id)


@pytest.mark.parametrize("stamp", ["1999-01-01T00:00:00+00:00", "NOW"])
def test_an_item_id_of_another_meeting_is_refused_newer_or_older(target, stamp):
    """The outside test moved an item out of the demo's second meeting with a newer copy."""
    second = sorted(target.workshops(), key=lambda w: w.date)[1]
    theirs = target.items(second.id)[0]
    document = _demo_file("internal", 0)
    # An item nothing else in the file points at, so the id is the only thing wrong.
    text = json.dumps(document)
    mine = next(i for i in document["items"] if text.count(i["id"]) == 1)
    mine["id"] = theirs.id
    mine["updated_at"] = now() if stamp == "NOW" else stamp
    message = try_import(target, _text(document))
    assert message is not None and theirs.id in message
    assert target.get(Item, theirs.id) == theirs


def test_a_workshop_id_of_another_collaboration_is_refused(target, tmp_path):
    other = Collaboration("Another partnership")
    theirs = Workshop(other.id, "Their meeting", "2026-01-01")
    target.put(other, theirs)
    document = _demo_file("internal", 0)
    old_id = document["workshop"]["id"]
    document = _rename(document, {old_id: theirs.id})
    document["workshop"]["updated_at"] = now()
    message = try_import(target, _text(document))
    assert message is not None and theirs.id in message
    assert target.get(Workshop, theirs.id) == theirs


def test_an_item_naming_another_collaborations_partner_is_refused(target):
    other = Collaboration("Another partnership")
    stranger = Partner(other.id, "Stranger Inc.", "private")
    target.put(other, stranger)
    document = _demo_file("internal", 0)
    _first(document, "position")["partner_id"] = stranger.id
    assert try_import(target, _text(document)) is not None


def test_a_partner_id_of_another_collaboration_is_refused(target):
    other = Collaboration("Another partnership")
    stranger = Partner(other.id, "Stranger Inc.", "private")
    target.put(other, stranger)
    document = _demo_file("internal", 0)
    old = document["partners"][0]["id"]
    document = _rename(document, {old: stranger.id})
    message = try_import(target, _text(document))
    assert message is not None and stranger.id in message
    assert target.get(Partner, stranger.id) == stranger


def test_a_block_id_of_another_workshop_is_refused(target):
    theirs = target.blocks(target.workshops()[-1].id)[0]
    document = _demo_file("internal", 0)
    if document["workshop"]["id"] == theirs.workshop_id:
        theirs = target.blocks(target.workshops()[0].id)[0]
    document = _rename(document, {document["blocks"][0]["id"]: theirs.id})
    message = try_import(target, _text(document))
    assert message is not None and theirs.id in message
    assert target.get(Block, theirs.id) == theirs


def test_a_refusal_is_one_line_even_when_the_file_name_has_a_newline(target, tmp_path):
    path = tmp_path / "bad\nname.json"
    path.write_text("{not json")
    from workshop_app.export.json_import import import_workshop_file

    with pytest.raises(ImportRefused) as refused:
        import_workshop_file(target, path)
    # The message itself names the file; the one place that prints it (the CLI) escapes it.
    from workshop_app.cli import terminal_safe

    assert "\n" not in terminal_safe(refused.value.message)


def test_the_same_file_twice_adds_nothing_and_stays_usable(target, caplog):
    raw = _text(_demo_file("internal", 1))
    first = try_import(target, raw)
    before = target.dump()
    assert try_import(target, raw) == first
    assert target.dump() == before
    check_usable(target, first, True, caplog)


def test_a_workshop_exported_alone_keeps_the_criteria_it_inherited(tmp_path):
    """The kick-off scores its indicators against the standard criteria, before and after
    travelling alone; the follow-up keeps what it read from the kick-off."""
    source = open_store(tmp_path / "source.sqlite3")
    add_demo(source)
    meetings = sorted(source.workshops(), key=lambda w: w.date)
    here = {
        w.id: export.render_workshop(export.workshop_view(source, w.id, "partners"), "md")
        for w in meetings
    }
    files = {
        w.id: export.render_workshop(export.workshop_view(source, w.id, "internal"), "json")
        for w in meetings
    }
    source.close()
    for workshop_id, data in files.items():
        alone = open_store(tmp_path / f"{workshop_id}.sqlite3")
        import_workshop_document(alone, parse_workshop_document(data))
        there = export.render_workshop(export.workshop_view(alone, workshop_id, "partners"), "md")
        alone.close()
        assert there == here[workshop_id]
