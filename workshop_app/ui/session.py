"""The live link between the widgets and the database.

A :class:`Session` owns the store and the undo histories (one for the home screen,
one per workshop). Every edit made in the UI goes through :meth:`Session.apply`: it is
written to disk first, then pushed on the history of the screen shown, then
``changed`` tells every screen what was touched. Known storage errors become one plain
message (``error``) and change nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from ..domain.records import Item
from ..storage import StorageError, Store
from ..storage.store import ChangeSet

if TYPE_CHECKING:
    from ..domain.edits import Edit
    from ..domain.live import LiveWorkshop
    from ..domain.snapshot import WorkshopSnapshot
    from ..domain.visibility import Audience, AudienceView

log = logging.getLogger(__name__)


class EditCommand(QUndoCommand):
    """An undoable edit whose redo/undo apply its steps through storage."""

    def __init__(self, session: Session, edit: Edit) -> None:
        super().__init__(edit.description)
        self._session = session
        self.edit = edit
        self._already_applied = True  # Session.apply wrote it before pushing

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        self._session._apply_quietly(self.edit)

    def undo(self) -> None:
        self._session._apply_quietly(self.edit.inverse())


class Session(QObject):
    """Store + undo stack + change notifications for one open database."""

    changed = Signal(object)  # ChangeSet
    error = Signal(str)  # a plain sentence for the facilitator
    current_block_changed = Signal(str, str)  # workshop id, block id ("" when none)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # One undo history per screen: the home screen's (creating, renaming, deleting
        # workshops) and each workshop's own, so Ctrl+Z in one meeting never undoes
        # something done to another. The group follows the screen shown.
        self.undo_group = QUndoGroup(self)
        self._histories: dict[str, QUndoStack] = {}
        self.set_undo_scope("")
        self._live: dict[str, LiveWorkshop] = {}
        self._unsubscribe = store.on_change(self._store_changed)

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the screen shown (see :meth:`set_undo_scope`)."""
        return self.undo_group.activeStack()

    def set_undo_scope(self, workshop_id: str) -> None:
        """Edits from now on are undone within ``workshop_id``'s history ("": the home
        screen's); each history is kept while the database is open."""
        history = self._histories.get(workshop_id)
        if history is None:
            history = self._histories[workshop_id] = QUndoStack(self)
            history.setUndoLimit(500)
            self.undo_group.addStack(history)
        self.undo_group.setActiveStack(history)

    # ------------------------------------------------------------- live data
    def snapshot(self, workshop_id: str) -> WorkshopSnapshot:
        """The workshop as stored now (with the items exercises read across meetings).

        Read once, then kept up to date from each change set, so the room view and
        the panels do not re-read a workshop of thousands of items on every capture.
        Raises KeyError for a workshop that does not exist.
        """
        return self._live_workshop(workshop_id).snapshot

    def item(self, workshop_id: str, item_id: str) -> Item | None:
        """One item of :meth:`snapshot` as stored now, without asking the database again."""
        return self._live_workshop(workshop_id).item(item_id)

    def view(self, workshop_id: str, audience: Audience) -> AudienceView:
        """:meth:`snapshot` filtered for ``audience`` by the visibility rule, kept up to date."""
        return self._live_workshop(workshop_id).view(audience)

    def _live_workshop(self, workshop_id: str) -> LiveWorkshop:
        live = self._live.get(workshop_id)
        if live is None:
            # Imported with the first workshop opened, not at start-up.
            from ..domain.live import LiveWorkshop
            from ..exercises.registry import history_kinds

            live = LiveWorkshop(self.store.snapshot(workshop_id, history_kinds()))
            self._live = {workshop_id: live}  # the open workshop is enough
        return live

    def _store_changed(self, changes: ChangeSet) -> None:
        # The live workshop is brought up to date before any screen hears of the change.
        for workshop_id, live in list(self._live.items()):
            if not self._follow(live, changes):
                del self._live[workshop_id]
        self.changed.emit(changes)

    def _follow(self, live: LiveWorkshop, changes: ChangeSet) -> bool:
        """Apply ``changes`` to ``live``; False when it must be read again instead."""
        snapshot = live.snapshot
        workshop_id = snapshot.workshop.id
        ours = workshop_id in changes.workshop_ids
        others = changes.workshop_ids - {workshop_id}
        collaboration = snapshot.collaboration.id
        if not ours and collaboration not in changes.collaboration_ids:
            # Another meeting of this collaboration is this one's history (its actions
            # closed from here, its measures); any other workshop is none of its business.
            return not any(self._collaboration_of(other) == collaboration for other in others)
        if others or changes.tables & {"workshops", "collaborations"}:
            return False  # another meeting's items (history), or the workshop itself
        if len(changes.ids) > 200:
            return False
        items = None
        if "items" in changes.tables:
            items = {item_id: self.store.get(Item, item_id) for item_id in changes.ids}
        live.update(
            items=items,
            blocks=tuple(self.store.blocks(workshop_id)) if "blocks" in changes.tables else None,
            partners=tuple(self.store.partners(snapshot.collaboration.id))
            if "partners" in changes.tables
            else None,
        )
        return True

    def _collaboration_of(self, workshop_id: str) -> str | None:
        from ..domain.records import Workshop

        workshop = self.store.get(Workshop, workshop_id)
        return workshop.collaboration_id if workshop is not None else None

    def apply(self, edit: Edit) -> bool:
        """Save ``edit`` now and make it undoable. Returns False (and says why) on failure."""
        if not edit.forward:
            return True
        try:
            self.store.apply(edit)
        except StorageError as e:
            log.warning("edit %r not saved: %s", edit.description, e)
            self.error.emit(e.message)
            return False
        self.undo_stack.push(EditCommand(self, edit))
        return True

    def _apply_quietly(self, edit: Edit) -> None:
        # Called from QUndoStack: an exception cannot cross back into C++, so
        # a storage failure during undo/redo is reported and the stack left as is.
        try:
            self.store.apply(edit)
        except StorageError as e:
            self.error.emit(e.message)

    def put_without_undo(self, *records: object) -> bool:
        """Save records that are not user edits (timer state, view settings)."""
        try:
            self.store.put(*records)  # type: ignore[arg-type]
        except StorageError as e:
            self.error.emit(e.message)
            return False
        return True

    def close(self) -> None:
        self._unsubscribe()
        self.store.close()

    @staticmethod
    def touches(changes: ChangeSet, workshop_id: str | None) -> bool:
        return workshop_id is not None and workshop_id in changes.workshop_ids
