"""The home screen's commands (new, rename, duplicate, delete, partners, demo, bin) and
their dialogs. Imported the first time one is used, so start-up does not pay for them.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import edits, planning
from ..domain.records import Collaboration, Workshop
from ..domain.schedule import MeetingPlan
from ..storage import StorageError
from .form_dialog import lay_out_form
from .meeting_plan import length_edit, load_plan, save_plan, start_edit
from .partners_editor import PartnersDialog
from .session import Session
from .template_picker import TemplateChoice

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class HomeScreen(Protocol):
    """What these commands need of the home screen (``home_view.HomeView``, a QWidget
    that also parents their dialogs). Named here so the screen, which imports the
    commands on first use, is not imported back."""

    session: Session
    open_requested: SignalInstance  # (workshop id)

    def tr(self, text: str) -> str: ...
    def select(self, record_id: str) -> None: ...
    def selected_collaboration(self) -> Collaboration | None: ...
    def selected_workshop(self) -> Workshop | None: ...
    def edit_partners(self) -> None: ...


ROLE_ID = Qt.ItemDataRole.UserRole


class WorkshopDialog(QDialog):
    """Title, date, start time, place; for a new workshop its agenda template (with what
    each holds), otherwise its planned length."""

    def __init__(
        self,
        parent: QWidget | None,
        heading: str,
        title: str = "",
        when: str = "",
        place: str = "",
        with_template: bool = True,
        plan: MeetingPlan | None = None,
        agenda_minutes: int = 0,
        store=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.title = QLineEdit(title)
        self.title.setAccessibleName(self.tr("Workshop title"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setDate(QDate.fromString(when, "yyyy-MM-dd") if when else QDate.currentDate())
        self.start = start_edit(plan.start if plan else "", self.tr("Start time"))
        self.place = QLineEdit(place)
        self.place.setAccessibleName(self.tr("Place"))
        self.choice: TemplateChoice | None = None
        self.template: QComboBox | None = None
        self.length: QSpinBox | None = None
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Starts at:"), self.start)
        form.addRow(self.tr("&Place:"), self.place)
        if with_template:
            # The planned length is the template's: its blocks and total are shown.
            self.choice = TemplateChoice(lambda: self.start.time().toString("HH:mm"), store=store)
            self.template = self.choice.combo
            self.start.timeChanged.connect(self.choice.refresh)
            agenda = QLabel(self.tr("&Agenda:"))
            agenda.setBuddy(self.template)
            form.addRow(agenda, self.choice)
        else:
            self.length = length_edit(
                plan.minutes if plan else max(5, agenda_minutes),
                self.tr("Planned length in minutes"),
            )
            form.addRow(self.tr("Planned &length:"), self.length)
        lay_out_form(self, form, accept=self._accept)

    def _accept(self) -> None:
        if not self.title.text().strip():
            QMessageBox.information(self, self.windowTitle(), self.tr("Give the workshop a title."))
            self.title.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, str, str, str]:
        return (
            self.title.text().strip(),
            self.date.date().toString("yyyy-MM-dd"),
            self.place.text().strip(),
            self.template.currentData() if self.template is not None else "",
        )

    def plan(self) -> MeetingPlan:
        """The start time given and the planned length: the chosen template's, or the one
        typed."""
        minutes = (
            self.choice.chosen().total_minutes
            if self.choice is not None
            else self.length.value()
            if self.length is not None
            else 0
        )
        return MeetingPlan(minutes, self.start.time().toString("HH:mm"))


class BinDialog(QDialog):
    """Deleted workshops, which can be restored."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Deleted workshops"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Deleted workshops"))
        restore = QPushButton(self.tr("Restore"))
        restore.clicked.connect(self.restore_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Workshops you deleted. Restore puts one back.")))
        layout.addWidget(self.list)
        layout.addWidget(restore)
        layout.addWidget(close)
        self.refresh()
        self.resize(600, 400)

    def refresh(self) -> None:
        self.list.clear()
        for w in self.session.store.workshops(include_deleted=True):
            if w.deleted_at:
                item = QListWidgetItem(f"{w.title} ({w.date})")
                item.setData(ROLE_ID, w.id)
                self.list.addItem(item)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        workshop = self.session.store.get(Workshop, item.data(ROLE_ID))
        if workshop is not None:
            self.session.apply(planning.restore_workshop(workshop))
            self.refresh()


# ------------------------------------------------------------------ commands
def new_collaboration(home: HomeScreen) -> None:
    name, ok = QInputDialog.getText(
        home, home.tr("New collaboration"), home.tr("Name of the partnership:")
    )
    if ok and name.strip():
        collaboration = Collaboration(name.strip())
        if home.session.apply(edits.add(home.tr("Create collaboration"), collaboration)):
            home.select(collaboration.id)
            home.edit_partners()


def new_workshop(home: HomeScreen) -> Workshop | None:
    collaboration = home.selected_collaboration()
    if collaboration is None:
        QMessageBox.information(
            home, home.tr("New workshop"), home.tr("Create or select a collaboration first.")
        )
        return None
    dialog = WorkshopDialog(
        home,
        home.tr("New workshop for {name}").format(name=collaboration.name),
        store=home.session.store,
    )
    if home.session.store.workshops(collaboration.id) and dialog.template is not None:
        # A partnership that has met already plans its follow-up, not another first meeting.
        follow_up = dialog.template.findData("follow_up_meeting")
        if follow_up >= 0:
            dialog.template.setCurrentIndex(follow_up)
    if not dialog.exec():
        return None
    title, when, place, template_key = dialog.values()
    workshop = Workshop(collaboration.id, title, when, place)
    from ..export.template_file import find_template  # the app's and yours

    chosen = find_template(template_key)
    if home.session.apply(planning.create_workshop(workshop, chosen.make_blocks(workshop.id))):
        save_plan(home.session, workshop.id, dialog.plan())
        home.select(workshop.id)
        home.open_requested.emit(workshop.id)
        return workshop
    return None


def rename_selected(home: HomeScreen) -> None:
    workshop = home.selected_workshop()
    if workshop is not None:
        dialog = WorkshopDialog(
            home,
            home.tr("Workshop details"),
            workshop.title,
            workshop.date,
            workshop.place,
            with_template=False,
            plan=load_plan(home.session.store, workshop.id),
            agenda_minutes=_agenda_minutes(home, workshop),
        )
        if dialog.exec():
            save_plan(home.session, workshop.id, dialog.plan())
            title, when, place, _ = dialog.values()
            home.session.apply(
                edits.update(
                    home.tr("Edit workshop details"),
                    workshop,
                    title=title,
                    date=when,
                    place=place,
                )
            )
        return
    collaboration = home.selected_collaboration()
    if collaboration is not None:
        name, ok = QInputDialog.getText(
            home, home.tr("Rename collaboration"), home.tr("Name:"), text=collaboration.name
        )
        if ok and name.strip() and name.strip() != collaboration.name:
            home.session.apply(
                edits.update(home.tr("Rename collaboration"), collaboration, name=name.strip())
            )


def edit_partners(home: HomeScreen) -> None:
    collaboration = home.selected_collaboration()
    if collaboration is not None:
        PartnersDialog(home.session, collaboration.id, collaboration.name, home).exec()


def duplicate_selected(home: HomeScreen) -> None:
    workshop = home.selected_workshop()
    if workshop is None:
        return
    agenda = _agenda_minutes(home, workshop)
    # The copy's agenda is this one's: planned as long as it, from the same hour.
    start = (load_plan(home.session.store, workshop.id) or MeetingPlan(agenda)).start
    dialog = WorkshopDialog(
        home,
        home.tr("Plan the next meeting"),
        home.tr("Next meeting: {title}").format(title=workshop.title),
        date.today().isoformat(),
        workshop.place,
        with_template=False,
        plan=MeetingPlan(agenda, start) if agenda else None,
        agenda_minutes=agenda,
    )
    if not dialog.exec():
        return
    title, when, place, _ = dialog.values()
    snapshot = home.session.store.snapshot(workshop.id)
    edit = planning.duplicate_as_next_meeting(snapshot, title, when, place)
    copy = edit.forward[0].record
    if home.session.apply(edit):
        save_plan(home.session, copy.id, dialog.plan())
        home.select(copy.id)


def _agenda_minutes(home: HomeScreen, workshop: Workshop) -> int:
    return sum(b.timebox_minutes for b in home.session.store.blocks(workshop.id))


def delete_selected(home: HomeScreen) -> None:
    """Delete the selected workshop, or else the selected collaboration, once confirmed."""
    workshop = home.selected_workshop()
    collaboration = home.selected_collaboration()
    if workshop is not None:
        title = home.tr("Delete workshop")
        question = home.tr(
            "Delete “{title}”? It goes to Deleted workshops, where you can restore "
            "it; Ctrl+Z also brings it back."
        ).format(title=workshop.title)
        delete = partial(planning.delete_workshop, workshop)
    elif collaboration is not None:
        title = home.tr("Delete collaboration")
        question = home.tr(
            "Delete the collaboration “{name}” and hide all its workshops? Ctrl+Z brings it back."
        ).format(name=collaboration.name)
        delete = partial(planning.delete_collaboration, collaboration)
    else:
        return
    if QMessageBox.question(home, title, question) == QMessageBox.StandardButton.Yes:
        home.session.apply(delete())


def add_demo(home: HomeScreen) -> None:
    """Add the demo partnership (six partners, two meetings) and select it."""
    from ..exercises.demo import add_demo as add_demo_collaboration

    try:
        collaboration = add_demo_collaboration(home.session.store)
    except StorageError as e:
        home.session.error.emit(e.message)
        return
    home.select(collaboration.id)


def show_bin(home: HomeScreen) -> None:
    BinDialog(home.session, home).exec()
