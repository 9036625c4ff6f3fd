"""Which screen the room window goes to, and following screens plugged in or out.

The default is the largest screen that is not the facilitator's; the
facilitator may pick one by name (remembered in the database settings). With
only the facilitator's screen, the room window is a normal, resizable window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: Store setting that remembers the facilitator's choice of room screen ("" = automatic).
ROOM_SCREEN_SETTING = "room_screen"
#: Size of the room window when it is a normal window on the facilitator's screen.
WINDOWED_SIZE = (1024, 576)


def _area(screen: QScreen) -> int:
    g = screen.geometry()
    return g.width() * g.height()


def choose_room_screen(
    screens: Sequence[QScreen], facilitator: QScreen | None, preferred: str = ""
) -> QScreen | None:
    """The screen for the room window, or None when only the facilitator's screen is there.

    ``preferred`` (a screen name the facilitator chose) wins when that screen is
    connected and is not the facilitator's; otherwise the largest other screen.
    """
    others = [s for s in screens if s is not facilitator]
    if preferred:
        for screen in others:
            if screen.name() == preferred:
                return screen
    if not others:
        return None
    return max(others, key=_area)  # max keeps the first of equal screens: stable


def screen_label(screen: QScreen) -> str:
    g = screen.geometry()
    name = screen.name() or screen.model() or "?"
    return f"{name} ({g.width()} × {g.height()})"


class RoomScreens(QObject):
    """Places the room window and keeps it placed as screens come and go.

    ``moved`` carries one plain sentence for the facilitator whenever a screen
    change moved the room window.
    """

    moved = Signal(str)

    def __init__(
        self,
        room: QWidget,
        facilitator_screen: Callable[[], QScreen | None],
        preferred: Callable[[], str] = lambda: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or room)
        self.room = room
        self.facilitator_screen = facilitator_screen
        self.preferred = preferred
        self.target: QScreen | None = None
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_added)  # type: ignore[attr-defined]
        app.screenRemoved.connect(self._screen_removed)  # type: ignore[attr-defined]

    def choose(self, leaving: QScreen | None = None) -> QScreen | None:
        screens = [s for s in QGuiApplication.screens() if s is not leaving]
        facilitator = self.facilitator_screen()
        if facilitator is leaving or facilitator not in screens:
            facilitator = QGuiApplication.primaryScreen()
            if facilitator is leaving:
                facilitator = screens[0] if screens else None
        return choose_room_screen(screens, facilitator, self.preferred())

    def place(self, leaving: QScreen | None = None) -> QScreen | None:
        """Put the room window where it belongs now (only shown if it already is)."""
        self.target = self.choose(leaving)
        room = self.room
        visible = room.isVisible()
        if self.target is not None:
            room.setScreen(self.target)
            room.setGeometry(self.target.geometry())
            if visible:
                room.showFullScreen()
        else:
            facilitator = self.facilitator_screen() or QGuiApplication.primaryScreen()
            if facilitator is leaving:
                facilitator = next((s for s in QGuiApplication.screens() if s is not leaving), None)
            if room.isFullScreen():
                room.showNormal()
            if facilitator is not None:
                room.setScreen(facilitator)
                avail = facilitator.availableGeometry()
                w, h = min(WINDOWED_SIZE[0], avail.width()), min(WINDOWED_SIZE[1], avail.height())
                rect = QRect(0, 0, w, h)
                rect.moveCenter(avail.center())
                room.setGeometry(rect)
            if visible:
                room.showNormal()
        return self.target

    def show_room(self) -> None:
        """Show the room window: full screen on its screen, or a normal window."""
        self.place()
        if self.target is not None:
            self.room.showFullScreen()
        else:
            self.room.showNormal()

    def describe(self) -> str:
        """Where the room window is, in words."""
        if self.target is not None:
            return self.tr("full screen on {screen}").format(screen=screen_label(self.target))
        return self.tr("a normal window on your screen (no second screen)")

    def _screen_added(self, screen: QScreen) -> None:
        before = self.target
        self.place()
        if self.target is not None and self.target is not before:
            self.moved.emit(
                self.tr(
                    "Screen {screen} was connected; the room window is now full screen there."
                ).format(screen=screen_label(screen))
            )
        else:
            self.moved.emit(
                self.tr("Screen {screen} was connected; the room window stays where it is.").format(
                    screen=screen_label(screen)
                )
            )

    def _screen_removed(self, screen: QScreen) -> None:
        was_on_it = self.target is screen
        label = screen_label(screen)
        self.place(leaving=screen)
        if was_on_it:
            self.moved.emit(
                self.tr("Screen {screen} was disconnected; the room window is now {where}.").format(
                    screen=label, where=self.describe()
                )
            )
        else:
            self.moved.emit(self.tr("Screen {screen} was disconnected.").format(screen=label))
        # Qt may still move windows off the removed screen after this signal: place again.
        QTimer.singleShot(0, self.place)
