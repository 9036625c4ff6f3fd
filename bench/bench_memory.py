"""Peak memory (VmHWM, resident) of a whole run on the 10,000-item workshop: start the app,
open the workshop with the room view shown, capture items, go through the agenda, export
it as Markdown and PDF. Budget: under 250 MB. Each run is a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys

from common import ROOT, Figure, child_env, emit, median

RUNS = 3
CAPTURES = 20


def _peak_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child() -> None:
    import bench_capture
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from workshop_app.export import render_workshop, workshop_view

    app, session, window, _room, info = bench_capture._setup()
    window.open_workshop(info["big_workshop_id"])
    app.processEvents()
    widget = bench_capture._capture_box(window, info["big_block_id"])
    for n in range(CAPTURES):
        QTest.keyClicks(widget.capture, f"Memory run capture {n}: more lighting please")
        QTest.keyClick(widget.capture, Qt.Key.Key_Return)
        app.processEvents()
    view = window.workshop_view
    for _ in range(len(view.blocks)):
        view.go_next()
        app.processEvents()
    partners = workshop_view(session.store, info["big_workshop_id"], "partners")
    sizes = {key: len(render_workshop(partners, key)) for key in ("md", "pdf")}
    print(json.dumps({"peak_mb": _peak_mb(), "sizes": sizes}), flush=True)


def run() -> list[Figure]:
    peaks, sizes = [], {}
    for _ in range(RUNS):
        done = subprocess.run(
            [sys.executable, __file__, "child"],
            capture_output=True,
            text=True,
            env=child_env(),
            cwd=ROOT / "bench",
            timeout=900,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise RuntimeError(f"memory run failed: {done.stderr[-1500:]}")
        result = json.loads(lines[-1])
        peaks.append(result["peak_mb"])
        sizes = result["sizes"]
    return [
        Figure(
            "memory",
            "peak memory, whole run of the 10,000-item workshop",
            median(peaks),
            "MB",
            250,
            RUNS,
            f"{CAPTURES} captures, every block, exports {sizes}",
        )
    ]


if __name__ == "__main__":
    import os

    if sys.argv[1:] == ["child"]:
        child()
    else:
        emit(run())
    os._exit(0)
