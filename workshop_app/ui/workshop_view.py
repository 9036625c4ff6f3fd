"""The workshop screen: agenda, current block with its exercise panel, run bar,
and the workshop-wide lists (decisions, actions, parking lot, facilitator notes)."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import edits, planning
from ..domain.records import Block, ItemKind, Workshop
from ..domain.schedule import schedule_status
from ..exercises.registry import get_kind
from ..storage.store import ChangeSet
from .agenda_pane import AgendaPane, agenda_text
from .block_pane import BlockPane
from .capture_panel import ExercisePanel, ItemListWidget
from .meeting_plan import PLAN_KEYS, REPLAN_KEYS, edit_plan, replan_rest
from .panels import panel_class
from .panes import LEFT, RIGHT, PaneSplitter
from .run_bar import RunBar
from .session import Session
from .style import SPACE
from .timer import BlockTimer
from .workshop_lists import SideLists

#: Workshop → Attendance… (E for "everyone here").
ATTENDANCE_KEYS = "Ctrl+Shift+E"


class WorkshopView(QWidget):
    """Run one workshop: the facilitator's screen."""

    closed = Signal()
    guide_requested = Signal()  # the facilitator asked for the current exercise's guide

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        timer: BlockTimer | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_id: str | None = None
        self.blocks: list[Block] = []
        self._current_id: str | None = None
        self.panel: ExercisePanel | None = None
        self.attendance_dialog: QWidget | None = None
        #: Times the current block (a test gives one on a fake clock).
        self.timer = timer if timer is not None else BlockTimer(session)
        self.timer.setParent(self)

        # ---- agenda (left): the pane's controls, each doing its part of the view
        self.agenda_box = pane = AgendaPane(session, self.add_block_of)
        self.agenda, self.plan_line, self.timebox = pane.agenda, pane.plan_line, pane.timebox
        self.workshop_title, self.workshop_place = pane.workshop_title, pane.workshop_place
        self.add_block, self.add_template = pane.add_block, pane.add_template
        self.block_up, self.block_down = pane.block_up, pane.block_down
        self.remove_block = pane.remove_block
        self.agenda.currentRowChanged.connect(self._agenda_row_changed)
        self.add_template.clicked.connect(self.choose_template)
        self.block_up.clicked.connect(lambda: self.move_current_block(-1))
        self.block_down.clicked.connect(lambda: self.move_current_block(1))
        self.remove_block.clicked.connect(self.remove_current_block)
        self.timebox.editingFinished.connect(self._timebox_edited)

        # ---- current block (centre): its title, the prompt and the exercise first
        self.block_pane = centre = BlockPane()
        self.block_title, self.block_prompt = centre.block_title, centre.block_prompt
        self.guidance, self.guide_button = centre.guidance, centre.guide_button
        self.panel_scroll = centre.panel_scroll
        self.block_title.editingFinished.connect(self._title_edited)
        self.block_prompt.editingFinished.connect(self._prompt_edited)
        self.guide_button.clicked.connect(self.guide_requested)

        # ---- workshop-wide lists and the room preview (right)
        self.side = SideLists(session)
        self.side_box = side_box = QFrame()
        side_box.setObjectName("Pane")
        self.side_panels = QVBoxLayout(side_box)
        self.side_panels.setContentsMargins(SPACE["s"], SPACE["s"], SPACE["s"], SPACE["s"])
        self.side_panels.addWidget(self.side, 1)

        self.run_bar = RunBar(self)
        self.run_bar.previous.clicked.connect(self.go_previous)
        self.run_bar.next.clicked.connect(self.go_next)
        self.run_bar.start.clicked.connect(self.timer.toggle)
        self.run_bar.reset.clicked.connect(self.timer.reset)
        self.run_bar.show_agenda.clicked.connect(self.toggle_agenda)
        self.run_bar.show_side.clicked.connect(self.toggle_side)
        self.timer.ticked.connect(self._show_time)
        self.timer.running_changed.connect(self.run_bar.set_running)

        self.splitter = PaneSplitter(pane, centre, side_box)
        self.splitter.panes_changed.connect(self.run_bar.set_panes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE["s"], SPACE["s"], SPACE["s"], SPACE["s"])
        layout.setSpacing(SPACE["s"])
        layout.addWidget(self.run_bar)
        layout.addWidget(self.splitter, 1)
        session.changed.connect(self._on_changed)
        # Whatever takes the focus in a tall panel (Alt+3, Tab) is scrolled into view.
        QApplication.instance().focusChanged.connect(self._bring_into_view)

    def _bring_into_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        panel = self.panel_scroll.widget()
        if new is not None and panel is not None and panel.isAncestorOf(new):
            self.panel_scroll.ensureWidgetVisible(new, 0, SPACE["l"])

    # ------------------------------------------------------------------- panes
    def agenda_shown(self) -> bool:
        return self.splitter.shown(LEFT)

    def side_shown(self) -> bool:
        return self.splitter.shown(RIGHT)

    def toggle_agenda(self) -> None:
        """Show or hide the agenda (Ctrl+1); the block under way takes the width."""
        self.splitter.toggle(LEFT)

    def toggle_side(self) -> None:
        """Show or hide the decisions, actions, notes and room preview (Ctrl+2)."""
        self.splitter.toggle(RIGHT)

    # ------------------------------------------------------------------ set-up
    def side_list(self, kind: str) -> ItemListWidget:
        """The workshop-wide list widget for ``kind`` (decision, action, parking, note)."""
        return self.side.list_of(kind)

    def focus_side_list(self, kind: str) -> None:
        # A hidden side pane opens: typing goes where it is seen.
        self.splitter.set_shown(RIGHT, True)
        self.side.focus(kind)

    def add_side_panel(self, widget: QWidget, title: str) -> None:
        """Add a panel (for example the room preview) under the workshop-wide lists."""
        widget.setAccessibleName(title)
        label = QLabel(f"<b>{title}</b>")
        self.side_panels.addWidget(label)
        self.side_panels.addWidget(widget)

    def choose_template(self) -> None:
        """Add from template…: pick one, seeing its blocks, time and next meeting."""
        from .template_picker import AddTemplateDialog

        if self.workshop_id is None:
            return
        dialog = AddTemplateDialog(
            self.blocks, self.plan_line.plan, self.window(), self.session.store
        )
        if dialog.exec():
            self.add_template_blocks(dialog.chosen().key)

    # ------------------------------------------------------------------- state
    def open_workshop(self, workshop_id: str) -> None:
        self.timer.set_block(None)
        self.workshop_id = workshop_id
        self._current_id = None
        self.side.show_workshop(workshop_id)
        self.plan_line.load(workshop_id)
        self._reload_agenda()
        if self.blocks:
            self.set_current_block(self.blocks[0].id)

    def close_workshop(self) -> None:
        self.timer.pause()
        self.timer.set_block(None)
        self.workshop_id = None
        self.closed.emit()

    def workshop(self) -> Workshop | None:
        return self.session.store.get(Workshop, self.workshop_id) if self.workshop_id else None

    def current_block(self) -> Block | None:
        return next((b for b in self.blocks if b.id == self._current_id), None)

    def current_index(self) -> int:
        return next((n for n, b in enumerate(self.blocks) if b.id == self._current_id), -1)

    def set_current_block(self, block_id: str | None) -> None:
        if block_id == self._current_id and self.panel is not None:
            return
        self._current_id = block_id
        block = self.current_block()
        self.timer.set_block(block)
        self._show_block(block)
        self._select_agenda_row()
        self.side.capture_into(block_id)
        self.session.current_block_changed.emit(self.workshop_id or "", block_id or "")

    def go_next(self) -> None:
        n = self.current_index()
        if n + 1 < len(self.blocks):
            self.set_current_block(self.blocks[n + 1].id)
            self.focus_capture()

    def go_previous(self) -> None:
        n = self.current_index()
        if n > 0:
            self.set_current_block(self.blocks[n - 1].id)
            self.focus_capture()

    def rename_block(self) -> None:
        """Ctrl+T: the block's title, selected, to type a new one (Enter saves it)."""
        self.block_title.setFocus()
        self.block_title.selectAll()

    def focus_capture(self) -> None:
        if self.panel is not None:
            self.panel.focus_capture()

    # ---------------------------------------------------------------- drawing
    def _reload_agenda(self) -> None:
        workshop = self.workshop()
        if workshop is None:
            return
        self.agenda_box.show_workshop(workshop)
        self.blocks = self.session.store.blocks(workshop.id)
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for n, block in enumerate(self.blocks, start=1):
            item = QListWidgetItem(agenda_text(n, block))
            item.setData(Qt.ItemDataRole.UserRole, block.id)
            self.agenda.addItem(item)
        self.agenda.blockSignals(False)
        self._select_agenda_row()
        self._show_time(
            self.timer.elapsed(),
            (self.current_block().timebox_minutes * 60) if self.current_block() else 0,
        )

    def _select_agenda_row(self) -> None:
        self.agenda.blockSignals(True)
        self.agenda.setCurrentRow(self.current_index())
        self.agenda.blockSignals(False)
        block = self.current_block()
        for w in (
            self.remove_block,
            self.block_up,
            self.block_down,
            self.timebox,
            self.block_title,
            self.block_prompt,
        ):
            w.setEnabled(block is not None)
        if block is not None:
            self.timebox.setValue(block.timebox_minutes)

    def _show_block(self, block: Block | None) -> None:
        if self.panel is not None:
            self.panel_scroll.takeWidget()
            self.panel.deleteLater()
            self.panel = None
        if block is None:
            self.block_title.clear()
            self.block_prompt.clear()
            self.guidance.setText(
                self.tr("This workshop has no blocks yet: use Add block or Add from template.")
            )
            self.run_bar.position.setText("")
            return
        kind = get_kind(block.kind)
        self.block_title.setText(block.title)
        self.block_prompt.setText(block.prompt)
        self.guidance.setText(
            self.tr("<b>Guidance — {name}.</b> {text}").format(
                name=escape(kind.label), text=escape(kind.guidance_text)
            )
        )
        self.panel = panel_class(kind.key)(self.session, block)
        self.panel_scroll.setWidget(self.panel)
        self.run_bar.position.setText(
            self.tr("Block {n} of {total}: {title}").format(
                n=self.current_index() + 1, total=len(self.blocks), title=block.title
            )
        )

    def _show_time(self, elapsed: int, timebox: int) -> None:
        status = schedule_status(self.blocks, self._current_id, elapsed)
        self.run_bar.show_time(status, elapsed, timebox, self.plan_line.plan)
        self.plan_line.show_fit(self.blocks, status)

    def show_schedule(self) -> None:
        """Show the timer, the meeting's schedule and its plan as they stand now."""
        block = self.current_block()
        self._show_time(self.timer.elapsed(), block.timebox_minutes * 60 if block else 0)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.session.touches(changes, self.workshop_id):
            return
        if "blocks" in changes.tables or "workshops" in changes.tables:
            self._reload_agenda()
            block = self.current_block()
            if block is None:
                self.set_current_block(self.blocks[0].id if self.blocks else None)
            else:
                if self.panel is not None:
                    self.panel.block = block
                if self.timer.block is not None and self.timer.block.id == block.id:
                    self.timer.block = block
                if self.block_title.text() != block.title and not self.block_title.hasFocus():
                    self.block_title.setText(block.title)
                if self.block_prompt.text() != block.prompt and not self.block_prompt.hasFocus():
                    self.block_prompt.setText(block.prompt)

    # ------------------------------------------------------------------- edits
    def _agenda_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.blocks):
            self.set_current_block(self.blocks[row].id)

    def add_block_of(self, kind_key: str) -> None:
        if self.workshop_id is None:
            return
        kind = get_kind(kind_key)
        at = self.current_index() + 1
        block = Block(
            workshop_id=self.workshop_id,
            kind=kind.key,
            title=kind.name,
            prompt=kind.prompt,
            timebox_minutes=kind.minutes,
            settings=kind.default_settings(),
        )
        description = self.tr("Add block {title!r}").format(title=kind.label)
        if self.session.apply(planning.insert_block(self.blocks, block, at, description)):
            self.set_current_block(block.id)
            # Typing goes where it is safe: into the new block's capture box, not over
            # its title (a click or Ctrl+T renames it).
            self.focus_capture()

    def add_template_blocks(self, key: str) -> None:
        if self.workshop_id is None:
            return
        from ..export.template_file import find_template  # the app's and yours

        t = find_template(key)
        new = t.make_blocks(self.workshop_id)
        start = len(self.blocks)
        new = [replace(b, position=float(start + n)) for n, b in enumerate(new)]
        if self.session.apply(
            edits.add(self.tr("Add template {name!r}").format(name=t.label), *new)
        ):
            if self._current_id is None and new:
                self.set_current_block(new[0].id)

    def remove_current_block(self) -> None:
        block = self.current_block()
        if block is None:
            return
        items = self.session.store.items(block.workshop_id, block.id)
        if items:
            answer = QMessageBox.question(
                self,
                self.tr("Remove block"),
                self.tr(
                    "Remove “{title}” and the %n item(s) captured in it? You can undo this "
                    "with Ctrl+Z.",
                    "",
                    len(items),
                ).format(title=block.title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        n = self.current_index()
        if self.session.apply(edits.delete_block(block, items)):
            if self.blocks:
                self.set_current_block(self.blocks[min(n, len(self.blocks) - 1)].id)

    def move_current_block(self, step: int) -> None:
        n = self.current_index()
        to = n + step
        if n < 0 or not 0 <= to < len(self.blocks):
            return
        ordered = list(self.blocks)
        ordered[n], ordered[to] = ordered[to], ordered[n]
        self.session.apply(edits.reorder(self.tr("Move block"), ordered))

    def _timebox_edited(self) -> None:
        block = self.current_block()
        if block is not None and block.timebox_minutes != self.timebox.value():
            self.session.apply(
                edits.update(self.tr("Change timebox"), block, timebox_minutes=self.timebox.value())
            )

    def _title_edited(self) -> None:
        block = self.current_block()
        text = self.block_title.text().strip()
        if block is not None and text and text != block.title:
            self.session.apply(edits.update(self.tr("Rename block"), block, title=text))

    def _prompt_edited(self) -> None:
        block = self.current_block()
        text = self.block_prompt.text().strip()
        if block is not None and text != block.prompt:
            self.session.apply(edits.update(self.tr("Change prompt"), block, prompt=text))

    def show_attendance(self) -> None:
        """Workshop → Attendance…: tick who came, from any block (people arrive during one)."""
        from .attendance_dialog import AttendanceDialog

        if self.workshop_id is None:
            return
        if self.attendance_dialog is not None:
            self.attendance_dialog.close()
        self.attendance_dialog = AttendanceDialog(self.session, self.workshop_id, self.window())
        self.attendance_dialog.open()

    def shortcuts(self) -> list[QAction]:
        """Actions for the Workshop menu; they work wherever the focus is in the window."""
        specs = [
            (self.tr("Next block"), "Ctrl+PgDown", self.go_next),
            (self.tr("Previous block"), "Ctrl+PgUp", self.go_previous),
            (self.tr("Start or pause the timer"), "Ctrl+Space", self.timer.toggle),
            (self.tr("Reset the timer"), "Ctrl+Shift+Space", self.timer.reset),
            (self.tr("Back to the capture box"), "Ctrl+L", self.focus_capture),
            (self.tr("Rename the block"), "Ctrl+T", self.rename_block),
            (self.tr("Show or hide the agenda"), "Ctrl+1", self.toggle_agenda),
            (
                self.tr("Show or hide decisions, actions and the room preview"),
                "Ctrl+2",
                self.toggle_side,
            ),
            (self.tr("Attendance…"), ATTENDANCE_KEYS, self.show_attendance),
            (self.tr("Meeting plan…"), PLAN_KEYS, lambda: edit_plan(self)),
            (self.tr("Re-plan the rest…"), REPLAN_KEYS, lambda: replan_rest(self)),
            (
                self.tr("Add a decision"),
                "Ctrl+Shift+D",
                lambda: self.focus_side_list(ItemKind.DECISION.value),
            ),
            (
                self.tr("Add an action"),
                "Ctrl+Shift+A",
                lambda: self.focus_side_list(ItemKind.ACTION.value),
            ),
            (
                self.tr("Park a topic"),
                "Ctrl+Shift+P",
                lambda: self.focus_side_list(ItemKind.PARKING.value),
            ),
            (
                self.tr("Add a facilitator note"),
                "Ctrl+Shift+F",
                lambda: self.focus_side_list(ItemKind.FACILITATOR_NOTE.value),
            ),
        ]
        actions = []
        for text, keys, slot in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            actions.append(action)
        return actions
