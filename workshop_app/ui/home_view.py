"""The home screen: collaborations and their workshops."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import edits, planning
from ..domain.records import Collaboration, Workshop
from ..exercises.templates import templates
from ..storage.store import ChangeSet
from .partners_editor import PartnersDialog
from .session import Session

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_TYPE = Qt.ItemDataRole.UserRole + 1


class WorkshopDialog(QDialog):
    """Title, date, place (and template, for a new workshop)."""

    def __init__(
        self,
        parent: QWidget | None,
        heading: str,
        title: str = "",
        when: str = "",
        place: str = "",
        with_template: bool = True,
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
        self.place = QLineEdit(place)
        self.place.setAccessibleName(self.tr("Place"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Agenda template"))
        for t in templates():
            self.template.addItem(t.label, t.key)
            self.template.setItemData(
                self.template.count() - 1, t.description, Qt.ItemDataRole.ToolTipRole
            )
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Place:"), self.place)
        if with_template:
            form.addRow(self.tr("&Agenda:"), self.template)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

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
            self.template.currentData(),
        )


class HomeView(QWidget):
    """Lists collaborations and workshops; create, rename, duplicate, delete, open."""

    open_requested = Signal(str)  # workshop id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search workshops by title or place"))
        self.search.setAccessibleName(self.tr("Search workshops"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Collaborations and workshops"))
        self.tree.setHeaderLabels(
            [self.tr("Collaboration / workshop"), self.tr("Date"), self.tr("Place")]
        )
        self.tree.setColumnWidth(0, 520)
        self.tree.setColumnWidth(1, 120)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._update_buttons)

        self.buttons: dict[str, QPushButton] = {}
        specs = [
            ("new_collaboration", self.tr("New collaboration…"), self.new_collaboration),
            ("new_workshop", self.tr("New workshop…"), self.new_workshop),
            ("open", self.tr("Open workshop"), self.open_selected),
            ("rename", self.tr("Rename…"), self.rename_selected),
            ("partners", self.tr("Partners…"), self.edit_partners),
            ("duplicate", self.tr("Duplicate as next meeting…"), self.duplicate_selected),
            ("delete", self.tr("Delete…"), self.delete_selected),
            ("bin", self.tr("Deleted workshops…"), self.show_bin),
            ("demo", self.tr("Try the demo collaboration"), self.add_demo),
        ]
        column = QVBoxLayout()
        for key, text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            column.addWidget(button)
        column.addStretch(1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Details"))
        column.addWidget(self.details)

        intro = QLabel(
            self.tr(
                "<h2>Your collaborations</h2>Open a workshop to run it (Enter), or plan a new "
                "one. Everything is saved as you type, on this computer only."
            )
        )
        intro.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(intro)
        left.addWidget(self.search)
        left.addWidget(self.tree, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(column, 1)
        session.changed.connect(self._on_changed)
        self.refresh()

    # ---------------------------------------------------------------- reading
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables & {"collaborations", "workshops", "partners"}:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        store = self.session.store
        search = self.search.text().strip()
        self.tree.clear()
        workshops: dict[str, list[Workshop]] = {}
        for w in store.workshops(search=search):
            workshops.setdefault(w.collaboration_id, []).append(w)
        for c in store.collaborations():
            if search and c.id not in workshops and search.lower() not in c.name.lower():
                continue
            top = QTreeWidgetItem([c.name, "", ""])
            top.setData(0, ROLE_ID, c.id)
            top.setData(0, ROLE_TYPE, "collaboration")
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for w in workshops.get(c.id, []):
                child = QTreeWidgetItem([w.title, w.date, w.place])
                child.setData(0, ROLE_ID, w.id)
                child.setData(0, ROLE_TYPE, "workshop")
                top.addChild(child)
            top.setExpanded(True)
        if selected:
            self.select(selected[1])
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def select(self, record_id: str) -> None:
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            for item in [top] + [top.child(k) for k in range(top.childCount())]:
                if item.data(0, ROLE_ID) == record_id:
                    self.tree.setCurrentItem(item)
                    return

    def selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, ROLE_TYPE), item.data(0, ROLE_ID)

    def selected_collaboration(self) -> Collaboration | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        return self.session.store.get(Collaboration, item.data(0, ROLE_ID))

    def selected_workshop(self) -> Workshop | None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "workshop":
            return None
        return self.session.store.get(Workshop, chosen[1])

    def _update_buttons(self, *args: object) -> None:
        has_collaboration = self.selected_collaboration() is not None
        workshop = self.selected_workshop()
        for key in ("new_workshop", "partners", "rename", "delete"):
            self.buttons[key].setEnabled(has_collaboration)
        for key in ("open", "duplicate"):
            self.buttons[key].setEnabled(workshop is not None)
        # Offered on an empty database only: a first look at a realistic meeting.
        self.buttons["demo"].setVisible(not self.session.store.collaborations())
        collaboration = self.selected_collaboration()
        if collaboration is None:
            self.details.setText(
                self.tr(
                    "No collaboration yet: start with New collaboration, or try the demo "
                    "collaboration to see a meeting in progress."
                )
            )
            return
        partners = self.session.store.partners(collaboration.id)
        names = ", ".join(p.organisation for p in partners) or self.tr("none yet")
        text = self.tr("<b>{name}</b><br>Partners: {names}").format(
            name=escape(collaboration.name), names=escape(names)
        )
        if workshop is not None:
            count = self.session.store.count_items(workshop.id)
            text += self.tr("<br><br><b>{title}</b><br>{count} captured items").format(
                title=escape(workshop.title), count=count
            )
        self.details.setText(text)

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        if item.data(0, ROLE_TYPE) == "workshop":
            self.open_requested.emit(item.data(0, ROLE_ID))

    # ---------------------------------------------------------------- actions
    def open_selected(self) -> None:
        workshop = self.selected_workshop()
        if workshop is not None:
            self.open_requested.emit(workshop.id)

    def new_collaboration(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New collaboration"), self.tr("Name of the partnership:")
        )
        if ok and name.strip():
            collaboration = Collaboration(name.strip())
            if self.session.apply(edits.add(self.tr("Create collaboration"), collaboration)):
                self.select(collaboration.id)
                PartnersDialog(self.session, collaboration.id, collaboration.name, self).exec()

    def new_workshop(self) -> Workshop | None:
        collaboration = self.selected_collaboration()
        if collaboration is None:
            QMessageBox.information(
                self, self.tr("New workshop"), self.tr("Create or select a collaboration first.")
            )
            return None
        dialog = WorkshopDialog(
            self, self.tr("New workshop for {name}").format(name=collaboration.name)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        title, when, place, template_key = dialog.values()
        workshop = Workshop(collaboration.id, title, when, place)
        chosen = next(t for t in templates() if t.key == template_key)
        if self.session.apply(planning.create_workshop(workshop, chosen.make_blocks(workshop.id))):
            self.select(workshop.id)
            self.open_requested.emit(workshop.id)
            return workshop
        return None

    def rename_selected(self) -> None:
        workshop = self.selected_workshop()
        if workshop is not None:
            dialog = WorkshopDialog(
                self,
                self.tr("Workshop details"),
                workshop.title,
                workshop.date,
                workshop.place,
                with_template=False,
            )
            if dialog.exec() == QDialog.DialogCode.Accepted:
                title, when, place, _ = dialog.values()
                self.session.apply(
                    edits.update(
                        self.tr("Edit workshop details"),
                        workshop,
                        title=title,
                        date=when,
                        place=place,
                    )
                )
            return
        collaboration = self.selected_collaboration()
        if collaboration is not None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename collaboration"), self.tr("Name:"), text=collaboration.name
            )
            if ok and name.strip() and name.strip() != collaboration.name:
                self.session.apply(
                    edits.update(self.tr("Rename collaboration"), collaboration, name=name.strip())
                )

    def edit_partners(self) -> None:
        collaboration = self.selected_collaboration()
        if collaboration is not None:
            PartnersDialog(self.session, collaboration.id, collaboration.name, self).exec()

    def duplicate_selected(self) -> None:
        workshop = self.selected_workshop()
        if workshop is None:
            return
        dialog = WorkshopDialog(
            self,
            self.tr("Plan the next meeting"),
            self.tr("Next meeting: {title}").format(title=workshop.title),
            date.today().isoformat(),
            workshop.place,
            with_template=False,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title, when, place, _ = dialog.values()
        snapshot = self.session.store.snapshot(workshop.id)
        edit = planning.duplicate_as_next_meeting(snapshot, title, when, place)
        copy = edit.forward[0].record
        if self.session.apply(edit):
            self.select(copy.id)

    def delete_selected(self) -> None:
        workshop = self.selected_workshop()
        if workshop is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Delete workshop"),
                self.tr(
                    "Delete “{title}”? It goes to Deleted workshops, where you can restore "
                    "it; Ctrl+Z also brings it back."
                ).format(title=workshop.title),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.session.apply(planning.delete_workshop(workshop))
            return
        collaboration = self.selected_collaboration()
        if collaboration is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Delete collaboration"),
                self.tr(
                    "Delete the collaboration “{name}” and hide all its workshops? "
                    "Ctrl+Z brings it back."
                ).format(name=collaboration.name),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.session.apply(planning.delete_collaboration(collaboration))

    def add_demo(self) -> None:
        """Add the demo partnership (six partners, two meetings) and select it."""
        from ..demo import add_demo
        from ..storage import StorageError

        try:
            collaboration = add_demo(self.session.store)
        except StorageError as e:
            self.session.error.emit(e.message)
            return
        self.select(collaboration.id)

    def show_bin(self) -> None:
        BinDialog(self.session, self).exec()


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
