"""The room's web server, met the way a phone meets it: HTTP on 127.0.0.1 only.

The database belongs to one thread (as in the app); the server's threads reach it only
through the room's owner, and every check of what was kept reads the file itself."""

from __future__ import annotations

import http.client
import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.phone_support import (
    Harness,
    Phone,
    make_dot_vote_workshop,
    make_fact_workshop,
    make_vote_workshop,
    make_workshop,
    new_input_id,
    served_room,
)
from workshop_app.domain.document import plain_text
from workshop_app.domain.records import Block, Workshop
from workshop_app.exercises.trust_tally import statements_of
from workshop_app.participation.room import RATE_LIMIT, REQUEST_LIMIT, TEXT_LIMIT, RoomError
from workshop_app.participation.server import PAGE_FILES
from workshop_app.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Harness]:
    with served_room(tmp_path) as harness:
        yield harness


# ------------------------------------------------------------------------ the page
def test_the_page_is_small_self_contained_and_served_with_a_strict_policy(served):
    phone = served.client()
    total = 0
    for path, (name, _) in PAGE_FILES.items():
        status, data, head = phone.request("GET", path)
        assert status == 200
        body = data["raw"]
        assert body == resource_path("phone", name).read_bytes()
        total += len(body)
        policy = head["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy
        assert "unsafe-inline" not in policy
        assert head["x-content-type-options"] == "nosniff"
    assert total < 100_000
    html = resource_path("phone", "index.html").read_text()
    # No inline script or style: the policy would block them, so nothing may rely on them.
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert " style=" not in html and "<style" not in html
    assert not re.search(r"\son[a-z]+\s*=", html, re.IGNORECASE)  # no inline handlers
    assert not re.search(r"https?://", html + resource_path("phone", "phone.js").read_text())


def test_unknown_paths_and_methods_are_refused_in_one_line(served):
    phone = served.client()
    assert phone.request("GET", "/etc/passwd")[0] == 404
    assert phone.request("POST", "/")[0] == 404
    status, _, _ = phone.request("DELETE", "/api/join")
    assert status == 501


# ------------------------------------------------------------------------ joining
def test_a_wrong_code_is_refused_and_the_right_one_joins_in_any_case(served):
    phone = served.client()
    status, data = phone.join("XXXXXX")
    assert status == 403 and data == {"error": data["error"]} and "\n" not in data["error"]
    assert phone.request("GET", "/api/state")[0] == 403
    code = served.room.code
    status, state = phone.join(f" {code[:3].lower()} {code[3:]} ")
    assert status == 200
    assert phone.cookie.startswith("wa_session=")
    assert state["block"]["title"] == "Ideas for the corridor"
    assert state["block"]["input"]["type"] == "text"
    assert phone.request("GET", "/api/state")[1] == state


def test_the_session_cookie_is_http_only_and_same_site(served):
    phone = served.client()
    _, _, head = phone.request("POST", "/api/join", {"code": served.room.code})
    cookie = head["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_guessing_codes_is_slowed_down(served):
    phone = served.client()
    statuses = [phone.join("AAAAAA")[0] for _ in range(12)]
    assert statuses[:10] == [403] * 10 and statuses[10:] == [429, 429]
    # The right code is refused too while the address is held back.
    assert phone.join(served.room.code)[0] == 429


def test_a_new_code_puts_everyone_out_and_closing_stops_joining(served):
    phone = served.client()
    assert phone.join(served.room.code)[0] == 200
    old = served.room.code
    served.on_owner(served.room.new_code)
    assert served.room.code != old
    assert phone.request("GET", "/api/state")[0] == 403
    assert phone.submit("After the new code")[0] == 403
    assert phone.join(old)[0] == 403
    assert phone.join(served.room.code)[0] == 200
    served.on_owner(served.room.close)
    assert phone.request("GET", "/api/state")[0] == 403
    assert served.client().join(served.room.code)[0] == 403
    assert served.kept() == []


# ------------------------------------------------------------------------ sending
def test_an_idea_is_on_disk_when_the_phone_hears_received(served):
    phone = served.client()
    phone.join(served.room.code)
    status, data = phone.submit("  More   crossings near the school ")
    assert (status, data) == (200, {"received": True, "new": True})
    assert served.kept() == [("More crossings near the school", "note", "pending")]


def test_a_resend_after_a_dropped_connection_adds_nothing(served):
    phone = served.client()
    phone.join(served.room.code)
    assert phone.submit("Street lights", input_id="resend-me-0000000001")[1]["new"] is True
    assert phone.submit("Street lights", input_id="resend-me-0000000001") == (
        200,
        {"received": True, "new": False},
    )
    assert served.kept() == [("Street lights", "note", "pending")]


def test_nothing_is_kept_without_joining(served):
    phone = served.client()
    assert phone.submit("Sneaky")[0] == 403
    phone.cookie = "wa_session=made-up-token"
    assert phone.submit("Sneaky")[0] == 403
    assert served.kept() == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"text": "x" * (TEXT_LIMIT + 1)}, 413),
        ({"text": ""}, 400),
        ({"text": "   \n\t "}, 400),
        ({"text": 42}, 400),
        ({"text": None}, 400),
        ({"text": ["a list"]}, 400),
        ({"text": "bell \x07 inside"}, 400),
        ({"text": "ok", "id": "short"}, 400),
        ({"text": "ok", "id": "../../../../etc/passwd-xx"}, 400),
        ({"text": "ok", "id": 12345678901234567890}, 400),
        ({"text": "ok", "kind": "trust_rating"}, 400),
        ({"text": "ok", "kind": {"deep": 1}}, 400),
    ],
)
def test_bad_input_gets_one_line_and_changes_nothing(served, body, status):
    phone = served.client()
    phone.join(served.room.code)
    sent = {"id": new_input_id(), **body}
    got, data, _ = phone.request("POST", "/api/submit", sent)
    assert got == status
    assert list(data) == ["error"] and data["error"] and "\n" not in data["error"]
    assert served.kept() == []


