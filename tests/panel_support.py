"""What the keyboard tests of exercise panels share: a meeting planned from a template, the
main window opened on one of its blocks with the focus where the facilitator types, and a
choice picked in a combo box with the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.domain import planning
from workshop_app.domain.records import Block, Collaboration, Workshop
from workshop_app.exercises.templates import template
from workshop_app.storage import Store
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session


def planned(
    store: Store, template_key: str, title: str, day: str, collaboration_id: str = ""
) -> tuple[Workshop, list[Block]]:
    """A meeting planned from ``template_key`` (in a new collaboration unless one is named)."""
    if not collaboration_id:
        collaboration = Collaboration(f"{title} test")
        store.put(collaboration)
        collaboration_id = collaboration.id
    workshop = Workshop(collaboration_id, title, day)
    blocks = template(template_key).make_blocks(workshop.id)
    store.apply(planning.create_workshop(workshop, blocks))
    return workshop, blocks


def open_on_block(qtbot, store: Store, workshop_id: str, block_id: str) -> MainWindow:
    """The main window at 1366x768, active, showing ``block_id`` of ``workshop_id``."""
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_workshop(workshop_id)
    window.workshop_view.set_current_block(block_id)
    return window


def open_panel(qtbot, store: Store, workshop: Workshop, block: Block):
    """The window on ``block`` and its panel, the focus where the facilitator types."""
    window = open_on_block(qtbot, store, workshop.id, block.id)
    panel = window.workshop_view.panel
    panel.focus_capture()
    return window, panel


def type_line(qtbot, box, text: str) -> None:
    """Type ``text`` into ``box`` (given the focus first) and press Enter."""
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def choose(qtbot, combo, words: str) -> None:
    """Pick the entry of ``combo`` starting with ``words``: Home, then Down until it shows."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(words):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{words!r} is not in {combo.accessibleName()!r}")
