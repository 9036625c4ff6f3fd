"""Shared helpers of the bench scripts: figures, budgets, the Qt application, the database."""

from __future__ import annotations

import json
import os
import statistics
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")


@dataclass
class Figure:
    """One measured figure next to its budget (``budget`` is an upper bound)."""

    scenario: str
    name: str
    value: float
    unit: str
    budget: float
    runs: int
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.value <= self.budget


def child_env() -> dict[str, str]:
    """Environment for measured child processes: bytecode cached as in a real install
    (in bench/out, so the source tree stays clean), offscreen Qt."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    return env


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def emit(figures: list[Figure]) -> None:
    """Print the figures as JSON lines (run_all.py reads them) and as text."""
    for f in figures:
        print("FIGURE " + json.dumps({**asdict(f), "ok": f.ok}), flush=True)


def database() -> tuple[Path, dict]:
    """The large benchmark database (generated on first use) and its ids."""
    from bench.make_large_db import DEFAULT_PATH, ensure

    info = ensure(DEFAULT_PATH)
    return DEFAULT_PATH, info


def working_copy(name: str) -> Path:
    """A fresh copy of the large database, so scenarios that write leave it untouched."""
    import sqlite3

    source, _ = database()
    target = OUT / f"{name}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.close()
    src.close()
    return target


def qt_app():
    from workshop_app.ui.app import make_application  # applies the None refcount fix

    return make_application(["bench"])
