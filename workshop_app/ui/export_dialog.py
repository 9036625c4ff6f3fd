"""The export dialog: choose an audience and a format, see a preview, export or print.

The audience-filtered view is read on the UI thread (a few quick queries);
rendering (charts, PDF, Word) and writing run in the background
(:func:`~workshop_app.ui.background.run_in_background`) and touch no database.
Files are written through a temporary file and a rename, so a failed or
interrupted export never leaves a half-written file.
"""

from __future__ import annotations

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
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import export
from ..domain.visibility import Audience, AudienceView
from ..export.summary import audience_label, audience_statement
from .file_writing import FileWritingDialog
from .key_help import PRINT_SUMMARY
from .session import Session

LAST_FORMAT_KEY = "export.last_format"
LAST_AUDIENCE_KEY = "export.last_audience"
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


class ExportDialog(FileWritingDialog):
    """Export (or print) one workshop's summary for a chosen audience."""

    exported = Signal(str)  # the path written

    def __init__(self, session: Session, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.workshop_id = workshop_id
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
        self.make_paper_choice().setToolTip(self.tr("Paper of the PDF and of printing"))
        path_row = self.make_path_row()
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Paper:"), self.paper_combo)

        left = QVBoxLayout()
        left.addWidget(audience_box)
        left.addLayout(form)
        left.addWidget(self.path_label)
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
        self.make_status(
            self.tr("Export status"),
            self.tr("Exporting"),
            self.tr("Not exported: the existing file was kept."),
        )
        self.export_button = QPushButton(self.tr("&Export"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence(PRINT_SUMMARY.keys))
        buttons = self.make_buttons(self.export_button, self.print_button)

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

        self.audience_group.idToggled.connect(self._audience_toggled)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.browse_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.print_summary)
        self.refresh()

    # ------------------------------------------------------------------ state
    def audience(self) -> Audience:
        return AUDIENCES[max(0, self.audience_group.checkedId())]

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def view(self) -> AudienceView:
        return export.workshop_view(self.session.store, self.workshop_id, self.audience())

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
    def write(self, path: Path, overwrite: bool) -> None:
        store = self.session.store
        store.set_setting(LAST_FORMAT_KEY, self.fmt())
        store.set_setting(LAST_AUDIENCE_KEY, self.audience().value)
        self.write_in_background(
            partial(export_file, self.view(), self.fmt(), path, overwrite, self.paper()),
            self._export_finished,
            self._failed,
            self.tr("Exporting for {audience}…").format(audience=audience_label(self.audience())),
        )

    def _export_finished(self, path: Path) -> None:
        self.finished(self.tr("Saved {path}").format(path=path))
        self.exported.emit(str(path))

    def _failed(self, message: str) -> None:
        self.finished(self.tr("Not exported: {message}").format(message=message))

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
        self.write_in_background(
            partial(print_view, self.view(), printer),
            self._print_finished,
            self._failed,
            self.tr("Printing…"),
        )

    def _print_finished(self, pages: int) -> None:
        self.finished(self.tr("Sent {pages} pages to the printer.").format(pages=pages))
