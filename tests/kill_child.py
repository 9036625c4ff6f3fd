"""Crash-safety harness: capture through the real capture box, get killed, check nothing is lost.

Run as a script, this is a *fork server*: it imports Qt and the app once, then for
every ``run`` line on stdin forks a child that opens the database, builds an
offscreen :class:`ItemListWidget` and types items into its capture box with QTest
key events, printing ``ack <trial> <item id>`` once each item is saved (the
widget's ``captured`` signal fires only after ``Session.apply`` committed it).
The harness side (:func:`run_kill_trials`) kills each child with SIGKILL at a
random moment, then opens the database and checks integrity and every
acknowledged id. Forking keeps a trial at a few tens of milliseconds, so a hundred
kills fit in ``make test``; ``tests/soak/kill_soak.py`` runs thousands.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = (
    "patrol",
    "lighting",
    "youth",
    "budget",
    "overtime",
    "data",
    "trust",
    "library",
    "curfew",
    "shelter",
    "grant",
    "sheriff",
    "council",
    "board",
    "school",
    "bus",
)


# --------------------------------------------------------------------------- child side
def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # unbuffered: nothing duplicated across fork


def _capture_forever(db_path: str, workshop_id: str, block_id: str, trial: int, seed: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workshop_app.storage import open_store
    from workshop_app.ui.capture_panel import ItemListWidget
    from workshop_app.ui.session import Session

    app = QApplication(["kill-child"])
    session = Session(open_store(db_path))
    widget = ItemListWidget(session, workshop_id, block_id, "note")
    widget.captured.connect(lambda item_id: _say(f"ack {trial} {item_id}"))
    session.error.connect(lambda message: _say(f"error {trial} {message}"))
    widget.show()
    rng = random.Random(seed)
    _say(f"ready {trial}")
    for n in range(100_000):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))
        QTest.keyClicks(widget.capture, f"{n} {text}")
        QTest.keyClick(widget.capture, Qt.Key.Key_Return)
        if widget.capture.text():
            _say(f"error {trial} capture box not cleared")
    app.quit()


def serve() -> None:
    """Fork one capturing child per ``run DB WORKSHOP BLOCK TRIAL SEED`` line on stdin."""
    import PySide6.QtTest
    import PySide6.QtWidgets  # noqa: F401

    import workshop_app.ui.capture_panel  # noqa: F401

    _say("server ready")
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            return
        db_path, workshop_id, block_id, trial, seed = words[1:6]
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _capture_forever(db_path, workshop_id, block_id, int(trial), int(seed))
            except BaseException as e:  # report, never fall back into the server loop
                _say(f"error {trial} child failed: {e!r}")
                code = 1
            os._exit(code)
        _say(f"started {trial} {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"ended {trial} {status}")


# ------------------------------------------------------------------------- harness side
@dataclass
class KillReport:
    """What a run of kill trials found. ``lost`` must be 0 and ``problems`` empty."""

    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    killed_before_ready: int = 0
    killed_before_first_ack: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"kill test: {self.trials} trials, {self.acknowledged} items acknowledged, "
            f"{self.lost} lost, {self.killed_before_ready} killed while opening, "
            f"{len(self.problems)} problems"
        )


def prepare_database(db_path: Path) -> tuple[str, str]:
    """A database with one workshop and one block to capture into; returns their ids."""
    from workshop_app.domain.records import Block, Collaboration, Workshop
    from workshop_app.storage import open_store

    store = open_store(db_path)
    try:
        collaboration = Collaboration("Safer Riverton Partnership")
        workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15", "Library")
        block = Block(workshop.id, "notes", "Open discussion")
        store.put(collaboration, workshop, block)
        return workshop.id, block.id
    finally:
        store.close()


class _Server:
    def __init__(self) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None if os.environ.get("KILL_CHILD_STDERR") else subprocess.DEVNULL,
            env=env,
            cwd=ROOT,
        )
        self._buffer = b""
        line = self.read_line(timeout=60)
        if line != "server ready":
            raise RuntimeError(f"kill server did not start: {line!r}")

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((line + "\n").encode())
        self.proc.stdin.flush()

    def read_line(self, timeout: float | None) -> str | None:
        """The next line, or None if nothing arrives within ``timeout`` seconds."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError("kill server ended unexpectedly")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def close(self) -> None:
        try:
            self.send("quit")
            self.proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def _check(db_path: Path, acknowledged: set[str], report: KillReport, trial: int) -> None:
    from workshop_app.storage import StorageError, open_store

    try:
        store = open_store(db_path)  # the app's own open: lock, quick check, migrations
    except StorageError as e:
        report.problems.append(f"trial {trial}: database did not open: {e.message}")
        return
    try:
        verdict = [r[0] for r in store.conn.execute("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            report.problems.append(f"trial {trial}: integrity_check said {verdict[:3]}")
        present = {r[0] for r in store.conn.execute("SELECT id FROM items")}
    except sqlite3.Error as e:
        report.problems.append(f"trial {trial}: reading failed: {e}")
        return
    finally:
        store.close()
    missing = acknowledged - present
    report.lost += len(missing)
    if missing:
        report.problems.append(f"trial {trial}: {len(missing)} acknowledged items missing")


def run_kill_trials(
    db_path: Path, trials: int, seed: int = 7, longest_run_ms: float = 120.0
) -> KillReport:
    """Kill a capturing child ``trials`` times at random moments; check the database each time.

    Each child is killed after a random number of acknowledged items (0-40) or after a
    random time (0-``longest_run_ms``), whichever comes first, so kills land during
    opening, typing, saving and redrawing alike.
    """
    rng = random.Random(seed)
    if not db_path.exists():
        workshop_id, block_id = prepare_database(db_path)
    else:
        with sqlite3.connect(db_path) as conn:
            workshop_id, block_id = conn.execute(
                "SELECT workshop_id, id FROM blocks LIMIT 1"
            ).fetchone()
    acknowledged: set[str] = set()
    report = KillReport()
    server = _Server()
    ready, acks = False, 0

    def take(line: str) -> str:
        """Note an ack, "ready" or an error the child printed; returns the line's first word."""
        nonlocal ready, acks
        words = line.split()
        if words[0] == "ack":
            acknowledged.add(words[2])
            acks += 1
        elif words[0] == "ready":
            ready = True
        elif words[0] == "error":
            report.problems.append(line)
        return words[0]

    try:
        for trial in range(trials):
            server.send(f"run {db_path} {workshop_id} {block_id} {trial} {rng.randrange(1 << 30)}")
            pid, ready, acks = None, False, 0
            while pid is None:
                words = (server.read_line(timeout=60) or "").split()
                if words[:2] == ["started", str(trial)]:
                    pid = int(words[2])
            want_acks = rng.randint(0, 40)
            deadline = rng.uniform(0, longest_run_ms) / 1000
            # A quarter of the kills may land while the child opens the database;
            # the others while it captures.
            wait_until_ready = rng.random() < 0.75
            while wait_until_ready and not ready:
                line = server.read_line(timeout=60) or "error (no answer)"
                words = line.split()
                if words[0] == "ready":
                    ready = True
                else:
                    raise RuntimeError(f"trial {trial}: child failed while opening: {line}")
            # Wait for the chosen number of acks, or the chosen time, then kill.
            start = time.monotonic()
            while acks < want_acks or want_acks == 0:
                left = deadline - (time.monotonic() - start)
                if left <= 0:
                    break
                line = server.read_line(timeout=left)
                if line is None:
                    break
                if take(line) == "ended":
                    raise RuntimeError(f"trial {trial}: child ended before the kill: {line}")
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it ended by itself; the "ended" line below says how
            while True:  # everything the child printed comes before the server's "ended"
                line = server.read_line(timeout=60)
                if line is None:
                    raise RuntimeError("kill server stopped answering")
                if take(line) == "ended":
                    break
            report.trials += 1
            report.killed_before_ready += not ready
            report.killed_before_first_ack += acks == 0
            _check(db_path, acknowledged, report, trial)
    finally:
        server.close()
    report.acknowledged = len(acknowledged)
    return report


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        serve()
