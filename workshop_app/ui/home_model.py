"""The home screen's table: one bold row per collaboration, its workshops under it, and
while searching why each workshop is listed (:class:`HomeModel`; the screen is
:mod:`.home_view`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QFont

from ..domain.records import Collaboration
from ..storage.store import WorkshopLine
from .locale_text import date_text
from .rich_text import as_tooltip

if TYPE_CHECKING:
    from ..storage.search import Found

# Item data roles as the integers Qt defines, not Qt.ItemDataRole: this screen is
# built before the first picture, and PySide's first use of the Qt namespace costs
# a tenth of the start-up budget (see main_window). tests/test_startup.py checks.
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
FONT_ROLE = 6  # Qt.ItemDataRole.FontRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
ROLE_ID = 256  # Qt.ItemDataRole.UserRole
ROLE_TYPE = 257
ROLE_RICH = 258  # why a search lists the row, as rich text: the words found in bold
_ROLES = frozenset(
    {DISPLAY_ROLE, TOOLTIP_ROLE, FONT_ROLE, ACCESSIBLE_TEXT_ROLE, ROLE_ID, ROLE_TYPE, ROLE_RICH}
)
COLUMNS = 4  # title, date, place, and (while searching) why the row is listed
FOUND_COLUMN = 3
INDENT = "\u2003\u2003"  # two em spaces set a workshop under its collaboration

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class FoundText(NamedTuple):
    """Why a search lists a row, as plain text (shown, and read by screen readers) and
    as rich text (painted, the words found in bold; what was typed escaped)."""

    plain: str
    rich: str


class HomeModel(QAbstractTableModel):
    """One row per collaboration (bold), followed by a row per workshop of it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Collaboration | WorkshopLine] = []
        self._row_of: dict[str, int] = {}
        # record id -> what a search found it by, and those words (made when first shown:
        # a search may list a thousand workshops, the screen shows twenty)
        self._found: dict[str, Found] = {}
        self._texts: dict[str, FoundText] = {}
        self._describe: Callable[[Found], FoundText] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_records(
        self,
        collaborations: list[Collaboration],
        workshops: list[list[WorkshopLine]],
        found: dict[str, Found] | None = None,
        describe: Callable[[Found], FoundText] | None = None,
    ) -> None:
        """Show ``collaborations``, each followed by the workshops at the same position;
        ``found`` says what a search found each workshop (or collaboration) by, put in
        words by ``describe``."""
        self.beginResetModel()
        self._found = found or {}
        self._texts = {}
        self._describe = describe
        rows: list[Collaboration | WorkshopLine] = []
        for collaboration, lines in zip(collaborations, workshops, strict=True):
            rows.append(collaboration)
            rows += lines
        self._rows = rows
        self._row_of = {record.id: row for row, record in enumerate(rows)}
        self.endResetModel()

    # ------------------------------------------------------------ lookups
    def record(self, row: int) -> Collaboration | WorkshopLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def index_of(self, record_id: str) -> QModelIndex:
        """The row of the collaboration or workshop ``record_id`` (invalid when not listed)."""
        row = self._row_of.get(record_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def found_text(self, record_id: str) -> FoundText | None:
        """Why a search lists ``record_id`` (None: it is not listed by a search)."""
        text = self._texts.get(record_id)
        if text is None and record_id in self._found and self._describe is not None:
            text = self._texts[record_id] = self._describe(self._found[record_id])
        return text

    def collaboration_rows(self) -> list[int]:
        return [n for n, record in enumerate(self._rows) if isinstance(record, Collaboration)]

    # ------------------------------------------------------------ the model
    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return COLUMNS

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> object:
        if role not in _ROLES:  # most calls: a view asks for every role of every cell
            return None
        record = self._rows[index.row()]
        is_top = isinstance(record, Collaboration)
        if role == DISPLAY_ROLE:
            column = index.column()
            if is_top:
                return record.name if column == 0 else ""
            if column == 0:
                return INDENT + record.title
            if column == FOUND_COLUMN:
                found = self.found_text(record.id)
                return found.plain if found else ""
            return date_text(record.date) if column == 1 else record.place
        if index.column() == FOUND_COLUMN and not is_top and role in (TOOLTIP_ROLE, ROLE_RICH):
            found = self.found_text(record.id)
            if found is None:
                return None
            # the tooltip: the whole of a long snippet
            return found.rich if role == ROLE_RICH else as_tooltip(found.rich)
        if role == ROLE_ID:
            return record.id
        if role == ROLE_TYPE:
            return "collaboration" if is_top else "workshop"
        if role == FONT_ROLE and is_top:
            return self._bold
        if role == ACCESSIBLE_TEXT_ROLE and index.column() == 0:
            if is_top:
                if record.id in self._found:
                    return self.tr("Collaboration: {name}, found by its name").format(
                        name=record.name
                    )
                return self.tr("Collaboration: {name}").format(name=record.name)
            if record.id in self._found:
                return self.tr("{title}, found by {why}").format(
                    title=record.title, why=self.found_text(record.id).plain
                )
            return record.title
        if role == ACCESSIBLE_TEXT_ROLE and index.column() == FOUND_COLUMN and not is_top:
            found = self.found_text(record.id)
            return found.plain if found else None  # the words, without the bold's markup
        return None
