"""The room window: what the projector shows, driven from the facilitator's keyboard.

It holds nothing but a :class:`~workshop_app.ui.room_view.RoomView`. Its content
is rebuilt from ``audience_view(snapshot, Audience.ROOM)`` in one place
(:meth:`RoomWindow.refresh`), in the same event-loop turn as the change that
caused it: it never sees a facilitator widget, an internal item, a facilitator
note or a hidden result, because they are not in the data it is given.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..domain.records import Workshop
from ..domain.visibility import Audience
from ..storage.store import ChangeSet
from .room_charts import ChartCache
from .room_content import RoomContent, RoomMode, room_content
from .room_view import RoomView
from .session import Session
from .themes import RoomTheme, room_theme


class RoomWindow(QWidget):
    """A top-level window with the room view of the facilitator's current block.

    ``shown_changed`` fires whenever what the room sees changes (content, page,
    blank mode, timer), so the facilitator's preview can mirror it.
    """

    shown_changed = Signal()
    frozen_changed = Signal(bool)
    mode_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        theme: RoomTheme | None = None,
        charts: ChartCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        # The facilitator keeps typing in the capture box: the room never takes focus.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(self.tr("Room view"))  # Qt adds the application's name
        self.setAccessibleName(self.tr("Room window"))
        self.session = session
        self.view = RoomView(theme or room_theme(), charts, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.workshop_id: str | None = None
        self.collaboration_id: str | None = None
        self.block_id: str | None = None
        self.frozen = False
        self._join = ("", "", "")  # link, address, code while open to phones
        self._stale = False
        self._last_time: tuple[int, int] | None = None
        self.resize(1280, 720)
        session.changed.connect(self._on_changed)
        session.current_block_changed.connect(self.follow_block)
        self.view.page_changed.connect(lambda *_: self.shown_changed.emit())
        self.view.charts.ready.connect(self.shown_changed)

    # ------------------------------------------------------------ following
    def follow_block(self, workshop_id: str, block_id: str) -> None:
        """Show ``block_id`` of ``workshop_id`` (the facilitator moved to it)."""
        if workshop_id != self.workshop_id:
            workshop = self.session.store.get(Workshop, workshop_id) if workshop_id else None
            self.collaboration_id = workshop.collaboration_id if workshop else None
        self.workshop_id = workshop_id or None
        self.block_id = block_id or None
        self._last_time = None
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.workshop_id is None:
            return
        if self.workshop_id in changes.workshop_ids or (
            self.collaboration_id in changes.collaboration_ids and "partners" in changes.tables
        ):
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the room's content from the room-filtered view (unless frozen)."""
        if self.frozen:
            self._stale = True
            return
        self._stale = False
        self.view.set_content(self.build_content())
        if self._last_time is not None:
            self.view.set_time(*self._last_time)
        self.shown_changed.emit()

    def set_join(self, link: str, address: str, code: str) -> None:
        """Say on the projector where phones join ("" when the room is closed to them)."""
        self._join = (link, address, code) if link else ("", "", "")
        self.refresh()

    def build_content(self) -> RoomContent:
        """The content for the current block; the only place the room reads the database."""
        link, address, code = self._join
        return replace(self._block_content(), join_link=link, join_address=address, join_code=code)

    def _block_content(self) -> RoomContent:
        if self.workshop_id is None:
            return RoomContent(workshop_title="")
        try:
            view = self.session.view(self.workshop_id, Audience.ROOM)  # the room sees only this
        except KeyError:  # the workshop was deleted for good
            self.workshop_id = None
            return RoomContent(workshop_title="")
        return room_content(view, self.block_id)

    # ------------------------------------------------------------ controls
    def set_time(self, elapsed: int, timebox: int) -> None:
        """The block timer ticked (ignored while frozen)."""
        if self.frozen:
            return
        self._last_time = (elapsed, timebox)
        self.view.set_time(elapsed, timebox)
        self.shown_changed.emit()

    def set_mode(self, mode: RoomMode | str) -> None:
        """Live, black, or the holding slide with the workshop title."""
        self.view.set_mode(RoomMode(mode))
        self.mode_changed.emit(self.view.mode.value)
        self.shown_changed.emit()

    def toggle_mode(self, mode: RoomMode | str) -> None:
        """Switch to ``mode``, or back to live if the room already shows it."""
        mode = RoomMode(mode)
        self.set_mode(RoomMode.LIVE if self.view.mode is mode else mode)

    @property
    def mode(self) -> RoomMode:
        return self.view.mode

    def set_frozen(self, frozen: bool) -> None:
        """While frozen the room keeps showing what it showed; changes wait."""
        if frozen == self.frozen:
            return
        self.frozen = frozen
        self.frozen_changed.emit(frozen)
        if not frozen:
            self.refresh()

    def toggle_frozen(self) -> None:
        self.set_frozen(not self.frozen)

    def set_theme(self, theme: RoomTheme) -> None:
        self.view.set_theme(theme)
        self.shown_changed.emit()

    def next_page(self) -> None:
        self.view.show_page(self.view.page + 1)

    def previous_page(self) -> None:
        self.view.show_page(self.view.page - 1)

    def visible_text(self) -> str:
        """The words the room can read right now."""
        return self.view.visible_text()

    # ------------------------------------------------------------ window
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # If the window got the keyboard anyway (a click on it), Escape leaves full screen.
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the room window only hides it; the controller can show it again.
        event.ignore()
        self.hide()
        self.shown_changed.emit()
