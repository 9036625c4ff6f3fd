"""The agenda pane of the workshop screen: the workshop's title, date and place, its
blocks in order with their timeboxes, the plan line, and the controls that change the
agenda. It shows; the workshop screen (``workshop_view``) acts on what is pressed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import Block, Workshop
from ..domain.schedule import minutes_text
from ..exercises.registry import FAMILIES, all_kinds
from .fit import fit_list
from .form_dialog import caption_row
from .icons import quiet_button, set_icon
from .locale_text import date_text
from .meeting_plan import PlanLine
from .session import Session
from .style import SPACE, set_role


def agenda_text(n: int, block: Block) -> str:
    """A block's line in the agenda: "3. Trust check-in (10 min)", and over time in words."""
    over = block.elapsed_seconds > block.timebox_minutes * 60
    mark = QCoreApplication.translate("WorkshopView", " — over time") if over else ""
    return f"{n}. {block.title} ({minutes_text(block.timebox_minutes)}){mark}"


class AgendaPane(QFrame):
    """The agenda and its controls; ``add_block_of(kind_key)`` adds a block of a kind
    picked from the Add block menu."""

    def __init__(
        self,
        session: Session,
        add_block_of: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Pane")
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setObjectName("Agenda")
        fit_list(self.agenda)
        self.add_block = QToolButton()
        self.add_block.setText(self.tr("Add block"))
        set_icon(self.add_block, "plus")
        self.add_block.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_block.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_block.setMenu(self._kinds_menu(add_block_of))
        self.add_template = quiet_button(
            "layout-template",
            self.tr("Add from template…"),
            self.tr("Add the blocks of a template to this agenda"),
        )
        self.block_up = quiet_button("arrow-up", self.tr("Move block up"), self.tr("Move up"))
        self.block_down = quiet_button(
            "arrow-down", self.tr("Move block down"), self.tr("Move down")
        )
        self.remove_block = quiet_button(
            "trash-2", self.tr("Remove"), self.tr("Remove the block (Ctrl+Z brings it back)")
        )
        self.timebox = QSpinBox()
        self.timebox.setRange(1, 600)
        self.timebox.setSuffix(self.tr(" min"))
        self.timebox.setAccessibleName(self.tr("Timebox in minutes"))
        self.workshop_title = QLabel()
        self.workshop_title.setWordWrap(True)
        set_role(self.workshop_title, "heading")
        self.workshop_place = QLabel()
        self.workshop_place.setObjectName("Muted")
        self.workshop_place.setWordWrap(True)
        self.plan_line = PlanLine(session)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE["m"], SPACE["m"], SPACE["m"], SPACE["m"])
        layout.addWidget(self.workshop_title)
        layout.addWidget(self.workshop_place)
        layout.addSpacing(SPACE["s"])
        layout.addWidget(self.agenda, 1)
        layout.addWidget(self.plan_line)
        row = QHBoxLayout()
        row.setSpacing(SPACE["xs"])
        row.addWidget(self.add_block)
        row.addStretch(1)
        for w in (self.add_template, self.block_up, self.block_down, self.remove_block):
            row.addWidget(w)
        layout.addLayout(row)
        layout.addLayout(caption_row(self.tr("Timebox:"), self.timebox))

    def show_workshop(self, workshop: Workshop) -> None:
        """The workshop's title, and its date (as the locale writes it) and place."""
        self.workshop_title.setText(workshop.title)
        self.workshop_place.setText(
            " · ".join(p for p in (date_text(workshop.date), workshop.place) if p)
        )

    def _kinds_menu(self, add_block_of: Callable[[str], None]) -> QMenu:
        # Filled when first opened: listing the kinds imports every exercise module,
        # which start-up does not need.
        menu = QMenu(self)

        def fill() -> None:
            if menu.actions():
                return
            for family, family_name in FAMILIES.items():
                sub = menu.addMenu(self.tr(family_name))
                for kind in all_kinds():
                    if kind.family == family:
                        action = sub.addAction(f"{kind.label} ({minutes_text(kind.minutes)})")
                        action.triggered.connect(lambda _=False, k=kind.key: add_block_of(k))

        menu.aboutToShow.connect(fill)
        return menu
