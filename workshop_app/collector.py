"""How often Python's cycle collector runs: not at all while the app starts, as usual after.

Before its first picture the window makes about a hundred thousand objects (PySide's
classes and enums, our modules, the home screen) that live as long as the app. Run
every 700 new ones, as Python runs it, the collector went over them some fifty times:
4 to 6 ms of the start-up (``bench/bench_startup.py``). Importing this module lets it
run rarely (:func:`collect_rarely`): the command line imports it before anything else.
Once the first picture is on screen, what start-up made is set aside for good
(``gc.freeze``: no collection goes over it again, so none has to wade through it) and
the usual thresholds return (:func:`start_up_over`); any other command gets them back
before it starts (:func:`collect_as_usual`).
"""

from __future__ import annotations

import gc

#: Python's thresholds, as they were before start-up raised them.
_USUAL = gc.get_threshold()


def collect_rarely() -> None:
    """Collect the youngest objects every 50,000 new ones, not every 700: never, while
    the window starts."""
    gc.set_threshold(50_000, *_USUAL[1:])


def collect_as_usual() -> None:
    """Python's usual thresholds, from now on."""
    gc.set_threshold(*_USUAL)


def start_up_over() -> None:
    """The window is on screen: what start-up made lives as long as the app, so it is
    kept out of every later collection, and the collector runs as usual."""
    gc.freeze()
    collect_as_usual()


collect_rarely()  # on import: see the module's docstring
