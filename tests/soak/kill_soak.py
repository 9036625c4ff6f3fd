"""The long run of the kill test: thousands of SIGKILLs during capture.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/soak/kill_soak.py --trials 2000

Prints trials / acknowledged / lost and exits non-zero if anything acknowledged was lost
or the database failed its integrity check.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kill_child import run_kill_trials


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--longest-run-ms",
        type=float,
        default=400.0,
        help="kill no later than this after the child starts",
    )
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        report = run_kill_trials(
            Path(folder) / "soak.sqlite3", args.trials, args.seed, args.longest_run_ms
        )
    print(report.line())
    print(
        f"killed before the first acknowledged item: {report.killed_before_first_ack}; "
        f"{time.monotonic() - started:.0f} s"
    )
    for problem in report.problems[:20]:
        print("  ", problem)
    return 1 if report.problems or report.lost else 0


if __name__ == "__main__":
    sys.exit(main())
