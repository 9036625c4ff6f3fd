"""The facilitator's side of the room view: preview, menu actions, keyboard shortcuts.

``RoomController(main_window)`` creates the room window, puts an always-visible
miniature of it beside the capture panel, and adds the View-menu actions. The
shortcuts are application-wide F-keys and Ctrl combinations, so they work while
the facilitator types in a capture box (plain letters would be typed instead).
Next/previous block and the timer are the Workshop menu's (Ctrl+PgDown,
Ctrl+PgUp, Ctrl+Space); they are not defined twice.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QImage, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..domain import planning
from ..domain.records import Block
from ..errors import RenderError
from .form_dialog import ask_save_path
from .phone_controls import PhoneController
from .room_charts import draw_chart_now
from .room_content import RoomMode
from .room_paint import paint_room
from .room_window import RoomWindow
from .screens import ROOM_SCREEN_SETTING, RoomScreens, screen_label
from .shortcuts import window_command
from .themes import DEFAULT_THEME, room_theme, theme_keys

log = logging.getLogger(__name__)

ROOM_THEME_SETTING = "room_theme"


class RoomPicture(QWidget):
    """A miniature of exactly what the room window shows (same layout, scaled down)."""

    def __init__(self, room: RoomWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setAccessibleName(self.tr("Picture of the room view"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(240, 135)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        room.shown_changed.connect(self._room_changed)

    def _room_changed(self) -> None:
        self.setAccessibleDescription(self.room.visible_text())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(384, 216)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        size = self.room.view.size()
        return max(90, width * size.height() // max(1, size.width()))

    def paintEvent(self, event: object) -> None:
        view = self.room.view
        layout = view.room_layout()
        room_size = layout.size
        scale = min(
            self.width() / max(1, room_size.width()), self.height() / max(1, room_size.height())
        )
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().window())
            x = (self.width() - room_size.width() * scale) / 2
            y = (self.height() - room_size.height() * scale) / 2
            painter.translate(QPointF(x, y))
            painter.scale(scale, scale)
            painter.setClipRect(QRect(0, 0, room_size.width(), room_size.height()))
            elapsed, _ = view.time_shown()
            paint_room(
                painter,
                layout,
                view.content,
                view.theme,
                view.mode,
                view.page,
                elapsed,
                view.charts.image,
            )
        finally:
            painter.end()


class RoomPreview(QWidget):
    """The preview panel: the picture and, in words, the state of the room window
    (parentless until the workshop view's side panel takes it)."""

    def __init__(self, room: RoomWindow, screens: RoomScreens) -> None:
        super().__init__()
        self.room = room
        self.screens = screens
        self.picture = RoomPicture(room, self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Room window state"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Room screen message"))
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        room.shown_changed.connect(self.update_state)
        room.frozen_changed.connect(self.update_state)
        room.mode_changed.connect(self.update_state)
        screens.moved.connect(self.show_message)
        # A message is news about the moment it was said: another block makes it stale.
        room.session.current_block_changed.connect(self.message.hide)
        # The shown block's results state is read when the block or the data change,
        # not on every repaint: a chart drawn late (after the window and its database
        # were closed) must not read the database.
        self._results = ""
        room.session.current_block_changed.connect(self._read_results)
        room.session.changed.connect(self._read_results)
        self._read_results()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.update_state()

    def state_text(self) -> str:
        """Where the room window is and what it shows, in words (never colour alone)."""
        room = self.room
        if not room.isVisible():
            where = self.tr("Room window hidden (F5 shows it).")
        else:
            where = self.tr("Room window: {where}.").format(where=self.screens.describe())
        parts = [where]
        if room.mode is RoomMode.BLACK:
            parts.append(self.tr("BLANK: the room sees a black screen (F6)."))
        elif room.mode is RoomMode.HOLDING:
            parts.append(self.tr("HOLDING SLIDE: the room sees the workshop title (Shift+F6)."))
        if room.frozen:
            parts.append(self.tr("FROZEN: the room does not see your changes (F7)."))
        if self._results:
            parts.append(self._results)
        pages = room.view.page_count()
        if pages > 1:
            parts.append(
                self.tr("Page {n} of {total} (Ctrl+Shift+PgDown / PgUp).").format(
                    n=room.view.page + 1, total=pages
                )
            )
        return " ".join(parts)

    def results_text(self) -> str:
        """Whether the room sees the hidden results of the block it shows, in words; empty
        when that block keeps no results from the room. Read from the block itself, so
        it is never the state of an earlier block or of before an undo."""
        block_id = self.room.block_id
        block = self.room.session.store.get(Block, block_id) if block_id else None
        if block is None or not block.settings.get("results_hidden", False):
            return ""
        if block.settings.get("revealed", False):
            return self.tr("RESULTS REVEALED: the room sees this block's results (F9 hides them).")
        return self.tr("Results hidden: the room does not see them yet (F9 reveals them).")

    def _read_results(self, *args: object) -> None:
        self._results = self.results_text()
        self.update_state()

    def update_state(self, *args: object) -> None:
        self.state.setText(self.state_text())


