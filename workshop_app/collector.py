"""How often Python's cycle collector runs: rarely while the app starts, as usual after.

Before its first picture the window makes about a hundred thousand objects (PySide's
classes and enums, our modules, the home screen) that live as long as the app. Run
every 700 new ones, as Python runs it, the collector went over them some fifty times:
4 to 6 ms of the start-up (``bench/bench_startup.py``). Importing this module lets it
run rarely (:func:`collect_rarely`): the command line imports it before anything else.
The usual thresholds return once the window has built what it builds in the background,
so a meeting runs with them, and before any other command runs (:func:`collect_as_usual`).
"""

from __future__ import annotations

import gc

#: Python's thresholds, as they were before start-up raised them.
_USUAL = gc.get_threshold()


def collect_rarely() -> None:
    """Collect the youngest objects every 20,000 new ones, not every 700."""
    gc.set_threshold(20_000, *_USUAL[1:])


def collect_as_usual() -> None:
    """Python's usual thresholds, from now on."""
    gc.set_threshold(*_USUAL)


collect_rarely()  # on import: see the module's docstring
