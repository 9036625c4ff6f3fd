"""The roster panel: add partners as they introduce themselves, edit the roster, note the round."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...domain import edits
from ...domain.records import ItemKind, Partner, Sector, sector_label
from ...exercises.who_is_at_the_table import partners_by_sector
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..form_dialog import status_line
from ..partners_editor import PartnersEditor, PartnersModel
from . import kit


class RosterPanel(ExercisePanel):
    """The collaboration's partner roster, edited on the spot, plus notes."""

    keys = PartnersEditor.keys

    def build(self) -> None:
        self.collaboration_id = kit.collaboration_id_of(self.session, self.workshop_id)

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
        add_row.addWidget(kit.heading(self.tr("&Add:"), self.new_organisation))
        add_row.addWidget(self.new_organisation, 3)
        add_row.addWidget(self.new_sector, 1)
        self.attendance = QPushButton(self.tr("A&ttendance…"))
        self.attendance.setAccessibleName(self.tr("Take attendance"))
        self.attendance.setToolTip(
            self.tr("Tick who came, or import a sign-in list (Ctrl+Shift+E)")
        )
        self.attendance.clicked.connect(self.show_attendance)
        add_row.addWidget(self.attendance)

        self.editor = PartnersEditor(self.session, self.collaboration_id, self)
        self.by_sector = status_line(self.tr("Partners by sector"))
        self.by_sector.setWordWrap(True)
        self.notes = kit.item_list(
            self,
            ItemKind.NOTE.value,
            placeholder=self.tr("Something said in the round, then Enter"),
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(add_row)
        layout.addWidget(self.by_sector)
        layout.addWidget(self.editor, 3)
        layout.addWidget(kit.heading(self.tr("Notes from the round")))
        layout.addWidget(self.notes, 2)
        self.session.changed.connect(self._on_changed)
        self._update_by_sector()

    def focus_capture(self) -> None:
        self.new_organisation.setFocus()

    def show_attendance(self) -> None:
        from ..attendance_dialog import AttendanceDialog

        self.attendance_dialog = AttendanceDialog(self.session, self.workshop_id, self.window())
        self.attendance_dialog.open()

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


PANEL = RosterPanel
