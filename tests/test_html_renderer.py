"""One element-to-HTML renderer, three flavours: every word reaches the reader in each."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from workshop_app.domain.document import (
    BulletList,
    Callout,
    Chart,
    Heading,
    Paragraph,
    Table,
)
from workshop_app.export.html import PREVIEW, PRINT, WEB_PAGE, elements_html

ELEMENTS = [
    Heading("Kick-off <first> meeting", 1),
    Heading("Decisions", 2),
    Paragraph("Who does what\nby when?", emphasis=True),
    BulletList(("Lights on Elm Street", "Youth & families")),
    Table(("Partner", "Sector"), (("City of Riverton", "public"),)),
    Callout("Note", "Two partners asked to keep their figures internal."),
    Chart("bar", "Trust", {"labels": ["1", "5"], "values": [2, 9]}, "Most say 5"),
]
WORDS = [
    "Kick-off <first> meeting",
    "Decisions",
    "Who does what",
    "by when?",
    "Lights on Elm Street",
    "Youth & families",
    "City of Riverton",
    "Note: Two partners asked",
    "Trust",
    "Most say 5",
]


def shown_text(html: str) -> str:
    """The text a reader sees when Qt lays the HTML out (as the preview and print do)."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


@pytest.mark.parametrize("flavour", [WEB_PAGE, PRINT, PREVIEW], ids=["page", "print", "preview"])
def test_every_word_and_line_break_reaches_the_reader(qapp, flavour, monkeypatch):
    from workshop_app.export import html

    monkeypatch.setattr(html, "chart_png", lambda chart: None)  # words, not a picture
    text = shown_text(elements_html(ELEMENTS, flavour).html())
    for words in WORDS:
        assert words in text
    assert "Who does what\nby when?" in text  # a typed line break is kept


def test_a_table_of_contents_goes_before_the_first_section():
    body = elements_html(ELEMENTS, PRINT)
    html = body.html("<p>CONTENTS</p>")
    assert body.sections == [("section-1", "Decisions")]
    assert html.index("Kick-off") < html.index("CONTENTS") < html.index("Decisions")
