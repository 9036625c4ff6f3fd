"""The room's phones under load, on loopback only: 200 simulated phones join ``serve``,
hold a live connection each and send ideas; then the server is killed mid-load.

Figures: submit → acknowledged (p95), inputs acknowledged but not on disk (after a clean
stop, and after a kill), memory the phones add to the server. Bounded in count and time:
it stops by itself.
"""

from __future__ import annotations

import http.client
import json
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import OUT, ROOT, Figure, child_env, emit

PHONES = 200
INPUTS_PER_PHONE = 5
SPREAD_SECONDS = 10.0  # each phone sends at random moments within this time


def make_database(path: Path) -> str:
    from workshop_app.domain import planning
    from workshop_app.domain.records import Block, Collaboration, Workshop
    from workshop_app.storage import open_store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = open_store(path)
    collaboration = Collaboration("Bench")
    workshop = Workshop(collaboration.id, "Town hall", "2026-11-30", "Hall")
    store.put(collaboration)
    store.apply(
        planning.create_workshop(
            workshop, [Block(workshop.id, "discussion", "Ideas", "What would help?", 30, 1)]
        )
    )
    store.close()
    return workshop.id


def start_server(db: Path, workshop_id: str) -> tuple[subprocess.Popen, int, str]:
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(db),
            "serve",
            workshop_id,
            "--host",
            "127.0.0.1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=child_env(),
        text=True,
    )
    line = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:(\d+)/ with code (\w+)", line)
    if not found:
        process.kill()
        raise RuntimeError(f"serve did not start: {line!r}")
    return process, int(found[1]), found[2]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Phone(threading.Thread):
    def __init__(
        self, n: int, port: int, code: str, inputs: int, spread: float, tag: str = ""
    ) -> None:
        super().__init__(daemon=True)
        self.tag = tag  # makes input ids differ between crowds sent to one room
        self.n, self.port, self.code = n, port, code
        self.inputs, self.spread = inputs, spread
        self.cookie = ""
        self.latencies: list[float] = []
        self.acknowledged: list[str] = []
        self.sent_at: dict[str, float] = {}  # input id -> wall clock when sent
        self.failed = 0
        self.joined = threading.Event()
        self.live: http.client.HTTPConnection | None = None
        self.conn: http.client.HTTPConnection | None = None  # kept, as a browser keeps it

    def call(self, method: str, path: str, body: dict) -> tuple[int, dict]:
        """One request on the phone's kept connection, as a browser's fetch() keeps one
        (HTTP/1.1); a connection the server closed meanwhile (idle for its read timeout)
        is opened again once. A submit sent again is kept once (by its id)."""
        try:
            return self._call(method, path, body)
        except (http.client.RemoteDisconnected, ConnectionError):
            self.conn = None
            return self._call(method, path, body)

    def _call(self, method: str, path: str, body: dict) -> tuple[int, dict]:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Content-Type": "application/json"}
        if self.cookie:
            headers["Cookie"] = self.cookie
        self.conn.request(method, path, json.dumps(body), headers)
        response = self.conn.getresponse()
        data = json.loads(response.read() or b"{}")
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        if response.will_close:
            self.conn.close()
            self.conn = None
        return response.status, data

    def run(self) -> None:
        try:
            self.call("POST", "/api/join", {"code": self.code})
            self.live = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            self.live.request("GET", "/api/events", headers={"Cookie": self.cookie})
            self.live.getresponse()  # held open: the server pushes to it, like a phone
        finally:
            self.joined.set()
        moments = sorted(random.uniform(0, self.spread) for _ in range(self.inputs))
        started = time.perf_counter()
        for k, moment in enumerate(moments):
            time.sleep(max(0.0, moment - (time.perf_counter() - started)))
            input_id = f"bench-{self.tag}{self.n:04d}-{k:04d}-xxxxxxxx"
            sent = time.perf_counter()
            self.sent_at[input_id] = time.time()
            try:
                status, _ = self.call(
                    "POST", "/api/submit", {"id": input_id, "text": f"Idea {k} from {self.n}"}
                )
            except OSError:
                self.failed += 1
                continue
            if status == 200:
                self.latencies.append((time.perf_counter() - sent) * 1000)
                self.acknowledged.append(input_id)
            else:
                self.failed += 1


def stored_ids(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM room_inputs")}
    finally:
        conn.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def load(
    port: int, code: str, phones: int, inputs: int, spread: float, tag: str = ""
) -> list[Phone]:
    crowd = [Phone(n, port, code, inputs, spread, tag) for n in range(phones)]
    for phone in crowd:
        phone.start()
        time.sleep(0.005)  # people do not all press Join in the same millisecond
    return crowd


def run() -> list[Figure]:
    db = OUT / "room.sqlite3"
    workshop_id = make_database(db)

    # 1. The load, then a clean stop.
    process, port, code = start_server(db, workshop_id)
    idle_mb = rss_mb(process.pid)
    crowd = load(port, code, PHONES, INPUTS_PER_PHONE, SPREAD_SECONDS)
    for phone in crowd:
        phone.joined.wait(30)
    loaded_mb = rss_mb(process.pid)
    for phone in crowd:
        phone.join(SPREAD_SECONDS + 60)
    loaded_mb = max(loaded_mb, rss_mb(process.pid))
    process.send_signal(signal.SIGINT)
    process.wait(30)
    latencies = [ms for phone in crowd for ms in phone.latencies]
    acknowledged = {i for phone in crowd for i in phone.acknowledged}
    lost = len(acknowledged - stored_ids(db))
    failed = sum(phone.failed for phone in crowd)

    # 2. The same load, and the server killed in the middle of it.
    workshop_id = make_database(db)
    process, port, code = start_server(db, workshop_id)
    crowd = load(port, code, PHONES // 2, 40, 4.0)
    time.sleep(2.5)
    process.kill()
    process.wait(30)
    for phone in crowd:
        phone.join(60)
    killed_acknowledged = {i for phone in crowd for i in phone.acknowledged}
    lost_in_kill = len(killed_acknowledged - stored_ids(db))

    sent = PHONES * INPUTS_PER_PHONE
    return [
        Figure(
            "room",
            "phone input: submit to acknowledged (on disk), p95",
            percentile(latencies, 95),
            "ms",
            100,
            len(latencies),
            f"{PHONES} phones, {sent} inputs in {SPREAD_SECONDS:.0f} s, each phone live",
        ),
        Figure("room", "inputs refused or failed under load", failed, "inputs", 0, sent),
        Figure("room", "inputs acknowledged but not on disk", lost, "inputs", 0, len(acknowledged)),
        Figure(
            "room",
            "inputs acknowledged but not on disk after a kill mid-load",
            lost_in_kill,
            "inputs",
            0,
            len(killed_acknowledged),
            "the server killed 2.5 s into the load",
        ),
        Figure(
            "room",
            "memory the phones add to the server",
            loaded_mb - idle_mb,
            "MB",
            50,
            1,
            f"{PHONES} joined, each holding a live connection",
        ),
    ]


if __name__ == "__main__":
    emit(run())
