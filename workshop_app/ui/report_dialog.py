"""File → Collaboration report…: the report across every meeting of a collaboration (open
actions, measures, trust over time) for a chosen audience, read on screen and saved in
any export format, as ``main.py report`` does on the command line.

The report is read from the database on the window's thread (the one owner of the
file); only turning it into a file's bytes and writing them runs in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTextBrowser,
)

from .. import export
from ..domain.visibility import Audience
from ..export.html import PREVIEW, elements_html
from ..export.report import CollaborationReport, collaboration_report
from ..export.summary import audience_label
from ..storage.store import ChangeSet
from .background import BackgroundTask, run_in_background
from .collaboration_dialog import CollaborationDialog
from .form_dialog import ask_save_path, close_button, fields_row, lay_out_column

#: The audiences a report is made for, the most open last (as the export dialog offers).
AUDIENCES = (Audience.PARTNERS, Audience.PUBLIC, Audience.INTERNAL)
FOLDER_KEY = "export.last_folder"


def write_report(report: CollaborationReport, fmt: str, path: Path, paper: str) -> Path:
    """The report's bytes in ``fmt`` written to ``path`` (runs in the background)."""
    options = {"paper": paper} if fmt == "pdf" else {}
    data = export.report_bytes(report, fmt, **options)
    return export.write_atomically(path, data, overwrite=True)


class ReportDialog(CollaborationDialog):
    """The collaboration report for an audience: read it here, save it in a format."""

    def build(self) -> None:
        self.report: CollaborationReport | None = None
        self._tasks: list[BackgroundTask] = []
        self.setWindowTitle(
            self.tr("Collaboration report — {name}").format(name=self.collaboration.name)
        )
        self.resize(900, 640)
        self.audience_choice = QComboBox()
        self.audience_choice.setAccessibleName(self.tr("Whom the report is for"))
        for audience in AUDIENCES:
            self.audience_choice.addItem(audience_label(audience), audience.value)
        self.format_choice = QComboBox()
        self.format_choice.setAccessibleName(self.tr("File format"))
        for key, fmt in export.FORMATS.items():
            self.format_choice.addItem(self.tr(fmt.name), key)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("The report as the chosen audience reads it"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        row = fields_row(
            (self.tr("&For:"), self.audience_choice, 1),
            (self.tr("F&ormat:"), self.format_choice, 1),
            self.save_button,
        )
        lay_out_column(self, row, self.preview, self.status, close_button(self), grow=self.preview)
        self.audience_choice.currentIndexChanged.connect(self.refresh)
        self.session.changed.connect(self._on_changed)
        self.refresh()

    def audience(self) -> Audience:
        return Audience(self.audience_choice.currentData())

    def fmt(self) -> str:
        return str(self.format_choice.currentData())

    def refresh(self) -> None:
        """Read the report again for the audience chosen (what changed shows at once)."""
        self.report = collaboration_report(
            self.session.store, self.collaboration.id, self.audience()
        )
        # Drawn as the panels' previews are, through the one element-to-HTML renderer.
        self.preview.setHtml(elements_html(self.report.elements, PREVIEW).html())

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables & {"items", "workshops", "blocks", "partners", "collaborations"}:
            self.refresh()

    def save(self) -> None:
        """Ask where, then write the report in the chosen format in the background."""
        if self.report is None:
            return
        fmt = self.fmt()
        name = export.suggested_name(self.collaboration, fmt, self.audience())
        path = ask_save_path(
            self,
            self.session.store,
            FOLDER_KEY,
            self.tr("Save the collaboration report"),
            name,
            f"{self.tr(export.FORMATS[fmt].name)} (*{Path(name).suffix})",
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        from .pdf_writer import paper_for_locale

        paper = self.session.store.setting("export.paper", paper_for_locale())
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._tasks = [t for t in self._tasks if not t.is_finished()]
        report, fmt = self.report, self.fmt()
        self._tasks.append(
            run_in_background(
                lambda: write_report(report, fmt, path, paper),
                self._saved,
                self._failed,
                owner=self,
            )
        )

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved {path}").format(path=path))

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved: {message}").format(message=message))