@pytest.mark.parametrize(
    ("raw", "headers", "status"),
    [
        (b"not json", {}, 400),
        (b"[" * 5000 + b"]" * 5000, {}, 400),  # nesting deeper than Python's recursion
        (b'{"id": "lone-surrogate-000001", "text": "\\ud800"}', {}, 400),
        (b"\xff\xfe bad utf-8", {}, 400),
        (b'{"text": "hello"}', {"Content-Type": "text/plain"}, 415),
        (b"x" * (REQUEST_LIMIT + 1), {}, 413),
    ],
)
def test_hostile_bodies_are_refused(served, raw, headers, status):
    phone = served.client()
    phone.join(served.room.code)
    got, data, _ = phone.request("POST", "/api/submit", raw=raw, **headers)
    assert got == status and "error" in data
    assert served.kept() == []
    # The server still answers the next phone.
    assert phone.submit("Still working")[0] == 200


def test_a_phone_sending_too_fast_is_held_back(served):
    phone = served.client()
    phone.join(served.room.code)
    statuses = [phone.submit(f"idea {n}")[0] for n in range(RATE_LIMIT + 2)]
    assert statuses == [200] * RATE_LIMIT + [429, 429]
    assert len(served.kept()) == RATE_LIMIT
    other = served.client()  # another phone is not held back by the first
    other.join(served.room.code)
    assert other.submit("from another phone")[0] == 200


def test_a_part_that_takes_no_phone_input_says_so(served):
    phone = served.client()
    phone.join(served.room.code)

    served.move_to(2)
    state = phone.request("GET", "/api/state")[1]
    assert state["block"]["title"] == "Balance check" and state["block"]["input"] is None
    status, data = phone.submit("An idea at the wrong moment")
    assert status == 409 and "no input from phones" in data["error"]
    assert served.kept() == []


# ------------------------------------------------------------------- following live
def test_a_phone_follows_the_meeting_live(served):
    phone = served.client()
    phone.join(served.room.code)
    conn = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=10)
    conn.request("GET", "/api/events?since=0", headers={"Cookie": phone.cookie})
    response = conn.getresponse()
    assert response.status == 200
    assert response.getheader("Content-Type").startswith("text/event-stream")

    def next_event() -> dict:
        while True:
            line = response.fp.readline().decode()
            assert line, "the stream ended before the event came"
            if line.startswith("data: "):
                response.fp.readline()  # the blank line that ends the event
                return json.loads(line[6:])

    first = next_event()
    assert first["block"]["title"] == "Ideas for the corridor"

    served.move_to(1)
    moved = next_event()
    assert moved["block"]["title"] == "Trust check-in" and moved["version"] > first["version"]
    served.on_owner(served.room.close)
    assert next_event()["open"] is False
    conn.close()


def test_a_phone_put_out_by_a_new_code_hears_nothing_more(served):
    phone = served.client()
    phone.join(served.room.code)
    conn = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=10)
    conn.request("GET", "/api/events?since=0", headers={"Cookie": phone.cookie})
    response = conn.getresponse()
    assert response.fp.readline().startswith(b"data: ")
    response.fp.readline()
    served.on_owner(served.room.new_code)
    assert response.fp.read() == b""  # the stream ends without the new state
    conn.close()
    assert phone.request("GET", "/api/events")[0] == 403


