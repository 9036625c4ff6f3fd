"""The per-block timer: start, pause, reset; elapsed time is kept with the block."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.records import Block, touched
from .session import Session


class BlockTimer(QObject):
    """Counts the time spent in the current block; ``ticked`` fires every second.

    Time is read from ``clock`` (seconds, only differences matter): the monotonic
    clock by default, a fake one in tests.
    """

    ticked = Signal(int, int)  # elapsed seconds, timebox seconds
    running_changed = Signal(bool)

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.block: Block | None = None
        self._clock = clock
        self._base = 0  # whole seconds counted before ``_since``
        self._since = 0.0  # the clock's reading when counting from ``_base`` began
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._emit)
        self._last_saved = 0

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def elapsed(self) -> int:
        """Whole seconds spent in the block so far."""
        extra = max(self._clock() - self._since, 0.0) if self.running else 0.0
        return self._base + int(extra)

    def set_block(self, block: Block | None) -> None:
        """Switch to ``block``; a running timer keeps running on the new block."""
        was_running = self.running
        self._stop_and_save()
        self.block = block
        self._base = block.elapsed_seconds if block else 0
        self._last_saved = self._base
        if was_running and block is not None:
            self.start()
        self._emit()

    def start(self) -> None:
        if self.block is None or self.running:
            return
        self._since = self._clock()
        self._tick.start()
        self.running_changed.emit(True)
        self._emit()

    def pause(self) -> None:
        if self.running:
            self._stop_and_save()
            self.running_changed.emit(False)
            self._emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        running = self.running
        self._stop_and_save()
        self._base = 0
        self._save()
        if running:
            self.start()
        self._emit()

    def _stop_and_save(self) -> None:
        if self.running:
            self._base = self.elapsed()
            self._tick.stop()
        self._save()

    def _save(self) -> None:
        if self.block is None:
            return
        current = self.session.store.get(Block, self.block.id)
        if current is None or current.elapsed_seconds == self._base:
            return
        self.block = touched(current, elapsed_seconds=self._base)
        self.session.put_without_undo(self.block)
        self._last_saved = self._base

    def _emit(self) -> None:
        elapsed = self.elapsed()
        # Keep the stored time close to the real one without writing every second.
        if self.running and elapsed - self._last_saved >= 30:
            # Count on from the saved whole seconds, keeping the fraction of a second.
            self._since += elapsed - self._base
            self._base, self._last_saved = elapsed, elapsed
            self._save()
        timebox = self.block.timebox_minutes * 60 if self.block else 0
        self.ticked.emit(elapsed, timebox)
