"""A served room for tests: a workshop whose database is owned by a thread of its own (as
in the app), its web server on 127.0.0.1, and a phone that speaks the API."""

from __future__ import annotations

import http.client
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from workshop_app.domain import planning
from workshop_app.domain.records import Block, Collaboration, Workshop
from workshop_app.participation.meeting import MeetingRoom
from workshop_app.participation.room import Owner, Room
from workshop_app.participation.server import RoomServer
from workshop_app.storage import open_store


def plan_phone_workshop(store) -> tuple[Workshop, list[Block]]:
    """A workshop whose blocks take ideas, then ratings, then nothing from phones."""
    collaboration = Collaboration("Safer Streets")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-11-20", "Library")
    blocks = [
        Block(workshop.id, "discussion", "Ideas for the corridor", "What would help?", 20, 1),
        Block(workshop.id, "trust_check_in", "Trust check-in", "", 10, 2),
        Block(workshop.id, "balance_check", "Balance check", "", 10, 3),
    ]
    store.put(collaboration)
    store.apply(planning.create_workshop(workshop, blocks))
    return workshop, blocks


def make_workshop(path: Path) -> tuple[str, list[str]]:
    """:func:`plan_phone_workshop` in a new database file: its id and its blocks' ids."""
    store = open_store(path)
    workshop, blocks = plan_phone_workshop(store)
    store.close()
    return workshop.id, [b.id for b in blocks]


