"""Choosing an agenda template: each template shown with its blocks and their timeboxes,
its total time, when it would end, and what the next meeting covers.

:class:`TemplateChoice` (a combo box with the chosen template's details under it) is the
agenda choice of the New workshop dialog and of :class:`AddTemplateDialog`, which adds a
template's blocks to the open workshop's agenda (the workshop screen's "Add from
template"). It lists the app's templates and then yours (marked so), and its buttons
import a template file, export the chosen template, and delete it when it is yours.
:class:`SaveTemplateDialog` keeps the open workshop's agenda as a template of yours
(Workshop → Save agenda as template…).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import Block
from ..domain.schedule import MeetingPlan, agenda_fit, fit_line, minutes_text, time_after
from ..errors import UserFacingError
from ..exercises.templates import Template
from ..export.template_file import (
    all_templates,
    delete_template,
    export_template_file,
    import_template_file,
    save_agenda_as_template,
)
from .form_dialog import ask_open_path, ask_save_path, lay_out_form, text_field

#: Where the template file dialogs start (the folder used last time).
TEMPLATE_FOLDER_KEY = "template_file_folder"


def template_details_html(t: Template, start: str = "") -> str:
    """What a template holds, as the picker shows it: its purpose, its numbered blocks
    with their timeboxes, its total time (and end, from ``start``) and the next meeting."""

    def translate(text: str, n: int = -1) -> str:
        return QCoreApplication.translate("TemplateChoice", text, "", n)

    total = minutes_text(t.total_minutes)
    end = time_after(start, t.total_minutes)
    heading = (
        translate("%n block(s), {total}: {start} to {end}", len(t.blocks))
        if end
        else translate("%n block(s), {total} in all", len(t.blocks))
    ).format(total=total, start=start, end=end)
    rows = "".join(
        f"<li>{escape(t.block_title(b))} — {escape(minutes_text(b.minutes))}</li>" for b in t.blocks
    )
    following = t.next_meeting_text or translate("Whatever you plan next.")
    yours = (
        f"<p><i>{escape(translate('Your template, kept on this computer.'))}</i></p>"
        if t.mine
        else ""
    )
    return (
        f"{yours}<p>{escape(t.description_text)}</p>"
        f"<p><b>{escape(heading)}</b></p><ol style='margin-top:0'>{rows}</ol>"
        f"<p><b>{escape(translate('Next meeting:'))}</b> {escape(following)}</p>"
    )


class TemplateChoice(QWidget):
    """A combo box of the templates (letters pick one), the chosen one's details, and
    the buttons that import, export and delete template files (with a ``store``, which
    remembers the folder used; without one they are not shown)."""

    changed = Signal()

    def __init__(
        self,
        start: Callable[[], str] = lambda: "",
        parent: QWidget | None = None,
        store=None,
    ):
        super().__init__(parent)
        self._start = start
        self._store = store
        self._templates: list[Template] = []
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Agenda template"))
        self.details = QLabel()
        self.details.setObjectName("TemplateDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(self.tr("What the template holds"))
        self.details.setMinimumWidth(460)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(self.tr("Problem with a template file"))
        self.problem.hide()
        self.import_button = QPushButton(self.tr("&Import a template…"))
        self.import_button.setAccessibleName(self.tr("Import a template file"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export the chosen template to a file"))
        self.export_button.clicked.connect(lambda: self.export_file())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen template of yours"))
        self.delete_button.clicked.connect(lambda: self.delete_chosen())
        files = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.delete_button):
            button.setAutoDefault(False)  # Enter still accepts the dialog
            files.addWidget(button)
            button.setVisible(store is not None)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.details, 1)
        layout.addLayout(files)
        layout.addWidget(self.problem)
        self.combo.currentIndexChanged.connect(self.refresh)
        self.reload()

    def reload(self, select: str = "") -> None:
        """List the templates again (yours may have changed), choosing ``select``."""
        chosen = select or (self.combo.currentData() or "")
        self._templates = all_templates()
        self.combo.blockSignals(True)
        self.combo.clear()
        for t in self._templates:
            text = self.tr("{name} ({total})").format(
                name=t.label, total=minutes_text(t.total_minutes)
            )
            if t.mine:
                text = self.tr("{template} — yours").format(template=text)
            self.combo.addItem(text, t.key)
            self.combo.setItemData(
                self.combo.count() - 1, t.description_text, Qt.ItemDataRole.ToolTipRole
            )
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.blockSignals(False)
        self.refresh()

    def chosen(self) -> Template:
        key = self.combo.currentData()
        return next(t for t in self._templates if t.key == key)

    def refresh(self, *args: object) -> None:
        chosen = self.chosen()
        self.details.setText(template_details_html(chosen, self._start()))
        self.details.setAccessibleDescription(self.details.text())
        self.delete_button.setEnabled(chosen.mine)
        self.delete_button.setToolTip(
            ""
            if chosen.mine
            else self.tr("Only your own templates can be deleted; this one comes with the app.")
        )
        self.changed.emit()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    # ------------------------------------------------------------------ files
    def _ask_path(self, ask: Callable[..., str | None], *question: str) -> str | None:
        """Ask for a template file with ``ask`` (``ask_open_path`` or ``ask_save_path``
        and the ``question`` it takes), starting in the folder templates were last in."""
        return ask(self, self._store, TEMPLATE_FOLDER_KEY, *question)

    def import_file(self, path: str | None = None) -> None:
        """Import a template file (``path``, or one asked for): checked first, refused in
        one sentence that changes nothing, or kept among yours and chosen."""
        if path is None:
            path = self._ask_path(
                ask_open_path,
                self.tr("Import a template"),
                self.tr("Template files (*.json);;All files (*)"),
            )
            if not path:
                return
        try:
            kept = import_template_file(Path(path))
        except UserFacingError as e:
            self._say(e.message)
            return
        self._say("")
        self.reload(kept.key)

    def export_file(self, path: str | None = None, overwrite: bool = False) -> None:
        """Write the chosen template to a file (``path``, or one asked for)."""
        chosen = self.chosen()
        if path is None:
            path = self._ask_path(
                ask_save_path,
                self.tr("Export the template"),
                f"{chosen.label}.json",
                self.tr("Template files (*.json)"),
            )
            if not path:
                return
            overwrite = True  # the file dialog asked already
        try:
            export_template_file(chosen, Path(path), overwrite=overwrite)
        except UserFacingError as e:
            self._say(e.message)
            return
        self._say(self.tr("Exported “{name}” to {path}.").format(name=chosen.label, path=path))

    def delete_chosen(self, confirm: Callable[[str], bool] | None = None) -> None:
        """Delete the chosen template if it is yours, once confirmed."""
        chosen = self.chosen()
        if not chosen.mine:
            return
        question = self.tr(
            "Delete your template “{name}”? Workshops planned from it keep their agendas."
        ).format(name=chosen.label)
        if confirm is None:

            def confirm(text: str) -> bool:
                answer = QMessageBox.question(self, self.tr("Delete template"), text)
                return answer == QMessageBox.StandardButton.Yes

        if not confirm(question):
            return
        try:
            delete_template(chosen)
        except UserFacingError as e:
            self._say(e.message)
            return
        self._say("")
        self.reload(self._templates[0].key)


class AddTemplateDialog(QDialog):
    """Choose a template whose blocks go at the end of the agenda; the dialog says how
    long the agenda becomes and whether the meeting then runs past its planned end."""

    def __init__(
        self,
        blocks: Sequence[Block],
        plan: MeetingPlan | None,
        parent: QWidget | None = None,
        store=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from template"))
        self._blocks = list(blocks)
        self._plan = plan
        self.choice = TemplateChoice(lambda: "", self, store)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("The agenda after adding"))
        form = QFormLayout()
        label = QLabel(self.tr("&Template:"))
        label.setBuddy(self.choice.combo)
        form.addRow(label, self.choice)
        buttons = lay_out_form(self, form, self.outcome)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add its blocks"))
        self.choice.changed.connect(self._show_outcome)
        self._show_outcome()
        self.choice.combo.setFocus()

    def _show_outcome(self) -> None:
        chosen = self.choice.chosen()
        now = sum(b.timebox_minutes for b in self._blocks)
        after = now + chosen.total_minutes
        text = self.tr("Adding it takes the agenda from {now} to {after}.").format(
            now=minutes_text(now), after=minutes_text(after)
        )
        if self._plan is not None:
            grown = [
                *self._blocks,
                *(Block("", b.kind, b.title, timebox_minutes=b.minutes) for b in chosen.blocks),
            ]
            text += " " + fit_line(agenda_fit(grown, self._plan))
        self.outcome.setText(text)

    def chosen(self) -> Template:
        return self.choice.chosen()


class SaveTemplateDialog(QDialog):
    """Keep the open workshop's agenda as a template of yours: its name and what it is
    for. A name you already use, or a folder that cannot be written, is said in one line
    under the fields and nothing is kept; the dialog stays open to fix it."""

    def __init__(self, title: str, blocks: Sequence[Block], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save agenda as template"))
        self._blocks = list(blocks)
        self.saved: Template | None = None
        self.name = QLineEdit(title)
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.selectAll()
        self.description = text_field(
            self.tr("What the template is for"), self.tr("For example: our quarterly check-in")
        )
        self.outcome = QLabel(
            self.tr(
                "Keeps the %n block(s) of the agenda ({total}): their kinds, titles, timeboxes, "
                "prompts and settings; nothing said in the meeting.",
                "",
                len(self._blocks),
            ).format(total=minutes_text(sum(b.timebox_minutes for b in self._blocks)))
        )
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What the template keeps"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&What it is for:"), self.description)
        buttons = lay_out_form(self, form, self.outcome, self.problem, accept=self._save)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save as template"))
        self.setMinimumWidth(560)
        self.name.setFocus()

    def _save(self) -> None:
        try:
            self.saved = save_agenda_as_template(
                self.name.text(), self.description.text(), self._blocks
            )
        except UserFacingError as e:
            self.problem.setText(e.message)
            self.problem.show()
            self.name.setFocus()
            return
        self.accept()
