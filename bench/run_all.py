"""Run every benchmark scenario, print a table of figures against budgets, write JSON.

    make bench          (or: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run_all.py)
    bench/run_all.py --only export listing

Each scenario runs in its own process (fresh memory, fresh Qt); the large database is
generated on first use in bench/out/ (git-ignored). Results: bench/out/latest.json and
bench/out/results-<time>.json. Exit status 1 when a figure misses its budget.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from common import OUT, ROOT, child_env  # noqa: E402

SCENARIOS = {
    "listing": "bench_listing.py",
    "export": "bench_exports.py",
    "startup": "bench_startup.py",
    "capture": "bench_capture.py",
    "memory": "bench_memory.py",
    "room": "bench_room.py",
}


def _run(script: str) -> tuple[list[dict], str]:
    done = subprocess.run(
        [sys.executable, str(BENCH / script)],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=BENCH,
        timeout=3600,
    )
    figures = [
        json.loads(line[len("FIGURE ") :])
        for line in done.stdout.splitlines()
        if line.startswith("FIGURE ")
    ]
    problem = "" if done.returncode == 0 and figures else done.stderr.strip()[-800:]
    return figures, problem


def _number(value: float, unit: str = "") -> str:
    if value == float("inf"):
        return "-"
    return f"{value:,.2f}" if unit == "x" else f"{value:,.1f}"  # a ratio: 1.48 is not 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(SCENARIOS), default=None)
    args = parser.parse_args()
    from make_large_db import DEFAULT_PATH, ensure

    ensure(DEFAULT_PATH)
    figures, problems = [], {}
    started = time.perf_counter()
    for name, script in SCENARIOS.items():
        if args.only and name not in args.only:
            continue
        print(f"running {name}…", file=sys.stderr, flush=True)
        found, problem = _run(script)
        figures += found
        if problem:
            problems[name] = problem
    width = max((len(f["name"]) for f in figures), default=20)
    print(f"\n{'figure':<{width}}  {'median':>10}  {'budget':>10}  unit  verdict  runs")
    for f in figures:
        verdict = "ok" if f["ok"] else "MISSED"
        value, budget = _number(f["value"], f["unit"]), _number(f["budget"], f["unit"])
        print(
            f"{f['name']:<{width}}  {value:>10}  {budget:>10}  "
            f"{f['unit']:<4}  {verdict:<7}  {f['runs']}"
        )
        if f.get("detail"):
            print(f"{'':<{width}}    {f['detail']}")
    for name, problem in problems.items():
        print(f"\n{name} FAILED TO RUN:\n{problem}")
    result = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "system": platform.platform(),
            "cpus": __import__("os").cpu_count(),
        },
        "seconds": round(time.perf_counter() - started, 1),
        "figures": [
            {**f, "budget": None if f["budget"] == float("inf") else f["budget"]} for f in figures
        ],
        "problems": problems,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, indent=2)
    (OUT / "latest.json").write_text(text)
    (OUT / f"results-{datetime.now():%Y%m%d-%H%M%S}.json").write_text(text)
    print(f"\nwritten to {OUT.relative_to(ROOT)}/latest.json ({result['seconds']:.0f} s)")
    return 0 if not problems and all(f["ok"] for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
