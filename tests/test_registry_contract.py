"""Every exercise kind keeps the whole contract: the registry is walked kind by kind and
each hook is used on empty and on demo data, for every audience."""

from __future__ import annotations

import pytest

from workshop_app.charts import draw_bar, drawer, render_png
from workshop_app.domain.document import Chart, Element
from workshop_app.domain.schema import fields_problems, item_schema
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.registry import ReportPart, all_kinds, history_kinds
from workshop_app.exercises.templates import templates
from workshop_app.storage import open_store

KINDS = all_kinds()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo collaboration, and a third meeting with one block of every kind filled with
    that kind's demo content (or demo notes, for a kind without its own)."""
    from workshop_app.domain import planning
    from workshop_app.domain.records import Block, Workshop
    from workshop_app.exercises.demo import add_demo, block_items
    from workshop_app.exercises.registry import DemoContext

    store = open_store(tmp_path_factory.mktemp("contract") / "demo.sqlite3")
    collaboration = add_demo(store)
    walk = Workshop(collaboration.id, "Every kind", "2027-01-15")
    blocks = [
        Block(walk.id, k.key, k.name, position=float(n), settings=k.default_settings())
        for n, k in enumerate(KINDS)
    ]
    store.apply(planning.create_workshop(walk, blocks))
    partners = tuple(store.partners(collaboration.id))
    made = []
    for block in blocks:
        made += block_items(DemoContext(walk, block, partners, 1))
    store.put(*made)
    yield store
    store.close()


def blocks_of(store, kind_key):
    for workshop in store.workshops():
        snapshot = store.snapshot(workshop.id, history_kinds())
        for block in snapshot.blocks:
            if block.kind == kind_key:
                yield snapshot, block


def charts_in(elements: list[Element]) -> list[Chart]:
    return [e for e in elements if isinstance(e, Chart)]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_each_kind_declares_what_it_captures_and_reads(kind):
    assert kind.label and kind.guidance_text and kind.prompt, kind.key
    for item_kind in (*kind.item_kinds, *kind.history_kinds):
        assert item_schema(item_kind) is not None, (kind.key, item_kind)
    for table in kind.tables:
        assert all(item_schema(k) is not None for k in table.kinds), table
    assert list(fields_problems(kind.all_settings, kind.default_settings(), "settings")) == []
    assert set(kind.history_kinds) <= history_kinds()


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_each_kind_has_its_section_of_the_facilitator_guide(kind):
    """Purpose, steps, tips and pitfalls in plain sentences (Help → Facilitator guide)."""
    guide = kind.guide
    assert guide is not None, f"{kind.key} declares no guide"
    assert len(guide.purpose.split()) >= 8, kind.key
    assert len(guide.steps) >= 3 and guide.tips and guide.pitfalls, kind.key
    for text in (guide.purpose, *guide.steps, *guide.tips, *guide.pitfalls):
        assert text == text.strip() and text.lstrip("“(")[0].isupper(), (kind.key, text)
        assert text[-1] in ".?!”", (kind.key, text)
        assert "  " not in text, (kind.key, text)
    others = [k.guide.purpose for k in KINDS if k is not kind and k.guide is not None]
    assert guide.purpose not in others  # written for this exercise, not copied


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_each_kind_says_when_to_use_it_and_for_how_many(kind):
    """The method library's "when to use it" and "group size", in plain sentences."""
    for text in (kind.when, kind.group_size):
        assert len(text.split()) >= 5, (kind.key, text)
        assert text == text.strip() and not text[0].islower(), (kind.key, text)
        assert text[-1] in ".?!" and "  " not in text, (kind.key, text)
    others = [k.when for k in KINDS if k is not kind]
    assert kind.when not in others  # written for this exercise, not copied


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_each_kind_shows_its_blocks_to_every_audience_and_draws_every_chart(demo, kind):
    """On demo data, room and summary give elements for every audience; every chart kind
    they use has its own drawing and draws; demo items fit their declared fields."""
    found = list(blocks_of(demo, kind.key))
    assert found, f"the demo has no {kind.key} block"
    for snapshot, block in found:
        for item in snapshot.items_in(block.id):
            schema = item_schema(item.kind)
            assert schema is not None, item.kind
            assert list(fields_problems(schema.fields, item.fields, item.kind)) == []
        for audience in Audience:
            view = audience_view(snapshot, audience)
            room, summary = kind.room(view, block), kind.summary(view, block)
            assert room, (kind.key, audience)  # the projector always says something
            # A summary section may be empty only when what it held was withheld (the
            # summary then says so itself).
            assert summary or view.withheld_in(block.id), (kind.key, audience)
            for elements in (room, summary):
                assert all(isinstance(e, Element.__args__) for e in elements)
                for chart in charts_in(elements):
                    assert drawer(chart.kind) is not draw_bar or chart.kind == "bar", chart.kind
                    assert render_png(chart, 320, 180, dpi=40).startswith(b"\x89PNG")


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_each_kind_says_something_of_an_empty_block(store, planned_workshop, kind):
    from dataclasses import replace

    snapshot = store.snapshot(planned_workshop.id, history_kinds())
    block = replace(snapshot.blocks[0], kind=kind.key, settings=kind.default_settings())
    snapshot = replace(snapshot, blocks=(block,), items=())
    view = audience_view(snapshot, Audience.PARTNERS)
    assert kind.room(view, block), kind.key
    kind.summary(view, block)  # may be empty only when something was withheld; nothing was


def test_report_sections_are_made_from_the_views_of_every_meeting(demo):
    from workshop_app.export import workshop_view

    views = [workshop_view(demo, w.id, "partners") for w in demo.workshops()]
    for kind in KINDS:
        if kind.report is not None:
            part = kind.report(views)
            assert isinstance(part, ReportPart) and part.elements, kind.key


def test_every_kind_has_a_panel_and_every_template_names_known_kinds(qapp):
    from PySide6.QtWidgets import QWidget

    from workshop_app.ui.panels import panel_class

    for kind in KINDS:
        assert issubclass(panel_class(kind.key), QWidget), kind.key
    keys = {k.key for k in KINDS}
    for template in templates():
        assert {b.kind for b in template.blocks} <= keys, template.key


def test_every_phone_input_is_complete_and_becomes_what_its_block_captures():
    from workshop_app.exercises.registry import all_kinds, get_kind

    declared = [k for k in all_kinds() if k.phone_inputs]
    assert len(declared) >= 10  # ideas, hopes, facts, criteria, indicators, trust…
    for kind in declared:
        types = [p.type for p in kind.phone_inputs]
        assert sorted(types) == sorted(set(types)), kind.key  # one of each at most
        owned = set(kind.item_kinds) | {s.kind for s in kind.items}
        for phone in kind.phone_inputs:
            assert phone.type in ("text", "rating"), kind.key
            assert phone.kinds and phone.label, kind.key
            for item_kind, label in phone.kinds:
                assert item_kind in owned, (kind.key, item_kind)
                assert label.strip(), kind.key
            if phone.type == "rating":
                assert phone.questions and phone.scale and phone.count, kind.key
    # A block may take a fact and, beside it, each fact's status.
    assert [p.type for p in get_kind("fact_base").phone_inputs] == ["text", "rating"]


def test_the_kinds_reference_says_what_phones_may_send_to_every_kind():
    from workshop_app.exercises.reference import kinds_markdown
    from workshop_app.exercises.registry import all_kinds

    text = kinds_markdown()
    assert text.count("- from the room's phones: ") == len(all_kinds())
    assert "answers counted straight into `trust_rating`" in text
    assert "accepted as `hope` or `concern`" in text
