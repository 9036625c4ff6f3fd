"""Qt panels of the trust-building exercises (imported lazily by the registry).

Every change goes through ``session.apply``: saved at once, undoable with
Ctrl+Z. Each panel can be run from the keyboard alone; the shortcuts are
written on the controls they belong to.
"""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import edits
from ..domain.records import Block, Item, ItemKind, Partner, Sector, Workshop, touched
from ..storage.store import ChangeSet
from ..ui.capture_panel import ExercisePanel, ItemListWidget
from ..ui.editable_table import EditableTable, RowsModel
from ..ui.items_model import (
    Column,
    cluster_column,
    field_column,
    text_column,
    visibility_column,
)
from ..ui.partners_editor import PartnersEditor, PartnersModel, sector_label
from ..ui.session import Session
from .history import HISTORY, OUTCOMES, history_matrix, history_partners, outcome_label
from .hopes import CONCERN, HOPE, WORKING_AGREEMENT
from .roster import partners_by_sector
from .trust_check_in import TRUST_RATING, average, counts_of, statements_of


# ------------------------------------------------------------------ shared pieces
def choice_column(title: str, key: str, choices: Sequence[tuple[str, str]]) -> Column:
    """A column editing ``fields[key]`` with a combo box of ``(value, label)`` choices."""
    labels = dict(choices)
    return Column(
        title,
        lambda i: labels.get(str(i.fields.get(key, "")), str(i.fields.get(key, ""))),
        lambda i, v: touched(i, fields={**i.fields, key: v}),
        tuple(choices),
        value=lambda i: str(i.fields.get(key, "")),
    )


def read_only_column(title: str, get: Callable[[Item], str]) -> Column:
    return Column(title, get)


