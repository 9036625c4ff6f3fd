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
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import export
from ..domain.records import Workshop
from .background import BackgroundTask, run_in_background
from .export_dialog import LAST_FOLDER_KEY, PAPER_KEY, destination, save_folder
from .session import Session


class HandoutsDialog(QDialog):
    """Choose the paper and the file; write the handouts of one workshop."""

    written = Signal(str)  # the path written

    def __init__(
        self, session: Session, workshop_id: str, opener=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self.opener = opener  # the window's room, for its address and code when open
        self._tasks: list[BackgroundTask] = []
        store = session.store
        self.setWindowTitle(self.tr("Handouts for the tables"))
        self.setMinimumWidth(620)

        about = QLabel(
            self.tr(
                "One PDF to print for the room: the agenda with its times, a sign-in sheet "
                "with the partners' people, a ballot or dot-vote sheet for each vote, idea "
                "cards for each block that gathers ideas, and the join card when phones can "
                "take part. Only what the room may see is printed."
            )
        )
        about.setWordWrap(True)
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Save as"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path_edit)
        form.addRow(save_label, path_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Handouts status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setAccessibleName(self.tr("Writing the handouts"))
        self.progress.hide()
        self.write_button = QPushButton(self.tr("&Write PDF"))
        self.write_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

        from .pdf_writer import paper_for_locale

        paper = store.setting(PAPER_KEY) or paper_for_locale()
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))
        workshop = store.get(Workshop, workshop_id)
        stem = self.tr("{date} {title} handouts").format(
            date=workshop.date if workshop else "", title=workshop.title if workshop else ""
        )
        self.path_edit.setText(str(self.folder() / export.safe_filename(stem.strip(), ".pdf")))
        self.paper_combo.currentIndexChanged.connect(
            lambda: store.set_setting(PAPER_KEY, self.paper())
        )
        self.browse_button.clicked.connect(self.choose_file)
        self.write_button.clicked.connect(self.start_writing)
        self.close_button.clicked.connect(self.reject)
        self.path_edit.setFocus()

    def paper(self) -> str:
        """The paper chosen: "a4" or "letter"."""
        return self.paper_combo.currentData()

    def folder(self) -> Path:
        return save_folder(self.session.store)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save handouts as"), self.path_edit.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def start_writing(self) -> None:
        from ..export.handouts import handouts_for
        from .handouts_pdf import join_address, write_handouts

        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to save the file first."))
            return
        chosen = destination(self, text)
        if chosen is None:
            self.status.setText(self.tr("Not written: the existing file was kept."))
            return
        path, overwrite = chosen
        store = self.session.store
        store.set_setting(LAST_FOLDER_KEY, str(path.parent))
        handouts = handouts_for(
            store, self.workshop_id, join_address(store, self.opener, self.workshop_id)
        )
        self.write_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Writing the handouts…"))
        self._tasks = [t for t in self._tasks if not t.is_finished()]
        self._tasks.append(
            run_in_background(
                partial(write_handouts, handouts, path, self.paper(), overwrite),
                self._written,
                self._failed,
                owner=self,
            )
        )

    def _idle(self) -> None:
        self.write_button.setEnabled(True)
        self.progress.hide()

    def _written(self, path: Path) -> None:
        self._idle()
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self.written.emit(str(path))

    def _failed(self, message: str) -> None:
        self._idle()
        self.status.setText(self.tr("Not written: {message}").format(message=message))

    def wait_for_jobs(self, msecs: int = 60000) -> bool:
        """Wait for the file being written (used when closing)."""
        return all(task.wait(msecs) for task in self._tasks)

    def done(self, result: int) -> None:
        self.wait_for_jobs()
        super().done(result)
