"""The export dialog, driven like a facilitator would."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from export_helpers import demo_workshops
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.file_writing import LAST_FOLDER_KEY
from workshop_app.ui.session import Session

KICKOFF = "Kick-off: first partnership meeting"
PARTNERS_ONLY = "Draft the data-use agreement template"  # a partners action in the demo


@pytest.fixture
def session(store, qtbot):
    s = Session(store)
    yield s
    s._unsubscribe()


@pytest.fixture
def dialog(session, qtbot):
    wid = demo_workshops(session.store)[KICKOFF]
    d = ExportDialog(session, wid)
    qtbot.addWidget(d)
    d.show()
    yield d
    d.wait_for_jobs()


def choose_audience(qtbot, dialog, audience: str) -> None:
    """Click the radio button's circle (a click beyond its label would miss it)."""
    button = dialog.audience_buttons[audience]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


def choose_format(dialog, key: str) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(key))


def set_path(qtbot, dialog, path: Path) -> None:
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))


def test_choosing_public_says_plainly_what_is_left_out(qtbot, dialog):
    choose_audience(qtbot, dialog, "public")
    assert "only items marked public" in dialog.audience_text.text()
    assert "left out" in dialog.audience_text.text()
    assert PARTNERS_ONLY not in dialog.preview.toPlainText()


def test_the_preview_shows_partners_text_for_partners(qtbot, dialog):
    choose_audience(qtbot, dialog, "partners")
    assert PARTNERS_ONLY in dialog.preview.toPlainText()


def test_export_writes_the_file_off_the_ui_thread_and_remembers_the_folder(
    qtbot, dialog, session, tmp_path, monkeypatch
):
    from workshop_app import export

    ui_thread = threading.get_ident()
    worked_on: dict[str, int] = {}
    started, released = threading.Event(), threading.Event()
    seen_meanwhile: list[tuple[str, bool]] = []
    render, write = export.render_workshop, export.write_atomically

    def rendering(*args, **kwargs):
        worked_on["render"] = threading.get_ident()
        return render(*args, **kwargs)

    def writing(*args, **kwargs):
        worked_on["write"] = threading.get_ident()
        started.set()
        # Finish only once the dialog's event loop has run meanwhile (below): on the
        # UI thread this would wait in vain, and the test fail.
        worked_on["ui_ran_meanwhile"] = released.wait(10)
        return write(*args, **kwargs)

    def heartbeat() -> None:  # a timer of the UI thread, firing while the file is written
        if started.is_set() and not released.is_set():
            seen_meanwhile.append((dialog.status.text(), dialog.export_button.isEnabled()))
            if len(seen_meanwhile) >= 3:
                released.set()

    monkeypatch.setattr(export, "render_workshop", rendering)
    monkeypatch.setattr(export, "write_atomically", writing)
    beats = QTimer(dialog)
    beats.timeout.connect(heartbeat)
    beats.start(10)
    choose_audience(qtbot, dialog, "public")
    choose_format(dialog, "md")
    target = tmp_path / "out" / "summary.md"
    target.parent.mkdir()
    set_path(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    beats.stop()

    assert worked_on["render"] != ui_thread and worked_on["write"] != ui_thread
    assert worked_on["ui_ran_meanwhile"] is True
    assert seen_meanwhile[0] == ("Exporting for Public…", False)  # busy, not frozen
    text = target.read_text(encoding="utf-8")
    assert text.startswith(f"# {KICKOFF}")
    assert PARTNERS_ONLY not in text
    assert "Saved" in dialog.status.text()
    assert session.store.setting(LAST_FOLDER_KEY) == str(target.parent)
    assert [p.name for p in target.parent.iterdir()] == ["summary.md"]


def test_a_new_dialog_suggests_the_last_folder(qtbot, dialog, session, tmp_path):
    session.store.set_setting(LAST_FOLDER_KEY, str(tmp_path))
    again = ExportDialog(session, dialog.workshop_id)
    qtbot.addWidget(again)
    assert Path(again.path_edit.text()).parent == tmp_path


def test_an_existing_file_is_kept_when_the_facilitator_says_no(
    qtbot, dialog, tmp_path, monkeypatch
):
    target = tmp_path / "summary.md"
    target.write_text("the partners' copy")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    choose_format(dialog, "md")
    set_path(qtbot, dialog, target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked
    assert target.read_text() == "the partners' copy"
    assert "kept" in dialog.status.text()


def test_an_existing_file_is_replaced_when_the_facilitator_says_yes(
    qtbot, dialog, tmp_path, monkeypatch
):
    target = tmp_path / "summary.json"
    target.write_text("old")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    choose_format(dialog, "json")
    set_path(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8").startswith("{")


def test_a_pdf_export_from_the_dialog_is_a_pdf(qtbot, dialog, tmp_path):
    choose_format(dialog, "pdf")
    assert dialog.paper_combo.isEnabled()
    target = tmp_path / "summary.pdf"
    set_path(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_failed_export_says_why_and_leaves_no_file(qtbot, dialog, tmp_path):
    choose_format(dialog, "md")
    target = tmp_path / "no-such-folder" / "summary.md"
    set_path(qtbot, dialog, target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30000)
    assert "Not exported" in dialog.status.text()
    assert not target.exists()


def test_every_control_has_a_name_for_screen_readers(dialog):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTextBrowser

    widgets = [
        w
        for kind in (QComboBox, QLineEdit, QTextBrowser, QAbstractButton)
        for w in dialog.findChildren(kind)
    ]
    assert len(widgets) > 8
    for widget in widgets:
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        assert name, widget
