"""The cases an outside review found, one test each: files a partner sends back, forged
times, decisions made on everything, withheld material said in every section and in the
report, criteria that are withheld, meetings without a date."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path

import pytest

from workshop_app import export
from workshop_app.domain import edits, planning
from workshop_app.domain.records import (
    Block,
    Collaboration,
    Item,
    Partner,
    Workshop,
    now,
)
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.demo import add_demo
from workshop_app.exercises.indicator_agreement import VOTE, default_agreement_settings, outcomes
from workshop_app.exercises.indicators import INDICATOR
from workshop_app.exercises.measure_criteria import CRITERION
from workshop_app.exercises.registry import all_kinds, get_kind, history_kinds
from workshop_app.export.json_checks import ImportRefused, parse_workshop_document
from workshop_app.export.json_import import import_workshop_document
from workshop_app.export.report import collaboration_report
from workshop_app.storage import Store, open_store

all_kinds()


def md(store: Store, workshop_id: str, audience: str) -> str:
    return export.render_workshop(export.workshop_view(store, workshop_id, audience), "md").decode()


def exported(store: Store, workshop_id: str, audience: str) -> dict:
    view = export.workshop_view(store, workshop_id, audience)
    return json.loads(export.render_workshop(view, "json"))


def load(store: Store, document: dict):
    return import_workshop_document(store, parse_workshop_document(json.dumps(document).encode()))


@pytest.fixture
def demo(tmp_path: Path):
    store = open_store(tmp_path / "demo.sqlite3")
    add_demo(store)
    yield store
    store.close()


def meetings(store: Store) -> list[Workshop]:
    return sorted(store.workshops(), key=lambda w: w.date)


def hidden_vote_block(store: Store, workshop_id: str) -> Block:
    block = next(b for b in store.blocks(workshop_id) if b.kind == "indicator_agreement")
    hidden = replace(block, settings={**block.settings, "results_hidden": True, "revealed": False})
    store.put(hidden)
    return hidden


# ------------------------------------------------------------------ files sent back
def test_a_carried_meeting_cannot_reveal_a_real_block_by_reusing_its_id(demo):
    """A fake earlier meeting whose block has the id of the real hidden vote, 'revealed'."""
    follow_up = meetings(demo)[1]
    block = hidden_vote_block(demo, follow_up.id)
    document = exported(demo, follow_up.id, "partners")
    fake = copy.deepcopy(document["workshop"])
    fake.update(id="fake-meeting", title="Fake", date="2020-01-01")
    document["earlier_meetings"] = [
        *document["earlier_meetings"],  # what this meeting refers to stays
        {
            "workshop": fake,
            "blocks": [
                {
                    **document["blocks"][0],
                    "id": block.id,
                    "workshop_id": "fake-meeting",
                    "kind": "indicator_agreement",
                    "settings": {"results_hidden": False, "revealed": True},
                }
            ],
            "items": [],
        },
    ]
    before = demo.dump()
    with pytest.raises(ImportRefused) as refused:
        load(demo, document)
    assert block.id in refused.value.message
    assert demo.dump() == before
    assert "Results hidden" in md(demo, follow_up.id, "partners")


def test_a_partners_file_sent_back_changes_nothing_already_here(demo):
    """The partners export, edited and re-dated by a colleague, imported into the original:
    it may add, never blank what was withheld from it."""
    kickoff = meetings(demo)[0]
    before = {a: md(demo, kickoff.id, a) for a in ("internal", "partners", "public")}
    document = exported(demo, kickoff.id, "partners")
    stamp = now()
    for record in [*document["partners"], *document["items"], document["workshop"]]:
        record["updated_at"] = stamp
    document["items"][0]["text"] = "A typo fixed by a colleague"
    result = load(demo, document)
    assert result.updated == 0
    assert {a: md(demo, kickoff.id, a) for a in before} == before


def test_a_file_dated_in_the_future_is_refused(demo):
    kickoff = meetings(demo)[0]
    document = exported(demo, kickoff.id, "internal")
    document["items"][0]["updated_at"] = "9999-01-01T00:00:00+00:00"
    before = demo.dump()
    with pytest.raises(ImportRefused, match="in the future"):
        load(demo, document)
    assert demo.dump() == before


@pytest.mark.parametrize("stamp", ["zzzz", "2026-13-45T99:00:00"])
def test_a_time_that_is_not_a_time_is_refused(demo, stamp):
    kickoff = meetings(demo)[0]
    document = exported(demo, kickoff.id, "internal")
    document["partners"][0]["updated_at"] = stamp
    with pytest.raises(ImportRefused):
        load(demo, document)


def test_a_day_that_does_not_exist_is_refused(demo):
    document = exported(demo, meetings(demo)[0].id, "internal")
    document["workshop"]["date"] = "2026-02-30"
    with pytest.raises(ImportRefused, match="no such day"):
        load(demo, document)


def test_importing_a_public_copy_after_the_whole_one_keeps_what_it_read(tmp_path, demo):
    follow_up = meetings(demo)[1]
    whole = exported(demo, follow_up.id, "internal")
    public = exported(demo, follow_up.id, "public")
    elsewhere = open_store(tmp_path / "elsewhere.sqlite3")
    try:
        load(elsewhere, whole)
        before = md(elsewhere, follow_up.id, "internal")
        load(elsewhere, public)
        assert md(elsewhere, follow_up.id, "internal") == before
    finally:
        elsewhere.close()


def test_an_item_deleted_here_does_not_come_back_with_an_older_file(demo):
    kickoff = meetings(demo)[0]
    document = exported(demo, kickoff.id, "internal")
    decision = next(i for i in demo.items(kickoff.id) if i.kind == "decision")
    demo.apply(edits.delete("Delete", decision))
    result = load(demo, document)
    assert demo.get(Item, decision.id) is None
    assert result.skipped_deleted >= 1
    assert "not brought back" in result.describe()


def test_undoing_a_delete_forgets_it_was_deleted(demo):
    kickoff = meetings(demo)[0]
    decision = next(i for i in demo.items(kickoff.id) if i.kind == "decision")
    edit = edits.delete("Delete", decision)
    demo.apply(edit)
    assert demo.deleted_at(decision.id) is not None
    demo.apply(edit.inverse())
    assert demo.deleted_at(decision.id) is None


def test_importing_into_a_collaboration_in_the_bin_is_refused(demo):
    kickoff = meetings(demo)[0]
    document = exported(demo, kickoff.id, "internal")
    collaboration = demo.get(Collaboration, kickoff.collaboration_id)
    demo.put(replace(collaboration, deleted_at=now()))
    before = demo.dump()
    with pytest.raises(ImportRefused, match="bin"):
        load(demo, document)
    assert demo.dump() == before


# ------------------------------------------------------------------ what travels
@pytest.mark.parametrize("audience", ["partners", "public"])
def test_a_redacted_file_imported_elsewhere_reads_the_same_and_still_says_withheld(
    tmp_path, demo, audience
):
    for meeting in meetings(demo):
        here = md(demo, meeting.id, audience)
        elsewhere = open_store(tmp_path / f"{audience}-{meeting.id}.sqlite3")
        try:
            load(elsewhere, exported(demo, meeting.id, audience))
            assert md(elsewhere, meeting.id, audience) == here
            assert "Withheld:" in md(elsewhere, meeting.id, "internal")
        finally:
            elsewhere.close()


# ------------------------------------------------------------------ decisions
def test_a_top_dots_outcome_is_the_same_for_every_audience_that_sees_it(store: Store):
    collaboration = Collaboration("Dots")
    workshop = Workshop(collaboration.id, "Vote", "2026-10-01")
    block = Block(
        workshop.id,
        "indicator_agreement",
        "Vote",
        settings={
            **default_agreement_settings(),
            "method": "dots",
            "rule": {"kind": "top_dots", "top": 1},
            "results_hidden": False,
        },
    )
    store.put(collaboration)
    store.apply(planning.create_workshop(workshop, [block]))
    hidden = Item(workshop.id, INDICATOR, "Internal favourite", visibility="internal")
    shown = Item(workshop.id, INDICATOR, "Public runner-up", visibility="public")
    votes = [
        Item(
            workshop.id,
            VOTE,
            "Votes",
            block.id,
            visibility="public",
            fields={"indicator_id": i.id, "tallies": {"": {"dots": n}}},
        )
        for i, n in ((hidden, 9), (shown, 6))
    ]
    store.put(hidden, shown, *votes)
    snapshot = store.snapshot(workshop.id, history_kinds())
    internal = outcomes(audience_view(snapshot, Audience.INTERNAL))
    assert internal[shown.id].value == "parked" or internal[shown.id].value == "dropped"
    for audience in (Audience.PARTNERS, Audience.PUBLIC, Audience.ROOM):
        assert outcomes(audience_view(snapshot, audience)) == {shown.id: internal[shown.id]}
    assert "Adopted" not in md(store, workshop.id, "public").split("Public runner-up")[1][:40]


# ------------------------------------------------------------------ withheld is said
def test_the_report_says_what_it_withholds(demo):
    collaboration = meetings(demo)[0].collaboration_id
    public = collaboration_report(demo, collaboration, "public")
    text = "\n".join(str(e) for e in public.elements)
    assert "Withheld:" in text
    internal = collaboration_report(demo, collaboration, "internal")
    assert "Withheld:" not in "\n".join(str(e) for e in internal.elements)


def test_a_section_partly_withheld_says_how_many_more(store: Store, planned_workshop):
    store.put(
        Item(planned_workshop.id, "decision", "Meet monthly", visibility="public"),
        Item(planned_workshop.id, "decision", "Budget split", visibility="partners"),
        Item(planned_workshop.id, "parking", "Cameras", visibility="public"),
        Item(planned_workshop.id, "parking", "Overtime", visibility="internal"),
    )
    public = md(store, planned_workshop.id, "public")
    decisions = public.split("## Decisions")[1].split("##")[0]
    assert "Meet monthly" in decisions and "Withheld: 1 more" in decisions
    parking = public.split("## Parking lot")[1].split("##")[0]
    assert "Cameras" in parking and "Withheld: 1 more" in parking


def test_withheld_criteria_do_not_turn_into_the_standard_ones(store: Store):
    collaboration = Collaboration("Criteria")
    workshop = Workshop(collaboration.id, "Measures", "2026-10-01")
    blocks = [
        Block(workshop.id, "measure_criteria", "Criteria", position=0),
        Block(workshop.id, "indicators", "Indicators", position=1),
    ]
    store.put(collaboration)
    store.apply(planning.create_workshop(workshop, blocks))
    store.put(
        Item(workshop.id, CRITERION, "Counsel agrees", blocks[0].id, visibility="partners"),
        Item(workshop.id, INDICATOR, "Repeat calls", blocks[1].id, visibility="public"),
    )
    for audience in ("public", "partners", "internal"):
        text = md(store, workshop.id, audience)
        assert "| Repeat calls | 0 / 0 |" in text, audience


def test_unclassified_shared_data_is_never_public(store: Store, planned_workshop):
    block = next(b for b in store.blocks(planned_workshop.id) if b.kind == "data_inventory")
    store.put(
        Item(
            planned_workshop.id,
            "sharing_commitment",
            "Unclassified data",
            block.id,
            visibility="public",
            fields={"sensitivity": ""},
        ),
        Item(
            planned_workshop.id,
            "sharing_commitment",
            "Open data",
            block.id,
            visibility="public",
            fields={"sensitivity": "open"},
        ),
    )
    public = md(store, planned_workshop.id, "public")
    assert "Open data" in public and "Unclassified data" not in public
    assert "Unclassified data" in md(store, planned_workshop.id, "partners")


def test_a_withheld_sector_is_said_on_the_projector_not_filed_as_other(store: Store):
    collaboration = Collaboration("Roster")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-10-01")
    block = Block(workshop.id, "who_is_at_the_table", "Roster")
    store.put(collaboration)
    store.apply(planning.create_workshop(workshop, [block]))
    store.put(
        Partner(collaboration.id, "City", "public"),
        Partner(
            collaboration.id, "Quiet Fund", "philanthropic", field_visibility={"sector": "internal"}
        ),
    )
    view = audience_view(store.snapshot(workshop.id, history_kinds()), Audience.ROOM)
    text = "\n".join(str(e) for e in get_kind("who_is_at_the_table").room(view, block))
    assert "Philanthropic" not in text and "Other" not in text
    assert "withheld" in text


# ------------------------------------------------------------------ meeting order
def test_a_meeting_without_a_date_is_the_latest_and_changes_no_dated_meeting(demo):
    first, second, *_later = meetings(demo)
    before = md(demo, second.id, "partners")
    demo.put(Workshop(first.collaboration_id, "Next meeting, date to be agreed"))
    assert md(demo, second.id, "partners") == before


def test_the_report_orders_meetings_as_the_summaries_do(store: Store):
    collaboration = Collaboration("Same day")
    store.put(collaboration)
    second = Workshop(collaboration.id, "A second", "2026-10-01", created_at="2026-09-01T09:00")
    first = Workshop(collaboration.id, "Z first", "2026-10-01", created_at="2026-09-01T08:00")
    store.put(second, first)
    report = collaboration_report(store, collaboration.id, "internal")
    assert [m["title"] for m in report.data["meetings"]] == ["Z first", "A second"]
