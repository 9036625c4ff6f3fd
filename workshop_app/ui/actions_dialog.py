"""Workshop → Actions across meetings: every action item of a collaboration, from every
meeting, filtered by words (owner, partner, the action), status and overdue, and closed
from the keyboard with the day and a short note (issue: follow-through between meetings).

The facilitator's own screen: every action is listed, whatever its visibility.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
)

from ..domain.actions import (
    CLOSED,
    STATUSES,
    mark_status,
    overdue_days,
    status_label,
    status_words,
)
from ..domain.actions import status_of as action_status
from ..domain.records import Item, ItemKind, Workshop
from ..i18n import format_date
from ..storage.store import ChangeSet
from .collaboration_dialog import CollaborationDialog
from .form_dialog import (
    buddy_label,
    choice_buttons,
    close_button,
    fields_row,
    lay_out_column,
    status_line,
    text_field,
)
from .session import Session

_ID_ROLE = Qt.ItemDataRole.UserRole


def mark_actions(
    session: Session, chosen: list[Item], status: str, note_box: QLineEdit, first: str
) -> bool:
    """Give ``chosen`` actions ``status`` as of today with the note typed in
    ``note_box`` (cleared once saved), one undoable step; whether it was saved. With no
    action chosen, the facilitator is told ``first`` (what to select)."""
    if not chosen:
        session.error.emit(first)
        return False
    note = note_box.text().strip() or None
    if not session.apply(mark_status(chosen, status, note, date.today().isoformat())):
        return False
    note_box.clear()
    return True


class ActionsDialog(CollaborationDialog):
    """The actions of ``collaboration`` across its meetings (see the module docstring)."""

    def build(self) -> None:
        self.setWindowTitle(
            self.tr("Actions across meetings — {name}").format(name=self.collaboration.name)
        )
        self.resize(1100, 640)
        self.filter = text_field(
            self.tr("Filter the actions"), self.tr("Owner, partner or words of the action")
        )
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show actions with this status"))
        for key, words in (
            ("unfinished", self.tr("Not finished (open or in progress)")),
            ("", self.tr("Every status")),
            *((value, status_label(value)) for value, _ in STATUSES),
        ):
            self.status_filter.addItem(words, key)
        self.overdue_only = QCheckBox(self.tr("&Overdue only"))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Actions of every meeting"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Partner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Overdue"),
                self.tr("Agreed at"),
            ]
        )
        self.table.setModel(self.model)
        # The action's words take the width left; the short columns fit their content; the
        # partner and the meeting wrap within a width of their own.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((2, 170), (6, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.count = status_line(self.tr("How many actions are listed"))
        self.note = text_field(
            self.tr("Note kept with the new status"),
            self.tr("What was delivered, or why it was dropped"),
        )
        marks = QHBoxLayout()
        statuses = (
            ("open", self.tr("O&pen")),
            ("in_progress", self.tr("&In progress")),
            ("done", self.tr("&Done")),
            ("dropped", self.tr("D&ropped")),
        )
        caption = self.tr("Mark the selected actions:")
        self.buttons = choice_buttons(marks, caption, statuses, self.mark)
        marks.addStretch(1)

        filters = fields_row(
            (self.tr("&Find:"), self.filter, 2),
            (self.tr("&Status:"), self.status_filter, 1),
            self.overdue_only,
        )
        lay_out_column(
            self,
            filters,
            self.table,
            self.count,
            marks,
            buddy_label(self.tr("&Note:"), self.note),
            self.note,
            close_button(self),
            grow=self.table,
        )

        self.filter.textChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.overdue_only.toggled.connect(self.refresh)
        self.session.changed.connect(self._on_changed)
        self.refresh()
        self.table.setFocus()

    # ---------------------------------------------------------------- reading
    def actions(self) -> list[tuple[Workshop, Item]]:
        """Every action of the collaboration's meetings (not deleted), oldest meeting first."""
        store = self.session.store
        meetings = sorted(store.workshops(self.collaboration.id), key=lambda w: (w.date, w.title))
        return [
            (meeting, item)
            for meeting in meetings
            for item in store.items(meeting.id, kinds=[ItemKind.ACTION.value])
        ]

    def shown(
        self, actions: list[tuple[Workshop, Item]], partners: dict[str, str]
    ) -> list[tuple[Workshop, Item]]:
        """The ``actions`` the filters let through (``partners``: organisations by id)."""
        today = date.today().isoformat()
        words = self.filter.text().casefold().split()
        wanted = self.status_filter.currentData()
        found = []
        for meeting, item in actions:
            status = action_status(item)
            if wanted == "unfinished" and status in CLOSED:
                continue
            if wanted not in ("", "unfinished") and status != wanted:
                continue
            if self.overdue_only.isChecked() and not overdue_days(item, today):
                continue
            haystack = " ".join(
                (
                    item.text,
                    str(item.fields.get("owner", "")),
                    partners.get(item.partner_id or "", ""),
                )
            ).casefold()
            if all(word in haystack for word in words):
                found.append((meeting, item))
        return found

    def refresh(self) -> None:
        selected = set(self.selected_ids())
        today = date.today().isoformat()
        actions, partners = self.actions(), self._partners()  # read once a refresh
        rows = self.shown(actions, partners)
        self.model.setRowCount(0)
        for meeting, item in rows:
            late = overdue_days(item, today)
            cells = [
                item.text,
                str(item.fields.get("owner", "") or self.tr("no owner yet")),
                partners.get(item.partner_id or "", ""),
                format_date(str(item.fields.get("due", ""))) or self.tr("no date yet"),
                status_words(item),
                self.tr("%n day(s) overdue", "", late) if late else "",
                f"{meeting.date} {meeting.title}".strip(),
            ]
            row = [QStandardItem(text) for text in cells]
            row[0].setData(item.id, _ID_ROLE)
            self.model.appendRow(row)
        self.table.resizeRowsToContents()
        self.count.setText(
            self.tr("{shown} of {total} actions listed.").format(
                shown=len(rows), total=len(actions)
            )
        )
        for n in range(self.model.rowCount()):
            if self.model.item(n, 0).data(_ID_ROLE) in selected:
                self.table.selectRow(n)
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)

    def _partners(self) -> dict[str, str]:
        return {p.id: p.organisation for p in self.session.store.partners(self.collaboration.id)}

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r, 0).data(_ID_ROLE) for r in rows]

    def _on_changed(self, changes: ChangeSet) -> None:
        if "items" in changes.tables or "workshops" in changes.tables:
            self.refresh()

    # ---------------------------------------------------------------- marking
    def mark(self, status: str) -> None:
        """Give the selected actions ``status`` as of today, with the note typed (one
        undoable step)."""
        ids = set(self.selected_ids())
        chosen = [item for _, item in self.actions() if item.id in ids]
        first = self.tr("Select an action in the list first.")
        if mark_actions(self.session, chosen, status, self.note, first):
            self.table.setFocus()
