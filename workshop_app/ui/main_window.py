"""The main window: home and workshop screens, menus, undo/redo, error banner.

Start-up builds only what the first picture needs: the home screen and the menu bar.
The menus' commands, the workshop screen and the room window (and the modules behind
them) are built in small steps once the window is on screen and idle (about 60 ms),
or at once when something needs them first (a key, opening a workshop, the Workshop
or View menu). Input is never lost meanwhile: Qt queues it and handles it between
steps (:mod:`workshop_app.ui.warm_up`).

This module and the home screen do not touch PySide's ``Qt`` namespace at import
or while building the first window: its first use creates every one of its enums
(about 15 ms, a tenth of the start-up budget). Methods that need it import it.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..storage.store import ChangeSet
from .home_view import HomeView
from .session import Session
from .shortcuts import ShortcutScope
from .warm_up import WarmUp
from .window_commands import DialogCommands

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from .guide import GuideDialog
    from .room_controls import RoomController
    from .workshop_view import WorkshopView


class ErrorBanner(QWidget):
    """A plain-language problem, shown until dismissed (not a modal box mid-meeting)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorBanner")  # its colours: ui/style.py
        from PySide6.QtCore import Qt  # not at the top: see the module's docstring

        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Problem"))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(dismiss)
        self.hide()

    def show_message(self, message: str) -> None:
        self.text.setText(self.tr("⚠ Problem: {message}").format(message=message))
        self.show()


def _menu_command(name: str) -> property:
    """A command of the menus, kept as ``name``: the menus are filled first if need be
    (see :attr:`MainWindow.menus`)."""

    def command(window: MainWindow) -> QAction:
        window._fill_menus()
        return getattr(window, name)

    return property(command)


