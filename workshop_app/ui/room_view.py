"""The room view widget: a :class:`~.room_content.RoomContent` painted large.

Used full screen in the room window (:mod:`.room_window`) and small, as a live
miniature, on the facilitator's side (:mod:`.room_controls`). It keeps the page
shown and the time; measuring is :mod:`.room_layout`, drawing :mod:`.room_paint`,
chart pictures :mod:`.room_charts`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .room_charts import ChartCache
from .room_content import RoomContent, RoomMode
from .room_layout import RoomLayout, layout_room
from .room_paint import paint_room
from .themes import RoomTheme, room_theme


class RoomView(QWidget):
    """Paints a :class:`RoomContent` large, scaled to its own size.

    Used full screen in the room window and small, as a live miniature, on the
    facilitator's side. It has no controls and takes no keyboard focus.
    """

    page_changed = Signal(int, int)  # page index, page count

    def __init__(
        self,
        theme: RoomTheme | None = None,
        charts: ChartCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Room view"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.theme = theme or room_theme()
        self.charts = charts or ChartCache(self)
        self.charts.ready.connect(self.update)
        self.content = RoomContent(workshop_title="")
        self.mode = RoomMode.LIVE
        self.elapsed: int | None = None
        self.timebox: int | None = None
        self.page = 0
        # A list that grows past its page keeps showing its newest part, unless the
        # facilitator turned back to an earlier page.
        self._follow_last_page = True
        self._layout: RoomLayout | None = None

    # -- state
    def set_content(self, content: RoomContent) -> None:
        """Show ``content``; a new block starts on page 1, the same block keeps its page."""
        same_block = content.block_id == self.content.block_id
        on_last = self.page >= self.page_count() - 1
        if not same_block:
            self.elapsed, self.timebox = None, None
        self.content = content
        self._layout = None
        if not same_block:
            self.page = 0
            self._follow_last_page = True
        elif on_last and self._follow_last_page:
            # The facilitator was showing the end of a growing list: keep showing its end.
            self.page = self.page_count() - 1
        self.page = min(self.page, self.page_count() - 1)
        self._announce()
        self.update()

    def set_mode(self, mode: RoomMode) -> None:
        self.mode = RoomMode(mode)
        self.update()

    def set_theme(self, theme: RoomTheme) -> None:
        self.theme = theme
        self._layout = None
        self.update()

    def set_time(self, elapsed: int, timebox: int) -> None:
        self.elapsed, self.timebox = elapsed, timebox
        self.update()

    def page_count(self) -> int:
        return self.room_layout().page_count

    def show_page(self, page: int) -> None:
        self.page = min(max(0, page), self.page_count() - 1)
        self._follow_last_page = self.page == self.page_count() - 1
        self._announce()
        self.update()

    def _announce(self) -> None:
        self.setAccessibleDescription(self.visible_text())
        self.page_changed.emit(self.page, self.page_count())

    # -- what is shown
    def target_size(self) -> QSize:
        """The size the room sees: a hidden room window is laid out at its window's size."""
        window = self.window()
        if not self.isVisible() and window is not self:
            return window.size()
        return self.size()

    def room_layout(self) -> RoomLayout:
        size = self.target_size()
        if self._layout is None or self._layout.size != size:
            self._layout = layout_room(self.content, size, self.theme)
        return self._layout

    def visible_text(self) -> str:
        """The words the room can read now (blank screens show none)."""
        if self.mode is RoomMode.BLACK:
            return ""
        if self.mode is RoomMode.HOLDING:
            return "\n".join(t for t in (self.content.workshop_title, self.content.subtitle) if t)
        return self.content.text()

    def time_shown(self) -> tuple[int, int]:
        elapsed = self.content.elapsed_seconds if self.elapsed is None else self.elapsed
        timebox = self.content.timebox_seconds if self.timebox is None else self.timebox
        return elapsed, timebox

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        try:
            elapsed, timebox = self.time_shown()
            content = self.content
            if timebox != content.timebox_seconds:
                content = replace(content, timebox_seconds=timebox)
            paint_room(
                painter,
                self.room_layout(),
                content,
                self.theme,
                self.mode,
                self.page,
                elapsed,
                self.charts.image,
            )
        finally:
            painter.end()

    def resizeEvent(self, event: object) -> None:
        self._layout = None
        self.page = min(self.page, self.page_count() - 1)
        super().resizeEvent(event)  # type: ignore[arg-type]

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def hasHeightForWidth(self) -> bool:
        return True
