"""From the room: what the phones sent to the block on screen, waiting for the
facilitator. Nothing a phone sends is shown to anyone until it is accepted here.

Keys in the list: Enter accepts (an ordinary item of the block, default visibility),
F2 edits the words first (Enter accepts them, Esc leaves them), M merges it into an item
already captured (it adds nothing new), Delete rejects it, Shift+Delete puts out the phone
that sent it and rejects all it sent. Each is undone with Ctrl+Z:
undoing an acceptance removes the item and brings the input back to the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import edits
from ..domain.records import Item, ItemKind
from ..exercises.registry import get_kind
from ..storage.room_inbox import ACCEPTED, PENDING, REJECTED, TABLE, RoomInbox, RoomInput
from ..storage.store import ChangeSet
from .form_dialog import note
from .session import Session

_ID_ROLE = 256  # Qt.ItemDataRole.UserRole
#: How soon what the room sent shows after it arrived (a burst is shown at once).
REFRESH_DELAY_MS = 100


class _Settle(QUndoCommand):
    """Reject an input, or merge it into an item: undone, it waits again. ``shown`` is
    called after each (the queue shows the facilitator's own decisions at once)."""

    def __init__(self, queue: RoomQueue, input_id: str, status: str, item_id: str | None, text):
        super().__init__(text)
        self.queue, self.input_id, self.status, self.item_id = queue, input_id, status, item_id

    def redo(self) -> None:
        self.queue.inbox.settle(self.input_id, self.status, self.item_id)
        self.queue.refresh()

    def undo(self) -> None:
        self.queue.inbox.settle(self.input_id, PENDING)
        self.queue.refresh()


class RoomQueue(QWidget):
    """The inputs waiting for the block on screen (see the module's docstring)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.inbox = RoomInbox(session.store)
        self.workshop_id = ""
        self.block_id = ""
        #: Puts out the phone behind an input (the room's), returning all it sent.
        self.remove_sender: Callable[[str], list[str]] | None = None
        self.title = QLabel()
        self.title.setObjectName("Muted")
        self.hint = hint = note(
            self.tr("Enter accepts · F2 edits first · M merges · Delete rejects")
        )
        hint.setObjectName("Muted")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("From the room: waiting for you"))
        self.list.setWordWrap(True)
        self.list.installEventFilter(self)
        self.editor = QLineEdit()
        self.editor.setAccessibleName(self.tr("Edit what the room sent, then Enter"))
        self.editor.hide()
        self.editor.returnPressed.connect(self._accept_edited)
        self.editor.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.editor)
        layout.addWidget(hint)
        self._shown_ids: list[str] = []
        self._accepted_items: set[str | None] = set()
        self._refresh_due = False
        #: Inputs told of since the list was last shown (see _refresh_if_due).
        self._arrived: set[str] = set()
        session.changed.connect(self._on_changed)
        session.current_block_changed.connect(self.set_block)
        self.refresh()

    # ------------------------------------------------------------------ reading
    def set_block(self, workshop_id: str, block_id: str) -> None:
        self.workshop_id, self.block_id = workshop_id, block_id
        self.editor.hide()
        self.refresh()

    def waiting(self) -> list[RoomInput]:
        """Inputs of the block still to decide: pending, or accepted as an item that is
        gone again (its acceptance was undone)."""
        if not self.block_id:
            return []
        waiting = []
        for entry in self.inbox.undecided(self.block_id):
            if entry.status == ACCEPTED:
                try:
                    if self.session.item(self.workshop_id, entry.item_id or "") is not None:
                        continue  # accepted, and its item is there
                except KeyError:
                    return []
            waiting.append(entry)
        return waiting

    def refresh(self) -> None:
        """Show what waits now. Rows already shown stay (a burst of ideas from the room
        only appends), so the facilitator's selection and keys are never disturbed."""
        self._refresh_due = False
        self._arrived = set()
        waiting = self.waiting()
        self._accepted_items = (
            {i.item_id for i in self.inbox.of_block(self.block_id) if i.status == ACCEPTED}
            if self.block_id
            else set()
        )
        ids = [i.id for i in waiting]
        shown = self._shown_ids
        if ids[: len(shown)] != shown:  # something left the list: build it again
            current = self._current_id()
            self.list.clear()
            shown = []
        else:
            current = None
        self._shown_ids = shown
        self._append(waiting[len(shown) :])
        if current in ids:
            self.list.setCurrentRow(ids.index(current))
        self._show_count()

    def _append(self, entries: list[RoomInput]) -> None:
        kinds = dict(self._kind_labels())
        for entry in entries:
            label = kinds.get(entry.kind)
            row = QListWidgetItem(f"{label}: {entry.text}" if label else entry.text)
            row.setData(_ID_ROLE, entry.id)
            self.list.addItem(row)
            self._shown_ids.append(entry.id)

    def _show_count(self) -> None:
        waiting = len(self._shown_ids)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.title.setText(self.tr("From the room: %n waiting", "", waiting))
        # Only as tall as what waits (up to eight lines): the side column keeps its room
        # for the decisions and the room preview while nothing waits.
        self.list.setVisible(bool(waiting))
        self.hint.setVisible(bool(waiting))
        line = self.list.fontMetrics().height() + 8
        self.list.setMaximumHeight(line * min(8, max(1, waiting)) + 8)

    def _on_changed(self, changes: ChangeSet) -> None:
        # A burst from the room is shown once per turn of the event loop, not once per
        # idea; a capture of the facilitator's matters only when it removes an item an
        # input became (an undone acceptance).
        if "items" in changes.tables and changes.ids & self._accepted_items:
            self.refresh()  # an acceptance undone: its input waits again, at once
        elif TABLE in changes.tables:
            self._arrived |= changes.ids
            self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        if not self._refresh_due:
            self._refresh_due = True
            QTimer.singleShot(REFRESH_DELAY_MS, self, self._refresh_if_due)

    def _refresh_if_due(self) -> None:
        if not self._refresh_due or self.session.store.closed:
            return
        # The usual case, many phones sending: only new inputs arrived. They are read by
        # id and appended, rather than the block's whole inbox read again (which grows
        # with every idea and would cost the facilitator's next keystroke).
        arrived, shown = self._arrived, set(self._shown_ids)
        small = self.block_id and len(arrived) <= 500 and not arrived & shown
        new = self.inbox.some(arrived) if small else None
        if new is None or len(new) != len(arrived) or not all(map(self._new_or_live, new)):
            self.refresh()  # something else changed (a decision, an undo): read it all
            return
        self._refresh_due = False
        self._arrived = set()
        self._append([e for e in new if e.block_id == self.block_id and e.status == PENDING])
        self._show_count()

    def _new_or_live(self, entry: RoomInput) -> bool:
        """Waiting for the facilitator, or accepted as it arrived (the block's phones are
        live) with its item there: nothing else is known without reading it all."""
        if entry.status == PENDING:
            return True
        return entry.status == ACCEPTED and (
            self.session.item(entry.workshop_id, entry.item_id or "") is not None
        )

    def _kind_labels(self) -> list[tuple[str, str]]:
        """What each kind of input is called, for those the row names: a topic for later
        always, the block's own kinds when it takes more than one (a hope or a concern)."""
        block = self._block()
        phone = get_kind(block.kind).phone_input("text") if block is not None else None
        own = [(kind, label) for kind, label in phone.kinds] if phone is not None else []
        return [*(own if len(own) > 1 else []), (ItemKind.PARKING.value, self.tr("For later"))]

    def _block(self):
        if not self.block_id:
            return None
        try:
            return next(
                (
                    b
                    for b in self.session.snapshot(self.workshop_id).blocks
                    if b.id == self.block_id
                ),
                None,
            )
        except KeyError:
            return None

    def _current_id(self) -> str | None:
        row = self.list.currentItem()
        return row.data(_ID_ROLE) if row is not None else None

    def _current(self) -> RoomInput | None:
        input_id = self._current_id()
        return self.inbox.get(input_id) if input_id else None

    # ----------------------------------------------------------------- deciding
    def accept(self, text: str | None = None) -> Item | None:
        """Accept the selected input as an item of the block (``text``: edited words)."""
        entry = self._current()
        if entry is None:
            return None
        words = " ".join((text if text is not None else entry.text).split())
        if not words:
            return None
        live = self.session.snapshot(self.workshop_id)
        positions = [i.position for i in live.items if i.block_id == entry.block_id]
        item = Item(
            workshop_id=entry.workshop_id,
            block_id=entry.block_id,
            kind=entry.kind,
            text=words,
            position=max(positions, default=0) + 1,
        )
        description = self.tr("Accept from the room {text!r}").format(text=words[:40])
        if not self.session.apply(edits.add(description, item)):
            return None
        self.inbox.settle(entry.id, ACCEPTED, item.id)
        self.refresh()  # the facilitator's own decision shows at once
        return item

    def reject(self) -> None:
        entry = self._current()
        if entry is not None:
            self.session.undo_stack.push(
                _Settle(self, entry.id, REJECTED, None, self.tr("Reject from the room"))
            )

    def remove_phone(self) -> None:
        """Put out the phone that sent the selected input and reject what it sent that
        still waits (one Ctrl+Z brings those back; the phone stays out)."""
        entry = self._current()
        if entry is None or self.remove_sender is None:
            return
        sent = set(self.remove_sender(entry.id)) | {entry.id}
        waiting = [i for i in self.waiting() if i.id in sent]
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Put out a phone and reject what it sent"))
        for i in waiting:
            stack.push(_Settle(self, i.id, REJECTED, None, ""))
        stack.endMacro()
        self.refresh()
        self.session.error.emit(
            self.tr(
                "That phone is out and %n of its inputs were rejected. It can join again "
                "with the code: a new join code keeps it out.",
                "",
                len(waiting),
            )
        )

    def merge_into(self, item_id: str) -> None:
        """The selected input says what ``item_id`` says already: nothing new is added."""
        entry = self._current()
        if entry is not None:
            self.session.undo_stack.push(
                _Settle(self, entry.id, ACCEPTED, item_id, self.tr("Merge from the room"))
            )

    def choose_merge(self) -> None:
        entry = self._current()
        if entry is None:
            return
        live = self.session.snapshot(self.workshop_id)
        targets = [i for i in live.items if i.block_id == entry.block_id and i.kind == entry.kind]
        if not targets:
            self.session.error.emit(self.tr("There is nothing in this block to merge it into."))
            return
        texts = [i.text for i in targets]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Merge into"),
            self.tr("“{text}” says the same as:").format(text=entry.text),
            texts,
            0,
            False,
        )
        if ok:
            self.merge_into(targets[texts.index(chosen)].id)

    def edit(self) -> None:
        entry = self._current()
        if entry is not None:
            self.editor.setText(entry.text)
            self.editor.show()
            self.editor.setFocus()
            self.editor.selectAll()

    def _accept_edited(self) -> None:
        if self.accept(self.editor.text()) is not None:
            self.editor.hide()
            self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.editor:
            if key == Qt.Key.Key_Escape:
                self.editor.hide()
                self.list.setFocus()
                return True
            return False
        actions = {
            Qt.Key.Key_Return: self.accept,
            Qt.Key.Key_Enter: self.accept,
            Qt.Key.Key_F2: self.edit,
            Qt.Key.Key_Delete: self.reject,
            Qt.Key.Key_Backspace: self.reject,
            Qt.Key.Key_M: self.choose_merge,
        }
        if key == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.remove_phone()
            return True
        action = actions.get(key)
        if action is None:
            return False
        action()
        return True
