"""PDF tables break lines between words: a narrow column never reads "Communi ty"."""

from __future__ import annotations

import re

import pytest
from export_helpers import demo_workshops, pdf_text

from workshop_app import export
from workshop_app.domain.document import Heading, Table
from workshop_app.export.summary import build_summary
from workshop_app.ui.pdf_writer import render

LONG_WORDS = [
    "Community",
    "Ownership",
    "Sensitivity",
    "Responsibility",
    "Confidential",
    "Organisation",
    "Accountability",
    "Neighbourhood",
    "Infrastructure",
    "Transparency",
]


def table_words(elements) -> set[str]:
    """The words (four letters or more) of every cell and header of the tables."""
    words: set[str] = set()
    for element in elements:
        if isinstance(element, Table):
            for row in (element.headers, *element.rows):
                for cell in row:
                    words.update(re.findall(r"[^\W\d_]{4,}", str(cell)))
    return words


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_word_of_the_demo_summaries_tables_is_whole_in_the_pdf(store, paper):
    for workshop_id in demo_workshops(store).values():
        view = export.workshop_view(store, workshop_id, "partners")
        _, text = pdf_text(export.render_workshop(view, "pdf", paper=paper))
        words = table_words(build_summary(view))
        assert words
        assert sorted(w for w in words if w not in text) == []


def test_a_table_of_many_narrow_columns_keeps_its_words_whole():
    words = LONG_WORDS[:8]
    table = Table(headers=words, rows=[words[::-1], words])
    _, text = pdf_text(render([Heading("Data inventory", 1), table], "Data inventory"))
    for word in words:
        assert text.count(word) == 3, word  # the header and two rows, each whole


def test_a_table_too_wide_for_any_type_size_still_shows_every_column():
    table = Table(headers=LONG_WORDS * 2, rows=[LONG_WORDS[::-1] * 2])
    _, text = pdf_text(render([Heading("Too wide", 1), table], "Too wide"))
    joined = text.replace(" ", "")
    for word in LONG_WORDS:
        assert joined.count(word) == 4, word  # broken at a line's end, never cut off