def test_live_updates_need_a_session(served):
    assert served.client().request("GET", "/api/events")[0] == 403


# ---------------------------------------------------------------- without the window
def test_serve_prints_one_line_and_keeps_what_phones_send(tmp_path: Path):
    db = tmp_path / "serve.sqlite3"
    workshop_id, _ = make_workshop(db)
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(db),
            "serve",
            workshop_id[:8],
            "--host",
            "127.0.0.1",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        line = process.stdout.readline()
        found = re.fullmatch(
            r"Join at http://127\.0\.0\.1:(\d+)/ with code ([A-Z2-9]{6}) \(Ctrl\+C stops\)\.\n",
            line,
        )
        assert found, line
        phone = Phone(int(found[1]))
        assert phone.join(found[2])[0] == 200
        assert phone.submit("From the serve command")[0] == 200
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(10) == 0, process.stderr.read()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT text, status FROM room_inputs").fetchall() == [
        ("From the serve command", "pending")
    ]
    conn.close()


def test_serve_refuses_a_block_that_is_not_there(tmp_path: Path):
    db = tmp_path / "serve.sqlite3"
    workshop_id, _ = make_workshop(db)
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(db),
            "serve",
            workshop_id,
            "--block",
            "9",
            "--host",
            "127.0.0.1",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode != 0 and time.monotonic() - started < 30
    assert result.stderr.strip().count("\n") == 0 and "from 1 to 3" in result.stderr


