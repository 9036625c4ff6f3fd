"""Tables that fit their pane: every column in view, never a sideways scroll bar.

:func:`fit_columns` makes a table's (or tree's) columns share the width it has, by
content: each column asks for the width of its header and of the rows in view; when
all fit, the extra width goes to the columns of free text; when they do not, the
columns that can wrap give up width first (down to a few words), and short columns
(numbers, choices, dates) keep theirs. Text wraps inside its cell and rows grow to
show it (up to :data:`MAX_LINES` lines; longer text is elided, and is whole in the
cell's editor and tooltip). The widths follow the pane: resizing the window, opening
or closing a side pane, or new rows all fit the columns again.

A model whose ``columns`` carry a ``priority`` (``items_model.Column``) may have its
columns of priority 2 and 3 left out of a narrow table (3 first, the rightmost first);
``hidden_changed`` says which, so a form can show those fields of the selected row.

    >>> fit_columns(table)                 # once, after setModel
    >>> fitter(table).hidden_changed.connect(form.show_columns)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

#: The most lines a row grows to.
MAX_LINES = 4
#: Rows measured for their height (longer lists keep the standard height below that).
MEASURED_ROWS = 300
_PROPERTY = "workshop_app_fitter"


def fit_columns(view: QTableView | QTreeView, wrap_columns: tuple[int, ...] | None = None) -> None:
    """Fit ``view``'s columns to its width from now on (see the module docstring).

    ``wrap_columns`` names the columns of free text that take the extra width and
    wrap first; by default, those whose content is wider than their header by far.
    """
    if view.property(_PROPERTY):
        return
    fitter = _Fitter(view, wrap_columns)
    view.setProperty(_PROPERTY, True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setResizeContentsPrecision(60)
    # A header narrower than its title wraps between words ("Data to be / shared");
    # the floor of each column (below) keeps its longest word whole.
    header.setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft
        | Qt.AlignmentFlag.AlignVCenter
        | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
    )
    header.setTextElideMode(Qt.TextElideMode.ElideNone)  # it would cut before wrapping
    view._fitter = fitter  # kept alive with the view


def fitter(view: QTableView | QTreeView) -> _Fitter:
    """The object fitting ``view``'s columns (after :func:`fit_columns`)."""
    return view._fitter


def fit_list(view: QListView) -> None:
    """A list whose entries wrap to its width instead of scrolling sideways."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setItemDelegate(_WrapToViewport(view))


class _WrapToViewport(QStyledItemDelegate):
    """Sizes each entry for the width it is drawn in. Left to itself, a list wraps an
    entry to its whole width, then draws it inside the style sheet's padding, cutting
    its last line ("Hopes, concerns and how we work together (1…"), and lays out a
    line wider than the list beyond its edge ("7. Building a common fact base (25 …")."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        fitted = QStyleOptionViewItem(option)
        # Less a style sheet's padding and border around an entry (ui/style.py gives
        # 4 px each side, and the current one a 4 px bar): Qt does not count them here.
        # (When a scroll bar comes, the viewport narrows and the list lays out again.)
        width = self.view.viewport().width() - 2 * self.view.spacing() - 12
        fitted.rect = QRect(0, 0, max(width, 40), option.rect.height())
        return super().sizeHint(fitted, index)


#: Room a column title loses to the style sheet's padding (8 px a side) and border.
_TITLE_PADDING = 2 * 8 + 2


