"""The facilitator's locale: the paper of PDFs and printing, dates and numbers on screen."""

from __future__ import annotations

import io

import pytest
from export_helpers import demo_workshops
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.session import Session

KICKOFF = "Kick-off: first partnership meeting"
LETTER_WIDTH, A4_WIDTH = 612, 595  # points


@pytest.fixture
def in_locale():
    """``in_locale("en_US")`` makes that the facilitator's locale for the test."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.fixture
def session(store):
    s = Session(store)
    yield s
    s._unsubscribe()


def export_dialog(qtbot, session) -> ExportDialog:
    workshops = {w.title: w.id for w in session.store.workshops()}
    if KICKOFF not in workshops:
        workshops = demo_workshops(session.store)
    dialog = ExportDialog(session, workshops[KICKOFF])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def export_pdf_width(qtbot, dialog: ExportDialog, path) -> int:
    """Export a PDF from ``dialog`` to ``path`` as a facilitator does; its page width."""
    from pypdf import PdfReader

    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.wait_for_jobs()
    return round(float(PdfReader(io.BytesIO(path.read_bytes())).pages[0].mediabox.width))


@pytest.mark.parametrize(
    "locale,paper,width",
    [
        ("en_US", "US Letter", LETTER_WIDTH),
        ("fr_CA", "US Letter", LETTER_WIDTH),
        ("en_GB", "A4", A4_WIDTH),
        ("de_DE", "A4", A4_WIDTH),
    ],
)
def test_pdfs_come_on_the_paper_of_the_facilitators_country(
    qtbot, session, in_locale, tmp_path, locale, paper, width
):
    in_locale(locale)
    dialog = export_dialog(qtbot, session)
    assert dialog.paper_combo.currentText() == paper
    assert export_pdf_width(qtbot, dialog, tmp_path / "summary.pdf") == width


def test_the_paper_chosen_in_the_dialog_is_used_and_remembered(qtbot, session, in_locale, tmp_path):
    in_locale("en_GB")  # an American facilitator on a British laptop
    dialog = export_dialog(qtbot, session)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    dialog.path_edit.setFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.paper_combo  # "&Paper:"
    qtbot.keyClick(dialog.paper_combo, Qt.Key.Key_Down)
    assert dialog.paper_combo.currentText() == "US Letter"
    assert export_pdf_width(qtbot, dialog, tmp_path / "summary.pdf") == LETTER_WIDTH
    dialog.close()

    again = export_dialog(qtbot, session)
    assert again.paper_combo.currentText() == "US Letter"
    assert export_pdf_width(qtbot, again, tmp_path / "again.pdf") == LETTER_WIDTH