# -------------------------------------------------------------------------- ratings
def trust_tallies(db: Path) -> dict[tuple[str, bool], list[int]]:
    """(statement, from phones) -> counts, read from the file."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT text, fields FROM items WHERE kind = 'trust_rating'")
        out = {}
        for text, fields in rows:
            data = json.loads(fields)
            out[(text, bool(data.get("from_phones")))] = data["counts"]
        return out
    finally:
        conn.close()


def test_a_phone_rates_each_statement_and_a_new_rating_replaces_its_last(served):
    phone = served.client()
    phone.join(served.room.code)
    served.move_to(1)
    state = phone.request("GET", "/api/state")[1]
    rating = state["block"]["input"]
    assert rating["type"] == "rating"
    assert [s["value"] for s in rating["scale"]] == [1, 2, 3, 4, 5]
    first, key = rating["questions"][0]["text"], rating["questions"][0]["key"]
    assert phone.submit(None, question=key, value=4) == (200, {"received": True, "new": True})
    assert trust_tallies(served.db) == {(first, True): [0, 0, 0, 1, 0]}
    # The same phone changes its mind: its rating moves, the count stays one.
    assert phone.submit(None, question=key, value=2) == (200, {"received": True, "new": False})
    assert trust_tallies(served.db) == {(first, True): [0, 1, 0, 0, 0]}
    # A resend of the same rating changes nothing.
    assert phone.submit(None, question=key, value=2)[0] == 200
    assert trust_tallies(served.db) == {(first, True): [0, 1, 0, 0, 0]}
    other = served.client()  # another phone adds its own
    other.join(served.room.code)
    assert other.submit(None, question=key, value=5)[0] == 200
    assert trust_tallies(served.db) == {(first, True): [0, 1, 0, 0, 1]}
    assert served.kept() == []  # ratings are counted, not queued


@pytest.mark.parametrize(
    ("question", "value", "status"),
    [
        ("first", 0, 400),
        ("first", 6, 400),
        ("first", True, 400),
        ("first", "5", 400),
        ("0123456789abcdef", 3, 409),  # no such question (any more)
        (0, 3, 400),
        ("../etc", 3, 400),
        ("k" * 65, 3, 400),
    ],
)
def test_a_bad_rating_changes_nothing(served, question, value, status):
    phone = served.client()
    phone.join(served.room.code)
    served.move_to(1)
    state = phone.request("GET", "/api/state")[1]
    if question == "first":
        question = state["block"]["input"]["questions"][0]["key"]
    assert phone.submit(None, question=question, value=value)[0] == status
    assert trust_tallies(served.db) == {}


def test_a_rating_lands_on_its_statement_when_the_statements_change_meanwhile(served):
    from workshop_app.domain import edits

    phone = served.client()
    phone.join(served.room.code)
    served.move_to(1)
    questions = phone.request("GET", "/api/state")[1]["block"]["input"]["questions"]
    second = questions[1]

    def add_a_statement_first():  # the facilitator edits the list while phones rate
        store = served.meeting.store
        block = store.get(Block, served.blocks[1])
        statements = ["A new first statement", *statements_of(block)]
        store.apply(
            edits.update("add", block, settings={**block.settings, "statements": statements})
        )
        served.room.refresh()

    served.on_owner(add_a_statement_first)
    assert phone.submit(None, question=second["key"], value=5)[0] == 200
    assert trust_tallies(served.db) == {(second["text"], True): [0, 0, 0, 0, 1]}


def test_a_rating_sent_to_a_part_that_takes_text_is_refused(served):
    phone = served.client()
    phone.join(served.room.code)
    status, body = phone.submit(None, question="0123456789abcdef", value=3)
    assert status == 409 and "look again" in body["error"]  # the phone is behind the room
    assert trust_tallies(served.db) == {} and served.kept() == []


def test_phone_ratings_add_to_those_typed_by_hand_and_the_room_says_how_many_of_each(served):
    from workshop_app.domain.visibility import Audience, audience_view
    from workshop_app.exercises.registry import history_kinds
    from workshop_app.exercises.trust_check_in import trust_room, trust_summary
    from workshop_app.exercises.trust_tally import set_count, tallies

    phone = served.client()
    phone.join(served.room.code)
    served.move_to(1)
    store = served.meeting.store

    def by_hand():
        workshop = store.get(Workshop, served.meeting.workshop_id)
        block = store.get(Block, served.blocks[1])
        statement = statements_of(block)[0]
        store.apply(set_count(None, workshop, block.id, statement, 4, 3, "three hands for 4"))

    served.on_owner(by_hand)
    key = phone.request("GET", "/api/state")[1]["block"]["input"]["questions"][0]["key"]
    assert phone.submit(None, question=key, value=4)[0] == 200

    def read():
        block = store.get(Block, served.blocks[1])
        snapshot = store.snapshot(served.meeting.workshop_id, history_kinds())
        room = audience_view(snapshot, Audience.ROOM)
        words = plain_text(trust_room(room, block)) + plain_text(trust_summary(room, block))
        return tallies(room, block)[0][1], words

    counts, words = served.on_owner(read)
    assert counts == [0, 0, 0, 4, 0]
    assert words.count("Ratings from phones: 1; by hand: 3.") == 2


# -------------------------------------------------------------- what phones are shown
def test_phones_are_never_shown_what_the_projector_may_not_show(demo_db):
    """The state of every block of both demo meetings (full of internal items, notes
    and hidden results) holds no word the room may not see."""
    from workshop_app.domain.records import Visibility
    from workshop_app.domain.visibility import Audience, audience_view
    from workshop_app.exercises.registry import history_kinds
    from workshop_app.participation.meeting import MeetingRoom
    from workshop_app.storage import open_store

    store = open_store(demo_db)
    try:
        checked = 0
        for workshop in store.workshops():
            snapshot = store.snapshot(workshop.id, history_kinds())
            room = audience_view(snapshot, Audience.ROOM)
            allowed = {i.text for i in room.items}
            secret = {
                i.text
                for i in snapshot.items
                if (i.visibility == Visibility.INTERNAL.value or i.kind == "facilitator_note")
                and i.text not in allowed
                and len(i.text) > 12
            }
            assert secret, "the demo must hold something confidential to test with"
            for block in snapshot.blocks:
                state = MeetingRoom(store, workshop.id, block.id).state()
                words = json.dumps(state, ensure_ascii=False)
                leaked = [s for s in secret if s in words]
                assert leaked == [], (block.kind, leaked)
                checked += 1
        assert checked >= 15
    finally:
        store.close()


# ---------------------------------------------------------------------------- votes
def vote_tallies(db: Path) -> dict[tuple[str, bool], dict]:
    conn = sqlite3.connect(db)
    try:
        names = dict(conn.execute("SELECT id, text FROM items WHERE kind = 'indicator'"))
        out = {}
        for (fields,) in conn.execute("SELECT fields FROM items WHERE kind = 'indicator_vote'"):
            data = json.loads(fields)
            out[(names[data["indicator_id"]], bool(data.get("from_phones")))] = data["tallies"]
        return out
    finally:
        conn.close()


def test_a_phone_votes_fist_to_five_on_each_indicator_the_room_may_see(tmp_path):
    from workshop_app.exercises.indicator_agreement import block_results

    with served_room(tmp_path, make_vote_workshop) as served:
        phone = served.client()
        phone.join(served.room.code)
        vote = phone.request("GET", "/api/state")[1]["block"]["input"]
        texts = [q["text"] for q in vote["questions"]]
        assert texts == ["Calls for service downtown", "Youth in after-school programmes"]
        assert [s["value"] for s in vote["scale"]] == [5, 4, 3, 2, 1, 0]
        first = vote["questions"][0]["key"]
        assert phone.submit(None, question=first, value=5)[0] == 200
        assert phone.submit(None, question=first, value=3)[0] == 200  # changed its mind
        other = served.client()
        other.join(served.room.code)
        assert other.submit(None, question=first, value=0)[0] == 200  # a block
        assert vote_tallies(served.db) == {
            ("Calls for service downtown", True): {"": {"3": 1, "0": 1}}
        }

        def results():
            store = served.meeting.store
            block = store.get(Block, served.blocks[0])
            return block_results(store.items(served.meeting.workshop_id), block)

        tally = served.on_owner(results)[first].tally
        assert tally == {"3": 1, "0": 1}


def test_a_vote_on_an_internal_indicator_is_refused(tmp_path):
    with served_room(tmp_path, make_vote_workshop) as served:
        phone = served.client()
        phone.join(served.room.code)
        conn = sqlite3.connect(served.db)
        (internal,) = conn.execute(
            "SELECT id FROM items WHERE kind = 'indicator' AND visibility = 'internal'"
        ).fetchone()
        conn.close()
        assert phone.submit(None, question=internal, value=5)[0] == 409
        assert vote_tallies(served.db) == {}


def test_phone_votes_add_to_votes_typed_by_hand_and_the_room_says_how_many_of_each(tmp_path):
    from workshop_app.domain.visibility import Audience, audience_view
    from workshop_app.exercises.indicator_agreement import agreement_room, set_tally
    from workshop_app.exercises.registry import history_kinds

    with served_room(tmp_path, make_vote_workshop) as served:
        phone = served.client()
        phone.join(served.room.code)
        key = phone.request("GET", "/api/state")[1]["block"]["input"]["questions"][0]["key"]
        store = served.meeting.store

        def by_hand():
            indicator = next(i for i in store.items(served.meeting.workshop_id) if i.id == key)
            store.apply(set_tally(None, indicator, served.blocks[0], "", "4", 6, "six hands"))

        served.on_owner(by_hand)
        assert phone.submit(None, question=key, value=4)[0] == 200

        def room_words():
            snapshot = store.snapshot(served.meeting.workshop_id, history_kinds())
            room = audience_view(snapshot, Audience.ROOM)
            return plain_text(agreement_room(room, store.get(Block, served.blocks[0])))

        words = served.on_owner(room_words)
        assert "Votes from phones: 1; by hand: 6." in words
        assert "Overtime budget" not in words


def test_a_phone_that_says_its_organisation_votes_for_that_sector(tmp_path):
    with served_room(tmp_path, make_vote_workshop) as served:
        phone = served.client()
        phone.join(served.room.code)
        state = phone.request("GET", "/api/state")[1]
        names = {p["name"]: p["id"] for p in state["partners"]}
        assert set(names) == {"City of Riverton", "Riverton Youth Alliance"}
        key = state["block"]["input"]["questions"][0]["key"]
        assert phone.submit(None, question=key, value=4)[0] == 200  # not said: ""
        said = phone.request("POST", "/api/partner", {"partner": names["Riverton Youth Alliance"]})
        assert said[0] == 200
        assert phone.submit(None, question=key, value=1)[0] == 200  # moves to its sector
        assert vote_tallies(served.db) == {
            ("Calls for service downtown", True): {"nonprofit": {"1": 1}}
        }
        assert phone.request("POST", "/api/partner", {"partner": "not-a-partner"})[0] == 409
        assert phone.request("POST", "/api/partner", {"partner": 7})[0] == 400
        assert served.client().request("POST", "/api/partner", {"partner": ""})[0] == 403
        # Nothing about the phone's organisation is kept but the sector's count.
        conn = sqlite3.connect(served.db)
        dump = "\n".join(conn.iterdump())
        conn.close()
        assert "Riverton Youth Alliance" in dump  # the roster itself
        assert dump.count(names["Riverton Youth Alliance"]) == 1  # only its own row


def test_one_phone_cannot_hold_many_live_connections(served):
    from workshop_app.participation.server import STREAMS_PER_PHONE

    phone = served.client()
    phone.join(served.room.code)
    held = []
    for _ in range(STREAMS_PER_PHONE):
        conn = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=10)
        conn.request("GET", "/api/events", headers={"Cookie": phone.cookie})
        response = conn.getresponse()
        assert response.status == 200
        held.append(conn)
    assert phone.request("GET", "/api/events")[0] == 429
    other = served.client()  # another phone is not held back
    other.join(served.room.code)
    conn = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=10)
    conn.request("GET", "/api/events", headers={"Cookie": other.cookie})
    assert conn.getresponse().status == 200
    conn.close()
    for conn in held:
        conn.close()


def test_a_connection_that_sends_nothing_is_closed(tmp_path, monkeypatch):
    import socket

    from workshop_app.participation import server as room_server

    monkeypatch.setattr(room_server._Handler, "timeout", 0.5)
    with served_room(tmp_path) as served:
        idle = socket.create_connection(("127.0.0.1", served.server.port), timeout=10)
        idle.sendall(b"GET / HTTP/1.1\r\n")  # and then nothing more
        started = time.monotonic()
        assert idle.recv(1024) == b""  # the server hung up
        assert time.monotonic() - started < 5
        idle.close()
        assert served.client().request("GET", "/")[0] == 200  # still serving


def test_a_phone_places_its_dots_within_its_budget(tmp_path):
    with served_room(tmp_path, make_dot_vote_workshop) as served:
        phone = served.client()
        phone.join(served.room.code)
        vote = phone.request("GET", "/api/state")[1]["block"]["input"]
        assert vote["budget"] == 3
        assert [s["value"] for s in vote["scale"]] == [0, 1, 2]
        a, b = (q["key"] for q in vote["questions"])
        assert phone.submit(None, question=a, value=2)[0] == 200
        status, data = phone.submit(None, question=b, value=2)  # 2 + 2 > 3
        assert status == 409 and "dots" in data["error"]
        assert phone.submit(None, question=b, value=1)[0] == 200
        assert phone.submit(None, question=a, value=0)[0] == 200  # takes both back
        assert phone.submit(None, question=b, value=2)[0] == 200
        assert phone.submit(None, question=a, value=1)[0] == 200  # 1 + 2 = 3
        assert vote_tallies(served.db) == {
            ("Calls for service downtown", True): {"": {"dots": 1}},
            ("Youth in after-school programmes", True): {"": {"dots": 2}},
        }
        assert phone.submit(None, question=a, value=3)[0] == 400  # over the most on one


# ------------------------------------------------------------------- fact status
def fact_checks(db: Path) -> dict[str, list[int]]:
    """What the file holds of the phones' answers about facts: counts by fact text."""
    conn = sqlite3.connect(db)
    try:
        names = dict(conn.execute("SELECT id, text FROM items WHERE kind = 'fact'"))
        out = {}
        for (fields,) in conn.execute("SELECT fields FROM items WHERE kind = 'fact_check'"):
            data = json.loads(fields)
            assert data["from_phones"] is True
            out[names[data["fact_id"]]] = data["counts"]
        return out
    finally:
        conn.close()


