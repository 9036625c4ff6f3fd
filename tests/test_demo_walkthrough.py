"""A whole demo meeting in the real window: every block, the room shown, results revealed,
a capture and its undo in each block; nothing raises, and the room never shows internal text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit

from workshop_app.domain.visibility import Audience, visible_to
from workshop_app.storage import open_store
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session


def test_every_demo_block_runs_with_the_room_shown(qtbot, demo_db):
    store = open_store(demo_db)
    session = Session(store)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    controller = window.room_controller
    internal = [
        i.text
        for w in store.workshops()
        for i in store.items(w.id)
        if not visible_to(Audience.ROOM, i) and len(i.text) > 12
    ]
    assert internal  # the demo has confidential items to leak, if anything leaked
    for workshop in store.workshops():
        window.open_workshop(workshop.id)
        controller.toggle_room()
        assert controller.room.isVisible()
        view = window.workshop_view
        for block in list(view.blocks):
            view.set_current_block(block.id)
            controller.reveal_results()
            view.focus_capture()
            box = QApplication.focusWidget()
            if isinstance(box, QLineEdit) and box.isEnabled():
                before = session.undo_stack.count()
                box.setText("Walkthrough check")
                box.returnPressed.emit()
                if session.undo_stack.count() > before:
                    session.undo_stack.undo()
            shown = controller.room.visible_text()
            assert view.current_block().title in shown
            assert not [t for t in internal if t in shown], block.kind
        controller.toggle_room()