class MainWindow(DialogCommands, QMainWindow):
    workshop_closed = Signal()  # the workshop screen closed a workshop (backups listen)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.show_title(session.store.path.name)
        # Each widget is made inside its parent: moving a built screen into the
        # window afterwards would send every one of its widgets reparenting events.
        central = QWidget(self)
        self.setCentralWidget(central)
        self._central_layout = layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.stack, 1)
        self.home = HomeView(session, self.stack)
        self.stack.addWidget(self.home)
        self._workshop_view: WorkshopView | None = None
        self._room_controller: RoomController | None = None
        self._building_room = False
        self._banner: ErrorBanner | None = None  # made when there is a problem to show
        self._guide: GuideDialog | None = None  # made when first opened (F1)
        self.actions_dialog: QWidget | None = None  # Workshop → Actions across meetings
        self.measures_dialog: QWidget | None = None  # Workshop → Measures between meetings
        self.report_dialog: QWidget | None = None  # File → Collaboration report
        self.import_dialog: QWidget | None = None  # File → Import a workshop
        self.method_library: QWidget | None = None  # Help → Method library
        self.home.open_requested.connect(self.open_workshop)
        self.home.show_item_requested.connect(self.show_item)
        session.error.connect(self.show_problem)
        session.error.connect(lambda m: self.statusBar().showMessage(m, 15000))
        session.changed.connect(self._on_changed)
        self._menus = self._menu_titles()  # their commands: see the menus property
        self._menus_filled = False
        # The commands F1 lists work wherever the focus is, the capture box included.
        self.shortcut_scope = ShortcutScope(self, self.shortcut_actions)
        self.resize(1500, 880)
        self.statusBar().showMessage(
            self.tr("Database: {path}").format(path=session.store.path), 8000
        )
        # Each step at most about a frame (16 ms), so a key pressed meanwhile waits no longer.
        self._warm_up = WarmUp(
            self,
            first=self._fill_menus,
            rest=[
                lambda: import_module("PySide6.QtCore").Qt,  # first use: all its enums, 15 ms
                lambda: import_module("..exercises.registry", __package__),
                lambda: import_module(".capture_panel", __package__),
                lambda: import_module(".workshop_view", __package__),
                self._build_workshop_screen,
                lambda: import_module(".room_view", __package__),
                lambda: import_module(".room_controls", __package__),
                self._build_room,
            ],
        )
        self._warm_up.add(self.home.add_icons)
        self.home.table.setFocus()  # arrow keys and Enter work from the first moment

    def show_title(self, subject: str) -> None:
        """Title the window with what is open (the database file, or the workshop).

        Not with the application's name: Qt adds the application display name itself
        ("ws.sqlite3 — Workshop App"; macOS shows it in the menu bar instead).
        """
        self.setWindowTitle(subject)

    def after_first_paint(self, step: Callable[[], object]) -> None:
        """Run ``step`` once the window is on screen and idle (before the screens that
        are built then), or at once if that moment has passed."""
        self._warm_up.add(step)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._warm_up.first_paint()

    @property
    def banner(self) -> ErrorBanner:
        """The problem banner above the current screen (hidden until there is one)."""
        if self._banner is None:
            self._banner = ErrorBanner()
            self._central_layout.insertWidget(0, self._banner)
        return self._banner

    def show_problem(self, message: str) -> None:
        self.banner.show_message(message)

    # ------------------------------------------------------- screens built late
    @property
    def workshop_view(self) -> WorkshopView:
        """The workshop screen, with the room controller wired to it (built on first use)."""
        self._build_workshop_screen()
        self._build_room()
        assert self._workshop_view is not None
        return self._workshop_view

    def _build_workshop_screen(self) -> None:
        if self._workshop_view is not None:
            return
        from .workshop_view import WorkshopView

        view = WorkshopView(self.session)
        self.stack.addWidget(view)
        view.closed.connect(self.workshop_closed)
        view.guide_requested.connect(self.show_block_guide)
        for a in view.shortcuts():
            self.menus["workshop"].addAction(a)
        self._workshop_view = view

    def _build_room(self) -> None:
        if self._room_controller is not None or self._building_room:
            return  # RoomController reads workshop_view while it is being built
        self._build_workshop_screen()
        self._building_room = True
        try:
            from .room_controls import RoomController

            self._room_controller = RoomController(self)
        finally:
            self._building_room = False
        from PySide6.QtCore import Qt

        # The room window is a second top-level window: undo and redo work from it too.
        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    @property
    def room_controller(self) -> RoomController:
        """The room window's controller (F5 and the View → Room view menu)."""
        self._build_room()  # and the workshop screen first: the room's preview lives in it
        assert self._room_controller is not None
        return self._room_controller

    def current_workshop_id(self) -> str | None:
        """The open workshop, or None on the home screen (builds nothing)."""
        view = self._workshop_view
        if view is None or self.stack.currentWidget() is not view:
            return None
        return view.workshop_id or None

    def _menu_titles(self) -> dict[str, QMenu]:
        """The menu bar, as the first picture shows it: the menus, still empty."""
        bar = self.menuBar()
        menus = {
            "file": bar.addMenu(self.tr("&File")),
            "edit": bar.addMenu(self.tr("&Edit")),
            "view": bar.addMenu(self.tr("&View")),
            "workshop": bar.addMenu(self.tr("&Workshop")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        for menu in menus.values():  # a menu opened before its commands are in fills them
            menu.aboutToShow.connect(self._fill_menus)
        return menus

    @property
    def menus(self) -> dict[str, QMenu]:
        """The window's menus, with their commands (filled first if need be)."""
        self._fill_menus()
        return self._menus

    undo_action = _menu_command("_undo_action")
    redo_action = _menu_command("_redo_action")
    quit_action = _menu_command("_quit_action")

    def _fill_menus(self) -> None:
        """The menus' commands: once the first picture is on screen (they cost about 5 ms
        of start-up), or at once when something needs them first, a key pressed
        included (:class:`ShortcutScope` asks for them before Qt looks up the key)."""
        if self._menus_filled:
            return
        self._menus_filled = True
        # Not at the top: making these classes (and their enums) costs start-up too.
        from PySide6.QtGui import QAction, QKeySequence

        file_menu, edit_menu, view_menu, workshop_menu, help_menu = self._menus.values()

        def action(
            menu: QMenu, text: str, keys: str | QKeySequence.StandardKey | None, slot
        ) -> QAction:
            # menu.addAction(text), not QAction(text, self): PySide resolves QAction's
            # constructors through QIcon, whose first use costs a millisecond.
            a = menu.addAction(text)
            if keys is not None:
                # setShortcuts, not setShortcut: PySide resolves the latter's overloads
                # through the Qt namespace (see the module's docstring).
                a.setShortcuts([QKeySequence(keys)] if isinstance(keys, str) else keys)
            a.triggered.connect(slot)
            return a

        action(
            file_menu,
            self.tr("New &collaboration…"),
            "Ctrl+Shift+N",
            lambda: (self.show_home(), self.home.new_collaboration()),
        )
        action(
            file_menu,
            self.tr("&New workshop…"),
            "Ctrl+N",
            lambda: (self.show_home(), self.home.new_workshop()),
        )
        action(file_menu, self.tr("&Home: all workshops"), "Ctrl+H", self.show_home)
        action(file_menu, self.tr("&Export or print summary…"), "Ctrl+E", self.export_summary)
        action(file_menu, self.tr("Collaboration &report…"), None, self.show_report)
        action(file_menu, self.tr("Hand&outs for the tables…"), None, self.print_handouts)
        action(
            file_menu,
            self.tr("&Import a workshop…"),
            "Ctrl+I",
            lambda: self.import_workshop(),  # not the action's "checked" as a path
        )
        file_menu.addSeparator()
        self._quit_action = action(
            file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close
        )

        undo = self.session.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.session.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (undo, redo):
            edit_menu.addAction(a)
        self._undo_action, self._redo_action = undo, redo
        edit_menu.addSeparator()
        action(
            edit_menu,
            self.tr("&Search collaborations, workshops and what was said"),
            "Ctrl+F",
            lambda: (self.show_home(), self.home.focus_search()),
        )
        edit_menu.addSeparator()
        preferences = action(
            edit_menu,
            self.tr("&Preferences…"),
            QKeySequence.StandardKey.Preferences,
            self.show_preferences,
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the app menu

        action(
            workshop_menu,
            self.tr("&Actions across meetings…"),
            "Ctrl+Shift+K",
            self.show_actions,
        )
        action(
            workshop_menu,
            self.tr("&Measures between meetings…"),
            "Ctrl+Shift+M",
            self.show_measures,
        )
        action(
            workshop_menu, self.tr("Save agenda as &template…"), None, self.save_agenda_as_template
        )
        workshop_menu.addSeparator()
        # The workshop screen and the room controller add their commands when built;
        # a menu opened before then builds them first.
        workshop_menu.aboutToShow.connect(self._build_workshop_screen)
        view_menu.aboutToShow.connect(self._build_room)
        view_menu.addAction(self.tr("Home")).triggered.connect(self.show_home)
        appearance = view_menu.addMenu(self.tr("&Appearance"))
        # Filled when first opened: its action group is not needed for the first picture.
        appearance.aboutToShow.connect(lambda: self._appearance_menu(appearance))
        action(help_menu, self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)
        action(help_menu, self.tr("&Guide to this exercise"), "Shift+F1", self.show_block_guide)
        action(help_menu, self.tr("&Facilitator guide"), None, lambda: self.show_guide(""))
        action(help_menu, self.tr("&Method library…"), None, self.show_method_library)
        help_menu.addSeparator()
        action(
            help_menu,
            self.tr("&About Workshop App"),
            None,
            lambda: import_module(".about_dialog", __package__).show_about(self),
        )

    def show_preferences(self) -> None:
        """Edit → Preferences…: the app's language, the room's and exports' language."""
        from .language_dialog import LanguageDialog

        LanguageDialog(self, on_room_language=self.room_language_changed).exec()

    def room_language_changed(self) -> None:
        """The room and exports language changed: the projector and phones show it now."""
        controller = self._room_controller
        if controller is None:
            return
        controller.room.refresh()
        opener = getattr(getattr(controller, "phones", None), "opener", None)
        if opener is not None and opener.room is not None:
            opener.room.refresh()

    def _appearance_menu(self, menu: QMenu) -> None:
        """System (follow the computer's light or dark setting), Light or Dark; kept in
        the database's settings."""
        from PySide6.QtGui import QActionGroup

        from .style import appearance

        if menu.actions():  # filled already: only the tick follows the choice
            for a in menu.actions():
                a.setChecked(a.data() == appearance())
            return
        group = QActionGroup(self)
        for key, text in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            a = menu.addAction(text)
            a.setCheckable(True)
            a.setData(key)
            a.setChecked(appearance() == key)
            group.addAction(a)
            a.triggered.connect(lambda _=False, k=key: self.set_appearance(k))

    def set_appearance(self, key: str) -> None:
        from PySide6.QtWidgets import QApplication

        from .style import apply_appearance

        apply_appearance(QApplication.instance(), key)
        self.session.store.set_setting("appearance", key)

    def shortcut_actions(self) -> list[QAction]:
        """Every command of the menus (submenus included) that has a keyboard shortcut:
        what F1 lists, and what wins over a text box's own keys (ShortcutScope)."""
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for a in menu.actions():
                submenu = a.menu()
                if submenu is not None:
                    walk(submenu)
                elif a.shortcuts():
                    found.append(a)

        for menu in self.menus.values():
            walk(menu)
        return found

    def show_shortcuts(self) -> None:
        """The guide at its list of every key (F1)."""
        self.show_guide("shortcuts")

    def show_block_guide(self) -> None:
        """The guide at the current block's exercise (Shift+F1); on the home screen, at
        how to run a meeting."""
        view = self._workshop_view
        block = view.current_block() if self.current_workshop_id() and view else None
        self.show_guide(f"exercise/{block.kind}" if block is not None else "meeting/agenda")

    def show_guide(self, section: str) -> None:
        """The facilitator guide beside the window, at ``section`` ("": where it was)."""
        from .guide import GuideDialog, window_key_groups
        from .guide_content import guide_sections

        # The room's commands are listed too: its menu is built first if need be.
        sections = guide_sections(window_key_groups(self.menus, self.room_controller.room_menu))
        if self._guide is None:
            self._guide = GuideDialog(sections, self)
        else:
            self._guide.set_sections(sections)
        if section:
            self._guide.show_section(section)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def open_workshop(self, workshop_id: str) -> None:
        self.session.set_undo_scope(workshop_id)  # Ctrl+Z stays within this meeting
        self.workshop_view.open_workshop(workshop_id)
        self.stack.setCurrentWidget(self.workshop_view)
        workshop = self.workshop_view.workshop()
        if workshop is not None:
            self.show_title(workshop.title)
        self.workshop_view.focus_capture()

    def show_item(self, workshop_id: str, item_id: str) -> None:
        """Show ``item_id`` of the open workshop: its block, the item selected in the list
        holding it, that list focused (a search's result, opened)."""
        from .capture_panel import ItemListWidget

        item = self.session.item(workshop_id, item_id) if self.current_workshop_id() else None
        if item is None or workshop_id != self.current_workshop_id():
            return
        view = self.workshop_view
        if item.block_id:
            view.set_current_block(item.block_id)
        for widget in view.findChildren(ItemListWidget):
            row = widget.model.row_of(item_id)
            if row >= 0 and widget.isVisibleTo(self):
                widget.table.setFocus()
                widget.table.selectRow(row)
                widget.table.scrollTo(widget.model.index(row, 0))
                return

    def show_home(self) -> None:
        if self._workshop_view is not None and self.stack.currentWidget() is self._workshop_view:
            self._workshop_view.close_workshop()
        self.stack.setCurrentWidget(self.home)
        self.session.set_undo_scope("")  # the home screen's own history
        self.show_title(self.session.store.path.name)
        self.home.table.setFocus()

    def _on_changed(self, changes: ChangeSet) -> None:
        # A workshop deleted (or its creation undone) while open: go home, nothing to show.
        wid = self.current_workshop_id()
        if wid and wid in changes.workshop_ids:
            workshop = self.workshop_view.workshop()
            if workshop is None or workshop.deleted_at:
                self.show_home()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._warm_up.cancel()  # a closing window builds nothing more
        if self._workshop_view is not None:
            self._workshop_view.timer.pause()
        super().closeEvent(event)