def test_a_fact_base_takes_new_facts_and_each_facts_status_from_phones(tmp_path):
    with served_room(tmp_path, make_fact_workshop) as served:
        phone = served.client()
        phone.join(served.room.code)
        block = phone.request("GET", "/api/state")[1]["block"]
        text, rating = block["inputs"]
        assert block["input"] == text and text["type"] == "text"
        assert [k["kind"] for k in text["kinds"]] == ["fact"]
        assert rating["type"] == "rating"
        # Only the facts the room may see are asked about.
        assert [q["text"] for q in rating["questions"]] == [
            "Calls downtown rose 12% in 2025",
            "Half the youth centres close at 6 pm",
        ]
        assert [s["value"] for s in rating["scale"]] == [1, 2, 3]
        first, second = (q["key"] for q in rating["questions"])
        assert phone.submit(None, question=first, value=1)[0] == 200
        assert phone.submit(None, question=first, value=2)[0] == 200  # changed its mind
        other = served.client()
        other.join(served.room.code)
        assert other.submit(None, question=first, value=2)[0] == 200
        assert other.submit(None, question=second, value=3)[0] == 200
        assert other.submit(None, question=second, value=4)[0] == 400  # not an answer
        assert fact_checks(served.db) == {
            "Calls downtown rose 12% in 2025": [0, 2, 0],
            "Half the youth centres close at 6 pm": [0, 0, 1],
        }
        # A new fact from a phone waits for the facilitator, as any idea does.
        assert phone.submit("Bus 12 stops at 7 pm (transit timetable)")[0] == 200
        assert served.kept() == [("Bus 12 stops at 7 pm (transit timetable)", "fact", "pending")]


