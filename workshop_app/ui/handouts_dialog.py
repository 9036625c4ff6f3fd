"""File → Handouts for the tables…: one PDF with the paper a meeting needs (the agenda,
a sign-in sheet, ballots, dot votes, idea cards, the join card).

What the sheets say is read on the UI thread (a few quick queries, as the room may see
the meeting); laying them out and writing the file run in the background
(:func:`~workshop_app.ui.background.run_in_background`), through a temporary file.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import export
from ..domain.records import Workshop
from .file_writing import FileWritingDialog
from .form_dialog import note
from .session import Session


class HandoutsDialog(FileWritingDialog):
    """Choose the paper and the file; write the handouts of one workshop."""

    written = Signal(str)  # the path written

    def __init__(
        self, session: Session, workshop_id: str, opener=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.workshop_id = workshop_id
        self.opener = opener  # the window's room, for its address and code when open
        store = session.store
        self.setWindowTitle(self.tr("Handouts for the tables"))
        self.setMinimumWidth(620)

        about = note(
            self.tr(
                "One PDF to print for the room: the agenda with its times, a sign-in sheet "
                "with the partners' people, a ballot or dot-vote sheet for each vote, idea "
                "cards for each block that gathers ideas, and the join card when phones can "
                "take part. Only what the room may see is printed."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.make_paper_choice())
        path_row = self.make_path_row()
        form.addRow(self.path_label, path_row)

        self.make_status(
            self.tr("Handouts status"),
            self.tr("Writing the handouts"),
            self.tr("Not written: the existing file was kept."),
        )
        self.write_button = QPushButton(self.tr("&Write PDF"))
        buttons = self.make_buttons(self.write_button)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

        workshop = store.get(Workshop, workshop_id)
        stem = self.tr("{date} {title} handouts").format(
            date=workshop.date if workshop else "", title=workshop.title if workshop else ""
        )
        self.path_edit.setText(str(self.folder() / export.safe_filename(stem.strip(), ".pdf")))
        self.browse_button.clicked.connect(self.choose_file)
        self.path_edit.setFocus()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save handouts as"), self.path_edit.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def write(self, path: Path, overwrite: bool) -> None:
        from ..export.handouts import handouts_for
        from .handouts_pdf import join_address, write_handouts

        store = self.session.store
        handouts = handouts_for(
            store, self.workshop_id, join_address(store, self.opener, self.workshop_id)
        )
        self.write_in_background(
            partial(write_handouts, handouts, path, self.paper(), overwrite),
            self._written,
            self._failed,
            self.tr("Writing the handouts…"),
        )

    def _written(self, path: Path) -> None:
        self.finished(self.tr("Saved {path}").format(path=path))
        self.written.emit(str(path))

    def _failed(self, message: str) -> None:
        self.finished(self.tr("Not written: {message}").format(message=message))
