"""Running a probe script in a fresh Python, for what one process cannot show twice.

Qt's platform (and so the set of screens) is fixed per process, and what start-up
imports can only be seen in a new interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_json_probe(script: Path, *args: str, platform: str = "offscreen") -> dict:
    """Run ``script`` with ``args`` on Qt's ``platform``; the JSON of its last output line."""
    done = subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": platform, "MPLBACKEND": "Agg"},
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
