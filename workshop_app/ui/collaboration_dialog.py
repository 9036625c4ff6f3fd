"""The base of the dialogs about one collaboration across its meetings (its actions,
its report): they know the session and the collaboration before they build."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ..domain.records import Collaboration
from .session import Session


class CollaborationDialog(QDialog):
    """A dialog about ``collaboration``; :meth:`build` makes and lays out its widgets."""

    def __init__(
        self, session: Session, collaboration: Collaboration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.collaboration = collaboration
        self.build()

    def build(self) -> None:
        """Make and lay out the dialog's widgets (``session`` and ``collaboration`` are
        set by then)."""
