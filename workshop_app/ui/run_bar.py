"""The run bar of the workshop screen: previous/next, the block timer and the meeting's
schedule, always in view."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..domain.schedule import MeetingPlan, ScheduleStatus, clock, meeting_line


class RunBar(QFrame):
    """Previous/next, the block timer and the meeting's schedule, always in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RunBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.previous.setToolTip(self.tr("Previous block (Ctrl+PgUp)"))
        self.next = QPushButton(self.tr("Next ▶"))
        self.next.setToolTip(self.tr("Next block (Ctrl+PgDown)"))
        self.position = QLabel()
        self.position.setAccessibleName(self.tr("Current block"))
        self.clock = QLabel("0:00")
        self.clock.setObjectName("BlockClock")
        self.clock.setAccessibleName(self.tr("Block timer"))
        font = QFont(self.clock.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.clock.setFont(font)
        self.start = QPushButton(self.tr("Start timer"))
        self.start.setToolTip(self.tr("Start or pause the block timer (Ctrl+Space)"))
        self.reset = QPushButton(self.tr("Reset"))
        self.reset.setToolTip(self.tr("Set the block timer back to zero"))
        self.schedule = QLabel()
        self.schedule.setAccessibleName(self.tr("Meeting schedule"))
        # Wraps onto a second line rather than widening the window past a laptop screen.
        self.schedule.setWordWrap(True)
        self.schedule.setMinimumWidth(260)
        layout = QHBoxLayout(self)
        for w in (self.previous, self.next, self.position):
            layout.addWidget(w)
        layout.addStretch(1)
        for w in (self.clock, self.start, self.reset):
            layout.addWidget(w)
        layout.addWidget(self.schedule, 2)

    def show_time(
        self, status: ScheduleStatus, elapsed: int, timebox: int, plan: MeetingPlan | None = None
    ) -> None:
        """The block's clock against its timebox, and the meeting against its plan (time
        used, planned and left in hours and minutes; its end when the start is known)."""
        if status.block_over:
            self.clock.setText(
                self.tr("⚠ {elapsed} / {box} — OVER by {over}").format(
                    elapsed=clock(elapsed),
                    box=clock(timebox),
                    over=clock(status.block_over_seconds),
                )
            )
            self.clock.setStyleSheet("color: white; background: #b00020; padding: 2px 8px;")
        else:
            self.clock.setText(f"{clock(elapsed)} / {clock(timebox)}")
            self.clock.setStyleSheet("")
        text = meeting_line(status, plan)
        if self.schedule.text() != text:
            self.schedule.setText(text)
