"""Every control a facilitator can reach has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from workshop_app.storage import open_store
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed_controls(window: QWidget) -> list[str]:
    named_by_label = {
        id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None
    }
    missing = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisibleTo(window):
            continue
        if isinstance(control, QHeaderView) or (
            control.metaObject().className() == "QTableCornerButton"
        ):
            continue  # parts of their table, which carries the name
        if isinstance(control, QLineEdit) and isinstance(control.parent(), QAbstractSpinBox):
            continue  # the spin box's own editor: the spin box carries the name
        if isinstance(control, QLineEdit) and isinstance(control.parent(), QComboBox):
            continue
        text = control.text() if isinstance(control, QAbstractButton) else ""
        if not (control.accessibleName() or text.strip() or id(control) in named_by_label):
            missing.append(f"{type(control).__name__} in {type(control.parent()).__name__}")
    return missing


def test_every_control_of_every_exercise_panel_has_a_name(qtbot, demo_db):
    store = open_store(demo_db)
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    assert unnamed_controls(window) == []  # the home screen
    problems = {}
    for workshop in store.workshops():
        window.open_workshop(workshop.id)
        view = window.workshop_view
        for block in list(view.blocks):
            view.set_current_block(block.id)
            missing = unnamed_controls(window)
            if missing:
                problems[block.kind] = missing
    assert problems == {}
