"""The export dialog: choose an audience and a format, see a preview, export or print.

The audience-filtered view is read on the UI thread (a few quick queries);
rendering (charts, PDF, Word) and writing run in the background
(:func:`~workshop_app.ui.background.run_in_background`) and touch no database.
Files are written through a temporary file and a rename, so a failed or
interrupted export never leaves a half-written file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import export
from ..domain.visibility import Audience, AudienceView
from ..export.summary import audience_label, audience_statement
from .background import BackgroundTask, run_in_background
from .key_help import PRINT_SUMMARY
from .session import Session

LAST_FOLDER_KEY = "export.last_folder"
LAST_FORMAT_KEY = "export.last_format"
LAST_AUDIENCE_KEY = "export.last_audience"
#: The paper chosen in the dialog; until one is, the paper of the facilitator's locale.
PAPER_KEY = "export.paper"
AUDIENCES = (Audience.PARTNERS, Audience.PUBLIC, Audience.INTERNAL)


def export_file(view: AudienceView, fmt: str, path: Path, overwrite: bool, paper: str) -> Path:
    """Render ``view`` in ``fmt`` and write it to ``path`` (runs in the background)."""
    options = {"paper": paper} if fmt == "pdf" else {}
    data = export.render_workshop(view, fmt, **options)
    export.write_atomically(path, data, overwrite=overwrite)
    return path


def print_view(view: AudienceView, printer: object) -> int:
    """Paint the summary on a configured QPrinter (runs in the background); the page count."""
    from ..export.summary import build_summary
    from .pdf_writer import paint

    return paint(build_summary(view), printer, f"{view.workshop.title} – {view.collaboration.name}")


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


class ExportDialog(QDialog):
    """Export (or print) one workshop's summary for a chosen audience."""

    exported = Signal(str)  # the path written

    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id = workshop_id
        self._tasks: list[BackgroundTask] = []
        store = session.store
        self.setWindowTitle(self.tr("Export workshop summary"))
        self.setMinimumSize(900, 640)

        # audience
        self.audience_group = QButtonGroup(self)
        audience_box = QGroupBox(self.tr("Who is it for?"))
        audience_layout = QVBoxLayout(audience_box)
        self.audience_buttons: dict[Audience, QRadioButton] = {}
        for n, audience in enumerate(AUDIENCES):
            button = QRadioButton(audience_label(audience))
            button.setAccessibleName(
                self.tr("Audience: {name}").format(name=audience_label(audience))
            )
            self.audience_group.addButton(button, n)
            self.audience_buttons[audience] = button
            audience_layout.addWidget(button)
        self.audience_text = QLabel()
        self.audience_text.setWordWrap(True)
        self.audience_text.setAccessibleName(self.tr("What this audience will contain"))
        self.audience_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        audience_layout.addWidget(self.audience_text)

        # format and file
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        for key, fmt in export.FORMATS.items():
            label = self.tr("CSV tables (.zip)") if key == "csv" else self.tr(fmt.name)
            self.format_combo.addItem(label, key)
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.paper_combo.setToolTip(self.tr("Paper of the PDF and of printing"))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Save as"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path_edit)

        left = QVBoxLayout()
        left.addWidget(audience_box)
        left.addLayout(form)
        left.addWidget(save_label)
        left.addLayout(path_row)
        left.addStretch(1)

        # preview
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        preview_box = QGroupBox(self.tr("Preview (text; charts appear in HTML, PDF and Word)"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        top = QHBoxLayout()
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setMaximumWidth(460)
        top.addWidget(left_widget)
        top.addWidget(preview_box, 1)

        # status and buttons
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setAccessibleName(self.tr("Exporting"))
        self.progress.hide()
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence(PRINT_SUMMARY.keys))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)

        # initial state: what was used last time
        audience = store.setting(LAST_AUDIENCE_KEY, Audience.PARTNERS.value)
        self.audience_buttons.get(
            Audience(audience) if audience in Audience._value2member_map_ else Audience.PARTNERS,
            self.audience_buttons[Audience.PARTNERS],
        ).setChecked(True)
        fmt = store.setting(LAST_FORMAT_KEY, "pdf")
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        from .pdf_writer import paper_for_locale

        paper = store.setting(PAPER_KEY) or paper_for_locale()
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))

        self.audience_group.idToggled.connect(self._audience_toggled)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.paper_combo.currentIndexChanged.connect(
            lambda: store.set_setting(PAPER_KEY, self.paper())
        )
        self.browse_button.clicked.connect(self.choose_file)
        self.export_button.clicked.connect(self.start_export)
        self.print_button.clicked.connect(self.print_summary)
        self.close_button.clicked.connect(self.reject)
        self.refresh()

    # ------------------------------------------------------------------ state
    def audience(self) -> Audience:
        return AUDIENCES[max(0, self.audience_group.checkedId())]

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def paper(self) -> str:
        """The paper chosen: "a4" or "letter"."""
        return self.paper_combo.currentData()

    def view(self) -> AudienceView:
        return export.workshop_view(self.session.store, self.workshop_id, self.audience())

    def folder(self) -> Path:
        return save_folder(self.session.store)

    def _audience_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.refresh()

    def _format_changed(self) -> None:
        self.paper_combo.setEnabled(self.fmt() == "pdf")
        self._suggest_path()

    def refresh(self) -> None:
        """Update the audience description, counts, preview and suggested file name."""
        from ..export.markdown import render
        from ..export.summary import build_summary

        audience = self.audience()
        view = self.view()
        counts = self.tr("{shown} captured items included; {hidden} left out.").format(
            shown=len(view.items), hidden=view.withheld_count
        )
        self.audience_text.setText(f"{audience_statement(audience)}\n\n{counts}")
        self.preview.setMarkdown(render(build_summary(view)))
        self.paper_combo.setEnabled(self.fmt() == "pdf")
        self._suggest_path()

    def _suggest_path(self) -> None:
        name = export.suggested_name(self.view().workshop, self.fmt(), self.audience())
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else self.folder()
        self.path_edit.setText(str(folder / name))

    def choose_file(self) -> None:
        suffix = ".zip" if self.fmt() == "csv" else export.FORMATS[self.fmt()].suffix
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export summary as"),
            self.path_edit.text(),
            self.tr("{name} (*{suffix})").format(
                name=self.format_combo.currentText(), suffix=suffix
            ),
        )
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.path_edit.setText(path)

    # ----------------------------------------------------------------- export
    def start_export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to save the file first."))
            return
        chosen = destination(self, text)
        if chosen is None:
            self.status.setText(self.tr("Not exported: the existing file was kept."))
            return
        path, overwrite = chosen
        store = self.session.store
        store.set_setting(LAST_FOLDER_KEY, str(path.parent))
        store.set_setting(LAST_FORMAT_KEY, self.fmt())
        store.set_setting(LAST_AUDIENCE_KEY, self.audience().value)
        self._run(
            partial(
                export_file,
                self.view(),
                self.fmt(),
                path,
                overwrite,
                self.paper(),
            ),
            self._export_finished,
            self.tr("Exporting for {audience}…").format(audience=audience_label(self.audience())),
        )

    def _run(self, work: Callable[[], object], done: Callable, message: str) -> None:
        self.export_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.progress.show()
        self.status.setText(message)
        self._tasks = [t for t in self._tasks if not t.is_finished()]
        self._tasks.append(run_in_background(work, done, self._failed, owner=self))

    def _done(self) -> None:
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.progress.hide()

    def _export_finished(self, path: Path) -> None:
        self._done()
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self.exported.emit(str(path))

    def _failed(self, message: str) -> None:
        self._done()
        self.status.setText(self.tr("Not exported: {message}").format(message=message))

    # ------------------------------------------------------------------ print
    def print_summary(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .pdf_writer import page_size

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.view().workshop.title)
        printer.setPageSize(page_size(self.paper()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(
            self.tr("Print summary for {audience}").format(audience=audience_label(self.audience()))
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(
            partial(print_view, self.view(), printer), self._print_finished, self.tr("Printing…")
        )

    def _print_finished(self, pages: int) -> None:
        self._done()
        self.status.setText(self.tr("Sent {pages} pages to the printer.").format(pages=pages))

    def wait_for_jobs(self, msecs: int = 60000) -> bool:
        """Wait for running exports and printouts (used when closing)."""
        return all(task.wait(msecs) for task in self._tasks)

    def done(self, result: int) -> None:
        self.wait_for_jobs()
        super().done(result)
