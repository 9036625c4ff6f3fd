"""File → Import a workshop… (Ctrl+I): what a workshop file would bring, before anything
is written, then the import itself, as ``main.py import FILE`` does on the command line.

The file is read and checked in the background (:func:`read_workshop_file`: up to 50 MB
of JSON against the schema); what it would do to this database is worked out on the
window's thread, the one owner of the database (:func:`plan_import`, which writes
nothing). Import writes what the preview said, or nothing if the database changed
meanwhile (:func:`apply_import`). A file the importer refuses shows its one sentence,
and nothing can be imported.

An import is not on the undo history (it is written with the ids of the file, and a
record removed by Ctrl+Z would be remembered as deleted, so importing the file again
would not bring it back); the dialog says how to take a new workshop back instead.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.visibility import Audience
from ..errors import UserFacingError
from ..export.json_checks import ImportRefused
from ..export.json_import import (
    ImportChange,
    ImportPlan,
    ImportPreview,
    apply_import,
    plan_import,
    read_workshop_file,
)
from ..export.summary import audience_label
from .background import BackgroundTask, run_in_background
from .form_dialog import ask_open_path
from .locale_text import date_text
from .session import Session

FOLDER_KEY = "import.last_folder"


def ask_import_path(parent: QWidget, session: Session) -> str | None:
    """Ask which workshop file to import (starting in the folder used last time)."""
    return ask_open_path(
        parent,
        session.store,
        FOLDER_KEY,
        parent.tr("Import a workshop"),
        parent.tr("Workshop files (*.json);;All files (*)"),
    )


def _plain_label(description: str) -> QLabel:
    """A label that shows its text as it is: a file's titles are never read as markup.

    Its text is what a screen reader says (an accessible name would replace it), and
    ``description`` what the text is about."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleDescription(description)
    return label


