"""What the main window builds once its first picture is on screen."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal


class WarmUp(QObject):
    """Runs ``first`` and then ``rest`` once the first picture is on screen, one step
    per turn of the event loop (a zero timer: Qt runs it when the events waiting have
    been handled), so input never waits for more than one step.

    It begins one turn after the first paint, so that whatever that paint set in
    motion goes first. Steps added meanwhile (:meth:`add`) run after ``first`` and
    before ``rest``, the last added first. A step that something already needed is
    skipped: every step is idempotent.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QObject,
        first: Callable[[], object],
        rest: Iterable[Callable[[], object]],
    ) -> None:
        super().__init__(parent)
        self._first = first
        self.steps = [first, *rest]
        self.started = False
        self.done = False
        self.longest_step_ms = 0.0  # how long a key pressed meanwhile may wait (bench)

    def add(self, step: Callable[[], object]) -> None:
        if self.done:
            step()
        else:  # after the first step while it waits, else next
            self.steps.insert(1 if self.steps[:1] == [self._first] else 0, step)

    def cancel(self) -> None:
        self.steps.clear()

    def first_paint(self) -> None:
        if not self.started:
            self.started = True
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._next))

    def _next(self) -> None:
        if not self.steps:
            self.done = True
            self.finished.emit()
            return
        started = time.perf_counter()
        self.steps.pop(0)()
        took = (time.perf_counter() - started) * 1000
        self.longest_step_ms = max(self.longest_step_ms, took)
        QTimer.singleShot(0, self, self._next)
