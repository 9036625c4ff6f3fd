"""A crowd of simulated phones against a room already open (used by bench_capture.py to
load the window while the facilitator types). Loopback only; stops by itself.

    python bench/phones_load.py PORT CODE PHONES INPUTS SPREAD_SECONDS OUT.json [TAG]

Writes OUT.json (not standard output: a pipe nobody reads until the end would fill up):
submit-to-acknowledged times (ms), each acknowledged input's wall-clock send time, and
how many failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench_room import load


def main() -> None:
    port, code = int(sys.argv[1]), sys.argv[2]
    phones, inputs, spread = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
    tag = sys.argv[7] if len(sys.argv) > 7 else ""  # input ids differ from another crowd's
    crowd = load(port, code, phones, inputs, spread, tag)
    for phone in crowd:
        phone.join(spread + 60)
    result = {
        "latencies": [ms for p in crowd for ms in p.latencies],
        "sent_at": {i: p.sent_at[i] for p in crowd for i in p.acknowledged},
        "failed": sum(p.failed for p in crowd),
    }
    Path(sys.argv[6]).write_text(json.dumps(result))


if __name__ == "__main__":
    main()