def heading(text: str, buddy: QWidget | None = None) -> QLabel:
    """A bold section label; with a buddy, its &-mnemonic focuses that widget."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def add_shortcut(
    parent: QWidget,
    keys: str,
    slot: Callable[[], Any],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


class FieldsItemList(ItemListWidget):
    """An :class:`ItemListWidget` whose new items the panel completes before saving.

    ``complete(item)`` returns the item to save (extra fields, a partner...) or
    None after telling the facilitator (``session.error``) why it cannot be saved.
    """

    def __init__(
        self, *args: Any, complete: Callable[[Item], Item | None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._complete = complete

        # Tab goes from the capture box through the extra boxes, in the order shown.
        chain = [self.capture, *self.extra.values()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def new_item(self, text: str) -> Item | None:
        item = super().new_item(text)
        if item is None or self._complete is None:
            return item
        return self._complete(item)


def with_fields(item: Item, **values: Any) -> Item:
    return replace(item, fields={**item.fields, **values})


def collaboration_id_of(session: Session, workshop_id: str) -> str:
    workshop = session.store.get(Workshop, workshop_id)
    return workshop.collaboration_id if workshop is not None else ""


# ------------------------------------------------------------ who is at the table
class RosterPanel(ExercisePanel):
    """The collaboration's partner roster, edited on the spot, plus notes."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.collaboration_id = collaboration_id_of(session, block.workshop_id)

        # Made in the panel from the start, so Tab goes from them on into the roster table.
        self.new_organisation = QLineEdit(self)
        self.new_organisation.setAccessibleName(self.tr("New organisation"))
        self.new_organisation.setPlaceholderText(
            self.tr("Organisation joining the table, then Enter")
        )
        self.new_organisation.returnPressed.connect(self.add_partner)
        self.new_sector = QComboBox(self)
        self.new_sector.setAccessibleName(self.tr("Sector of the new organisation"))
        for s in Sector:
            self.new_sector.addItem(sector_label(s.value), s.value)
        add_row = QHBoxLayout()
        add_row.addWidget(heading(self.tr("&Add:"), self.new_organisation))
        add_row.addWidget(self.new_organisation, 3)
        add_row.addWidget(self.new_sector, 1)

        self.editor = PartnersEditor(session, self.collaboration_id, self)
        self.by_sector = QLabel()
        self.by_sector.setAccessibleName(self.tr("Partners by sector"))
        self.by_sector.setWordWrap(True)
        self.notes = ItemListWidget(
            session,
            block.workshop_id,
            block.id,
            ItemKind.NOTE.value,
            placeholder=self.tr("Something said in the round, then Enter"),
            parent=self,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(add_row)
        layout.addWidget(self.by_sector)
        layout.addWidget(self.editor, 3)
        layout.addWidget(heading(self.tr("Notes from the round")))
        layout.addWidget(self.notes, 2)
        session.changed.connect(self._on_changed)
        self._update_by_sector()

    def focus_capture(self) -> None:
        self.new_organisation.setFocus()

    def add_partner(self) -> None:
        name = self.new_organisation.text().strip()
        if not name:
            return
        partner = Partner(
            self.collaboration_id,
            name,
            self.new_sector.currentData(),
            position=float(len(self.editor.model.rows)),
        )
        if self.session.apply(
            edits.add(self.tr("Add partner {name!r}").format(name=name), partner)
        ):
            self.new_organisation.clear()
            # Tab from here reaches the table on the new partner's next cell to fill in.
            model = self.editor.model
            row = next(n for n, p in enumerate(model.rows) if p.id == partner.id)
            people = PartnersModel.FIELDS.index("representatives")
            self.editor.table.setCurrentIndex(model.index(row, people))

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.collaboration_id in changes.collaboration_ids:
            self._update_by_sector()

    def _update_by_sector(self) -> None:
        partners = self.session.store.partners(self.collaboration_id)
        groups = partners_by_sector(partners)
        parts = [f"{sector_label(sector)}: {len(ps)}" for sector, ps in groups]
        self.by_sector.setText(
            self.tr("%n organisation(s) at the table", "", len(partners))
            + (" — " + " · ".join(parts) if parts else "")
        )


# ------------------------------------------------------------ partnership history
class HistoryMatrixModel(QAbstractTableModel):
    """Partner × partner outcomes (this workshop and the collaboration's earlier ones)."""

    def __init__(self, session: Session, workshop_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.partners: list[Partner] = []
        self.cells: list[list[str]] = []
        self.reload()

    def reload(self) -> None:
        snapshot = self.session.snapshot(self.workshop_id)
        partners = list(snapshot.partners)
        cells = history_matrix(snapshot)
        if [p.id for p in partners] == [p.id for p in self.partners]:
            # The same pairs: updated in place, so the cell under the cursor stays current.
            self.partners, self.cells = partners, cells
            if partners:
                last = len(partners) - 1
                self.dataChanged.emit(self.index(0, 0), self.index(last, last))
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)
            return
        self.beginResetModel()  # rows and columns both change: a read-only view, no editor
        self.partners, self.cells = partners, cells
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.partners)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.partners)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return textwrap.fill(self.partners[section].organisation, 20)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.partners[section].organisation
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if outcome == "self" else outcome_label(outcome)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            a, b = self.partners[index.row()], self.partners[index.column()]
            return f"{a.organisation} – {b.organisation}: {outcome_label(outcome)}"
        if role == Qt.ItemDataRole.FontRole and outcome in ("failed", "none"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None


class HistoryPanel(ExercisePanel):
    """Tick the partners, choose the outcome, say what they did and the lesson, Enter."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.collaboration_id = collaboration_id_of(session, block.workshop_id)
        # Made in the panel from the start, so Tab goes from them on to what the
        # partners did, in the order the form reads.
        self.partner_list = QListWidget(self)
        self.partner_list.setAccessibleName(self.tr("Partners involved"))
        self.partner_list.setToolTip(self.tr("Space ticks or unticks a partner"))
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for o in OUTCOMES:
            self.outcome.addItem(outcome_label(o), o)

        outcome_choices = tuple((o, outcome_label(o)) for o in OUTCOMES)
        self.records = FieldsItemList(
            session,
            block.workshop_id,
            block.id,
            HISTORY,
            columns=[
                text_column(self.tr("What they did together")),
                read_only_column(self.tr("Partners"), self._partner_names),
                choice_column(self.tr("Outcome"), "outcome", outcome_choices),
                field_column(self.tr("Lesson learned"), "lesson"),
                visibility_column(self.tr("Visibility")),
            ],
            placeholder=self.tr("What did they do together? Then Enter"),
            extra_inputs=[("lesson", self.tr("Lesson learned"))],
            complete=self._complete,
            parent=self,
        )
        self.records.captured.connect(self._reset_form)
        record_header = self.records.table.horizontalHeader()
        record_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        record_header.resizeSection(1, 320)
        record_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the lesson
        apply_partners = QPushButton(self.tr("Use ticked partners for the selected record"))
        apply_partners.clicked.connect(self.apply_ticked_partners)

        self.matrix_model = HistoryMatrixModel(session, block.workshop_id, self)
        self.matrix = QTableView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.setAccessibleName(self.tr("Who has worked with whom"))
        self.matrix.setToolTip(self.tr("Enter on a cell ticks that pair above"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setTabKeyNavigation(False)  # arrows move in it; Tab leaves it
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.activated.connect(self.tick_pair)

        left = QVBoxLayout()
        left.addWidget(heading(self.tr("&Partners involved (Space ticks)"), self.partner_list))
        left.addWidget(self.partner_list, 1)
        left.addWidget(heading(self.tr("&Outcome"), self.outcome))
        left.addWidget(self.outcome)
        right = QVBoxLayout()
        right.addWidget(self.records, 1)
        right.addWidget(apply_partners)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 3)
        layout.addWidget(heading(self.tr("Who has worked with whom (this and earlier meetings)")))
        layout.addWidget(self.matrix, 2)
        self._fill_partners()
        session.changed.connect(self._on_changed)

    def focus_capture(self) -> None:
        self.partner_list.setFocus()
        if self.partner_list.currentRow() < 0 and self.partner_list.count():
            self.partner_list.setCurrentRow(0)

    # ---------------------------------------------------------------- partners
    def _fill_partners(self) -> None:
        ticked = set(self.ticked_partner_ids())
        self.partner_list.clear()
        for p in self.session.store.partners(self.collaboration_id):
            entry = QListWidgetItem(p.organisation)
            entry.setData(Qt.ItemDataRole.UserRole, p.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if p.id in ticked else Qt.CheckState.Unchecked
            )
            self.partner_list.addItem(entry)

    def ticked_partner_ids(self) -> list[str]:
        return [
            self.partner_list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.partner_list.count())
            if self.partner_list.item(n).checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, partner_ids: set[str]) -> None:
        for n in range(self.partner_list.count()):
            entry = self.partner_list.item(n)
            entry.setCheckState(
                Qt.CheckState.Checked
                if entry.data(Qt.ItemDataRole.UserRole) in partner_ids
                else Qt.CheckState.Unchecked
            )

    def _partner_names(self, item: Item) -> str:
        names = {p.id: p.organisation for p in self.matrix_model.partners}
        return ", ".join(names.get(pid, "?") for pid in history_partners(item))

    def _complete(self, item: Item) -> Item | None:
        partners = self.ticked_partner_ids()
        if len(partners) < 2:
            self.session.error.emit(
                self.tr(
                    "Tick at least two partners (Space in the partner list) before you add "
                    "a history."
                )
            )
            return None
        return with_fields(item, partners=partners, outcome=self.outcome.currentData())

    def _reset_form(self, item_id: str) -> None:
        self.set_ticked(set())

    def apply_ticked_partners(self) -> None:
        chosen = self.records.selected_items()
        partners = self.ticked_partner_ids()
        if len(chosen) != 1 or len(partners) < 2:
            self.session.error.emit(
                self.tr("Select one record and tick at least two partners first.")
            )
            return
        old = chosen[0]
        self.session.apply(
            edits.update(
                self.tr("Change partners of a history"),
                old,
                fields={**old.fields, "partners": partners},
            )
        )

    def tick_pair(self, index: QModelIndex) -> None:
        if index.row() == index.column():
            return
        pair = {
            self.matrix_model.partners[index.row()].id,
            self.matrix_model.partners[index.column()].id,
        }
        self.set_ticked(pair)
        self.records.capture.setFocus()

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables and self.collaboration_id in changes.collaboration_ids:
            self._fill_partners()
            self.matrix_model.reload()
        elif self.session.touches(changes, self.workshop_id) and "items" in changes.tables:
            self.matrix_model.reload()


# ------------------------------------------------------------------ trust check-in
class TallyModel(RowsModel):
    """Statements × ratings 1..5: how many people gave each rating."""

    STATEMENT, FIRST, LAST, TOTAL, AVERAGE = 0, 1, 5, 6, 7

    def __init__(self, panel: TrustCheckInPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.items: dict[str, Item] = {}
        self.reload()

    @property
    def statements(self) -> list[str]:
        return self.rows

    def row_key(self, row: str) -> str:
        return row

    def reload(self) -> None:
        """Read the statements and tallies again (from the session's live workshop);
        rows are updated in place, so the cell being typed in stays current."""
        block = self.panel.current_block()
        items: dict[str, Item] = {}
        for item in self.panel.session.snapshot(block.workshop_id).items_in(
            block.id, [TRUST_RATING]
        ):
            items.setdefault(item.text, item)
        self.items = items
        self.set_rows(statements_of(block), every_cell=True)

    def counts(self, row: int) -> list[int]:
        return counts_of(self.items.get(self.statements[row]))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.STATEMENT:
            return self.tr("Statement")
        if section == self.TOTAL:
            return self.tr("Ratings")
        if section == self.AVERAGE:
            return self.tr("Average")
        return {1: self.tr("1\nnot at all"), 5: self.tr("5\ncompletely")}.get(section, str(section))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        counts = self.counts(row)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if col == self.STATEMENT:
                return self.statements[row]
            if self.FIRST <= col <= self.LAST:
                value = counts[col - 1]
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return self.tr("{n} rated {r}").format(n=value, r=col)
                return value if role == Qt.ItemDataRole.EditRole else str(value)
            if col == self.TOTAL:
                return str(sum(counts))
            mean = average(counts)
            return f"{mean:.1f}" if mean is not None else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.STATEMENT:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() <= self.LAST:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.STATEMENT:
            return self.panel.rename_statement(index.row(), str(value))
        try:
            number = int(str(value).strip() or 0)
        except ValueError:
            self.panel.session.error.emit(
                self.tr("{value!r} is not a number; type how many people gave this rating.").format(
                    value=str(value)
                )
            )
            return False
        return self.panel.set_count(index.row(), index.column(), number)


class TallyTable(EditableTable):
    """The tally grid: type a number (Tab to the next rating), or + / − to count hands."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.model()
        if (
            index.isValid()
            and TallyModel.FIRST <= index.column() <= TallyModel.LAST
            and event.text() in ("+", "-", "=")
            and self.state() != QAbstractItemView.State.EditingState
        ):
            step = -1 if event.text() == "-" else 1
            current = model.data(index, Qt.ItemDataRole.EditRole)
            model.setData(index, max(0, int(current) + step))
            return
        super().keyPressEvent(event)


class TrustCheckInPanel(ExercisePanel):
    """Editable statements, the tally grid and the hide/reveal switch."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.model = TallyModel(self)
        self.table = TallyTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Ratings per statement"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 8):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, 84)
        self.table.verticalHeader().setDefaultSectionSize(44)
        font = QFont(self.table.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.table.setFont(font)

        self.new_statement = QLineEdit()
        self.new_statement.setAccessibleName(self.tr("New statement"))
        self.new_statement.setPlaceholderText(self.tr("Another statement to rate, then Enter"))
        self.new_statement.returnPressed.connect(self.add_statement)
        remove = QPushButton(self.tr("Remove statement"))
        remove.setToolTip(self.tr("Remove the selected statement and its tally (Ctrl+Del)"))
        remove.clicked.connect(self.remove_statement)
        up = QPushButton(self.tr("Move up"))
        up.setToolTip(self.tr("Alt+Up"))
        up.clicked.connect(lambda: self.move_statement(-1))
        down = QPushButton(self.tr("Move down"))
        down.setToolTip(self.tr("Alt+Down"))
        down.clicked.connect(lambda: self.move_statement(1))

        self.hidden = QCheckBox(self.tr("&Keep the results hidden from the room until revealed"))
        self.hidden.toggled.connect(self.set_hidden)
        self.reveal = QPushButton()
        self.reveal.clicked.connect(self.toggle_revealed)
        self.room_state = QLabel()
        self.room_state.setAccessibleName(self.tr("What the room sees"))
        state_font = QFont(self.room_state.font())
        state_font.setBold(True)
        self.room_state.setFont(state_font)

        help_text = QLabel(
            self.tr(
                "Type a number in a rating cell and press Tab for the next one; + and − count "
                "hands one at a time. F2 edits a statement."
            )
        )
        help_text.setWordWrap(True)
        statement_row = QHBoxLayout()
        statement_row.addWidget(self.new_statement, 1)
        for button in (up, down, remove):
            statement_row.addWidget(button)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.hidden)
        reveal_row.addWidget(self.reveal)
        reveal_row.addStretch(1)
        reveal_row.addWidget(self.room_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addLayout(statement_row)
        layout.addLayout(reveal_row)

        for keys, slot in (
            ("Ctrl+Del", self.remove_statement),
            ("Alt+Up", lambda: self.move_statement(-1)),
            ("Alt+Down", lambda: self.move_statement(1)),
        ):
            add_shortcut(self.table, keys, slot, Qt.ShortcutContext.WidgetShortcut)
        session.changed.connect(self._on_changed)
        self._show_room_state()

    def focus_capture(self) -> None:
        """Into the tally grid, on a rating cell (typing there enters a count)."""
        self.table.setFocus()
        current = self.table.currentIndex()
        if self.model.rowCount() and (
            not current.isValid() or current.column() == TallyModel.STATEMENT
        ):
            row = current.row() if current.isValid() else 0
            self.table.setCurrentIndex(self.model.index(row, TallyModel.FIRST))

    # ------------------------------------------------------------------ edits
    def set_count(self, row: int, column: int, number: int) -> bool:
        if number < 0:
            return False
        statement = self.model.statements[row]
        item = self.model.items.get(statement)
        counts = counts_of(item)
        if counts[column - 1] == number:
            return False
        counts[column - 1] = number
        description = self.tr("Tally {n}× {r} for {s!r}").format(
            n=number, r=column, s=statement[:30]
        )
        if item is None:
            workshop = self.session.store.get(Workshop, self.workshop_id)
            item = Item(
                workshop_id=self.workshop_id,
                block_id=self.block.id,
                kind=TRUST_RATING,
                text=statement,
                position=float(row),
                fields={
                    "counts": counts,
                    "meeting_date": workshop.date if workshop else "",
                    "meeting_title": workshop.title if workshop else "",
                },
            )
            return self.session.apply(edits.add(description, item))
        return self.session.apply(
            edits.update(description, item, fields={**item.fields, "counts": counts})
        )

    def _settings_edit(
        self, description: str, statements: list[str], extra: Sequence[edits.Edit] = ()
    ) -> bool:
        block = self.current_block()
        change = edits.update(
            description, block, settings={**block.settings, "statements": statements}
        )
        return self.session.apply(edits.combine(description, [change, *extra]))

    def add_statement(self) -> None:
        text = self.new_statement.text().strip()
        statements = list(self.model.statements)
        if not text:
            return
        if text in statements:
            self.session.error.emit(self.tr("That statement is already on the list."))
            return
        if self._settings_edit(
            self.tr("Add statement {s!r}").format(s=text[:30]), [*statements, text]
        ):
            self.new_statement.clear()

    def rename_statement(self, row: int, text: str) -> bool:
        text = text.strip()
        statements = list(self.model.statements)
        old = statements[row]
        if not text or text == old:
            return False
        if text in statements:
            self.session.error.emit(self.tr("That statement is already on the list."))
            return False
        statements[row] = text
        item = self.model.items.get(old)
        extra = [edits.update("", item, text=text)] if item is not None else []
        return self._settings_edit(self.tr("Edit statement"), statements, extra)

    def remove_statement(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        statements = list(self.model.statements)
        removed = statements.pop(index.row())
        item = self.model.items.get(removed)
        extra = [edits.delete("", item)] if item is not None else []
        self._settings_edit(
            self.tr("Remove statement {s!r}").format(s=removed[:30]), statements, extra
        )

    def move_statement(self, step: int) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        statements = list(self.model.statements)
        at, to = index.row(), index.row() + step
        if not 0 <= to < len(statements):
            return
        statements[at], statements[to] = statements[to], statements[at]
        if self._settings_edit(self.tr("Move statement"), statements):
            self.table.setCurrentIndex(self.model.index(to, index.column()))

    def set_hidden(self, hidden: bool) -> None:
        block = self.current_block()
        if bool(block.settings.get("results_hidden", False)) == hidden:
            return
        self.session.apply(
            edits.update(
                self.tr("Hide results") if hidden else self.tr("Show results"),
                block,
                settings={**block.settings, "results_hidden": hidden},
            )
        )

    def toggle_revealed(self) -> None:
        block = self.current_block()
        revealed = not block.settings.get("revealed", False)
        self.session.apply(
            edits.update(
                self.tr("Reveal results") if revealed else self.tr("Hide results again"),
                block,
                settings={**block.settings, "revealed": revealed},
            )
        )

    # -------------------------------------------------------------- refreshing
    def _on_changed(self, changes: ChangeSet) -> None:
        if self.session.touches(changes, self.workshop_id):
            self.model.reload()  # in place: the cell being typed in stays current
            self._show_room_state()

    def _show_room_state(self) -> None:
        block = self.current_block()
        hidden = bool(block.settings.get("results_hidden", False))
        revealed = bool(block.settings.get("revealed", False))
        self.hidden.blockSignals(True)
        self.hidden.setChecked(hidden)
        self.hidden.blockSignals(False)
        self.reveal.setEnabled(hidden)
        self.reveal.setText(
            self.tr("Hide the results again")
            if revealed
            else self.tr("&Reveal the results to the room")
        )
        if hidden and not revealed:
            self.room_state.setText(self.tr("The room sees: the statements, results hidden"))
        else:
            self.room_state.setText(self.tr("The room sees: the results"))


# ------------------------------------------------- hopes, concerns, working agreements
class HopesConcernsPanel(ExercisePanel):
    """Three lists side by side; working agreements are marked agreed by the room."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        wid = block.workshop_id
        self.hopes = ItemListWidget(
            session,
            wid,
            block.id,
            HOPE,
            columns=[
                text_column(self.tr("Hope")),
                cluster_column(self.tr("Cluster")),
                visibility_column(self.tr("Visibility")),
            ],
            placeholder=self.tr("A hope, then Enter"),
            parent=self,
        )
        self.concerns = ItemListWidget(
            session,
            wid,
            block.id,
            CONCERN,
            columns=[
                text_column(self.tr("Concern")),
                cluster_column(self.tr("Cluster")),
                visibility_column(self.tr("Visibility")),
            ],
            placeholder=self.tr("A concern, then Enter"),
            parent=self,
        )
        self.agreements = ItemListWidget(
            session,
            wid,
            block.id,
            WORKING_AGREEMENT,
            columns=[
                text_column(self.tr("Working agreement")),
                read_only_column(self.tr("Agreed?"), self._agreed_label),
                visibility_column(self.tr("Visibility")),
            ],
            placeholder=self.tr("A working agreement, then Enter"),
            parent=self,
        )
        toggle = QPushButton(self.tr("Mark agreed / not agreed (Ctrl+Return)"))
        toggle.clicked.connect(self.toggle_agreed)
        add_shortcut(
            self.agreements.table,
            "Ctrl+Return",
            self.toggle_agreed,
            Qt.ShortcutContext.WidgetShortcut,
        )

        columns = QSplitter(Qt.Orientation.Horizontal)
        for n, (title, widget) in enumerate(
            (
                (self.tr("Hopes (Alt+1)"), self.hopes),
                (self.tr("Concerns (Alt+2)"), self.concerns),
                (self.tr("Working agreements (Alt+3)"), self.agreements),
            )
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 4, 0)
            box_layout.addWidget(heading(title, widget.capture))
            box_layout.addWidget(widget, 1)
            if widget is self.agreements:
                box_layout.addWidget(toggle)
            columns.addWidget(box)
            add_shortcut(self, f"Alt+{n + 1}", widget.capture.setFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(columns)

    def focus_capture(self) -> None:
        self.hopes.capture.setFocus()

    def _agreed_label(self, item: Item) -> str:
        return self.tr("✔ Agreed") if item.fields.get("agreed") else self.tr("Proposed")

    def toggle_agreed(self) -> None:
        chosen = self.agreements.selected_items()
        if not chosen:
            return
        agreed = not all(i.fields.get("agreed") for i in chosen)
        description = self.tr("Mark agreed") if agreed else self.tr("Mark not agreed")
        self.session.apply(
            edits.change(
                description,
                [(i, touched(i, fields={**i.fields, "agreed": agreed})) for i in chosen],
            )
        )
