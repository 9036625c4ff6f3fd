"""The facilitator's locale: the paper of PDFs and printing, dates and numbers on screen."""

from __future__ import annotations

import io

import pytest
from export_helpers import demo_workshops
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.test_ui_foundation import shown
from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.main_window import MainWindow
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


@pytest.mark.parametrize(
    "locale,shown_date",
    [
        ("en_US", "11/20/2026"),
        ("de_DE", "20.11.2026"),
        ("fr_FR", "20/11/2026"),
        ("C", "2026-11-20"),
    ],
)
def test_workshop_dates_are_written_as_the_locale_writes_them(
    qtbot, store, planned_workshop, in_locale, locale, shown_date
):
    in_locale(locale)
    window = shown(qtbot, MainWindow(Session(store)))
    model = window.home.model
    title = planned_workshop.title
    rows = [r for r in range(model.rowCount()) if title in model.index(r, 0).data()]
    assert [model.index(r, 1).data() for r in rows] == [shown_date]
    window.open_workshop(planned_workshop.id)
    assert shown_date in window.workshop_view.workshop_place.text()
    assert store.get(type(planned_workshop), planned_workshop.id).date == "2026-11-20"


def test_the_trust_average_has_the_locales_decimal_sign(qtbot, store, planned_workshop, in_locale):
    from tests.test_exercise_trust import block_of, open_panel

    in_locale("fr_FR")
    _session, panel = open_panel(qtbot, store, block_of(store, planned_workshop, "trust_check_in"))
    panel.focus_capture()
    for count in ("2", "5", "7", "4", "1"):
        qtbot.keyClicks(QApplication.focusWidget(), count)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: panel.model.index(0, 6).data() == "19")
    assert panel.model.index(0, 7).data() == "2,8"  # 54 / 19
