"""The facilitator guide: a local, searchable help window.

F1 opens it at the keyboard shortcuts, Shift+F1 (or a panel's Guide button) at the
current exercise's section, Help → Facilitator guide where it was last. It stays open
beside the main window while the facilitator works; everything in it is bundled text
(``guide_content``), so it works with no network.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .form_dialog import caption_row, search_field, status_line
from .guide_content import ROOM_KEYS, GuideSection, KeyGroup
from .key_help import FIND_IN_GUIDE, install_shortcut

_KEY = Qt.ItemDataRole.UserRole


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&Export…" → "Export…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def window_key_groups(menus: Mapping[str, QMenu], room_menu: QMenu | None = None) -> list[KeyGroup]:
    """The commands of the window's menus that have keys, menu by menu; a submenu with
    keys is a group of its own (``room_menu``, the projector's, is :data:`ROOM_KEYS`)."""
    groups: list[KeyGroup] = []

    def walk(key: str, title: str, menu: QMenu) -> None:
        rows = []
        for action in menu.actions():
            submenu = action.menu()
            if submenu is not None:
                sub_key = ROOM_KEYS if submenu is room_menu else f"{key}/{_plain(submenu.title())}"
                walk(sub_key, f"{title} → {_plain(submenu.title())}", submenu)
            elif action.shortcuts():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append((keys, _plain(action.text()), ""))
        if rows:
            groups.append(KeyGroup(key, title, tuple(rows)))

    for key, menu in menus.items():
        walk(key, _plain(menu.title()), menu)
    return groups


class GuideDialog(QDialog):
    """The guide: a search box, its sections by group, and the text of one section."""

    def __init__(self, sections: Sequence[GuideSection], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facilitator guide"))
        self.sections: dict[str, GuideSection] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._words: list[str] = []

        self.search = search_field(
            self.tr("Search the guide"),
            self.tr("Search the guide, for example: reveal, visibility, paper (Enter: next)"),
            self,
        )
        self.found = status_line(self.tr("Search result"))
        self.found.setWordWrap(True)

        self.contents = QTreeWidget()
        self.contents.setAccessibleName(self.tr("Guide sections"))
        self.contents.setHeaderHidden(True)
        self.contents.currentItemChanged.connect(self._item_chosen)
        self.page = QTextBrowser()
        self.page.setAccessibleName(self.tr("Guide text"))
        self.page.setOpenLinks(False)  # links go to other sections, never out
        self.page.anchorClicked.connect(self._link)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 670])  # the longest family's name whole at 1000 px
        self.contents.setIndentation(14)

        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(caption_row(self.tr("&Search:"), self.search))
        layout.addWidget(self.found)  # under the box, where the eyes are while typing
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        install_shortcut(self, FIND_IN_GUIDE, self.search.setFocus)

        self.search.textChanged.connect(self.apply_search)
        self.search.returnPressed.connect(self.next_match)
        self.resize(1000, 700)
        self.set_sections(sections)

    # ------------------------------------------------------------------ content
    def set_sections(self, sections: Sequence[GuideSection]) -> None:
        """Show ``sections`` (the keys may have changed); keeps the section and search."""
        current = self.current_key()
        self.sections = {s.key: s for s in sections}
        self.contents.blockSignals(True)
        self.contents.clear()
        self._items.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for section in sections:
            group = groups.get(section.group)
            if group is None:
                group = QTreeWidgetItem(self.contents, [section.group])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a page
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[section.group] = group
            item = QTreeWidgetItem(group, [section.title])
            item.setData(0, _KEY, section.key)
            self._items[section.key] = item
        self.contents.expandAll()
        self.contents.blockSignals(False)
        self.apply_search(self.search.text())
        self.show_section(current if current in self.sections else next(iter(self.sections)))

    def current_key(self) -> str:
        item = self.contents.currentItem()
        return item.data(0, _KEY) if item is not None and item.data(0, _KEY) else ""

    def show_section(self, key: str) -> None:
        """Show the section ``key`` (it is shown even when the search hides it)."""
        item = self._items.get(key)
        if item is None:
            return
        item.setHidden(False)
        item.parent().setHidden(False)
        if self.contents.currentItem() is not item:
            self.contents.setCurrentItem(item)  # shows it (_item_chosen)
        else:
            self._show(key)

    def _item_chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        key = item.data(0, _KEY) if item is not None else None
        if key:
            self._show(key)

    def _show(self, key: str) -> None:
        from html import escape

        section = self.sections[key]
        self.page.setHtml(f"<h2>{escape(section.title)}</h2>{section.html}")
        self._highlight()

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "guide":
            self.show_section(url.path())

    # ------------------------------------------------------------------ search
    def matches(self, section: GuideSection) -> bool:
        text = section.plain.casefold()
        return all(word in text for word in self._words)

    def matching_keys(self) -> list[str]:
        """The sections that hold every word searched for, in reading order."""
        return [key for key, section in self.sections.items() if self.matches(section)]

    def apply_search(self, text: str) -> None:
        """Keep the sections that hold every word of ``text`` in the contents, say how many,
        and mark the words in the section shown (the first matching one)."""
        self._words = text.casefold().split()
        found = self.matching_keys()
        for key, item in self._items.items():
            item.setHidden(key not in found)
        root = self.contents.invisibleRootItem()
        for n in range(root.childCount()):
            group = root.child(n)
            group.setHidden(all(group.child(c).isHidden() for c in range(group.childCount())))
        if not self._words:
            self.found.setText("")
        elif found:
            self.found.setText(
                self.tr(
                    "“{text}” is in %n section(s); Enter shows the next.", "", len(found)
                ).format(text=text.strip())
            )
        else:
            self.found.setText(
                self.tr("No section of the guide mentions “{text}”.").format(text=text.strip())
            )
        self.found.setVisible(bool(self._words))
        if found and self.current_key() not in found:
            self.show_section(found[0])
        else:
            self._highlight()

    def next_match(self) -> None:
        """The next section that holds the words searched for (after the last: the first)."""
        found = self.matching_keys()
        if not found or not self._words:
            return
        current = self.current_key()
        at = found.index(current) + 1 if current in found else 0
        self.show_section(found[at % len(found)])

    def _highlight(self) -> None:
        """Mark every word searched for in the page (underlined as well as coloured) and
        scroll to the first."""
        mark = QTextCharFormat()
        mark.setBackground(QColor("#ffe066"))
        mark.setForeground(QColor("#000000"))
        mark.setFontUnderline(True)
        selections = []
        document = self.page.document()
        for word in self._words:
            cursor = document.find(word)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = mark
                selections.append(selection)
                cursor = document.find(word, cursor)
        selections.sort(key=lambda s: s.cursor.position())
        self.page.setExtraSelections(selections)
        if selections:
            cursor = selections[0].cursor
            cursor.clearSelection()
            self.page.setTextCursor(cursor)
            self.page.ensureCursorVisible()

    def highlighted(self) -> list[str]:
        """The words marked in the page now."""
        return [s.cursor.selectedText() for s in self.page.extraSelections()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes into the contents, as in a browser's find bar.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and QKeyEvent(event).key() == Qt.Key.Key_Down
        ):
            self.contents.setFocus()
            return True
        return super().eventFilter(watched, event)
