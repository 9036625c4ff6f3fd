"""The meeting's plan on the workshop screen: when it starts, how long it is planned to
last, and whether the agenda still fits.

The plan (:class:`~workshop_app.domain.schedule.MeetingPlan`) is kept among the
database's settings under the workshop's id: set when the workshop is created (its
template's length and the start time chosen) and changed in :class:`PlanDialog`
(Workshop → Meeting plan…). Adding or lengthening blocks changes the agenda, never the
plan, so :class:`PlanLine` under the agenda can say when the meeting now ends against
its planned end, and warn in words when it runs over.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ..domain.records import Block
from ..domain.schedule import (
    MeetingPlan,
    ScheduleStatus,
    agenda_fit,
    fit_line,
    minutes_text,
    plan_setting_key,
)
from ..i18n import tr
from ..storage import StorageError, Store
from .form_dialog import lay_out_form
from .session import Session
from .timer import BlockTimer

#: A start time the dialogs offer when the workshop has none yet.
DEFAULT_START = "09:00"
#: The keys of the Workshop menu's plan commands (also named in the texts that point to them).
PLAN_KEYS = "Ctrl+Shift+T"
REPLAN_KEYS = "Ctrl+Shift+R"


def load_plan(store: Store, workshop_id: str) -> MeetingPlan | None:
    """The workshop's plan, or None when it has none (made before plans, or imported)."""
    return MeetingPlan.from_setting(store.setting(plan_setting_key(workshop_id)))


def save_plan(session: Session, workshop_id: str, plan: MeetingPlan) -> bool:
    """Keep ``plan`` for the workshop (on disk at once); False, with the reason said in
    the error banner, when it cannot be saved."""
    try:
        session.store.set_setting(plan_setting_key(workshop_id), plan.to_setting())
    except StorageError as e:
        session.error.emit(e.message)
        return False
    return True


def start_edit(start: str, accessible_name: str) -> QTimeEdit:
    """A time-of-day box (24-hour ``HH:mm``) showing ``start``, or the default start."""
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime.fromString(start or DEFAULT_START, "HH:mm"))
    edit.setAccessibleName(accessible_name)
    return edit


def length_edit(minutes: int, accessible_name: str) -> QSpinBox:
    """A meeting's planned length in minutes, from 5 to a day, in steps of 5."""
    edit = QSpinBox()
    edit.setRange(5, 24 * 60 - 1)
    edit.setSingleStep(5)
    edit.setSuffix(tr("PlanDialog", " min"))
    edit.setAccessibleName(accessible_name)
    edit.setValue(minutes)
    return edit


class AgendaScreen(Protocol):
    """What the plan commands need of the workshop screen (``workshop_view.WorkshopView``),
    named here so that screen, which shows the plan line, is not imported back."""

    session: Session
    workshop_id: str | None
    blocks: list[Block]
    plan_line: PlanLine
    timer: BlockTimer

    def current_block(self) -> Block | None: ...
    def show_schedule(self) -> None: ...
    def window(self) -> QWidget: ...


class PlanLine(QLabel):
    """Under the agenda: how long the agenda is, when the meeting now ends against its
    planned end, and a warning (⚠ and the words "over the plan") when it overruns."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: MeetingPlan | None = None
        self.over = False
        self.setObjectName("PlanLine")
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(4)
        self.setAccessibleName(self.tr("Meeting plan"))

    def load(self, workshop_id: str | None) -> None:
        """Read the plan of the workshop now open."""
        self.plan = load_plan(self.session.store, workshop_id) if workshop_id else None

    def show_fit(self, blocks: Sequence[Block], status: ScheduleStatus | None = None) -> None:
        """Show the agenda (``blocks``, with the delay of ``status``) against the plan."""
        if self.plan is None:
            text = self.tr(
                "Agenda {agenda}. No planned end yet: Workshop → Meeting plan… ({keys}) sets one."
            ).format(agenda=minutes_text(sum(b.timebox_minutes for b in blocks)), keys=PLAN_KEYS)
            over = False
        else:
            fit = agenda_fit(blocks, self.plan, status)
            text = fit_line(fit)
            over = fit.over_minutes > 0
            if over:
                text += " " + self.tr(
                    "Shorten or remove a block, or re-plan the rest ({keys})."
                ).format(keys=REPLAN_KEYS)
        if text != self.text():
            self.setText(text)
        if over != self.over:
            self.over = over
            font = self.font()
            font.setBold(over)  # besides the ⚠ and the words, never instead of them
            self.setFont(font)


class PlanDialog(QDialog):
    """When the meeting starts and how long it is planned to last (its planned end)."""

    def __init__(
        self, plan: MeetingPlan | None, agenda_minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting plan"))
        self.setMinimumWidth(420)
        self._agenda = agenda_minutes
        self.start = start_edit(plan.start if plan else "", self.tr("Start time"))
        self.length = length_edit(
            plan.minutes if plan else agenda_minutes, self.tr("Planned length in minutes")
        )
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Planned end"))
        form = QFormLayout()
        form.addRow(self.tr("&Starts at:"), self.start)
        form.addRow(self.tr("Planned &length:"), self.length)
        lay_out_form(self, form, self.outcome)
        self.start.timeChanged.connect(self._show_outcome)
        self.length.valueChanged.connect(self._show_outcome)
        self._show_outcome()

    def plan(self) -> MeetingPlan:
        return MeetingPlan(self.length.value(), self.start.time().toString("HH:mm"))

    def _show_outcome(self, *args: object) -> None:
        plan = self.plan()
        self.outcome.setText(
            self.tr("Planned end {end} ({length}). The agenda's blocks take {agenda}.").format(
                end=plan.end, length=minutes_text(plan.minutes), agenda=minutes_text(self._agenda)
            )
        )


def edit_plan(view: AgendaScreen) -> None:
    """Workshop → Meeting plan…: set the open workshop's start time and planned length."""
    if not view.workshop_id:
        return
    dialog = PlanDialog(
        view.plan_line.plan, sum(b.timebox_minutes for b in view.blocks), view.window()
    )
    if dialog.exec() and save_plan(view.session, view.workshop_id, dialog.plan()):
        view.plan_line.load(view.workshop_id)
        view.show_schedule()


def replan_rest(view: AgendaScreen) -> None:
    """Workshop → Re-plan the rest…: propose shorter timeboxes for the blocks after the
    current one, show them, and apply them in one undoable step if the facilitator agrees."""
    from .replan_dialog import ReplanDialog

    if not view.workshop_id or not view.blocks:
        return
    plan = view.plan_line.plan
    planned = plan.minutes if plan else sum(b.timebox_minutes for b in view.blocks)
    current = view.current_block()
    dialog = ReplanDialog(
        view.session,
        view.blocks,
        current.id if current else None,
        view.timer.elapsed(),
        planned,
        plan.start if plan else "",
        view.window(),
    )
    dialog.exec()
