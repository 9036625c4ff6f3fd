"""Workshop → Attendance: who came, ticked off the roster as people arrive.

Everyone the roster names is listed under their organisation; Space ticks the selected
people present (or back), a walk-in is added with their organisation, and a sign-in
list (CSV or Excel) is read in the background and previewed before anyone is ticked
(:mod:`.sign_in_dialog`). Every change is one undoable edit; the summary's Attendance
section and ``attendance.csv`` read what is recorded here.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.attendance import (
    ATTENDEE,
    Person,
    attendance_list,
    mark_present,
    match_rows,
    sign_in_edit,
)
from ..domain.records import Partner, Workshop
from ..export.sign_in import read_sign_in
from ..storage.store import ChangeSet
from .background import run_in_background
from .editable_table import RowsModel, selected_rows, show_model
from .form_dialog import buddy_label, note, status_line, text_field
from .session import Session

#: The walk-in's organisation when they came for none of the partners.
NO_PARTNER = ""


class AttendanceModel(RowsModel):
    """The attendance list: present (a tick and the word), name, organisation."""

    PRESENT, NAME, ORGANISATION = range(3)
    COLUMN_FLAGS: ClassVar[dict[int, Qt.ItemFlag]] = {PRESENT: Qt.ItemFlag.ItemIsUserCheckable}

    def __init__(self, dialog: AttendanceDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.titles = (self.tr("Present"), self.tr("Name"), self.tr("Organisation"))
        self.organisations: dict[str, str] = {}

    def row_key(self, row: Person) -> Any:
        return row.key

    def cell(self, person: Person, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRESENT:
            return Qt.CheckState.Checked if person.present else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.PRESENT:  # the word too: never told by the tick alone
                return self.tr("present") if person.present else self.tr("not here")
            if column == self.NAME:
                return person.name
            return self.organisations.get(person.partner_id or "", self.tr("No organisation"))
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.PRESENT:
            return False
        here = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.dialog.set_present([self.rows[index.row()]], here)


class AttendanceTable(QTableView):
    """The list, where Space ticks the selected people present (or back)."""

    space_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.space_pressed.emit()
            return
        super().keyPressEvent(event)


class AttendanceDialog(QDialog):
    """Who is at this meeting (see the module docstring)."""

    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        workshop = session.store.get(Workshop, workshop_id)
        self.setWindowTitle(
            self.tr("Attendance — {title}").format(title=workshop.title if workshop else "")
        )
        self.resize(760, 600)
        self.preview = None  # the sign-in preview while one is open
        self._reading = None  # the background read of a sign-in list

        self.count = status_line(self.tr("How many are present"))
        self.model = AttendanceModel(self)
        self.table = AttendanceTable()
        show_model(self.table, self.model, self.tr("Attendance list"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            AttendanceModel.PRESENT, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttendanceModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.table.space_pressed.connect(self.toggle_selected)
        hint = note(
            self.tr(
                "Space ticks the selected people present, or back; Ctrl+A selects everyone. "
                "Someone not on the roster: type their name below."
            )
        )

        self.walk_in_name = text_field(
            self.tr("Name of someone not on the roster"), self.tr("Name of a walk-in, then Enter")
        )
        self.walk_in_name.returnPressed.connect(self.add_walk_in)
        self.walk_in_partner = QComboBox()
        self.walk_in_partner.setAccessibleName(self.tr("Organisation of the walk-in"))
        self.add_button = QPushButton(self.tr("A&dd walk-in"))
        self.add_button.setAccessibleName(self.tr("Add the walk-in as present"))
        self.add_button.clicked.connect(self.add_walk_in)
        self.import_button = QPushButton(self.tr("&Import sign-in list…"))
        self.import_button.setAccessibleName(self.tr("Import a sign-in list (CSV or Excel)"))
        self.import_button.setToolTip(
            self.tr("A CSV or Excel (.xlsx) list of names and organisations, checked first")
        )
        self.import_button.clicked.connect(self.choose_sign_in)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))

        walk_in = QHBoxLayout()
        walk_in.addWidget(buddy_label(self.tr("&Walk-in:"), self.walk_in_name))
        walk_in.addWidget(self.walk_in_name, 2)
        walk_in.addWidget(buddy_label(self.tr("&of:"), self.walk_in_partner))
        walk_in.addWidget(self.walk_in_partner, 2)
        walk_in.addWidget(self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(walk_in)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        session.changed.connect(self._on_changed)
        self.refresh()
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, AttendanceModel.NAME))

    # ---------------------------------------------------------------- reading
    def partners(self) -> tuple[Partner, ...]:
        return self.session.snapshot(self.workshop_id).partners

    def attendees(self) -> list:
        return self.session.snapshot(self.workshop_id).items_in(None, [ATTENDEE])

    def refresh(self) -> None:
        snapshot = self.session.snapshot(self.workshop_id)
        partners = snapshot.partners
        people = attendance_list(partners, snapshot.items_in(None, [ATTENDEE]))
        self.model.organisations = {p.id: p.organisation for p in partners}
        self.model.set_rows(people, every_cell=True)
        here = [p for p in people if p.present]
        organisations = {p.partner_id for p in here if p.partner_id}
        self.count.setText(
            self.tr("{n} present from {m} organisations, of {total} listed.").format(
                n=len(here), m=len(organisations), total=len(people)
            )
        )
        chosen = self.walk_in_partner.currentData()
        self.walk_in_partner.clear()
        for p in partners:
            self.walk_in_partner.addItem(p.organisation, p.id)
        self.walk_in_partner.addItem(self.tr("No partner organisation"), NO_PARTNER)
        self.walk_in_partner.setCurrentIndex(max(self.walk_in_partner.findData(chosen), 0))

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.session.touches(changes, self.workshop_id) or "partners" in changes.tables:
            self.refresh()

    # ----------------------------------------------------------------- ticking
    def set_present(self, people: list[Person], here: bool) -> bool:
        """Tick ``people`` present (or not) in one undoable step."""
        attendees = self.attendees()
        last = max((i.position for i in attendees), default=-1.0)
        description = self.tr("Tick present") if here else self.tr("Untick present")
        edit = mark_present(description, self.workshop_id, people, here, last + 1)
        return edit is not None and self.session.apply(edit)

    def toggle_selected(self) -> None:
        """Space: the selected people become present, or, when all of them are, not."""
        rows = selected_rows(self.table)
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        people = [self.model.rows[r] for r in rows if r < len(self.model.rows)]
        if not people:
            return
        here = not all(p.present for p in people)
        if self.set_present(people, here):
            names = ", ".join(p.name for p in people)
            self.status.setText(
                (self.tr("Present: {names}.") if here else self.tr("Not here: {names}.")).format(
                    names=names
                )
            )

    def add_walk_in(self) -> None:
        """Add the person typed below the list, present, with the organisation chosen."""
        name = " ".join(self.walk_in_name.text().split())
        if not name:
            return
        partner_id = self.walk_in_partner.currentData() or None
        person = next(
            (p for p in self.model.rows if p.key == Person(name, partner_id).key),
            Person(name, partner_id),
        )
        if person.present:
            self.status.setText(self.tr("{name} is already ticked present.").format(name=name))
        elif self.set_present([person], True):
            self.status.setText(self.tr("Added {name}, present.").format(name=name))
        self.walk_in_name.clear()

    # ----------------------------------------------------------- sign-in lists
    def choose_sign_in(self) -> None:
        """Import sign-in list…: choose the file, then :meth:`import_sign_in`."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a sign-in list"),
            "",
            self.tr("Sign-in lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.import_sign_in(path)

    def import_sign_in(self, path: str) -> None:
        """Read the list at ``path`` in the background, then preview it matched to partners."""
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Reading the sign-in list…"))
        self._reading = run_in_background(
            lambda: read_sign_in(path),
            done=self._sign_in_read,
            failed=self._sign_in_failed,
            owner=self,
        )

    def _sign_in_failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(message)

    def _sign_in_read(self, rows: list[tuple[str, str]]) -> None:
        from .sign_in_dialog import SignInPreview

        self.import_button.setEnabled(True)
        if not rows:
            self.status.setText(self.tr("The sign-in list holds no names: nothing changed."))
            return
        self.status.setText("")
        self.preview = SignInPreview(match_rows(rows, self.partners()), self.partners(), self)
        self.preview.accepted.connect(self._apply_sign_in)
        self.preview.open()

    def _apply_sign_in(self) -> None:
        preview, self.preview = self.preview, None
        if preview is None:
            return
        snapshot = self.session.snapshot(self.workshop_id)
        edit = sign_in_edit(
            self.tr("Import sign-in list"),
            self.workshop_id,
            preview.rows(),
            snapshot.partners,
            snapshot.items_in(None, [ATTENDEE]),
        )
        if edit is None:
            self.status.setText(self.tr("Everyone on the list was already present."))
        elif self.session.apply(edit):
            ticked = sum(1 for r in preview.rows() if not r.skipped)
            self.status.setText(
                self.tr("Ticked {n} people present from the sign-in list.").format(n=ticked)
            )