class ImportDialog(QDialog):
    """The preview of one workshop file, and Import (default) or Cancel."""

    #: The workshop imported: its id, whether to open it now, and what was done.
    imported = Signal(str, bool, str)

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import a workshop"))
        self.setMinimumWidth(620)

        self.headline = _plain_label(self.tr("What importing this file does"))
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.file_line = _plain_label(self.tr("The file"))
        self.file_line.setText(str(self.path))

        self.workshop_line = _plain_label(self.tr("The workshop"))
        self.collaboration_line = _plain_label(self.tr("The collaboration it goes into"))
        self.partners_line = _plain_label(self.tr("Partners"))
        self.items_line = _plain_label(self.tr("Items"))
        self.audience_line = _plain_label(self.tr("Whom the file was made for"))
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        for caption, line in (
            (self.tr("Workshop:"), self.workshop_line),
            (self.tr("Into:"), self.collaboration_line),
            (self.tr("Partners:"), self.partners_line),
            (self.tr("Items:"), self.items_line),
            (self.tr("Made for:"), self.audience_line),
        ):
            form.addRow(caption, line)
        self.details.hide()

        # A refusal, or why Import did not go through: one plain sentence.
        self.problem = _plain_label(self.tr("Problem"))
        self.problem.setObjectName("ImportProblem")
        self.problem.hide()
        self.undo_note = _plain_label(self.tr("How to take the import back"))
        self.undo_note.hide()
        self.open_now = QCheckBox(self.tr("&Open the workshop once imported"))
        self.open_now.setAccessibleName(self.tr("Open the workshop once imported"))
        self.open_now.setChecked(True)
        self.open_now.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the workshop"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.import_now)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.file_line)
        layout.addWidget(self.details)
        layout.addWidget(self.problem)
        layout.addWidget(self.undo_note)
        layout.addWidget(self.open_now)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.headline.setText(self.tr("Reading {name}…").format(name=self.path.name))
        self.cancel_button.setFocus()
        self._task: BackgroundTask = run_in_background(
            partial(read_workshop_file, self.path), self._read, self._refuse, owner=self
        )

    # ------------------------------------------------------------ reading
    def _read(self, document: dict) -> None:
        """The file is sound JSON of a workshop: work out what it would do here."""
        try:
            self.plan = plan_import(self.session.store, document)
        except UserFacingError as e:  # refused against this database, or a storage error
            self._refuse(e.message)
            return
        self._show(self.plan.preview)

    def _refuse(self, message: str) -> None:
        self.plan = None
        self.headline.setText(self.tr("This file cannot be imported"))
        self.details.hide()
        self.undo_note.hide()
        self.open_now.hide()
        self.problem.setText(message)
        self.problem.show()
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()

    def _show(self, preview: ImportPreview) -> None:
        self.headline.setText(
            {
                ImportChange.NEW: self.tr("A new workshop"),
                ImportChange.UPDATE: self.tr("An update of a workshop already here"),
                ImportChange.ALREADY_THERE: self.tr("Already here, as the file has it"),
            }[preview.change]
        )
        when = ", ".join(
            part
            for part in (date_text(preview.date) if preview.date else "", preview.place)
            if part
        )
        self.workshop_line.setText(
            self.tr("“{title}” ({when})").format(title=preview.title, when=when)
            if when
            else self.tr("“{title}”").format(title=preview.title)
        )
        self.collaboration_line.setText(
            self.tr("A new collaboration, “{name}”, made by this import").format(
                name=preview.collaboration
            )
            if preview.new_collaboration
            else self.tr("“{name}”, already here").format(name=preview.collaboration)
        )
        self.partners_line.setText(self._partners_text(preview))
        self.items_line.setText(self._items_text(preview))
        self.audience_line.setText(self._audience_text(preview))
        self.details.show()
        self.problem.hide()
        nothing_to_do = preview.change is ImportChange.ALREADY_THERE
        self.undo_note.setText(
            self.tr(
                "Ctrl+Z does not take an import back. To remove the workshop, select it on "
                "the home screen and press Delete: it goes to Deleted workshops, from where "
                "it can be restored."
            )
            if preview.change is ImportChange.NEW
            else self.tr(
                "Ctrl+Z does not take an import back: what is newer in the file replaces "
                "the older copy here. Nothing here is removed."
            )
        )
        self.undo_note.setVisible(not nothing_to_do)
        self.open_now.setVisible(not nothing_to_do)
        self.import_button.setEnabled(not nothing_to_do)
        if nothing_to_do:
            self.cancel_button.setText(self.tr("Close"))
            self.cancel_button.setDefault(True)
            self.cancel_button.setFocus()
        else:
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def _partners_text(self, preview: ImportPreview) -> str:
        if not preview.partners_matched and not preview.partners_added:
            return self.tr("None in the file")
        parts = []
        if preview.partners_matched:
            parts.append(
                self.tr("%n matched with partners already here", "", preview.partners_matched)
            )
        if preview.partners_added:
            parts.append(self.tr("%n added", "", preview.partners_added))
        return "; ".join(parts)

    def _items_text(self, preview: ImportPreview) -> str:
        parts = [self.tr("%n in the file", "", preview.items)]
        if preview.change is ImportChange.UPDATE:
            parts.append(self.tr("%n new here", "", preview.items_added))
            parts.append(
                self.tr("%n newer in the file, replacing the copy here", "", preview.items_changed)
            )
        elif preview.change is ImportChange.ALREADY_THERE and preview.items:
            parts.append(self.tr("all here already"))
        if preview.items_skipped:
            parts.append(
                self.tr("%n deleted here since, not brought back", "", preview.items_skipped)
            )
        if preview.items_only_here:
            parts.append(
                self.tr("%n here but not in the file, which stay", "", preview.items_only_here)
            )
        return "; ".join(parts)

    def _audience_text(self, preview: ImportPreview) -> str:
        audience = Audience(preview.audience)
        if audience is Audience.INTERNAL:
            return self.tr("{audience}: the file holds the whole workshop").format(
                audience=audience_label(audience)
            )
        text = self.tr(
            "{audience}: %n item(s) withheld from that audience are not in the file, and "
            "roster details not meant for it are blank",
            "",
            preview.items_withheld,
        ).format(audience=audience_label(audience))
        if preview.change is ImportChange.UPDATE:
            text += " " + self.tr("(so it only adds what is missing here; it changes nothing here)")
        return text

    # ------------------------------------------------------------ importing
    def import_now(self) -> None:
        """Write what the preview says, then close; a problem keeps the dialog open."""
        plan = self.plan
        if plan is None or plan.preview.change is ImportChange.ALREADY_THERE:
            return
        try:
            result = apply_import(self.session.store, plan)
        except ImportRefused as e:
            # The database changed meanwhile (or now refuses the file): show it as it is now.
            self._read(plan.document)
            if self.plan is not None:
                self.problem.setText(e.message)
                self.problem.show()
            return
        except UserFacingError as e:  # disk full, read-only, locked: nothing was written
            self.problem.setText(e.message)
            self.problem.show()
            return
        message = self.tr("Imported “{title}” into “{collaboration}”.").format(
            title=result.workshop, collaboration=result.collaboration
        )
        self.imported.emit(result.workshop_id, self.open_now.isChecked(), message)
        self.accept()

    def reject(self) -> None:
        self._task.cancel()  # a file still being read is not needed any more
        super().reject()
