"""The printable join card: four cards to a page with the address, the code and one line
of instructions in the PDF's text, on the facilitator's paper; and the QR code it draws
is the one of the address with the code filled in."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from workshop_app.participation.room import join_link, qr_modules
from workshop_app.ui.join_card import join_card_pdf


@pytest.mark.parametrize(("paper", "width_mm"), [("a4", 210), ("letter", 215.9)])
def test_a_page_of_join_cards_says_address_code_and_what_to_do(qapp, paper, width_mm):
    pdf = join_card_pdf("Kick-off <River>", "http://192.168.1.20:41237/", "K7QX3M", paper)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(width_mm / 25.4 * 72, abs=1)
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())  # ligatures
    assert text.count("http://192.168.1.20:41237/") == 4
    assert text.count("Code: K7QX3M") == 4
    assert "Kick-off <River>" in text
    assert "No name is asked" in text


def test_the_qr_code_carries_the_address_with_the_code():
    link = join_link("http://10.0.0.5:8000/", "ABC234")
    assert link == "http://10.0.0.5:8000/?code=ABC234"
    modules = qr_modules(link)
    size = len(modules)
    assert all(len(row) == size for row in modules)
    # A quiet zone of four light modules, then the finder pattern's dark corner.
    assert not any(modules[0]) and not any(row[0] for row in modules)
    assert modules[4][4] and modules[4][size - 5] and modules[size - 5][4]
    assert qr_modules(link) == modules and qr_modules(link + "x") != modules
