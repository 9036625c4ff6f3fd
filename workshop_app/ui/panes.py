"""Three panes side by side, the outer two able to step aside for the middle one.

The workshop screen puts the agenda on the left, the block under way in the middle and
the workshop-wide lists on the right. On a laptop the middle keeps at least half the
width; either side pane hides (and comes back at the width it had) so the block under
way can have the whole window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

from .style import SPACE

LEFT, MIDDLE, RIGHT = 0, 1, 2


class PaneSplitter(QSplitter):
    """``left | middle | right``; the middle is never covered."""

    #: Whether the left and the right pane are shown, after any change.
    panes_changed = Signal(bool, bool)

    def __init__(self, left: QWidget, middle: QWidget, right: QWidget) -> None:
        super().__init__()
        self.setHandleWidth(SPACE["s"])
        for n, pane in enumerate((left, middle, right)):
            self.addWidget(pane)
            self.setStretchFactor(n, 1 if n == MIDDLE else 0)
        self.setCollapsible(MIDDLE, False)
        # The side panes' widths before they were hidden (0: not shared out yet).
        self._widths = {LEFT: 0, RIGHT: 0}
        self.splitterMoved.connect(self._moved)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._widths[LEFT]:
            self.share_width()

    def share_width(self) -> None:
        """Give the side panes widths that suit the window: on a laptop the middle keeps
        at least half of it."""
        width = max(self.width(), 800)
        left = min(max(width // 6, 220), 300)
        right = min(max(width // 4, 370), 460)
        self._widths = {LEFT: left, RIGHT: right}
        self.setSizes([left, width - left - right, right])
        self._tell()

    def shown(self, pane: int) -> bool:
        return self.sizes()[pane] > 0

    def toggle(self, pane: int) -> None:
        self.set_shown(pane, not self.shown(pane))

    def set_shown(self, pane: int, shown: bool) -> None:
        """Show or hide the side ``pane`` (LEFT or RIGHT); the middle takes or gives the
        width, and a pane comes back as wide as it was."""
        sizes = self.sizes()
        if shown == (sizes[pane] > 0):
            return
        if shown:
            width = self._widths[pane] or 280
            sizes[MIDDLE] = max(sizes[MIDDLE] - width, 200)
            sizes[pane] = width
        else:
            self._widths[pane] = sizes[pane]
            sizes[MIDDLE] += sizes[pane]
            sizes[pane] = 0
        self.setSizes(sizes)
        self._tell()

    def _moved(self, *_args: object) -> None:
        sizes = self.sizes()
        for pane in (LEFT, RIGHT):
            self._widths[pane] = sizes[pane] or self._widths[pane]
        self._tell()

    def _tell(self) -> None:
        self.panes_changed.emit(self.shown(LEFT), self.shown(RIGHT))
