"""Start-up: process start to the first painted, interactive main window on the large
database, against a bare PySide6 window started in the same run. Budget: 1.5x bare."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from common import ROOT, Figure, child_env, database, emit, median

#: Interleaved runs of each window; more (BENCH_STARTUP_RUNS=41) when the machine's own
#: noise moves the median of 15 by a few hundredths of the ratio between runs.
RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "15"))
CHILD = str(ROOT / "bench" / "startup_child.py")


def time_to_paint(*args: str) -> tuple[float, float, float]:
    """Milliseconds from process start to the first paint, and to "ready" (the rest
    built in the background), and the longest of the background steps."""
    env = child_env()
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, CHILD, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    line = child.stdout.readline()
    painted = time.perf_counter() - started
    ready_line = child.stdout.readline()
    ready = time.perf_counter() - started
    child.wait(timeout=60)
    word, _, longest = ready_line.partition(" ")
    if line.strip() != "painted" or word != "ready":
        raise RuntimeError(f"{args[0]} window never painted")
    return painted * 1000, ready * 1000, float(longest)


def run() -> list[Figure]:
    db_path, _ = database()
    time_to_paint("bare")  # warm the file cache for both
    time_to_paint("app", str(db_path))
    bare, app, ready, steps = [], [], [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        bare.append(time_to_paint("bare")[0])
        painted, built, longest = time_to_paint("app", str(db_path))
        app.append(painted)
        ready.append(built)
        steps.append(longest)
    ratio = median(app) / median(bare)
    return [
        Figure(
            "startup",
            "bare PySide6 window to first paint",
            median(bare),
            "ms",
            float("inf"),
            RUNS,
            "reference",
        ),
        Figure(
            "startup",
            "Workshop App main window to first paint",
            median(app),
            "ms",
            1.5 * median(bare),
            RUNS,
            "budget 1.5x bare",
        ),
        Figure("startup", "start-up ratio app / bare", ratio, "x", 1.5, RUNS),
        Figure(
            "startup",
            "workshop screen, room and backups built (in the background)",
            median(ready),
            "ms",
            float("inf"),
            RUNS,
            "after the first paint, one step per turn of the event loop",
        ),
        Figure(
            "startup",
            "longest background step (the most a key pressed meanwhile waits)",
            median(steps),
            "ms",
            float("inf"),
            RUNS,
        ),
    ]


if __name__ == "__main__":
    emit(run())