class _Fitter(QObject):
    #: The columns left out of the table for want of width (a list of column numbers).
    hidden_changed = Signal(list)

    def __init__(self, view: QTableView | QTreeView, wrap_columns: tuple[int, ...] | None) -> None:
        super().__init__(view)
        self.view = view
        self.wrap_columns = wrap_columns
        self._pending = False
        self.left_out: list[int] = []
        view.viewport().installEventFilter(self)
        self._model = None
        self._watch_model()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (
            model.modelReset,
            model.columnsInserted,
            model.columnsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.later)
        model.rowsInserted.connect(self._rows_changed)
        model.dataChanged.connect(
            lambda first, last, *roles: self._rows_changed(None, first.row(), last.row())
        )
        self.later()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later()
        return False

    def _leave_out(self, view, model, floors: dict[int, int], available: int) -> None:
        """Leave columns of priority 2 and 3 out of a table too narrow to show every
        column at a comfortable width, the least needed first; bring them back when
        there is room."""
        columns = getattr(model, "columns", None)
        priorities = {
            c: getattr(columns[c], "priority", 1) if columns else 1 for c in range(len(floors))
        }
        optional = sorted(
            (c for c, p in priorities.items() if p > 1), key=lambda c: (priorities[c], c)
        )
        if not optional:
            return
        shown = [c for c in floors if priorities[c] == 1 and not self._hidden_by_others(view, c)]
        room = available - sum(floors[c] for c in shown)
        left_out = []
        for c in optional:  # the most needed first
            if floors[c] <= room:
                room -= floors[c]
            else:
                left_out.append(c)
        for c in optional:
            view.setColumnHidden(c, c in left_out)
        if left_out != self.left_out:
            self.left_out = left_out
            self.hidden_changed.emit(list(left_out))

    def _hidden_by_others(self, view, column: int) -> bool:
        """Hidden for another reason than width (a panel hides it on purpose)."""
        return view.isColumnHidden(column) and column not in self.left_out

    def _rows_changed(self, _parent: object, first: int, last: int) -> None:
        """New or changed rows: while the list is short the columns are measured again
        (the first rows decide them); later only those rows' heights are."""
        if self._model is None:
            return
        if self._model.rowCount() <= 50:
            self.later()
        elif isinstance(self.view, QTableView) and self._model.rowCount() <= MEASURED_ROWS:
            self._fit_rows(self.view, range(first, last + 1))

    def later(self, *args: object) -> None:
        """Fit once the events waiting are handled (many changes, one fit)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False
        self._watch_model()
        view, model = self.view, self.view.model()
        if model is None or not view.isVisible():
            return
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        available = view.viewport().width()
        if available <= 0:
            return
        em = view.fontMetrics().horizontalAdvance("M")
        title_metrics = _title_metrics(header)
        wants, floors = {}, {}
        for c in range(model.columnCount()):
            head = header.sectionSizeHint(c)
            content = view.sizeHintForColumn(c)
            wants[c] = max(head, content, 3 * em)
            title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            # The longest word of the title whole, inside the section's padding.
            longest_word = max(
                (title_metrics.horizontalAdvance(w) for w in title.split()), default=0
            )
            # A short value (a date, a number, a choice) is kept whole; longer text wraps
            # down to six letters' width, or its longest word ("Spreadsheet"). The title
            # wraps between words whatever its length (a longer language's too).
            value = max(content, 3 * em)
            short = value if value <= 9 * em else max(6 * em, self._longest_word(c))
            floors[c] = max(short, longest_word + _TITLE_PADDING + 2)
        comfortable = {c: min(wants[c], max(floors[c], 9 * em)) for c in wants}
        self._leave_out(view, model, comfortable, available)
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        if not columns:
            return
        wants = {c: wants[c] for c in columns}
        floors = {c: floors[c] for c in columns}
        wrapping = self.wrap_columns
        if wrapping is None:
            wrapping = tuple(c for c in columns if wants[c] > 2 * max(floors[c], 10 * em))
        wrapping = tuple(c for c in wrapping if c in wants) or (columns[0],)
        widths = dict(wants)
        total = sum(widths.values())
        if total <= available:
            extra = available - total  # to the free-text columns, by what they asked
            share = sum(wants[c] for c in wrapping)
            for c in wrapping:
                widths[c] += extra * wants[c] // share
        elif sum(floors.values()) <= available:
            # Each column keeps its floor; the width left is shared in proportion to what
            # each asked beyond it, so long text gets most and short values stay whole.
            spare = available - sum(floors.values())
            asked = {c: wants[c] - floors[c] for c in columns}
            total_asked = sum(asked.values()) or 1
            widths = {c: floors[c] + spare * asked[c] // total_asked for c in columns}
        else:
            scale = available / sum(floors.values())
            widths = {c: max(int(floors[c] * scale), 2 * em) for c in columns}
        # What rounding left over goes to the first free-text column.
        widths[wrapping[0]] += available - sum(widths.values())
        for c in columns:
            if header.sectionSize(c) != widths[c]:
                header.resizeSection(c, max(widths[c], 1))
        self._fit_header(header, model, columns)
        if isinstance(view, QTableView) and model.rowCount() <= MEASURED_ROWS:
            self._fit_rows(view, range(model.rowCount()))

    def _longest_word(self, column: int) -> int:
        """The width of the longest word in the first rows of ``column`` (at most 14
        letters' width: longer words are cut anyway), with the cell's margins."""
        view, model = self.view, self.view.model()
        metrics = view.fontMetrics()
        longest = 0
        for row in range(min(model.rowCount(), 50)):
            text = model.index(row, column).data()
            if isinstance(text, str):
                longest = max([longest, *(metrics.horizontalAdvance(w) for w in text.split())])
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        return min(longest + 2 * margin + 2, 14 * metrics.horizontalAdvance("M"))

    def _fit_header(self, header: QHeaderView, model, columns: list[int]) -> None:
        """The header as tall as its longest wrapped title needs (at most four lines: a
        language of longer words may need the fourth)."""
        metrics = _title_metrics(header)
        padding = _TITLE_PADDING
        lines = 1
        for c in columns:
            title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            room = QRect(0, 0, max(header.sectionSize(c) - padding, 1), 10_000)
            height = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, title).height()
            lines = max(lines, min(4, round(height / metrics.lineSpacing())))
        height = lines * metrics.lineSpacing() + 2 * 4 + 2  # 4 px above and below
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)

    def _fit_rows(self, view: QTableView, rows: range) -> None:
        line = view.fontMetrics().lineSpacing()
        tallest = line * MAX_LINES + 8
        vertical = view.verticalHeader()
        for row in rows:
            height = min(max(view.sizeHintForRow(row), line + 8), tallest)
            if vertical.sectionSize(row) != height:
                vertical.resizeSection(row, height)


def _title_metrics(header: QHeaderView) -> QFontMetrics:
    """How column titles are measured: semi-bold, as the style sheet draws them
    (``QHeaderView { font-weight: 600 }``, which the header's own font does not say)."""
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(font)
