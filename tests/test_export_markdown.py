"""The workshop summary structure and its Markdown rendering."""

from __future__ import annotations

from workshop_app.domain.document import BulletList, Heading, Paragraph, Table
from workshop_app.domain.records import Item, ItemKind
from workshop_app.export import workshop_view
from workshop_app.export.markdown import escape, render, workshop_markdown
from workshop_app.export.summary import build_summary


def capture(store, workshop, text, kind="note", visibility="partners", block=True, **fields):
    block_id = store.blocks(workshop.id)[0].id if block else None
    item = Item(workshop.id, kind, text, block_id, fields=fields, visibility=visibility)
    store.put(item)
    return item


def test_summary_has_header_decisions_actions_blocks_in_order_and_parking(store, planned_workshop):
    capture(store, planned_workshop, "Meet monthly", ItemKind.DECISION.value, "public")
    capture(
        store,
        planned_workshop,
        "Pull call data",
        ItemKind.ACTION.value,
        "public",
        owner="Lt. Price",
        due="2026-10-06",
    )
    capture(
        store, planned_workshop, "Jail diversion?", ItemKind.PARKING.value, "public", block=False
    )
    elements = build_summary(workshop_view(store, planned_workshop.id, "public"))
    headings = [e.text for e in elements if isinstance(e, Heading)]
    blocks = [b.title for b in store.blocks(planned_workshop.id)]
    assert headings[0] == "Kick-off"
    assert headings[1:4] == ["The partners", "Decisions", "Action items"]
    assert headings[4 : 4 + len(blocks)] == [f"{n}. {t}" for n, t in enumerate(blocks, 1)]
    assert headings[-1] == "Parking lot"
    actions = next(e for e in elements if isinstance(e, Table) and e.headers[0] == "Action")
    assert actions.rows[0][:3] == ("Pull call data", "Lt. Price", "2026-10-06")


def test_summary_states_the_audience_plainly(store, planned_workshop):
    elements = build_summary(workshop_view(store, planned_workshop.id, "public"))
    facts = next(e for e in elements if isinstance(e, BulletList))
    assert "Audience: Public" in facts.items
    text = workshop_markdown(workshop_view(store, planned_workshop.id, "public")).decode()
    assert "only items marked public" in text


def test_facilitator_notes_appear_only_in_the_internal_summary(store, planned_workshop):
    capture(
        store,
        planned_workshop,
        "Seat Rosa near Lt. Price",
        ItemKind.FACILITATOR_NOTE.value,
        "partners",
        block=False,
    )
    internal = workshop_markdown(workshop_view(store, planned_workshop.id, "internal")).decode()
    partners = workshop_markdown(workshop_view(store, planned_workshop.id, "partners")).decode()
    assert "Seat Rosa near Lt. Price" in internal
    assert "Seat Rosa near Lt. Price" not in partners


def test_markdown_escapes_markup_and_html_in_user_text():
    text = render([Paragraph("<script>alert(1)</script> *bold* [link](http://x) a|b")])
    assert "<script>" not in text
    assert "\\<script\\>" in text and "\\*bold\\*" in text and "\\[link\\]" in text


def test_markdown_escapes_line_start_markers_in_bullets_and_paragraphs():
    text = render([BulletList(("# not a heading", "- not a nested list", "1. not numbered"))])
    assert "- \\# not a heading" in text
    assert "- \\- not a nested list" in text
    assert "- 1\\. not numbered" in text


def test_markdown_table_cells_cannot_break_the_table():
    text = render([Table(("Fact", "Source"), (("a | b\nc", "CAD"),))])
    row = text.strip().splitlines()[-1]
    assert row == "| a \\| b c | CAD |"


def test_escape_keeps_plain_text_readable():
    assert escape("Calls rose 18% (2023-2025), says the Sheriff's Office.") == (
        "Calls rose 18% (2023-2025), says the Sheriff's Office."
    )
