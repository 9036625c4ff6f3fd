"""The home screen: collaborations and their workshops.

The list is one table: each collaboration is a bold row across the table, with its
workshops (title, date, place) under it. It is a model over rows read in one
query each, and a table view asks only for the rows on screen, so a database of
a thousand workshops lists (and starts) as fast as a small one.

The search box (Ctrl+F) finds collaborations by name, workshops by title or place, and
what was said in them (the full-text index), best match first (:meth:`Store.find`);
while it has text, a fourth column says why each workshop is listed, what was said
quoted with the words found in bold.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import Collaboration, Workshop
from ..storage.store import ChangeSet, WorkshopLine
from .form_dialog import note
from .home_model import COLUMNS, FOUND_COLUMN, ROLE_RICH, FoundText, HomeModel
from .rich_text import escaped, highlighted
from .session import Session
from .style import set_role

if TYPE_CHECKING:
    from ..storage.search import Found

# Qt.AlignLeft | Qt.AlignVCenter and Qt.TextAlignmentRole, written as numbers: naming them
# would bring in the Qt namespace at start-up (see main_window's docstring).
_LEFT = 0x0001 | 0x0080
_ALIGNMENT_ROLE = 7

#: The icon of each command (drawn once the window is on screen: see add_icons).
ICONS = {
    "new_collaboration": "users",
    "new_workshop": "file-plus",
    "open": "folder-open",
    "rename": "pencil",
    "partners": "users",
    "duplicate": "copy",
    "delete": "trash-2",
    "bin": "archive-restore",
    "demo": "presentation",
}


def _command(name: str) -> Callable[[HomeView], Any]:
    """A command of the home screen: the function ``name`` of ``home_actions`` (its
    dialogs), run on the screen, the module imported on first use (:func:`_actions`)."""

    def run(home: HomeView) -> Any:
        return getattr(_actions(), name)(home)

    run.__name__ = run.__qualname__ = name
    return run


class HomeView(QWidget):
    """Lists collaborations and workshops; create, rename, duplicate, delete, open."""

    open_requested = Signal(str)  # workshop id
    #: A search found words in an item: the workshop just opened should show it.
    show_item_requested = Signal(str, str)  # workshop id, item id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search workshops by title, place or what was said in them")
        )
        self.search.setAccessibleName(self.tr("Search workshops"))
        self.search.setAccessibleDescription(
            self.tr(
                "Finds collaborations by name, workshops by title or place, and what was "
                "said in them; the best match first (Ctrl+F)"
            )
        )
        self.search.textChanged.connect(self._search_changed)
        # Enter opens the result selected: the best match, once words are typed.
        self.search.returnPressed.connect(self.open_selected)
        self.model = HomeModel(self)
        self.table = table = QTableView()
        table.setModel(self.model)
        # Column titles from a model of their own: a headerData() written in Python
        # would receive a Qt.Orientation, and so bring in the Qt namespace.
        titles = QStandardItemModel(0, COLUMNS, table)
        for n, title in enumerate(
            (
                self.tr("Collaboration / workshop"),
                self.tr("Date"),
                self.tr("Place"),
                self.tr("Found by"),
            )
        ):
            header_item = QStandardItem(title)
            header_item.setData(_LEFT, _ALIGNMENT_ROLE)  # left, as in every table of the app
            titles.setHorizontalHeaderItem(n, header_item)
        header = table.horizontalHeader()
        header.setModel(titles)
        # The names and titles take the width the date and place leave, so the list fits
        # the window without scrolling sideways (a laptop mirrored to a 1024x768
        # projector included); while a search lists them, with why each was found.
        header.setStretchLastSection(False)
        for column in (0, FOUND_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the list, as in any other list
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAccessibleName(self.tr("Collaborations and workshops"))
        table.setColumnWidth(1, 120)
        table.setColumnWidth(2, 200)
        table.setColumnHidden(FOUND_COLUMN, True)  # shown while the search box has text
        table.activated.connect(self._activated)
        table.selectionModel().currentChanged.connect(self._update_buttons)
        self._database_empty = False
        self._highlighting = False  # the found column's bold, set up with the first search
        self._shown_search = ""  # the words the list was last searched for

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
        column.setSpacing(6)
        for key, text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setProperty("primary", key == "open")
            button.setObjectName("HomeAction")  # left-aligned: ui/style.py
            self.buttons[key] = button
            column.addWidget(button)
        column.addStretch(1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("Pane")
        self.details.setMargin(12)
        self.details.setAccessibleName(self.tr("Details"))
        column.addWidget(self.details)

        # Plain text in two labels, not one of HTML: a rich-text label sets up Qt's
        # document machinery before the first paint.
        heading = QLabel(self.tr("Your collaborations"))
        set_role(heading, "title")
        intro = note(
            self.tr(
                "Open a workshop to run it (Enter), or plan a new one. Everything is saved as "
                "you type, on this computer only."
            )
        )
        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(intro)
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(column, 1)
        session.changed.connect(self._on_changed)
        self.refresh()

    def add_icons(self) -> None:
        """Put the commands' icons on their buttons: once the window is on screen, so
        drawing them adds nothing to start-up."""
        from .icons import set_icon

        for key, button in self.buttons.items():
            set_icon(button, ICONS[key], "on-accent" if button.property("primary") else None)

    # ---------------------------------------------------------------- reading
    def _on_changed(self, changes: ChangeSet) -> None:
        watched = {"collaborations", "workshops", "partners"}
        if self.search.text().strip():
            watched.add("items")  # what was said can list a workshop, or stop listing it
        if changes.tables & watched:
            self.refresh()

    def _search_changed(self) -> None:
        if not self._highlighting:
            # Set up with the first search, not at start-up: the clear button shows only
            # once there is text, and the bold of the words found needs Qt's rich text.
            from .highlight import HighlightDelegate

            self.search.setClearButtonEnabled(True)
            self.table.setItemDelegateForColumn(
                FOUND_COLUMN, HighlightDelegate(ROLE_RICH, self.table)
            )
            self._highlighting = True
        self.refresh()

    def focus_search(self) -> None:
        """Ctrl+F: the cursor in the search box, what it holds selected to type anew."""
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        selected = self.selected()
        store = self.session.store
        search = self.search.text().strip()
        #: workshop id -> the item whose words the search found best (opened, the
        #: workshop shows that item's block with the item selected)
        self.found_items: dict[str, str] = {}
        every = store.collaborations()
        self._database_empty = not every
        workshops: dict[str, list[WorkshopLine]] = {}
        found: dict[str, Found] = {}
        if search:
            # Collaborations in the order of their best result; each workshop under its own.
            shown = self._search(search, found, workshops, {c.id: c for c in every})
        else:
            for w in store.workshop_list():
                workshops.setdefault(w.collaboration_id, []).append(w)
            shown = every
        self.model.set_records(
            shown,
            [workshops.get(c.id, []) for c in shown],
            found,
            self._found_words() if search else None,
        )
        self.table.setColumnHidden(FOUND_COLUMN, not search)
        self.table.clearSpans()
        for row in self.model.collaboration_rows():
            self.table.setSpan(row, 0, 1, COLUMNS)  # the name may use the whole width
        # The reset above left no current row: selecting one tells _update_buttons
        # (currentChanged); with nothing to select it is called here. New words to search
        # select the best result, so Enter opens it.
        same_words, self._shown_search = search == self._shown_search, search
        if (not search or same_words) and selected and self.model.index_of(selected[1]).isValid():
            self.select(selected[1])
        elif shown:
            # The first meeting listed (the newest of the first collaboration, or the best
            # match), so Enter opens it; the collaboration's row when it has none yet.
            first = 1 if isinstance(self.model.record(1), WorkshopLine) else 0
            self.table.setCurrentIndex(self.model.index(first, 0))
        else:
            self._update_buttons()

    def _search(
        self,
        search: str,
        found: dict[str, Found],
        workshops: dict[str, list[WorkshopLine]],
        collaborations: dict[str, Collaboration],
    ) -> list[Collaboration]:
        """The collaborations ``search`` finds, best first, with their workshops it finds
        (best first) put in ``workshops`` and why each is listed in ``found``."""
        from ..storage.search import BY_COLLABORATION, Found  # not at start-up

        store = self.session.store
        lines = {w.id: w for w in store.workshop_list()}
        shown: dict[str, Collaboration] = {}
        for hit in store.find(search, limit=len(lines) + len(collaborations)):
            collaboration = collaborations.get(hit.collaboration_id)
            line = lines.get(hit.workshop_id) if hit.workshop_id else None
            if collaboration is None or (hit.workshop_id and line is None):
                continue  # deleted since, or a stale line
            shown.setdefault(collaboration.id, collaboration)
            if BY_COLLABORATION in hit.by:
                found[collaboration.id] = Found(None, collaboration.id, (BY_COLLABORATION,), None)
            if line is not None:
                workshops.setdefault(collaboration.id, []).append(line)
                found[line.id] = hit
                if hit.said is not None:
                    self.found_items[line.id] = hit.said.item_id  # opened, it shows there
        return list(shown.values())

    def _found_words(self) -> Callable[[Found], FoundText]:
        """What puts a search's results in words (translated once per search)."""
        from ..storage.search import BY_COLLABORATION, BY_PLACE, BY_SAID, BY_TITLE

        words = {
            BY_TITLE: self.tr("title"),
            BY_COLLABORATION: self.tr("collaboration name"),
            BY_PLACE: self.tr("place"),
        }
        one = self.tr("what was said: “{snippet}”")
        more = self.tr("what was said: “{snippet}” ({n} items)")
        rich_words = {key: escaped(text) for key, text in words.items()}
        rich_one, rich_more = escaped(one), escaped(more)

        def describe(hit: Found) -> FoundText:
            """What ``hit`` was found by, in that order; what was said quoted (in the rich
            text, escaped and with the words found in bold)."""
            plain, rich = [], []
            for reason in hit.by:
                said = hit.said
                if reason == BY_SAID and said is not None:
                    template, rich_template = (
                        (one, rich_one) if said.matches == 1 else (more, rich_more)
                    )
                    plain.append(template.format(snippet=said.snippet, n=said.matches))
                    rich.append(
                        rich_template.format(snippet=highlighted(said.parts), n=said.matches)
                    )
                elif reason in words:
                    plain.append(words[reason])
                    rich.append(rich_words[reason])
            return FoundText("; ".join(plain), "; ".join(rich))

        return describe

    def select(self, record_id: str) -> None:
        index = self.model.index_of(record_id)
        if index.isValid():
            self.table.setCurrentIndex(index)

    def selected(self) -> tuple[str, str] | None:
        """("collaboration" or "workshop", id) of the current row, or None."""
        record = self.model.record(self.table.currentIndex().row())
        if record is None:
            return None
        kind = "collaboration" if isinstance(record, Collaboration) else "workshop"
        return kind, record.id

    def selected_collaboration(self) -> Collaboration | None:
        """The current row's collaboration (a workshop row's own collaboration)."""
        record = self.model.record(self.table.currentIndex().row())
        if record is None:
            return None
        if isinstance(record, Collaboration):
            return self.session.store.get(Collaboration, record.id)
        return self.session.store.get(Collaboration, record.collaboration_id)

    def selected_workshop(self) -> Workshop | None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "workshop":
            return None
        return self.session.store.get(Workshop, chosen[1])

    def _update_buttons(self, *args: object) -> None:
        collaboration = self.selected_collaboration()
        workshop = self.selected_workshop()
        for key in ("new_workshop", "partners", "rename", "delete"):
            self.buttons[key].setEnabled(collaboration is not None)
        for key in ("open", "duplicate"):
            self.buttons[key].setEnabled(workshop is not None)
        # Offered on an empty database only: a first look at a realistic meeting.
        self.buttons["demo"].setVisible(self._database_empty)
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
            name=escaped(collaboration.name), names=escaped(names)
        )
        if workshop is not None:
            count = self.session.store.count_items(workshop.id)
            text += self.tr("<br><br><b>{title}</b><br>{count} captured items").format(
                title=escaped(workshop.title), count=count
            )
        self.details.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.record(index.row())
        if isinstance(record, WorkshopLine):
            self.open_requested.emit(record.id)
            self._show_found(record.id)

    # ---------------------------------------------------------------- actions
    def open_selected(self) -> None:
        workshop = self.selected_workshop()
        if workshop is not None:
            self.open_requested.emit(workshop.id)
            self._show_found(workshop.id)

    def _show_found(self, workshop_id: str) -> None:
        item_id = self.found_items.get(workshop_id)
        if item_id:
            self.show_item_requested.emit(workshop_id, item_id)

    # The commands whose dialogs live in home_actions, each run on this screen.
    new_collaboration = _command("new_collaboration")
    new_workshop = _command("new_workshop")
    rename_selected = _command("rename_selected")
    edit_partners = _command("edit_partners")
    duplicate_selected = _command("duplicate_selected")
    delete_selected = _command("delete_selected")
    add_demo = _command("add_demo")  # six partners, two meetings, selected
    show_bin = _command("show_bin")


def _actions():
    """The home screen's commands and their dialogs, imported on first use: start-up
    pays for every module this screen imports before the first picture."""
    from . import home_actions

    return home_actions
