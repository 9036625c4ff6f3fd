"""The current block's pane of the workshop screen: its title, the prompt the room sees,
the facilitator's guidance with the way to the guide, and the exercise panel in a
scroll area. It shows; the workshop screen (``workshop_view``) saves what is edited.

Its words keep the workshop screen's translation context, where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .form_dialog import caption_row
from .icons import quiet_button
from .style import SPACE, set_role


class BlockPane(QFrame):
    """The block's title, prompt and guidance above its exercise panel (``panel_scroll``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Pane")
        self.block_title = QLineEdit()
        self.block_title.setAccessibleName(
            QCoreApplication.translate("WorkshopView", "Block title")
        )
        self.block_title.setObjectName("BlockTitle")
        self.block_title.setFrame(False)
        set_role(self.block_title, "title")
        self.block_prompt = QLineEdit()
        self.block_prompt.setAccessibleName(
            QCoreApplication.translate("WorkshopView", "Prompt shown to the room")
        )
        self.block_prompt.setPlaceholderText(
            QCoreApplication.translate("WorkshopView", "The question the room sees")
        )
        self.guidance = QLabel()
        self.guidance.setObjectName("Guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setAccessibleName(
            QCoreApplication.translate("WorkshopView", "Facilitator guidance")
        )
        self.guide_button = quiet_button(
            "book-open",
            QCoreApplication.translate("WorkshopView", "Open the guide to this exercise"),
            QCoreApplication.translate(
                "WorkshopView", "Purpose, steps, tips and pitfalls (Shift+F1)"
            ),
        )
        self.guide_button.setText(QCoreApplication.translate("WorkshopView", "Guide"))
        self.guide_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # A scroll area, so a tall exercise panel never pushes the window beyond a small
        # laptop screen; never sideways: panels fit the width they are given.
        self.panel_scroll = QScrollArea()
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_scroll.setAccessibleName(QCoreApplication.translate("WorkshopView", "Exercise"))
        self.panel_scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)  # the pane's
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE["l"], SPACE["m"], SPACE["l"], SPACE["m"])
        layout.setSpacing(SPACE["s"])
        layout.addWidget(self.block_title)
        layout.addLayout(
            caption_row(QCoreApplication.translate("WorkshopView", "Prompt:"), self.block_prompt)
        )
        guidance_row = QHBoxLayout()
        guidance_row.addWidget(self.guidance, 1)
        guidance_row.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(guidance_row)
        layout.addWidget(self.panel_scroll, 1)