def test_an_internal_fact_cannot_be_checked_and_what_phones_said_shows_as_results_do(tmp_path):
    from workshop_app.domain.visibility import Audience, audience_view
    from workshop_app.exercises.fact_base import facts_room, facts_summary
    from workshop_app.exercises.registry import history_kinds

    with served_room(tmp_path, make_fact_workshop) as served:
        phone = served.client()
        phone.join(served.room.code)
        conn = sqlite3.connect(served.db)
        (internal,) = conn.execute(
            "SELECT id FROM items WHERE kind = 'fact' AND visibility = 'internal'"
        ).fetchone()
        conn.close()
        assert phone.submit(None, question=internal, value=1)[0] == 409
        assert fact_checks(served.db) == {}
        key = phone.request("GET", "/api/state")[1]["block"]["inputs"][1]["questions"][0]["key"]
        assert phone.submit(None, question=key, value=1)[0] == 200
        store = served.meeting.store

        def words(audience: Audience, hidden: bool = False) -> str:
            block = store.get(Block, served.blocks[0])
            if hidden:
                from dataclasses import replace

                block = replace(block, settings={**block.settings, "results_hidden": True})
                store.put(block)
            snapshot = store.snapshot(served.meeting.workshop_id, history_kinds())
            view = audience_view(snapshot, audience)
            return plain_text(facts_room(view, block) + facts_summary(view, block))

        shown = served.on_owner(lambda: words(Audience.ROOM))
        assert "Calls downtown rose 12% in 2025 — phones: 1 agreed" in shown
        assert "sheriff" not in shown
        hidden = served.on_owner(lambda: words(Audience.ROOM, hidden=True))
        assert "phones:" not in hidden  # a result, hidden until revealed
        assert "phones: 1 agreed" in served.on_owner(lambda: words(Audience.INTERNAL))


