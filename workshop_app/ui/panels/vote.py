"""Vote on anything: what the room votes on (options typed here, Enter after each, and/or a
list from an earlier block, Alt+O), then the indicator vote's method, rule, tally grid and
reveal (:class:`AgreementPanel`)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ...domain.records import Block
from ...exercises.vote import OPTION, source_of, sources
from ...storage.store import ChangeSet
from ..form_dialog import caption_row
from ..items_model import text_column
from ..session import Session
from .indicator_agreement import AgreementPanel
from .kit import item_list, note

#: The options list shows a few rows: the tally grid below lists every option anyway.
OPTIONS_HEIGHT = 110


class VotePanel(AgreementPanel):
    """Options typed or drawn from an earlier block, and the vote on them."""

    votes_on_options = True

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.model.candidate_title = self.tr("Option")
        self.model.titles = self.model.headers()
        self.table.setAccessibleName(self.tr("Tallies per option"))
        self.top.setAccessibleName(self.tr("How many options are adopted"))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("What the room votes on besides the typed options"))
        self.options = item_list(
            self,
            OPTION,
            columns=[text_column(self.tr("Option"))],
            placeholder=self.tr("An option to vote on, then Enter"),
        )
        self.options.table.setMaximumHeight(OPTIONS_HEIGHT)
        self.options.capture.setAccessibleName(self.tr("New option"))
        top = QVBoxLayout()
        top.addWidget(
            note(
                self.tr(
                    "Type each option and press Enter, or choose a list from an earlier block; "
                    "then set the vote and type the tallies."
                )
            )
        )
        top.addLayout(caption_row(self.tr("Vote &on:"), self.source))
        top.addWidget(self.options)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, top)
        self.source.activated.connect(self._source_chosen)
        self._fill_sources()

    def _on_changed(self, changes: ChangeSet) -> None:
        super()._on_changed(changes)
        if "blocks" in changes.tables:
            self._fill_sources()

    def _fill_sources(self) -> None:
        snapshot = self.session.snapshot(self.workshop_id)
        block = self.current_block()
        wanted = [(None, self.tr("Only the options typed here"))] + [
            ({"block": earlier.id, "kind": kind}, words)
            for earlier, kind, words in sources(snapshot.blocks, block)
        ]
        chosen = source_of(block)
        current = {"block": chosen[0], "kind": chosen[1]} if chosen else None
        with QSignalBlocker(self.source):
            self.source.clear()
            for value, words in wanted:
                self.source.addItem(words, value)
            self.source.setCurrentIndex(max(self.source.findData(current), 0))

    def _source_chosen(self) -> None:
        self._set_setting("vote_on", self.source.currentData() or {})

    def focus_capture(self) -> None:
        """Into the options box while there is nothing to vote on, else the tally grid."""
        if not self.model.rowCount():
            self.options.capture.setFocus()
        else:
            super().focus_capture()


PANEL = VotePanel
