"""A table model over the items of one block (or the workshop-wide lists).

Edits made in a cell go through the session (undoable, saved at once). The
model follows the session's ``changed`` signal and updates only the rows an
edit touched, so capture stays fast in a block of thousands of items.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ..domain import edits
from ..domain.actions import STATUSES, status_label, status_line, status_of
from ..domain.records import Item, Visibility, touched
from ..domain.snapshot import capture_order
from ..domain.visibility import effective_visibility
from ..i18n import tr
from ..storage.store import ChangeSet
from .session import Session


def visibility_label(value: str) -> str:
    labels = {
        Visibility.PUBLIC.value: QObject.tr("Public"),
        Visibility.PARTNERS.value: QObject.tr("Partners"),
        Visibility.INTERNAL.value: QObject.tr("Internal (never shown)"),
    }
    return labels.get(value, value)


@dataclass(frozen=True)
class Column:
    """One column: how to show a value and how an edit changes the item."""

    title: str
    get: Callable[[Item], str]
    set: Callable[[Item, str], Item] | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for combo editors
    #: The stored value a combo editor starts from (default: the item's visibility).
    value: Callable[[Item], str] | None = None
    #: 1: always in the table; 2, 3: in the table when it is wide enough, else in the
    #: form of the selected row (see ``ui/fit.py`` and ``panels/kit.HiddenFieldsForm``).
    priority: int = 1
    #: Choices read again each time an editor opens, for values that change during the
    #: meeting (the collaboration's partners); ``choices`` is then not used.
    live_choices: Callable[[], tuple[tuple[str, str], ...]] | None = None

    @property
    def chosen(self) -> bool:
        """Edited by choosing among values (a combo box) rather than by typing."""
        return bool(self.choices) or self.live_choices is not None

    def offered(self) -> tuple[tuple[str, str], ...]:
        """The ``(value, label)`` choices an editor of this column offers now."""
        return self.live_choices() if self.live_choices is not None else self.choices


def text_column(title: str) -> Column:
    return Column(title, lambda i: i.text, lambda i, v: touched(i, text=v))


def field_column(title: str, key: str) -> Column:
    return Column(
        title,
        lambda i: str(i.fields.get(key, "")),
        lambda i, v: touched(i, fields={**i.fields, key: v}),
    )


def field_columns(fields: Sequence[tuple[str, str]]) -> list[Column]:
    """A :func:`field_column` for each ``(key, title)`` of ``fields``: given a capture
    list's ``extra_inputs``, the columns showing what was typed in its extra boxes."""
    return [field_column(title, key) for key, title in fields]


def action_columns(title: str) -> list[Column]:
    """The columns of a list of action items: what is to be done (``title``), then its
    owner and its due date, typed in the boxes of :func:`action_inputs`, and its status
    (open, in progress, done, dropped), chosen from the keyboard like any combo cell."""
    return [
        text_column(title),
        field_column(QObject.tr("Owner"), "owner"),
        field_column(QObject.tr("Due"), "due"),
        action_status_column(QObject.tr("Status")),
    ]


def action_status_column(title: str) -> Column:
    """An action's status with the day it was set ("Done ✔ 2026-11-30"); choosing one
    stamps today's date."""
    from datetime import date

    def chosen(item: Item, status: str) -> Item:
        if status == status_of(item):
            return item
        stamped = {"status": status, "status_date": date.today().isoformat()}
        return touched(item, fields={**item.fields, **stamped})

    return Column(
        title,
        status_line,
        chosen,
        tuple((value, status_label(value)) for value, _ in STATUSES),
        value=status_of,
        priority=2,
    )


def action_inputs() -> list[tuple[str, str]]:
    """The boxes beside an action's capture box (a list's ``extra_inputs``): its owner
    and its due date, which the list checks is a date."""
    return [("owner", QObject.tr("Owner")), ("due", QObject.tr("Due YYYY-MM-DD"))]


def cluster_column(title: str) -> Column:
    return Column(title, lambda i: i.cluster, lambda i, v: touched(i, cluster=v.strip()))


