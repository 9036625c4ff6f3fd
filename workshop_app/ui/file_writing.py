"""What the dialogs that write one file in the background share (the summary export, the
handouts): where the file goes and on which paper, a status line and a busy bar, the
writing on a background task, and waiting for it when the dialog closes.

The words are each dialog's own (passed in, translated in its context); this module
only arranges the widgets and runs the work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from .background import BackgroundTask, run_in_background
from .session import Session

LAST_FOLDER_KEY = "export.last_folder"
#: The paper chosen in the dialog; until one is, the paper of the facilitator's locale.
PAPER_KEY = "export.paper"


def save_folder(store) -> Path:
    """Where a file is saved unless the facilitator says otherwise: the folder used last
    (exports and handouts share it), else Documents, else the home folder."""
    saved = store.setting(LAST_FOLDER_KEY)
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def destination(parent: QWidget, text: str) -> tuple[Path, bool] | None:
    """The file ``text`` names and whether it may be replaced: a file already there is
    replaced only when the facilitator says so (None: they kept it)."""
    path = Path(text).expanduser()
    if not path.exists():
        return path, False
    answer = QMessageBox.question(
        parent,
        parent.tr("Replace the file?"),
        parent.tr("{name} already exists in {folder}. Replace it?").format(
            name=path.name, folder=path.parent
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return (path, True) if answer == QMessageBox.StandardButton.Yes else None


class FileWritingDialog(QDialog):
    """Base of a dialog that writes one file in the background.

    The dialog makes its widgets with :meth:`make_paper_choice`, :meth:`make_path_row`,
    :meth:`make_status` and :meth:`make_buttons`, whose writing button runs :meth:`start`:
    that checks the file and calls the dialog's :meth:`write`, which runs
    :meth:`write_in_background` and says how it went with :meth:`finished`. What every
    such dialog says the same way (the paper, the file, Close) is worded here once.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._tasks: list[BackgroundTask] = []
        self.busy_buttons: list[QPushButton] = []

    def make_paper_choice(self) -> QComboBox:
        """``paper_combo``: the paper to print on, as chosen last time or else the
        locale's, remembered when changed."""
        from .pdf_writer import paper_for_locale

        store = self.session.store
        combo = self.paper_combo = QComboBox()
        combo.setAccessibleName(self.tr("Paper size"))
        combo.addItem(self.tr("A4"), "a4")
        combo.addItem(self.tr("US Letter"), "letter")
        paper = store.setting(PAPER_KEY) or paper_for_locale()
        combo.setCurrentIndex(max(0, combo.findData(paper)))
        combo.currentIndexChanged.connect(lambda: store.set_setting(PAPER_KEY, combo.currentData()))
        return combo

    def make_path_row(self) -> QHBoxLayout:
        """``path_edit`` taking the width, then ``browse_button``; ``path_label`` is its
        caption, whose &-mnemonic goes to ``path_edit``."""
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Save as"))
        self.path_label = QLabel(self.tr("&Save as:"))
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        return row

    def make_status(self, status_name: str, busy_name: str, kept: str) -> None:
        """``status``, the line saying how the writing goes, and ``progress``, the busy
        bar shown while it runs. The line asks for a file when none is named, and says
        ``kept`` when the facilitator keeps a file already there."""
        self._no_file = self.tr("Choose where to save the file first.")
        self._kept = kept
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(status_name)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setAccessibleName(busy_name)
        self.progress.hide()

    def make_buttons(self, write: QPushButton, *others: QPushButton) -> QHBoxLayout:
        """The row under the form: ``status`` taking the width, ``progress``, ``others``,
        then ``write``, the default button, which runs :meth:`start` (none of them can be
        pressed while the file is written: ``busy_buttons``), and ``close_button``
        closing the dialog. Call :meth:`make_status` first."""
        write.setDefault(True)
        write.clicked.connect(self.start)
        self.busy_buttons = [write, *others]
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        for button in (*others, write, self.close_button):
            row.addWidget(button)
        return row

    def paper(self) -> str:
        """The paper chosen: "a4" or "letter"."""
        return self.paper_combo.currentData()

    def folder(self) -> Path:
        return save_folder(self.session.store)

    def start(self) -> None:
        """Write the file the path box names, once it may be written (a file already
        there is replaced only when the facilitator says so); its folder is remembered."""
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self._no_file)
            return
        chosen = destination(self, text)
        if chosen is None:
            self.status.setText(self._kept)
            return
        path, overwrite = chosen
        self.session.store.set_setting(LAST_FOLDER_KEY, str(path.parent))
        self.write(path, overwrite)

    def write(self, path: Path, overwrite: bool) -> None:
        """Write the file at ``path`` (replacing one there when ``overwrite``): each
        dialog's own, through :meth:`write_in_background`."""
        raise NotImplementedError

    def write_in_background(
        self,
        work: Callable[[], object],
        done: Callable,
        failed: Callable[[str], None],
        message: str,
    ) -> None:
        """Run ``work`` on a background task, saying ``message`` and busy meanwhile;
        ``done`` gets its result, ``failed`` the message of a known error."""
        for button in self.busy_buttons:
            button.setEnabled(False)
        self.progress.show()
        self.status.setText(message)
        self._tasks = [t for t in self._tasks if not t.is_finished()]
        self._tasks.append(run_in_background(work, done, failed, owner=self))

    def finished(self, message: str) -> None:
        """The writing is over: say ``message`` and offer the buttons again."""
        for button in self.busy_buttons:
            button.setEnabled(True)
        self.progress.hide()
        self.status.setText(message)

    def wait_for_jobs(self, msecs: int = 60000) -> bool:
        """Wait for the file being written (used when closing)."""
        return all(task.wait(msecs) for task in self._tasks)

    def done(self, result: int) -> None:
        self.wait_for_jobs()
        super().done(result)
