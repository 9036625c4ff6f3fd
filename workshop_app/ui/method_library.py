"""The method library (Help → Method library…): every exercise kind with its purpose,
when to use it, group size, time needed and steps, to plan a meeting from.

Keyboard first: the search box has the keys (type to narrow the list, Up and Down go
through the methods, Enter adds the one shown to the open workshop's agenda after its
current block). On the home screen nothing is open to add to: the button says so.
What a method says comes from ``exercises.library`` (Qt-free, shared with
``workshop-app methods``).
"""

from __future__ import annotations

from html import escape
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import Block, Workshop
from ..exercises.library import Method, matches, methods
from .form_dialog import caption_row, search_field, status_line

_KEY = Qt.ItemDataRole.UserRole


class Agenda(Protocol):
    """What the library needs of the open workshop (the workshop screen is one)."""

    blocks: list[Block]

    def workshop(self) -> Workshop | None: ...
    def current_block(self) -> Block | None: ...
    def current_index(self) -> int: ...
    def add_block_of(self, kind_key: str) -> None: ...


class _MethodFilter(QSortFilterProxyModel):
    """Keeps the methods whose name, purpose or when to use it hold every word searched."""

    def __init__(self, by_key: dict[str, Method], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._by_key = by_key
        self._search = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        key = self.sourceModel().index(source_row, 0, source_parent).data(_KEY)
        return matches(self._by_key[key], self._search)


def method_html(method: Method) -> str:
    """A method's entry as the library's right-hand pane shows it."""

    def listed(heading: str, texts: tuple[str, ...], tag: str) -> str:
        if not texts:
            return ""
        rows = "".join(f"<li>{escape(t)}</li>" for t in texts)
        return f"<h3>{escape(heading)}</h3><{tag}>{rows}</{tag}>"

    facts = (
        (_tr("When to use it"), method.when),
        (_tr("Group size"), method.group_size),
        (_tr("Time needed"), method.time_needed),
    )
    table = "".join(
        f"<tr><th align='left' valign='top' style='padding-right:12px'>{escape(name)}</th>"
        f"<td>{escape(value)}</td></tr>"
        for name, value in facts
    )
    return (
        f"<h2>{escape(method.name)}</h2>"
        f"<p><i>{escape(method.family)}</i></p>"
        f"<p style='margin-bottom:8px'>{escape(method.purpose)}</p>"
        f"<table cellspacing='0' cellpadding='3' style='margin-top:6px'>{table}</table>"
        + listed(_tr("Steps"), method.steps, "ol")
        + listed(_tr("Tips"), method.tips, "ul")
        + listed(_tr("Pitfalls"), method.pitfalls, "ul")
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("MethodLibraryDialog", text)


class MethodLibraryDialog(QDialog):
    """Search the methods, read one, add it to the open workshop's agenda (``agenda``;
    None on the home screen, where the button says why it cannot add)."""

    def __init__(self, agenda: Agenda | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Method library"))
        self.agenda = agenda
        self._methods = {m.key: m for m in methods()}
        self._added = ""  # what the last Add did, said until the dialog closes

        self.search = search_field(
            self.tr("Find a method"),
            self.tr("Words in its name, purpose or when to use it, for example: trust, data"),
            self,
        )
        self.found = status_line(self.tr("Methods found"))

        model = QStandardItemModel(self)
        for method in self._methods.values():
            row = QStandardItem(
                self.tr("{name} ({time})").format(name=method.name, time=method.time_needed)
            )
            row.setData(method.key, _KEY)
            row.setToolTip(method.family)
            row.setEditable(False)
            model.appendRow(row)
        self.filter = _MethodFilter(self._methods, self)
        self.filter.setSourceModel(model)
        self.list = QListView()
        self.list.setModel(self.filter)
        self.list.setAccessibleName(self.tr("Methods"))
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.installEventFilter(self)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("About the method"))
        self.details.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 560])

        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Where the method goes"))
        self.add_button = QPushButton(self.tr("&Add to agenda"))
        self.add_button.setAccessibleName(self.tr("Add to agenda"))
        self.add_button.clicked.connect(self.add_current)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for button in (self.add_button, close):
            button.setAutoDefault(False)  # Enter is the search box's and the list's: add
        bottom = QHBoxLayout()
        bottom.addWidget(self.where, 1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(caption_row(self.tr("&Find:"), self.search))
        layout.addWidget(self.found)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.apply_search)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.resize(960, 640)
        self.apply_search("")
        self._say_where()
        self.search.setFocus()

    # ------------------------------------------------------------------ reading
    def current_method(self) -> Method | None:
        index = self.list.currentIndex()
        return self._methods.get(index.data(_KEY)) if index.isValid() else None

    def shown_keys(self) -> list[str]:
        """The methods the list shows now, top to bottom."""
        return [self.filter.index(r, 0).data(_KEY) for r in range(self.filter.rowCount())]

    def apply_search(self, text: str) -> None:
        """Keep the methods matching every word of ``text``; the first one is shown when
        the one shown no longer matches."""
        self.filter.set_search(text)
        count, total = self.filter.rowCount(), len(self._methods)
        if not text.split():
            self.found.setText(
                self.tr("All {total} methods; type words to narrow the list.").format(total=total)
            )
        elif count:
            self.found.setText(
                self.tr(
                    "{count} of {total} methods have “{text}” in their name, purpose or when "
                    "to use them."
                ).format(count=count, total=total, text=text.strip())
            )
        else:
            self.found.setText(
                self.tr("No method matches “{text}”: try fewer or other words.").format(
                    text=text.strip()
                )
            )
        if not self.list.currentIndex().isValid() and count:
            self.list.setCurrentIndex(self.filter.index(0, 0))
        self._show_current()

    def _show_current(self) -> None:
        method = self.current_method()
        self.details.setHtml(method_html(method) if method is not None else "")
        self._say_where()

    def _step(self, rows: int) -> None:
        """Move the list's current method by ``rows`` (the search box keeps the keys)."""
        count = self.filter.rowCount()
        if not count:
            return
        now = self.list.currentIndex().row()
        to = max(0, min(count - 1, (now if now >= 0 else -1) + rows))
        self.list.setCurrentIndex(self.filter.index(to, 0))

    # ------------------------------------------------------------------ adding
    def _say_where(self) -> None:
        """Whether Add to agenda can add, and where the block would go (or why not)."""
        method = self.current_method()
        workshop = self.agenda.workshop() if self.agenda is not None else None
        if workshop is None:
            self.add_button.setEnabled(False)
            reason = self.tr("Open a workshop to add a method to its agenda.")
            self.where.setText(reason)
            self.add_button.setToolTip(reason)
            self.add_button.setAccessibleDescription(reason)
            return
        assert self.agenda is not None
        self.add_button.setEnabled(method is not None)
        current = self.agenda.current_block()
        if current is None:
            text = self.tr("Adds it as the first block of “{workshop}”.")
        else:
            text = self.tr("Adds it after block {n}, “{block}”, of “{workshop}”.")
        text = text.format(
            workshop=workshop.title,
            n=self.agenda.current_index() + 1,
            block=current.title if current is not None else "",
        )
        if self._added:
            text = f"{self._added} {text}"
        self.where.setText(text)
        self.add_button.setToolTip(text)
        self.add_button.setAccessibleDescription(text)

    def add_current(self) -> None:
        """Add a block of the method shown after the agenda's current block; the dialog
        stays open (to add more) and says what it did."""
        method = self.current_method()
        if method is None or self.agenda is None or self.agenda.workshop() is None:
            return
        before = len(self.agenda.blocks)
        self.agenda.add_block_of(method.key)
        if len(self.agenda.blocks) > before:
            self._added = self.tr("Added “{name}” as block {n} of {total}.").format(
                name=method.name,
                n=self.agenda.current_index() + 1,
                total=len(self.agenda.blocks),
            )
        self._say_where()

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in (self.search, self.list):
            key = QKeyEvent(event).key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_current()
                return True
            if watched is self.search:
                steps = {
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 10,
                    Qt.Key.Key_PageUp: -10,
                }
                if key in steps:
                    self._step(steps[key])
                    return True
        return super().eventFilter(watched, event)
