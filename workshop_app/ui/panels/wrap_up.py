"""The wrap-up panel: today's decisions and action items, each ticked as read back to
the room (Space), and the notes of the wrap-up itself."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

from ...domain import edits
from ...domain.records import Item, ItemKind
from ...domain.snapshot import capture_order
from ...domain.visibility import Audience, visible_to
from ...exercises.general import READ_BACK_KINDS, is_read_back
from ..capture_panel import ExercisePanel, ItemListWidget
from ..editable_table import read_only_table, selected_rows
from ..fit import fit_columns
from ..form_dialog import status_line
from ..items_model import Column, ItemsModel
from ..key_help import PanelKey
from ..session import Session
from . import kit

READ_BACK = PanelKey(
    "Space", "Mark the selected decision or action read back, or not yet", "In the read-back list"
)


class DecisionsFirst(QSortFilterProxyModel):
    """Decisions before action items, each in agenda then capture order: the order the
    room view reads them in (``AudienceView.items_of_kind``)."""

    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id

    def _key(self, item: Item, blocks: dict[str, float]) -> tuple:
        return (
            READ_BACK_KINDS.index(item.kind),
            blocks.get(item.block_id or "", -1),
            *capture_order(item),
        )

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        model = self.sourceModel()
        blocks = {b.id: b.position for b in self.session.snapshot(self.workshop_id).blocks}
        return self._key(model.item_at(left.row()), blocks) < self._key(
            model.item_at(right.row()), blocks
        )


class WrapUpPanel(ExercisePanel):
    """Read back today's decisions and actions: Space ticks the selected one (and moves to
    the next); the room sees which were read back, in words. Notes below."""

    keys = (READ_BACK,)

    def build(self) -> None:
        columns = [
            Column(self.tr("Read back"), self._read_back_text),
            Column(self.tr("What"), self._what),
            Column(self.tr("Decision or action"), lambda i: i.text),
            Column(self.tr("Owner"), lambda i: self._detail(i, "owner", self.tr("no owner yet"))),
            Column(self.tr("Due"), lambda i: self._detail(i, "due", self.tr("no date yet"))),
        ]
        self.model = ItemsModel(
            self.session, self.workshop_id, None, READ_BACK_KINDS, columns, self
        )
        self.ordered = DecisionsFirst(self.session, self.workshop_id, self)
        self.ordered.setSourceModel(self.model)
        self.ordered.setDynamicSortFilter(True)
        self.ordered.sort(0)
        self.table = read_only_table(self.ordered, self.tr("Decisions and actions to read back"))
        self.table.setSortingEnabled(False)
        fit_columns(self.table)  # whole sentences, wrapped: a wrap-up lists a few dozen rows
        self.toggle_button = kit.table_key_button(
            self.tr("Mark read back / not yet (Space)"),
            READ_BACK,
            self.table,
            self.toggle_selected,
        )
        self.count = status_line(self.tr("How many were read back"))
        hint = kit.note(
            self.tr(
                "Read each decision and action aloud and check it with the room. In the list "
                "(Alt+R), Space marks the selected one read back and moves to the next. The "
                "room sees all but the internal ones, marked as they are here."
            )
        )

        top = kit.pane(
            [kit.heading(self.tr("&Read back today's decisions and actions"), self.table), hint],
            self.table,
            self.toggle_button,
            self.count,
        )

        self.items = ItemListWidget(
            self.session, self.workshop_id, self.block.id, ItemKind.NOTE.value, parent=self
        )
        bottom = kit.pane(
            [kit.heading(self.tr("&Notes from the wrap-up"), self.items.capture)], self.items
        )

        splitter = kit.detail_splitter(top, bottom)
        splitter.setStretchFactor(1, 1)  # the read-back list first; the notes are fewer
        kit.lay_out_pane(self, [], splitter)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            signal.connect(self._show_count)
        self._show_count()

    # ----------------------------------------------------------------- columns
    def _read_back_text(self, item: Item) -> str:
        if not visible_to(Audience.ROOM, item):
            return self.tr("Internal: not for the room")
        return self.tr("✔ Read back") if is_read_back(item) else self.tr("Not yet")

    def _what(self, item: Item) -> str:
        if item.kind == ItemKind.DECISION.value:
            return self.tr("Decision")
        return (
            self.tr("Open question") if item.fields.get("question") is True else self.tr("Action")
        )

    def _detail(self, item: Item, key: str, missing: str) -> str:
        if item.kind == ItemKind.DECISION.value:
            return "—"
        return str(item.fields.get(key) or missing)

    def _show_count(self, *args: object) -> None:
        rows = [i for i in self.model.rows if visible_to(Audience.ROOM, i)]
        self.count.setText(
            self.tr("{done} of {total} read back").format(
                done=sum(1 for i in rows if is_read_back(i)), total=len(rows)
            )
        )

    # ------------------------------------------------------------------ edits
    def selected_items(self) -> list[Item]:
        return [
            self.model.item_at(self.ordered.mapToSource(self.ordered.index(r, 0)).row())
            for r in selected_rows(self.table)
        ]

    def toggle_selected(self) -> None:
        """Mark the selected decisions and actions read back (or, if all were, not yet),
        in one undoable step; after marking one, the next row is selected."""
        chosen = self.selected_items()
        if not chosen:
            return
        mark = not all(is_read_back(i) for i in chosen)
        current = QPersistentModelIndex(self.table.currentIndex())
        description = self.tr("Mark read back") if mark else self.tr("Mark not read back")
        if not self.session.apply(edits.set_fields(description, chosen, read_back=mark)):
            return
        if mark and len(chosen) == 1 and current.isValid():
            below = min(current.row() + 1, self.ordered.rowCount() - 1)
            self.table.selectRow(below)

    def focus_capture(self) -> None:
        self.items.capture.setFocus()


PANEL = WrapUpPanel