def visibility_column(title: str) -> Column:
    """Who may see the item, chosen in a combo box. It shows the visibility that applies,
    and says so when the data's sensitivity limits what was chosen."""

    def shown(item: Item) -> str:
        actual = effective_visibility(item)
        text = visibility_label(actual)
        if actual != item.visibility:
            text += " " + tr("Sharing", "(limited by sensitivity)")
        return text

    return Column(
        title,
        shown,
        lambda i, v: touched(i, visibility=v),
        tuple((v.value, visibility_label(v.value)) for v in Visibility),
        value=lambda i: i.visibility,
    )


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)


class ItemsModel(QAbstractTableModel):
    """Items of one workshop filtered by block and kinds, in capture order."""

    def __init__(
        self,
        session: Session,
        workshop_id: str,
        block_id: str | None,
        kinds: Iterable[str],
        columns: list[Column],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.block_id = block_id
        self.kinds = frozenset(kinds)
        self.columns = columns
        self._flags: dict[int, Qt.ItemFlag] = {}  # by column: the same for every row
        self.rows: list[Item] = []
        self._ids: set[str] = set()
        self.reload()
        session.changed.connect(self._on_changed)

    # ----------------------------------------------------------------- reading
    def _wanted(self, item: Item) -> bool:
        return (
            item.workshop_id == self.workshop_id
            and item.kind in self.kinds
            and (self.block_id is None or item.block_id == self.block_id)
        )

    def reload(self) -> None:
        # From the session's live copy of the workshop: the room view has read it
        # already, and a second read of thousands of rows would slow opening.
        snapshot = self.session.snapshot(self.workshop_id)
        source = snapshot.items if self.block_id is None else snapshot.items_in(self.block_id)
        self.beginResetModel()
        self.rows = [i for i in source if i.kind in self.kinds]
        self._ids = {i.id for i in self.rows}
        self.endResetModel()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.workshop_id not in changes.workshop_ids or "items" not in changes.tables:
            return
        if len(changes.ids) > 50:
            self.reload()
            return
        for item_id in changes.ids:  # the session has read each changed item already
            self._update_row(item_id, self.session.item(self.workshop_id, item_id))

    def _update_row(self, item_id: str, item: Item | None) -> None:
        # Rows stay in capture order; a set of ids spares a scan of thousands of rows
        # for the common case, an item new to this list.
        current = self.row_of(item_id) if item_id in self._ids else None
        if current is not None:
            if (
                item is not None
                and self._wanted(item)
                and item.position == self.rows[current].position
            ):
                self.rows[current] = item
                self.dataChanged.emit(
                    self.index(current, 0), self.index(current, self.columnCount() - 1)
                )
                return
            self.beginRemoveRows(QModelIndex(), current, current)
            del self.rows[current]
            self._ids.discard(item_id)
            self.endRemoveRows()
        if item is None or not self._wanted(item):
            return
        row = bisect.bisect_right(self.rows, capture_order(item), key=capture_order)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, item)
        self._ids.add(item.id)
        self.endInsertRows()

    def item_at(self, row: int) -> Item:
        return self.rows[row]

    def row_of(self, item_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == item_id), -1)

    def next_position(self) -> float:
        return (self.rows[-1].position + 1) if self.rows else 0.0

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # views ask for every role of a cell
            return None
        item = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if role == Qt.ItemDataRole.EditRole and column.chosen:
                if column.value is not None:
                    return column.value(item)
                return getattr(item, "visibility", "")
            return column.get(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.get(item)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        column = index.column()
        flags = self._flags.get(column)
        if flags is None:
            flags = super().flags(index)
            if self.columns[column].set is not None:
                flags |= Qt.ItemFlag.ItemIsEditable
            self._flags[column] = flags
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if column.set is None:
            return False
        old = self.rows[index.row()]
        new = column.set(old, str(value))
        if new == old or _same_content(old, new):
            return False
        return self.session.apply(
            edits.change(self.tr("Edit {what}").format(what=column.title.lower()), [(old, new)])
        )


def _same_content(a: Item, b: Item) -> bool:
    from dataclasses import replace

    return replace(a, updated_at="") == replace(b, updated_at="")