# ------------------------------------------------------------------- live ideas
def test_a_live_block_shows_what_phones_send_at_once_and_tells_the_phone_so(tmp_path):
    from workshop_app.domain import planning

    with served_room(tmp_path) as served:
        phone = served.client()
        phone.join(served.room.code)
        assert phone.request("GET", "/api/state")[1]["block"]["input"]["live"] is False
        store = served.meeting.store

        def go_live() -> None:
            block = store.get(Block, served.blocks[0])
            store.apply(planning.set_phones_live(block, True, "live"))
            served.room.refresh()

        served.on_owner(go_live)
        assert phone.request("GET", "/api/state")[1]["block"]["input"]["live"] is True
        input_id = new_input_id()
        assert phone.submit("Benches by the river", input_id)[0] == 200
        assert phone.submit("Benches by the river", input_id)[1]["new"] is False  # a resend
        assert phone.submit("More light on Elm Street")[0] == 200
        conn = sqlite3.connect(served.db)
        items = conn.execute(
            "SELECT text, kind, visibility FROM items WHERE block_id = ? ORDER BY position",
            [served.blocks[0]],
        ).fetchall()
        conn.close()
        # Ordinary items of the block, once each, in the order they came.
        assert items == [
            ("Benches by the river", "note", "partners"),
            ("More light on Elm Street", "note", "partners"),
        ]
        assert {status for _, _, status in served.kept()} == {"accepted"}
        # Ratings are not ideas: a live trust check-in still counts them as ever.
        served.move_to(1)
        state = phone.request("GET", "/api/state")[1]["block"]["input"]
        assert "live" not in state


def test_any_part_taking_text_also_takes_a_topic_for_later(tmp_path):
    with served_room(tmp_path) as served:
        phone = served.client()
        phone.join(served.room.code)
        later = phone.request("GET", "/api/state")[1]["block"]["input"]["later"]
        assert later == {"kind": "parking", "label": "Park it for later"}
        assert phone.submit("Who pays for the lights?", kind="parking")[0] == 200
        assert phone.submit("Nothing", kind="decision")[0] == 400  # not for phones to say
        assert served.kept() == [("Who pays for the lights?", "parking", "pending")]


