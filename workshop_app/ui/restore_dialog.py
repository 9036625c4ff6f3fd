"""The restore dialog.

:class:`RestoreDialog` lists the backups of a database (newest first, when, why, sound
or damaged) and restores the chosen one, off the UI thread. The current file is kept
aside by :func:`storage.backup.restore_backup`, never overwritten.

Automatic backups, and File → Restore a backup… (close the database, offer this dialog,
restart on the restored file), live in ``backups``; the check for damage at start-up is
``app.open_store_or_recover``.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QWidget,
)

from ..storage.backup import BackupInfo, list_backups, restore_backup
from .background import run_in_background
from .editable_table import read_only_table
from .form_dialog import lay_out_column, note, status_line
from .locale_text import datetime_text, size_text


class RestoreDialog(QDialog):
    """Choose a backup of ``db_path`` and put it in place (the database must be closed)."""

    restored = Signal(str)  # the kept-aside path of the previous file ("" when there was none)

    def __init__(self, db_path: Path, explanation: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.kept_path: Path | None = None
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(760)

        self.explanation = note(
            explanation
            or self.tr(
                "Choose the backup to go back to. The current database is kept beside it under "
                "a new name, so nothing is thrown away."
            )
        )
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("State"), self.tr("Size")]
        )
        self.table = read_only_table(self.model, self.tr("Backups, newest first"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.status = status_line(self.tr("Restore status"))
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self.restore_selected)
        self.cancel_button.clicked.connect(self.reject)

        lay_out_column(
            self, self.explanation, self.table, self.status, self.buttons, grow=self.table
        )

        self.reload()

    def reload(self) -> None:
        """List the backups again (each is checked, so damaged ones are marked)."""
        self.backups = list_backups(self.db_path)
        self.model.removeRows(0, self.model.rowCount())
        for info in self.backups:
            state = self.tr("Sound") if info.sound else self.tr("Damaged: cannot be restored")
            cells = [
                datetime_text(info.made_at, seconds=True),
                info.reason,
                state,
                size_text(info.size),
            ]
            row = []
            for text in cells:
                cell = QStandardItem(text)
                cell.setEnabled(info.sound)
                row.append(cell)
            self.model.appendRow(row)
        first_sound = next((n for n, b in enumerate(self.backups) if b.sound), None)
        if first_sound is not None:
            self.table.selectRow(first_sound)
        else:
            self.status.setText(self.tr("There is no sound backup of this database yet."))
        self.restore_button.setEnabled(first_sound is not None)
        self.table.setFocus()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        """Restore the selected backup in the background; the dialog closes when done."""
        chosen = self.selected_backup()
        if chosen is None:
            self.status.setText(self.tr("Choose a backup first."))
            return
        if not chosen.sound:
            self.status.setText(self.tr("That backup is damaged; choose a sound one."))
            return
        self.restore_button.setEnabled(False)
        self.table.setEnabled(False)
        self.status.setText(
            self.tr("Restoring the backup from {when}…").format(when=datetime_text(chosen.made_at))
        )
        run_in_background(
            partial(restore_backup, chosen.path, self.db_path),
            self._restored,
            self._not_restored,
            owner=self,
        )

    def _restored(self, kept: Path | None) -> None:
        self.table.setEnabled(True)
        self.kept_path = kept
        self.restored.emit(str(self.kept_path or ""))
        self.accept()

    def _not_restored(self, message: str) -> None:
        self.table.setEnabled(True)
        self.status.setText(message)
        self.restore_button.setEnabled(True)
