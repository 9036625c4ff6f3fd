"""The run bar of the workshop screen, always in view: where the meeting is (the block,
previous and next), the block's timer large enough to read at a glance, the meeting
against its plan, and the switches for the side panes."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..domain.schedule import MeetingPlan, ScheduleStatus, clock, meeting_line
from .form_dialog import status_line
from .icons import ON_ACCENT, quiet_button, set_icon
from .style import SPACE, set_flag, set_role


class RunBar(QFrame):
    """Previous/next, the block, the block timer and the meeting's schedule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RunBar")
        self.show_agenda = quiet_button(
            "panel-left-close", self.tr("Show or hide the agenda"), self.tr("Agenda (Ctrl+1)")
        )
        self.previous = QPushButton(self.tr("Previous"))
        set_icon(self.previous, "chevron-left")
        self.previous.setProperty("quiet", True)
        self.previous.setToolTip(self.tr("Previous block (Ctrl+PgUp)"))
        self.next = QPushButton(self.tr("Next"))
        set_icon(self.next, "chevron-right")
        self.next.setToolTip(self.tr("Next block (Ctrl+PgDown)"))
        self.position = status_line(self.tr("Current block"))
        self.position.setObjectName("Muted")
        self.clock = QLabel("0:00")
        self.clock.setObjectName("BlockClock")
        self.clock.setAccessibleName(self.tr("Block timer"))
        set_role(self.clock, "timer")
        self.start = QPushButton(self.tr("Start timer"))
        self.start.setProperty("primary", True)
        set_icon(self.start, "play", ON_ACCENT)
        self.start.setToolTip(self.tr("Start or pause the block timer (Ctrl+Space)"))
        self.reset = quiet_button(
            "rotate-ccw",
            self.tr("Reset"),
            self.tr("Set the block timer back to zero (Ctrl+Shift+Space)"),
        )
        self.reset.setText(self.tr("Reset"))
        self.schedule = QLabel()
        self.schedule.setObjectName("Schedule")
        self.schedule.setAccessibleName(self.tr("Meeting schedule"))
        # Wraps onto a second line rather than widening the window past a laptop screen.
        self.schedule.setWordWrap(True)
        self.schedule.setMinimumWidth(260)
        self.show_side = quiet_button(
            "panel-right-close",
            self.tr("Show or hide decisions, actions and the room preview"),
            self.tr("Decisions, actions, parking lot, notes and room preview (Ctrl+2)"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE["s"], SPACE["xs"], SPACE["s"], SPACE["xs"])
        layout.setSpacing(SPACE["s"])
        for w in (self.show_agenda, self.previous, self.next):
            layout.addWidget(w)
        layout.addWidget(self.position, 1)
        for w in (self.clock, self.start, self.reset):
            layout.addWidget(w)
        layout.addWidget(self.schedule, 1)
        layout.addWidget(self.show_side)

    def set_running(self, running: bool) -> None:
        """The start button says what pressing it does next."""
        self.start.setText(self.tr("Pause timer") if running else self.tr("Start timer"))
        set_icon(self.start, "pause" if running else "play", ON_ACCENT)

    def set_panes(self, agenda: bool, side: bool) -> None:
        """The pane switches show what pressing them does (close a shown pane, open a
        hidden one)."""
        set_icon(self.show_agenda, "panel-left-close" if agenda else "panel-left-open")
        set_icon(self.show_side, "panel-right-close" if side else "panel-right-open")

    def show_time(
        self, status: ScheduleStatus, elapsed: int, timebox: int, plan: MeetingPlan | None = None
    ) -> None:
        """The block's clock against its timebox, and the meeting against its plan (time
        used, planned and left in hours and minutes; its end when the start is known);
        time over is said in words and marked, never by colour alone."""
        if status.block_over:
            self.clock.setText(
                self.tr("⚠ {elapsed} / {box} — OVER by {over}").format(
                    elapsed=clock(elapsed),
                    box=clock(timebox),
                    over=clock(status.block_over_seconds),
                )
            )
        else:
            self.clock.setText(f"{clock(elapsed)} / {clock(timebox)}")
        set_flag(self.clock, "over", bool(status.block_over))
        text = meeting_line(status, plan)
        if self.schedule.text() != text:
            self.schedule.setText(text)
        set_flag(self.schedule, "behind", bool(status.behind))
