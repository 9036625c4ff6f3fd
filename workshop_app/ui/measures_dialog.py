"""Workshop → Measures between meetings…: a figure that arrives between meetings (a monthly
extract, a survey result) is recorded when it arrives, dated today, with the meeting it
will be reported at: the open workshop, or the collaboration's latest. The measures
check-in, the summaries and the collaboration report chart it with the others."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.records import Workshop
from .form_dialog import close_button, lay_out_column, note
from .panels.measures_check_in import MeasurementsEditor
from .session import Session


class MeasuresDialog(QDialog):
    """Measurements recorded with ``workshop`` outside its blocks, and more added."""

    def __init__(self, session: Session, workshop: Workshop, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Measures between meetings — {title}").format(title=workshop.title)
        )
        self.resize(980, 560)
        where = note(
            self.tr(
                "Recorded with the meeting “{meeting}”, where they will be reported; dated "
                "today unless you change the date in the list."
            ).format(meeting=f"{workshop.date} {workshop.title}".strip())
        )
        self.editor = MeasurementsEditor(
            session, workshop.id, None, self, day=date.today().isoformat()
        )
        close = close_button(self)
        # Enter adds a measurement; it never closes the dialog.
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        lay_out_column(self, where, self.editor, close, grow=self.editor)
        self.editor.list.capture.setFocus()