class RoomController(QObject):
    """Wires the room window into the main window (call once: ``RoomController(self)``)."""

    def __init__(self, main_window: QWidget) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.session = main_window.session  # type: ignore[attr-defined]
        store = self.session.store
        theme_key = store.setting(ROOM_THEME_SETTING, DEFAULT_THEME)
        try:
            theme = room_theme(theme_key)
        except RenderError:  # a theme remembered by another version
            theme = room_theme(DEFAULT_THEME)
        # Parented to the main window: closed with it, never keeps the app alive alone.
        self.room = RoomWindow(self.session, theme, parent=main_window)
        self.screens = RoomScreens(
            self.room,
            facilitator_screen=lambda: main_window.screen(),
            preferred=lambda: store.setting(ROOM_SCREEN_SETTING, "") or "",
        )
        self.preview = RoomPreview(self.room, self.screens)
        self.screens.moved.connect(self._tell)
        workshop_view = getattr(main_window, "workshop_view", None)
        if workshop_view is not None:
            workshop_view.add_side_panel(self.preview, self.tr("Room view (what the room sees)"))
            workshop_view.timer.ticked.connect(self.room.set_time)
            if getattr(workshop_view, "workshop_id", None):
                current = workshop_view.current_block()
                self.room.follow_block(workshop_view.workshop_id, current.id if current else "")
        self.actions: dict[str, QAction] = {}
        self._build_actions()
        self.phones = PhoneController(main_window, self.room, self._tell)  # View → Phones…

    # ---------------------------------------------------------------- actions
    def _action(self, key: str, text: str, keys: str, slot, checkable: bool = False) -> QAction:
        self.actions[key] = window_command(self.main_window, text, keys, slot, checkable)
        return self.actions[key]

    def _build_actions(self) -> None:
        menu = self.main_window.menus["view"]  # type: ignore[attr-defined]
        menu.addSeparator()
        room_menu = menu.addMenu(self.tr("&Room view"))
        self.room_menu = room_menu
        a = self._action("show", self.tr("Show the room window"), "F5", self.toggle_room, True)
        room_menu.addAction(a)
        a = self._action(
            "black",
            self.tr("Blank the room (black screen)"),
            "F6",
            lambda: self.room.toggle_mode(RoomMode.BLACK),
            True,
        )
        room_menu.addAction(a)
        a = self._action(
            "holding",
            self.tr("Holding slide with the workshop title"),
            "Shift+F6",
            lambda: self.room.toggle_mode(RoomMode.HOLDING),
            True,
        )
        room_menu.addAction(a)
        a = self._action(
            "freeze",
            self.tr("Freeze the room view while you edit"),
            "F7",
            self.room.toggle_frozen,
            True,
        )
        room_menu.addAction(a)
        a = self._action(
            "reveal", self.tr("Reveal hidden results of this block"), "F9", self.reveal_results
        )
        room_menu.addAction(a)
        room_menu.addSeparator()
        room_menu.addAction(
            self._action(
                "next_page",
                self.tr("Next page of the room view"),
                "Ctrl+Shift+PgDown",
                self.room.next_page,
            )
        )
        room_menu.addAction(
            self._action(
                "previous_page",
                self.tr("Previous page of the room view"),
                "Ctrl+Shift+PgUp",
                self.room.previous_page,
            )
        )
        room_menu.addSeparator()
        themes = room_menu.addMenu(self.tr("Room theme"))
        group = QActionGroup(self)
        for key in theme_keys():
            theme = room_theme(key)
            a = QAction(theme.label, self.main_window)
            a.setCheckable(True)
            a.setChecked(key == self.room.view.theme.key)
            a.triggered.connect(lambda _=False, k=key: self.set_theme(k))
            group.addAction(a)
            themes.addAction(a)
            self.actions[f"theme_{key}"] = a
        self.screen_menu = room_menu.addMenu(self.tr("Room screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        room_menu.addSeparator()
        room_menu.addAction(
            self._action(
                "save_picture", self.tr("Save room view as picture…"), "", self.save_picture_dialog
            )
        )
        self.room.mode_changed.connect(self._sync_checks)
        self.room.frozen_changed.connect(self._sync_checks)
        self.room.shown_changed.connect(self._sync_checks)
        self._sync_checks()

    def _sync_checks(self, *args: object) -> None:
        self.actions["show"].setChecked(self.room.isVisible())
        self.actions["black"].setChecked(self.room.mode is RoomMode.BLACK)
        self.actions["holding"].setChecked(self.room.mode is RoomMode.HOLDING)
        self.actions["freeze"].setChecked(self.room.frozen)

    def _fill_screen_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        menu = self.screen_menu
        menu.clear()
        chosen = self.session.store.setting(ROOM_SCREEN_SETTING, "") or ""
        group = QActionGroup(menu)
        auto = menu.addAction(self.tr("Automatic: the largest screen that is not yours"))
        auto.setCheckable(True)
        auto.setChecked(not chosen)
        auto.triggered.connect(lambda: self.choose_screen(""))
        group.addAction(auto)
        for screen in QGuiApplication.screens():
            a = menu.addAction(screen_label(screen))
            a.setCheckable(True)
            a.setChecked(screen.name() == chosen)
            name = screen.name()
            a.triggered.connect(lambda _=False, n=name: self.choose_screen(n))
            group.addAction(a)

    # ---------------------------------------------------------------- slots
    def toggle_room(self) -> None:
        """Show the room window (full screen on the room's screen) or hide it."""
        if self.room.isVisible():
            self.room.hide()
        else:
            self.screens.show_room()
            self.main_window.activateWindow()  # keep the keyboard on the facilitator's side
        self.room.shown_changed.emit()

    def choose_screen(self, name: str) -> None:
        self.session.store.set_setting(ROOM_SCREEN_SETTING, name)
        self.screens.place()
        self._tell(self.tr("The room window is now {where}.").format(where=self.screens.describe()))

    def set_theme(self, key: str) -> None:
        self.session.store.set_setting(ROOM_THEME_SETTING, key)
        self.room.set_theme(room_theme(key))

    def reveal_results(self) -> None:
        """Reveal (or hide again) the hidden results of the current block; undoable."""
        view = getattr(self.main_window, "workshop_view", None)
        current = view.current_block() if view is not None else None
        block = self.session.store.get(Block, current.id) if current is not None else None
        if block is None:
            return
        if not block.settings.get("results_hidden", False):
            self._tell(self.tr("The results of this block are not hidden; the room sees them."))
            return
        revealed = not block.settings.get("revealed", False)
        text = self.tr("Reveal results") if revealed else self.tr("Hide results again")
        if self.session.apply(planning.set_revealed(block, revealed, text)):
            # Said in the status bar only: the preview's state says it for as long as
            # it is true of the block shown (results_text).
            self._status(
                self.tr("Results revealed to the room.")
                if revealed
                else self.tr("Results hidden from the room again.")
            )

    def _tell(self, message: str) -> None:
        self.preview.show_message(message)
        self._status(message)

    def _status(self, message: str) -> None:
        status = getattr(self.main_window, "statusBar", None)
        if status is not None:
            status().showMessage(message, 10000)

    # ---------------------------------------------------------------- picture
    def room_picture(self) -> QImage:
        """Exactly what the room shows now, at the room window's size."""
        view = self.room.view
        layout = view.room_layout()
        image = QImage(layout.size, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        try:
            elapsed, _ = view.time_shown()

            def charts(chart, size, style):
                return view.charts.image(chart, size, style) or draw_chart_now(chart, size, style)

            paint_room(
                painter, layout, view.content, view.theme, view.mode, view.page, elapsed, charts
            )
        finally:
            painter.end()
        return image

    def save_picture(self, path: str | Path) -> bool:
        """Save what the room shows now as a PNG; False (and a message) if it cannot."""
        if self.room_picture().save(str(path), "PNG"):
            self._tell(self.tr("Room view saved to {path}.").format(path=path))
            return True
        self.session.error.emit(
            self.tr("The picture could not be saved to {path}; choose another folder.").format(
                path=path
            )
        )
        return False

    def save_picture_dialog(self) -> None:
        path = ask_save_path(
            self.main_window,
            self.session.store,
            "last_picture_folder",
            self.tr("Save room view as picture"),
            "room-view.png",
            self.tr("PNG picture (*.png)"),
        )
        if path:
            self.save_picture(path)