# ------------------------------------------------------------ a hostile partner
def test_a_phone_on_the_halls_network_is_its_address_however_often_it_joins():
    """Joining again and again (a script can) resumes the same phone: one ballot, one
    budget, one rate limit, a few sessions. Over loopback each session is a phone."""
    from workshop_app.participation.room import SESSIONS_PER_PHONE, Owner, Room

    seen = []
    room = Room(Owner(), lambda: {"block": None}, lambda data, device: seen.append(device) or True)
    tokens = [room.join(room.code, "192.168.1.20") for _ in range(30)]
    assert [room.joined(t) for t in tokens].count(True) == SESSIONS_PER_PHONE
    assert room.devices == 1
    for token in tokens[-SESSIONS_PER_PHONE:]:
        room.submit(token, {"question": "q1", "value": 5})
    assert len({id(device) for device in seen}) == 1  # one phone, one set of ballots
    with pytest.raises(RoomError) as refused:
        for _ in range(RATE_LIMIT):
            room.submit(room.join(room.code, "192.168.1.20"), {"question": "q1", "value": 4})
    assert refused.value.status == 429  # the limit is the phone's, not the session's
    other = room.join(room.code, "192.168.1.21")
    room.submit(other, {"question": "q1", "value": 1})
    loop_a, loop_b = room.join(room.code, "127.0.0.1"), room.join(room.code, "127.0.0.1")
    room.submit(loop_a, {"question": "q1", "value": 1})
    room.submit(loop_b, {"question": "q1", "value": 1})
    assert len({id(device) for device in seen}) == 4
    assert room.devices == 4


def test_one_address_cannot_hold_every_connection(served):
    import socket

    from workshop_app.participation.server import CONNECTIONS_PER_ADDRESS

    httpd = served.server.httpd
    held = [socket.socketpair() for _ in range(CONNECTIONS_PER_ADDRESS + 1)]
    try:
        address = ("192.168.1.30", 40000)
        accepted = [httpd.verify_request(a, address) for a, _ in held]
        assert accepted == [True] * CONNECTIONS_PER_ADDRESS + [False]
        assert httpd.verify_request(held[-1][0], ("192.168.1.31", 40000))  # another phone
        httpd.shutdown_request(held[0][0])  # one closes: that address may open one more
        assert httpd.verify_request(socket.socketpair()[0], address)
        assert httpd.verify_request(socket.socketpair()[0], ("127.0.0.1", 1))  # the laptop
    finally:
        for a, b in held:
            a.close()
            b.close()


def raw_request(port: int, data: bytes) -> bytes:
    """Send ``data`` as it is and read everything until the server closes."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(data)
        conn.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_a_refused_body_is_never_read_as_the_next_request(served):
    phone = served.client()
    phone.join(served.room.code)
    inner = f"GET /api/state HTTP/1.1\r\nHost: x\r\nCookie: {phone.cookie}\r\n\r\n".encode()
    head = (
        "POST /api/submit HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(inner)}\r\n\r\n"
    ).encode()
    answer = raw_request(served.server.port, head + inner)
    assert answer.count(b"HTTP/1.1 ") == 1 and b" 403 " in answer.split(b"\r\n")[0]
    assert b"Connection: close" in answer
    # Framing that could be read two ways is refused.
    for framing in (
        b"Content-Length: 2\r\nContent-Length: 20\r\n",
        b"Content-Length: +2\r\n",
        b"Transfer-Encoding: chunked\r\nContent-Length: 2\r\n",
    ):
        request = (
            b"POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + framing
            + b"\r\n{}"
        )
        first_line = raw_request(served.server.port, request).split(b"\r\n")[0]
        assert b" 400 " in first_line or b" 411 " in first_line, framing


def test_the_standard_librarys_own_refusals_are_ours_too(served):
    for request in (
        b"DELETE /api/join HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GARBAGE\r\n\r\n",
        b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n",
    ):
        answer = raw_request(served.server.port, request)
        head, _, body = answer.partition(b"\r\n\r\n")
        assert b"Content-Security-Policy" in head and b"nosniff" in head, request[:20]
        assert json.loads(body)["error"], request[:20]


@pytest.mark.parametrize(
    "text",
    ["abc\x7f", "abc\x9b[2J", "evil \u202egnp.exe", "\u2066x\u2069", "\u200b", " \u200b "],
)
def test_controls_and_direction_overrides_are_refused(served, text):
    phone = served.client()
    phone.join(served.room.code)
    status, body = phone.submit(text)
    assert status == 400 and body["error"]
    assert served.kept() == []


def test_letters_that_need_joiners_are_kept(served):
    phone = served.client()
    phone.join(served.room.code)
    text = "می\u200cخواهم 👩\u200d👩\u200d👧"  # Persian with a joiner; a family emoji
    assert phone.submit(text)[0] == 200
    assert served.kept() == [(text, "note", "pending")]
