"""Each format: the demo workshop exports and opens with a standard reader."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from export_helpers import csv_rows, demo_workshops, docx_text, pdf_text

from workshop_app import export
from workshop_app.domain.records import Item
from workshop_app.export.csv_tables import neutralise, table_kinds, to_csv, workshop_tables

KICKOFF = "Kick-off: first partnership meeting"


@pytest.fixture
def kickoff(store) -> str:
    return demo_workshops(store)[KICKOFF]


@pytest.fixture
def view(store, kickoff):
    return export.workshop_view(store, kickoff, "partners")


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_html_parses_and_has_the_summary_structure(view):
    page = export.render_workshop(view, "html").decode("utf-8")
    parser = _Collect()
    parser.feed(page)
    text = " ".join(parser.text)
    assert KICKOFF in text and "Action items" in text and "Parking lot" in text
    assert [t for t, _ in parser.tags].count("h1") == 1
    assert ("html", {"lang": "en"}) in parser.tags


def test_html_is_self_contained_with_charts_embedded(view):
    page = export.render_workshop(view, "html").decode("utf-8")
    parser = _Collect()
    parser.feed(page)
    images = [a for t, a in parser.tags if t == "img"]
    assert images, "the demo has charts"
    assert all(a["src"].startswith("data:image/png;base64,") and a["alt"] for a in images)
    for tag, attrs in parser.tags:
        assert tag not in ("link", "script", "iframe")
        for name in ("href", "src"):
            value = attrs.get(name) or ""
            assert not value.startswith(("http:", "https:", "//")), (tag, value)
    assert "@import" not in page and "url(" not in page


def test_html_escapes_user_text(store, kickoff):
    block = store.blocks(kickoff)[0]
    store.put(
        Item(kickoff, "note", "<script>alert('x')</script> & <b>", block.id, visibility="public")
    )
    page = export.render_workshop(export.workshop_view(store, kickoff, "public"), "html")
    assert b"<script>" not in page
    assert b"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;" in page


@pytest.mark.parametrize("paper,width", [("a4", 595), ("letter", 612)])
def test_pdf_parses_with_pages_of_the_chosen_paper(view, paper, width):
    import io

    from pypdf import PdfReader

    data = export.render_workshop(view, "pdf", paper=paper)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    assert round(float(reader.pages[0].mediabox.width)) == width


def test_pdf_has_contents_with_page_numbers_and_numbered_pages(view):
    import io

    from pypdf import PdfReader

    data = export.render_workshop(view, "pdf")
    reader = PdfReader(io.BytesIO(data))
    pages, text = pdf_text(data)
    assert "Contents" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    # the contents page says on which page "Parking lot" starts; it is there
    first = " ".join(reader.pages[0].extract_text().split())
    after = first.split("Parking lot", 1)[1].split()
    parking_page = int(after[0])
    on_that_page = " ".join(reader.pages[parking_page - 1].extract_text().split())
    assert "Parking lot" in on_that_page


def test_pdf_contains_the_summary_text(view):
    _, text = pdf_text(export.render_workshop(view, "pdf"))
    for words in (
        KICKOFF,
        "Safer Riverton Partnership",
        "Decisions",
        "Action items",
        "Lt. Janet Price",
        "Parking lot",
    ):
        assert words in text


def test_docx_opens_with_python_docx_and_has_headings_and_tables(view):
    import io

    import docx

    data = export.render_workshop(view, "docx")
    document = docx.Document(io.BytesIO(data))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == KICKOFF
    assert "Action items" in headings and "Parking lot" in headings
    assert len(document.tables) >= 2
    assert document.inline_shapes, "charts are embedded as pictures"
    assert all(s._inline.docPr.get("descr") for s in document.inline_shapes)
    assert "Lt. Janet Price" in docx_text(data)


def test_csv_tables_read_back_with_the_csv_module(view):
    tables = workshop_tables(view)
    assert set(tables) == set(table_kinds())
    assert {"items", "indicators", "actions", "facts", "sharing_commitments"} <= set(tables)
    rows = csv_rows(tables["actions"])
    header = rows[0]
    assert header[:5] == ["Block number", "Block", "Prompt", "Kind", "Text"]
    assert "owner" in header and "due" in header
    texts = [r[header.index("Text")] for r in rows[1:]]
    assert "Pull two years of calls for the 50 busiest addresses" in texts
    items = csv_rows(tables["items"])
    assert len(items) - 1 == len(view.items)
    assert all(r[1] for r in items[1:])  # every row names its block (or the whole workshop)


def test_csv_rows_carry_their_block_and_prompt(view):
    rows = csv_rows(workshop_tables(view)["facts"])
    header = rows[0]
    assert len(rows) > 1
    fact_block = next(b for b in view.blocks if b.kind == "fact_base")
    for row in rows[1:]:
        assert row[header.index("Block")] == fact_block.title
        assert row[header.index("Prompt")] == fact_block.prompt


@pytest.mark.parametrize(
    "dangerous", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]
)
def test_csv_cells_that_look_like_formulas_are_neutralised(dangerous):
    rows = csv_rows(to_csv(["Text"], [[dangerous]]))
    assert rows[1][0] == "'" + dangerous


def test_csv_plain_numbers_are_left_alone():
    assert neutralise("-3") == "-3" and neutralise("+4.5") == "+4.5"


def test_json_export_has_format_and_version(view):
    data = json.loads(export.render_workshop(view, "json"))
    assert data["format"] == "workshop-app/workshop"
    assert data["format_version"] == 2
    assert data["audience"] == "partners"


@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "docx", "csv", "json"])
def test_collaboration_report_exports_in_every_format(store, kickoff, fmt):
    collaboration = store.collaborations()[0]
    data = export.render_report(store, collaboration.id, "partners", fmt)
    assert data


def test_collaboration_report_shows_trust_trend_measures_and_open_actions(store, kickoff):
    collaboration = store.collaborations()[0]
    text = export.render_report(store, collaboration.id, "partners", "md").decode()
    assert "## Trust over time" in text
    assert "Partners will follow through on commitments" in text
    assert "## Measures of success and their status" in text
    assert "adopted" in text
    assert "## Open action items" in text
    assert "Publish the adopted measures on the City website" in text  # open, overdue


@pytest.mark.parametrize(
    "title,expected",
    [
        ("Kick-off: first meeting", "Kick-off first meeting.md"),
        ("../../etc/passwd", "etc passwd.md"),
        ("CON", "_CON.md"),
        ("   ", "export.md"),
        ('a<b>c"d|e?f*g', "a b c d e f g.md"),
    ],
)
def test_file_names_from_titles_are_safe(title, expected):
    assert export.safe_filename(title, ".md") == expected


def test_write_atomically_refuses_to_overwrite_and_leaves_the_old_file(tmp_path):
    target = tmp_path / "summary.md"
    target.write_text("old")
    with pytest.raises(export.FileExistsRefused):
        export.write_atomically(target, b"new")
    assert target.read_text() == "old"
    export.write_atomically(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.md"]
