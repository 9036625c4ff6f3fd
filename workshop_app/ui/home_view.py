"""The home screen: collaborations and their workshops.

The list is a model over the records read in one query each, so a database of a
thousand workshops lists (and starts) without building a widget item per row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import Collaboration, Workshop
from ..storage.store import ChangeSet, WorkshopLine
from .session import Session

# Item data roles as the integers Qt defines, not Qt.ItemDataRole: this screen is
# built before the first picture, and PySide's first use of the Qt namespace costs
# a tenth of the start-up budget (see main_window). tests/test_startup.py checks.
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
FONT_ROLE = 6  # Qt.ItemDataRole.FontRole
ROLE_ID = 256  # Qt.ItemDataRole.UserRole
ROLE_TYPE = 257
_TOP = 0  # internal id of a collaboration row; a workshop row carries its parent's row + 1

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()

# The actions below import their dialogs and edits when used: start-up shows this
# screen, and every module it imports is paid for before the first picture.


def _escape(text: str) -> str:
    """``text`` made safe inside a rich-text label (``html.escape`` without quotes; the
    ``html`` module would also load its table of named entities at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HomeModel(QAbstractItemModel):
    """Collaborations (top level, bold) with their workshops under them: title, date, place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._collaborations: list[Collaboration] = []
        self._workshops: list[list[WorkshopLine]] = []
        self._rows: dict[str, tuple[int, int]] = {}  # record id -> (top row, child row or -1)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_records(
        self, collaborations: list[Collaboration], workshops: list[list[WorkshopLine]]
    ) -> None:
        """Show ``collaborations``, each with the workshops at the same position."""
        self.beginResetModel()
        self._collaborations, self._workshops = collaborations, workshops
        self._rows = {}
        pairs = zip(collaborations, workshops, strict=True)
        for top, (collaboration, children) in enumerate(pairs):
            self._rows[collaboration.id] = (top, -1)
            for row, workshop in enumerate(children):
                self._rows[workshop.id] = (top, row)
        self.endResetModel()

    # ------------------------------------------------------------ lookups
    def record(self, index: AnyIndex) -> Collaboration | Workshop | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent == _TOP:
            return self._collaborations[index.row()]
        return self._workshops[parent - 1][index.row()]

    def index_of(self, record_id: str) -> QModelIndex:
        """The row of the collaboration or workshop ``record_id`` (invalid when not listed)."""
        where = self._rows.get(record_id)
        if where is None:
            return QModelIndex()
        top, row = where
        if row < 0:
            return self.createIndex(top, 0, _TOP)
        return self.createIndex(row, 0, top + 1)

    def workshop_count(self, top: int) -> int:
        return len(self._workshops[top])

    # ------------------------------------------------------------ the model
    def index(self, row: int, column: int, parent: AnyIndex = _NO_PARENT) -> QModelIndex:
        if not parent.isValid():
            if 0 <= row < len(self._collaborations):
                return self.createIndex(row, column, _TOP)
            return QModelIndex()
        if parent.internalId() != _TOP or not 0 <= row < len(self._workshops[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex | None = None):  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        if not parent.isValid():
            return len(self._collaborations)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._workshops[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 3

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> object:
        record = self.record(index)
        if record is None:
            return None
        is_top = isinstance(record, Collaboration)
        if role == DISPLAY_ROLE:
            column = index.column()
            if is_top:
                return record.name if column == 0 else ""
            return (record.title, record.date, record.place)[column]
        if role == ROLE_ID:
            return record.id
        if role == ROLE_TYPE:
            return "collaboration" if is_top else "workshop"
        if role == FONT_ROLE and is_top:
            return self._bold
        return None


class HomeView(QWidget):
    """Lists collaborations and workshops; create, rename, duplicate, delete, open."""

    open_requested = Signal(str)  # workshop id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search workshops by title or place"))
        self.search.setAccessibleName(self.tr("Search workshops"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.model = HomeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        # Column titles from a model of their own: a headerData() written in Python
        # would receive a Qt.Orientation, and so bring in the Qt namespace.
        titles = QStandardItemModel(0, 3, self.tree)
        titles.setHorizontalHeaderLabels(
            [self.tr("Collaboration / workshop"), self.tr("Date"), self.tr("Place")]
        )
        self.tree.header().setModel(titles)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Collaborations and workshops"))
        self.tree.setColumnWidth(0, 520)
        self.tree.setColumnWidth(1, 120)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self._database_empty = False

        self.buttons: dict[str, QPushButton] = {}
        specs = [
            ("new_collaboration", self.tr("New collaboration…"), self.new_collaboration),
            ("new_workshop", self.tr("New workshop…"), self.new_workshop),
            ("open", self.tr("Open workshop"), self.open_selected),
            ("rename", self.tr("Rename…"), self.rename_selected),
            ("partners", self.tr("Partners…"), self.edit_partners),
            ("duplicate", self.tr("Duplicate as next meeting…"), self.duplicate_selected),
            ("delete", self.tr("Delete…"), self.delete_selected),
            ("bin", self.tr("Deleted workshops…"), self.show_bin),
            ("demo", self.tr("Try the demo collaboration"), self.add_demo),
        ]
        column = QVBoxLayout()
        for key, text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            column.addWidget(button)
        column.addStretch(1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Details"))
        column.addWidget(self.details)

        intro = QLabel(
            self.tr(
                "<h2>Your collaborations</h2>Open a workshop to run it (Enter), or plan a new "
                "one. Everything is saved as you type, on this computer only."
            )
        )
        intro.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(intro)
        left.addWidget(self.search)
        left.addWidget(self.tree, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(column, 1)
        session.changed.connect(self._on_changed)
        self.refresh()

    # ---------------------------------------------------------------- reading
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables & {"collaborations", "workshops", "partners"}:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        store = self.session.store
        search = self.search.text().strip()
        workshops: dict[str, list[WorkshopLine]] = {}
        for w in store.workshop_list(search):
            workshops.setdefault(w.collaboration_id, []).append(w)
        every = store.collaborations()
        self._database_empty = not every
        shown = [
            c for c in every if not search or c.id in workshops or search.lower() in c.name.lower()
        ]
        self.model.set_records(shown, [workshops.get(c.id, []) for c in shown])
        self.tree.expandAll()
        if selected and self.model.index_of(selected[1]).isValid():
            self.select(selected[1])
        elif shown:
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def select(self, record_id: str) -> None:
        index = self.model.index_of(record_id)
        if index.isValid():
            if index.parent().isValid():
                self.tree.expand(index.parent())
            self.tree.setCurrentIndex(index)

    def selected(self) -> tuple[str, str] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(ROLE_TYPE), index.data(ROLE_ID)

    def selected_collaboration(self) -> Collaboration | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        if index.parent().isValid():
            index = index.parent()
        return self.session.store.get(Collaboration, index.data(ROLE_ID))

    def selected_workshop(self) -> Workshop | None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "workshop":
            return None
        return self.session.store.get(Workshop, chosen[1])

    def _update_buttons(self, *args: object) -> None:
        has_collaboration = self.selected_collaboration() is not None
        workshop = self.selected_workshop()
        for key in ("new_workshop", "partners", "rename", "delete"):
            self.buttons[key].setEnabled(has_collaboration)
        for key in ("open", "duplicate"):
            self.buttons[key].setEnabled(workshop is not None)
        # Offered on an empty database only: a first look at a realistic meeting.
        self.buttons["demo"].setVisible(self._database_empty)
        collaboration = self.selected_collaboration()
        if collaboration is None:
            self.details.setText(
                self.tr(
                    "No collaboration yet: start with New collaboration, or try the demo "
                    "collaboration to see a meeting in progress."
                )
            )
            return
        partners = self.session.store.partners(collaboration.id)
        names = ", ".join(p.organisation for p in partners) or self.tr("none yet")
        text = self.tr("<b>{name}</b><br>Partners: {names}").format(
            name=_escape(collaboration.name), names=_escape(names)
        )
        if workshop is not None:
            count = self.session.store.count_items(workshop.id)
            text += self.tr("<br><br><b>{title}</b><br>{count} captured items").format(
                title=_escape(workshop.title), count=count
            )
        self.details.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        if index.data(ROLE_TYPE) == "workshop":
            self.open_requested.emit(index.data(ROLE_ID))

    # ---------------------------------------------------------------- actions
    def open_selected(self) -> None:
        workshop = self.selected_workshop()
        if workshop is not None:
            self.open_requested.emit(workshop.id)

    def new_collaboration(self) -> None:
        _actions().new_collaboration(self)

    def new_workshop(self) -> Workshop | None:
        return _actions().new_workshop(self)

    def rename_selected(self) -> None:
        _actions().rename_selected(self)

    def edit_partners(self) -> None:
        _actions().edit_partners(self)

    def duplicate_selected(self) -> None:
        _actions().duplicate_selected(self)

    def delete_selected(self) -> None:
        _actions().delete_selected(self)

    def add_demo(self) -> None:
        """Add the demo partnership (six partners, two meetings) and select it."""
        _actions().add_demo(self)

    def show_bin(self) -> None:
        _actions().show_bin(self)


def _actions():
    """The home screen's commands and their dialogs, imported on first use: start-up
    pays for every module this screen imports before the first picture."""
    from . import home_actions

    return home_actions