def while_the_window_runs(qtbot, work):
    """Run a phone's ``work`` in a thread while the window's event loop keeps running (as
    the app's does, so the window can answer it), and return its result."""
    result: dict[str, object] = {}
    thread = threading.Thread(target=lambda: result.update(value=work()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=15000)
    return result["value"]


@dataclass
class Harness:
    """A served room whose database is owned by a thread of its own."""

    server: RoomServer
    room: Room
    meeting: MeetingRoom
    owner: Owner
    db: Path
    blocks: list[str]

    def client(self) -> Phone:
        return Phone(self.server.port)

    def on_owner(self, work):
        return self.owner.call(work)

    def move_to(self, n: int) -> None:
        """The facilitator moves the room to block ``n`` (0-based)."""

        def move() -> None:
            self.meeting.block_id = self.blocks[n]
            self.room.refresh()

        self.on_owner(move)

    def kept(self) -> list[tuple[str, str, str]]:
        """What the file holds from phones (text, kind, status), read from disk."""
        conn = sqlite3.connect(self.db)
        try:
            return conn.execute(
                "SELECT text, kind, status FROM room_inputs ORDER BY received_at"
            ).fetchall()
        finally:
            conn.close()


@contextmanager
def served_room(tmp_path: Path, make=None) -> Iterator[Harness]:
    """Serve the first block of the workshop ``make`` builds (:func:`make_workshop` by
    default) until the block ends."""
    db = tmp_path / "room.sqlite3"
    workshop_id, blocks = (make or make_workshop)(db)
    ready: dict[str, object] = {}
    stop = threading.Event()
    started = threading.Event()

    def own() -> None:
        store = open_store(db)
        owner = Owner()
        owner.batch = store.batch
        meeting = MeetingRoom(store, workshop_id, blocks[0])
        room = Room(owner, meeting.state, meeting.accept_input, sector_of=meeting.sector_of)
        server = RoomServer(room, "127.0.0.1", 0)
        server.start()
        ready.update(server=server, room=room, meeting=meeting, owner=owner)
        started.set()
        while not stop.is_set():
            owner.run_pending(wait=0.05)
        room.close()
        server.stop()
        store.close()

    thread = threading.Thread(target=own)
    thread.start()
    assert started.wait(10)
    try:
        yield Harness(db=db, blocks=blocks, **ready)  # type: ignore[arg-type]
    finally:
        stop.set()
        thread.join(10)


class Phone:
    """One browser: keeps its cookie, speaks JSON."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookie = ""

    def request(
        self, method: str, path: str, body: object = None, raw: bytes | None = None, **headers
    ) -> tuple[int, dict, dict]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        sent = {"Content-Type": "application/json"} if data is not None else {}
        if self.cookie:
            sent["Cookie"] = self.cookie
        sent.update(headers)
        conn.request(method, path, body=data, headers=sent)
        response = conn.getresponse()
        payload = response.read()
        head = {k.lower(): v for k, v in response.getheaders()}
        conn.close()
        if "set-cookie" in head:
            self.cookie = head["set-cookie"].split(";")[0]
        try:
            parsed = json.loads(payload) if payload else {}
        except ValueError:
            parsed = {"raw": payload}
        return response.status, parsed, head

    def join(self, code: str) -> tuple[int, dict]:
        status, data, _ = self.request("POST", "/api/join", {"code": code})
        return status, data

    def submit(self, text: object, input_id: str | None = None, **more) -> tuple[int, dict]:
        body = {"id": input_id or new_input_id(), "text": text, **more}
        status, data, _ = self.request("POST", "/api/submit", body)
        return status, data


_counter = iter(range(10**9))


def new_input_id() -> str:
    return f"test-input-{next(_counter):08d}-abcdef"


def make_vote_workshop(path: Path) -> tuple[str, list[str]]:
    """An agreement block (fist-to-five, results shown) on two indicators the room may
    see and one internal one."""
    from workshop_app.domain import planning
    from workshop_app.domain.records import Collaboration, Item, Partner
    from workshop_app.exercises.indicator_agreement import default_agreement_settings
    from workshop_app.storage import open_store

    store = open_store(path)
    collaboration = Collaboration("Safer Streets")
    workshop = Workshop(collaboration.id, "Measures", "2026-11-20", "Library")
    settings = {**default_agreement_settings(), "results_hidden": False}
    blocks = [
        Block(workshop.id, "indicator_agreement", "Agree on indicators", "", 20, 1, settings),
        Block(workshop.id, "indicators", "Propose indicators", "", 20, 0),
    ]
    store.put(
        collaboration,
        Partner(collaboration.id, "City of Riverton", "public"),
        Partner(collaboration.id, "Riverton Youth Alliance", "nonprofit"),
    )
    store.apply(planning.create_workshop(workshop, blocks))
    store.put(
        Item(workshop.id, "indicator", "Calls for service downtown", block_id=blocks[1].id),
        Item(workshop.id, "indicator", "Youth in after-school programmes", block_id=blocks[1].id),
        Item(
            workshop.id,
            "indicator",
            "Overtime budget of the sheriff",
            block_id=blocks[1].id,
            visibility="internal",
        ),
    )
    store.close()
    return workshop.id, [b.id for b in blocks]


def make_dot_vote_workshop(path: Path) -> tuple[str, list[str]]:
    """The vote workshop, as a dot vote: 3 dots a person, at most 2 on one indicator."""
    workshop_id, blocks = make_vote_workshop(path)
    conn = sqlite3.connect(path)
    (settings,) = conn.execute("SELECT settings FROM blocks WHERE id = ?", [blocks[0]]).fetchone()
    data = json.loads(settings)
    data.update(method="dots", dots_per_person=3, max_dots_per_item=2)
    data["rule"] = {**data.get("rule", {}), "kind": "top_dots", "top": 1}
    conn.execute("UPDATE blocks SET settings = ? WHERE id = ?", [json.dumps(data), blocks[0]])
    conn.commit()
    conn.close()
    return workshop_id, blocks


def make_fact_workshop(path: Path) -> tuple[str, list[str]]:
    """A fact base with two facts the room may see and one internal one; results shown."""
    from workshop_app.domain import planning
    from workshop_app.domain.records import Collaboration, Item
    from workshop_app.storage import open_store

    store = open_store(path)
    collaboration = Collaboration("Safer Streets")
    workshop = Workshop(collaboration.id, "Scoping", "2026-11-20", "Library")
    blocks = [Block(workshop.id, "fact_base", "What we know", "", 25, 1)]
    store.put(collaboration)
    store.apply(planning.create_workshop(workshop, blocks))
    store.put(
        Item(workshop.id, "fact", "Calls downtown rose 12% in 2025", block_id=blocks[0].id),
        Item(workshop.id, "fact", "Half the youth centres close at 6 pm", block_id=blocks[0].id),
        Item(
            workshop.id,
            "fact",
            "The sheriff's overtime doubled",
            block_id=blocks[0].id,
            visibility="internal",
        ),
    )
    store.close()
    return workshop.id, [b.id for b in blocks]
