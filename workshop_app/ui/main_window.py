"""The main window: home and workshop screens, menus, undo/redo, error banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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
from .workshop_view import WorkshopView


class ErrorBanner(QWidget):
    """A plain-language problem, shown until dismissed (not a modal box mid-meeting)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorBanner")
        self.setStyleSheet(
            "#ErrorBanner { background: #fde7e9; border: 2px solid #b00020; }"
            "QLabel { color: #5c0010; }"
        )
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


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("Workshop App — {file}").format(file=session.store.path.name))
        self.home = HomeView(session)
        self.workshop_view = WorkshopView(session)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.workshop_view)
        self.banner = ErrorBanner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.home.open_requested.connect(self.open_workshop)
        session.error.connect(self.banner.show_message)
        session.error.connect(lambda m: self.statusBar().showMessage(m, 15000))
        session.changed.connect(self._on_changed)
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        # Screens that add menus and side panels of their own.
        from .export_dialog import install_export_actions
        from .room_controls import RoomController

        install_export_actions(self)
        self.room_controller = RoomController(self)
        self.resize(1500, 880)
        self.statusBar().showMessage(
            self.tr("Database: {path}").format(path=session.store.path), 8000
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus["file"] = file_menu = bar.addMenu(self.tr("&File"))
        self.menus["edit"] = edit_menu = bar.addMenu(self.tr("&Edit"))
        self.menus["view"] = view_menu = bar.addMenu(self.tr("&View"))
        self.menus["workshop"] = workshop_menu = bar.addMenu(self.tr("&Workshop"))
        self.menus["help"] = help_menu = bar.addMenu(self.tr("&Help"))

        def action(
            menu: QMenu, text: str, keys: str | QKeySequence.StandardKey | None, slot
        ) -> QAction:
            a = QAction(text, self)
            if keys is not None:
                a.setShortcut(QKeySequence(keys))
            a.triggered.connect(slot)
            menu.addAction(a)
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
        file_menu.addSeparator()
        self.quit_action = action(
            file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close
        )

        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (undo, redo):
            a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            edit_menu.addAction(a)
        self.undo_action, self.redo_action = undo, redo

        for a in self.workshop_view.shortcuts():
            workshop_menu.addAction(a)
        view_menu.addAction(self.tr("Home")).triggered.connect(self.show_home)
        action(help_menu, self.tr("Keyboard shortcuts"), "F1", self.show_shortcuts)

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        lines = []
        for menu in self.menus.values():
            for a in menu.actions():
                if not a.shortcut().isEmpty():
                    lines.append(
                        f"<tr><td>{a.shortcut().toString()}</td>"
                        f"<td>{a.text().replace('&', '')}</td></tr>"
                    )
        QMessageBox.information(
            self,
            self.tr("Keyboard shortcuts"),
            "<table>"
            + "".join(lines)
            + "</table>"
            + self.tr(
                "<p>In a list: Del deletes, Alt+Up/Down moves, Ctrl+G "
                "groups, F2 edits, F8 changes the visibility of what you "
                "capture next.</p>"
            ),
        )

    def open_workshop(self, workshop_id: str) -> None:
        self.workshop_view.open_workshop(workshop_id)
        self.stack.setCurrentWidget(self.workshop_view)
        workshop = self.workshop_view.workshop()
        if workshop is not None:
            self.setWindowTitle(self.tr("{title} — Workshop App").format(title=workshop.title))
        self.workshop_view.focus_capture()

    def show_home(self) -> None:
        if self.stack.currentWidget() is self.workshop_view:
            self.workshop_view.close_workshop()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle(
            self.tr("Workshop App — {file}").format(file=self.session.store.path.name)
        )
        self.home.tree.setFocus()

    def _on_changed(self, changes: ChangeSet) -> None:
        # A workshop deleted (or its creation undone) while open: go home, nothing to show.
        wid = self.workshop_view.workshop_id
        if wid and wid in changes.workshop_ids and self.stack.currentWidget() is self.workshop_view:
            workshop = self.workshop_view.workshop()
            if workshop is None or workshop.deleted_at:
                self.show_home()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.workshop_view.timer.pause()
        super().closeEvent(event)
