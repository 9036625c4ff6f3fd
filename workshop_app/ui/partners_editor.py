"""The partner roster of a collaboration: a table anyone can edit from the keyboard.

Used by the Partners dialog of the home screen and by the "Who is at the table" panel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import edits
from ..domain.records import Partner, Sector, Visibility, sector_label, touched
from ..domain.schema import ROSTER_FIELDS, roster_visibility
from ..storage.store import ChangeSet
from .editable_table import ChoiceDelegate, EditableTable, RowsModel, show_model
from .form_dialog import note
from .key_help import PanelKey, install_shortcut
from .session import Session


class PartnersModel(RowsModel):
    """Partners of one collaboration; every cell edit is an undoable, saved edit."""

    FIELDS = ("organisation", "sector", "representatives", "brings", "needs", "answers_to")

    def __init__(
        self, session: Session, collaboration_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.collaboration_id = collaboration_id
        self.titles = (
            self.tr("Organisation"),
            self.tr("Sector"),
            self.tr("People present"),
            self.tr("Brings"),
            self.tr("Needs"),
            self.tr("Answers to"),
        )
        self.rows: list[Partner] = []
        self.reload()
        session.changed.connect(self._on_changed)

    def reload(self) -> None:
        """Read the partners again; rows are updated in place (see :class:`RowsModel`)."""
        self.set_rows(self.session.store.partners(self.collaboration_id))

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables and self.collaboration_id in changes.collaboration_ids:
            self.reload()

    def cell(self, partner: Partner, column: int, role: int) -> Any:
        name = self.FIELDS[column]
        value = getattr(partner, name)
        if role == Qt.ItemDataRole.EditRole:
            return value
        shown = sector_label(value) if name == "sector" else value
        who = roster_visibility(partner.field_visibility, name)
        if role == Qt.ItemDataRole.DisplayRole:
            # Said in words, where it differs from the usual (never told by colour alone).
            if who != ROSTER_FIELDS[name].value:
                return f"{shown}  [{self.audience_words(who)}]"
            return shown
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{value} (seen by: {who}; F8 changes it)").format(
                value=shown, who=self.audience_words(who)
            )
        return None

    def audience_words(self, visibility: str) -> str:
        return {
            Visibility.PUBLIC.value: self.tr("everyone, public exports too"),
            Visibility.PARTNERS.value: self.tr("partners"),
            Visibility.INTERNAL.value: self.tr("facilitation team only"),
        }[visibility]

    def cycle_visibility(self, index: QModelIndex) -> bool:
        """Who may see one roster field of one partner: public, partners, team, in turn."""
        if not index.isValid():
            return False
        partner = self.rows[index.row()]
        name = self.FIELDS[index.column()]
        order = [v.value for v in Visibility]
        current = roster_visibility(partner.field_visibility, name)
        chosen = order[(order.index(current) + 1) % len(order)]
        choices = {**partner.field_visibility, name: chosen}
        if chosen == ROSTER_FIELDS[name].value:
            del choices[name]  # back to the usual: nothing to remember
        return self.session.apply(
            edits.change(
                self.tr("Who sees {field} of {name}").format(
                    field=self.titles[index.column()], name=partner.organisation
                ),
                [(partner, touched(partner, field_visibility=choices))],
            )
        )

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        name = self.FIELDS[index.column()]
        old = self.rows[index.row()]
        value = str(value).strip()
        if getattr(old, name) == value or (name == "organisation" and not value):
            return False
        return self.session.apply(
            edits.change(self.tr("Edit partner"), [(old, touched(old, **{name: value}))])
        )


ADD_PARTNER = PanelKey("Ctrl+Return", "Add a partner organisation")
CELL_VISIBILITY = PanelKey("F8", "Change who may see the selected cell", "In the partners")


class PartnersEditor(QWidget):
    """Table of partners with add and remove; usable from the keyboard alone."""

    #: Its keys (the roster panel lists them as its own).
    keys = (ADD_PARTNER, CELL_VISIBILITY)

    def __init__(
        self, session: Session, collaboration_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # The model keeps the session and the collaboration: one place for both.
        self.model = PartnersModel(session, collaboration_id, self)
        self.table = EditableTable()
        show_model(self.table, self.model, self.tr("Partners"))
        self.table.setItemDelegateForColumn(
            1, ChoiceDelegate([(s.value, sector_label(s.value)) for s in Sector], self.table)
        )
        self.table.verticalHeader().setVisible(False)
        add = QPushButton(self.tr("Add partner"))
        add.setToolTip(self.tr("Add a partner organisation (Ctrl+Return)"))
        add.clicked.connect(self.add_partner)
        remove = QPushButton(self.tr("Remove partner"))
        remove.clicked.connect(self.remove_selected)
        for button in (add, remove):
            # In a dialog these would become its default button: Enter typed anywhere
            # would add (or remove) a partner.
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        # The whole width: a longer language takes a line more.
        hint = note(
            self.tr(
                "Type in a cell to change it (F2 edits what is there); Tab goes to the next "
                "cell, Enter to the next row. Organisation and sector are public, the rest is "
                "for partners, unless a cell says otherwise: F8 on a cell changes who sees it."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        install_shortcut(self, ADD_PARTNER, self.add_partner)
        install_shortcut(
            self.table,
            CELL_VISIBILITY,
            self.cycle_current_visibility,
            Qt.ShortcutContext.WidgetShortcut,
        )

    def cycle_current_visibility(self) -> None:
        index = self.table.currentIndex()
        if self.model.cycle_visibility(index):
            self.table.setCurrentIndex(self.model.index(index.row(), index.column()))

    def add_partner(self) -> None:
        partner = Partner(
            self.model.collaboration_id,
            self.tr("New partner"),
            position=float(len(self.model.rows)),
        )
        if self.model.session.apply(edits.add(self.tr("Add partner"), partner)):
            row = next(n for n, p in enumerate(self.model.rows) if p.id == partner.id)
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            partner = self.model.rows[index.row()]
            description = self.tr("Remove partner {name!r}").format(name=partner.organisation)
            linked = self.model.session.store.items_for_partner(partner.id)
            self.model.session.apply(
                edits.combine(
                    description,
                    [
                        edits.change(
                            description, [(i, touched(i, partner_id=None)) for i in linked]
                        ),
                        edits.delete(description, partner),
                    ],
                )
            )


class PartnersDialog(QDialog):
    def __init__(
        self, session: Session, collaboration_id: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partners of {name}").format(name=title))
        self.editor = PartnersEditor(session, collaboration_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(1100, 480)
