"""The since-last-meeting panel: the earlier meetings' actions, marked done, in progress,
dropped or open again from the keyboard with a note; the parking lot of earlier meetings,
whose topics the facilitator brings into this meeting; and the topics brought in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import edits
from ...domain.actions import (
    DONE,
    DROPPED,
    IN_PROGRESS,
    OPEN,
    overdue_days,
    status_label,
    status_words,
)
from ...domain.records import Item
from ...domain.visibility import Audience
from ...exercises.common import short_meeting_label
from ...exercises.since_last_meeting import (
    CARRIED,
    carry,
    follow_up_actions,
    parked_earlier,
    the_day,
)
from ...i18n import format_date
from ...storage.store import ChangeSet
from ..actions_dialog import mark_actions
from ..capture_panel import ExercisePanel
from ..editable_table import read_only_table, selected_rows
from ..fit import fit_columns
from ..form_dialog import buddy_label, status_line, text_field
from ..items_model import text_column
from ..key_help import PanelKey
from . import kit

_ID = Qt.ItemDataRole.UserRole
IN_ACTIONS = "In the actions of earlier meetings"

MARKS = (
    (DONE, PanelKey("Alt+D", "Mark the selected actions done", IN_ACTIONS)),
    (IN_PROGRESS, PanelKey("Alt+I", "Mark the selected actions in progress", IN_ACTIONS)),
    (DROPPED, PanelKey("Alt+R", "Mark the selected actions dropped", IN_ACTIONS)),
    (OPEN, PanelKey("Alt+P", "Open the selected actions again", IN_ACTIONS)),
)
BRING_IN = PanelKey(
    "Ctrl+Return", "Bring the selected parked topics into this meeting", "In the parking lot"
)


class SinceLastMeetingPanel(ExercisePanel):
    """Earlier actions on the left (marked with Alt+D/I/R/P and the note typed), the
    earlier parking lot and this meeting's topics on the right."""

    keys = (*(key for _, key in MARKS), BRING_IN)

    def build(self) -> None:
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Owner"), self.tr("Action"), self.tr("Status")]
        )
        self.table = read_only_table(self.model, self.tr("Actions of earlier meetings"))
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        fit_columns(self.table)
        self.count = status_line(self.tr("How the earlier actions stand"))
        self.count.setWordWrap(True)
        self.note_box = text_field(
            self.tr("Note kept with the new status"),
            self.tr("What was delivered, or why it was dropped"),
        )
        marks = QGridLayout()
        words = {
            DONE: self.tr("Done ✔ (Alt+D)"),
            IN_PROGRESS: self.tr("In progress (Alt+I)"),
            DROPPED: self.tr("Dropped ✘ (Alt+R)"),
            OPEN: self.tr("Open again (Alt+P)"),
        }
        self.buttons = {}
        for n, (status, key) in enumerate(MARKS):
            button = kit.key_button(words[status], key, self, lambda s=status: self.mark(s))
            button.setAccessibleName(status_label(status))
            self.buttons[status] = button
            marks.addWidget(button, n // 2, n % 2)
        actions = kit.pane(
            [kit.heading(self.tr("Earlier actions, by owner"), self.table), self.count],
            self.table,
            buddy_label(self.tr("&Note with the status:"), self.note_box),
            self.note_box,
            marks,
        )

        self.parked = QListWidget()
        self.parked.setAccessibleName(self.tr("Parked at earlier meetings"))
        self.parked.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.parked.setWordWrap(True)
        bring = kit.key_button(self.tr("Bring in (Ctrl+Return)"), BRING_IN, self, self.bring_in)
        bring.setToolTip(self.tr("Bring the selected parked topics into this meeting"))
        self.topics = kit.item_list(
            self,
            CARRIED,
            columns=[
                text_column(self.tr("Topic")),
                kit.read_only_column(
                    self.tr("Parked at"), lambda i: str(i.fields.get("raised", ""))
                ),
            ],
            placeholder=self.tr("A topic for this meeting, then Enter"),
        )
        topics = QWidget()
        right = QVBoxLayout(topics)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(kit.heading(self.tr("Parked earlier"), self.parked))
        right.addWidget(self.parked, 1)
        right.addWidget(bring)
        right.addWidget(kit.heading(self.tr("Topics for today"), self.topics.capture))
        right.addWidget(self.topics, 2)

        split = kit.ResponsiveSplitter(300)
        split.addWidget(actions)
        split.addWidget(topics)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        kit.lay_out_pane(self, [], split)
        self.session.changed.connect(self._on_changed)
        self.refresh()

    # ---------------------------------------------------------------- reading
    def _view(self):
        return self.session.view(self.workshop_id, Audience.INTERNAL)

    def refresh(self) -> None:
        view = self._view()
        selected = set(self.selected_ids())
        day = the_day(view)
        pairs = follow_up_actions(view)
        self.model.setRowCount(0)
        for meeting, action in pairs:
            late = overdue_days(action, day)
            status = status_words(action)
            due = format_date(str(action.fields.get("due", "")))
            if late:
                overdue = (
                    "{status}, due {due}: %n day overdue"
                    if late == 1
                    else "{status}, due {due}: %n days overdue"
                )
                status = self.tr(overdue, "", late).format(status=status, due=due)
            elif due and action.fields.get("status") not in (DONE, DROPPED):
                status = self.tr("{status}, due {due}").format(status=status, due=due)
            cells = [
                str(action.fields.get("owner", "") or self.tr("no owner yet")),
                action.text,
                status,
            ]
            row = [QStandardItem(text) for text in cells]
            row[0].setData(action.id, _ID)
            row[1].setToolTip(
                self.tr("Agreed at {meeting}").format(meeting=short_meeting_label(meeting))
            )
            self.model.appendRow(row)
        self.table.resizeRowsToContents()
        for n in range(self.model.rowCount()):
            if self.model.item(n, 0).data(_ID) in selected:
                self.table.selectRow(n)
        if not view.earlier:
            self.count.setText(self.tr("This is the collaboration's first meeting."))
        else:
            still = sum(1 for _, a in pairs if a.fields.get("status") not in (DONE, DROPPED))
            self.count.setText(
                self.tr("{n} actions listed: {open} not finished.").format(n=len(pairs), open=still)
            )
        self.parked.clear()
        for meeting, item in parked_earlier(view):
            entry = QListWidgetItem(f"{item.text} ({short_meeting_label(meeting)})")
            entry.setData(_ID, item.id)
            self.parked.addItem(entry)

    def selected_ids(self) -> list[str]:
        return [self.model.item(r, 0).data(_ID) for r in selected_rows(self.table)]

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables & {"items", "workshops"}:
            self.refresh()

    # ---------------------------------------------------------------- acting
    def mark(self, status: str) -> None:
        """The selected actions get ``status`` as of today, with the note typed (one
        undoable step); the room's list follows."""
        ids = self.selected_ids()
        chosen = [item for i in ids if (item := self.session.store.get(Item, i)) is not None]
        first = self.tr("Select an action in the list first.")
        if mark_actions(self.session, chosen, status, self.note_box, first):
            self.table.setFocus()

    def bring_in(self) -> None:
        """The selected parked topics become topics of this meeting (one undoable step)."""
        wanted = {entry.data(_ID) for entry in self.parked.selectedItems()}
        if not wanted and self.parked.currentItem() is not None:
            wanted = {self.parked.currentItem().data(_ID)}
        chosen = [(m, i) for m, i in parked_earlier(self._view()) if i.id in wanted]
        if not chosen:
            self.session.error.emit(self.tr("Select a parked topic first."))
            return
        new = carry(self.workshop_id, self.current_block(), chosen)
        description = self.tr("Bring %n parked topic(s) into this meeting", "", len(new))
        self.session.apply(edits.add(description, *new))

    def focus_capture(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)


PANEL = SinceLastMeetingPanel
