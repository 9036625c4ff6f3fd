"""The workshop-wide lists beside every block: decisions, action items, the parking
lot and the facilitator's private notes, one tab each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..domain.records import ItemKind
from .capture_panel import ItemListWidget
from .icons import set_tab_icon
from .items_model import Column, action_columns, action_inputs, text_column
from .session import Session


class WorkshopList(QWidget):
    """Holds one workshop-wide list (decisions, actions, parking lot, notes); the list
    itself is made anew for each workshop opened."""

    def __init__(
        self,
        session: Session,
        kind: str,
        placeholder: str,
        columns: list[Column] | None,
        extra_inputs: Sequence[tuple[str, str]],
        allow_visibility: bool,
    ) -> None:
        super().__init__()
        self.session = session
        self.kind = kind
        self._spec = (placeholder, columns, tuple(extra_inputs), allow_visibility)
        self.list: ItemListWidget | None = None
        QVBoxLayout(self)

    def show_workshop(self, workshop_id: str) -> None:
        if self.list is not None:
            self.layout().removeWidget(self.list)
            self.list.deleteLater()
        placeholder, columns, extra_inputs, allow_visibility = self._spec
        self.list = ItemListWidget(
            self.session,
            workshop_id,
            None,
            self.kind,
            columns=columns,
            placeholder=placeholder,
            extra_inputs=extra_inputs,
            allow_visibility=allow_visibility,
        )
        self.layout().addWidget(self.list)


class SideLists(QTabWidget):
    """The four workshop-wide lists as tabs; new items are captured into the current
    block (:meth:`capture_into`) so each is remembered where it was said."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Decisions, actions, parking lot and notes"))
        self.holders = (
            WorkshopList(
                session, ItemKind.DECISION.value, self.tr("Decision, then Enter"), None, (), True
            ),
            WorkshopList(
                session,
                ItemKind.ACTION.value,
                self.tr("Action, then Enter"),
                action_columns(self.tr("Action")),
                action_inputs(),
                True,
            ),
            WorkshopList(
                session,
                ItemKind.PARKING.value,
                self.tr("Park a topic for later, then Enter"),
                None,
                (),
                True,
            ),
            WorkshopList(
                session,
                ItemKind.FACILITATOR_NOTE.value,
                self.tr("Private note, then Enter (never shown or exported to partners)"),
                [text_column(self.tr("Facilitator note"))],
                (),
                False,
            ),
        )
        tabs = (
            ("", self.tr("Decisions"), self.tr("Decisions (Ctrl+Shift+D)")),
            ("", self.tr("Actions"), self.tr("Action items (Ctrl+Shift+A)")),
            ("", self.tr("Parking lot"), self.tr("Parking lot (Ctrl+Shift+P)")),
            (
                "lock",  # the private one is marked
                self.tr("My notes"),
                self.tr(
                    "Facilitator notes: private, never shown or exported to partners (Ctrl+Shift+F)"
                ),
            ),
        )
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tabBar().setExpanding(True)
        for n, (holder, (name, title, tip)) in enumerate(zip(self.holders, tabs, strict=True)):
            self.addTab(holder, title)
            if name:
                set_tab_icon(self, n, name)  # drawn again when the scheme changes
            self.setTabToolTip(n, tip)

    def show_workshop(self, workshop_id: str) -> None:
        for holder in self.holders:
            holder.show_workshop(workshop_id)

    def capture_into(self, block_id: str | None) -> None:
        """Items added from now on are remembered as said in ``block_id``."""
        for holder in self.holders:
            if holder.list is not None:
                holder.list.capture_block_id = block_id

    def list_of(self, kind: str) -> ItemListWidget:
        """The list widget for ``kind`` (decision, action, parking, note)."""
        for holder in self.holders:
            if holder.kind == kind and holder.list is not None:
                return holder.list
        raise KeyError(kind)

    def focus(self, kind: str) -> None:
        """Show the tab of ``kind`` and put the cursor in its capture box."""
        for n, holder in enumerate(self.holders):
            if holder.kind == kind and holder.list is not None:
                self.setCurrentIndex(n)
                holder.list.capture.setFocus()
