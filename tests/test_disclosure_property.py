"""The disclosure property: for every audience, every output holds nothing that audience
may not see, and what it may see is there.

Generated collaborations (see ``disclosure_world``) use every exercise kind, random
visibilities (items and roster fields), hidden and revealed results, trees, votes,
scores, attributions, deletions and several meetings. For each meeting and audience
the test renders every format (Markdown, HTML, PDF text, Word XML, CSV, JSON), the
room view of every block, the collaboration report and the trust trends in them,
and compares every token, result and id with the oracle. It also checks that a
meeting's summary does not change when later meetings are held, that a summary says
when something was withheld, and that a file exported and imported elsewhere gives
the same summary. ``DISCLOSURE_EXAMPLES`` raises the number of examples (the soak run).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from pathlib import Path
from unittest import mock

from disclosure_world import (
    CLEARANCE,
    LISTED_IN_SUMMARY,
    TOKEN,
    World,
    build_world,
    number_in,
    trend_meetings,
)
from export_helpers import docx_text, normalise, pdf_text, zip_csv_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app import export
from workshop_app.domain.document import Chart, plain_text
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.registry import get_kind, history_kinds
from workshop_app.export.json_checks import parse_workshop_document
from workshop_app.export.json_import import import_workshop_document
from workshop_app.export.report import collaboration_report
from workshop_app.export.summary import build_summary
from workshop_app.storage import Store, open_store

EXAMPLES = int(os.environ.get("DISCLOSURE_EXAMPLES", "0")) or None
EXPORTED = ("public", "partners", "internal")
#: Counted by the soak run (docs/reliability.md): examples, documents and checks made.
TALLY = {"examples": 0, "documents": 0, "checks": 0, "leaks": 0}

world_specs = st.tuples(
    st.integers(0, 2**32 - 1),  # seed of everything else
    st.integers(1, 3),  # meetings
    st.integers(2, 4),  # partners
    st.sampled_from([0.0, 0.1, 0.25]),  # share of items deleted
    st.integers(0, 3),  # 0: also PDF and Word (the slow formats) for this example
)


def check_views(store: Store, world: World, m: int, audience: str) -> None:
    """Decisions are made on everything and disclosed as they are; a trust trend has a point
    only for meetings whose ratings the audience may see."""
    snapshot = store.snapshot(world.meetings[m].id, history_kinds())
    mine = audience_view(snapshot, audience)
    everything = audience_view(snapshot, Audience.INTERNAL)
    visible = {i.id for i in mine.items}
    for block in snapshot.blocks:
        expected = {
            key: value
            for key, value in everything.decided.get(block.id, {}).items()
            if key in visible
        }
        if not mine.shows_results(block.id):
            expected = {}
        assert dict(mine.decided.get(block.id, {})) == expected, (audience, m, block.kind)
    allowed_points = trend_meetings(world, audience, m)
    elements = (
        [e for b in mine.blocks for e in get_kind(b.kind).room(mine, b)]
        if audience == "room"
        else build_summary(mine)
    )
    for chart in elements:
        if isinstance(chart, Chart) and chart.kind == "trust_trend":
            for label in chart.data["meetings"]:
                title = label.splitlines()[-1]
                assert title in allowed_points, (audience, m, label)


def outputs_of_meeting(store: Store, world: World, m: int, audience: str, heavy: bool) -> dict:
    """Every document ``audience`` gets about meeting ``m``: name -> text."""
    workshop_id = world.meetings[m].id
    if audience == "room":
        view = audience_view(store.snapshot(workshop_id, history_kinds()), Audience.ROOM)
        return {
            f"room view of {block.kind}": plain_text(get_kind(block.kind).room(view, block))
            for block in view.blocks
        }
    view = export.workshop_view(store, workshop_id, audience)
    found = {
        "summary elements": plain_text(build_summary(view)),
        "md": export.render_workshop(view, "md").decode(),
        "html": _without_images(export.render_workshop(view, "html").decode()),
        "csv": zip_csv_text(export.render_workshop(view, "csv")),
        "json": export.render_workshop(view, "json").decode(),
    }
    if heavy:
        found["pdf"] = pdf_text(export.render_workshop(view, "pdf"))[1]
        found["docx"] = docx_text(export.render_workshop(view, "docx"))
    return found


def outputs_of_report(store: Store, world: World, audience: str, heavy: bool) -> dict:
    report = collaboration_report(store, world.collaboration.id, audience)
    found = {
        "report elements": plain_text(report.elements),
        "report md": export.render_report(store, world.collaboration.id, audience, "md").decode(),
        "report json": export.render_report(
            store, world.collaboration.id, audience, "json"
        ).decode(),
        "report csv": zip_csv_text(
            export.render_report(store, world.collaboration.id, audience, "csv")
        ),
    }
    if heavy:
        found["report html"] = _without_images(
            export.render_report(store, world.collaboration.id, audience, "html").decode()
        )
        found["report pdf"] = pdf_text(
            export.render_report(store, world.collaboration.id, audience, "pdf")
        )[1]
        found["report docx"] = docx_text(
            export.render_report(store, world.collaboration.id, audience, "docx")
        )
    return found


def _without_images(html: str) -> str:
    return re.sub(r"data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+", "", html)


def contains(secret_words: str, text: str) -> bool:
    if secret_words.isdigit():
        return number_in(int(secret_words), text)
    return secret_words in text


def check_no_leak(world: World, name: str, text: str, audience: str, meeting: int | None):
    flat = normalise(text) if name.endswith(("pdf", "docx")) else text
    TALLY["documents"] += 1
    for secret in world.secrets:
        TALLY["checks"] += 1
        if world.allowed(secret, audience, meeting):
            continue
        if contains(secret.words, flat):
            TALLY["leaks"] += 1
            raise AssertionError(
                f"{audience} {name} of meeting {meeting} shows {secret.words} "
                f"({secret.kind or 'roster or title'}, rank {secret.rank}, "
                f"from meeting {secret.meeting}, results {secret.results})"
            )


def check_everything_allowed_is_there(world: World, outputs: dict, audience: str, m: int):
    """What the audience may see of the meeting's own items is in its JSON and CSV, and each
    listed item's words are in the summary."""
    data = json.loads(outputs["json"])
    exported = {i["id"] for i in data["items"]}
    expected = {
        s.item_id
        for s in world.secrets
        if s.item_id and s.meeting == m and s.words == s.item_id
        if world.allowed(s, audience, m)
    }
    assert exported == expected, (audience, m, exported ^ expected)
    for secret in world.secrets:
        if secret.meeting != m or not world.allowed(secret, audience, m):
            continue
        if secret.is_text:
            assert secret.words in outputs["csv"], (audience, "csv", secret.words)
            if secret.kind in LISTED_IN_SUMMARY:
                assert secret.words in outputs["md"], (audience, "md", secret.kind, secret.words)
        if secret.results:
            assert contains(secret.words, outputs["json"]), (audience, "json", secret.words)


def check_attribution(outputs: dict, audience: str):
    """Who stated a position reaches only the facilitation team."""
    data = json.loads(outputs["json"])
    positions = [i for i in data["items"] if i["kind"] == "position"]
    if audience != "internal":
        assert all(i["partner_id"] is None for i in positions), audience
        assert "Stated by" not in outputs["md"], audience


def check_withheld_is_said(world: World, outputs: dict, audience: str, m: int):
    """Where something of the meeting was withheld, the summary says so."""
    withheld = [
        s
        for s in world.secrets
        if s.is_text
        and s.meeting == m
        and s.kind != "facilitator_note"
        and s.rank <= 2
        and s.rank > CLEARANCE[audience]
    ]
    if withheld:
        assert "Withheld:" in outputs["md"], (audience, m)


def summaries(store: Store, world: World, m: int) -> dict[str, str]:
    return {
        a: export.render_workshop(export.workshop_view(store, world.meetings[m].id, a), "md")
        .decode()
        .replace(_report_date(), "")
        for a in EXPORTED
    }


def _report_date() -> str:
    from datetime import date

    return date.today().isoformat()


def check_round_trip(store: Store, world: World, folder: Path, audiences: tuple[str, ...]):
    """Exported and imported into another database, the last meeting gives the same summary:
    the team's file for every audience; an audience's file for that audience (and it still
    says what was withheld), holding the same data again when exported once more."""
    m = len(world.meetings) - 1
    workshop_id = world.meetings[m].id

    def summary(where: Store, audience: str) -> bytes:
        return export.render_workshop(export.workshop_view(where, workshop_id, audience), "md")

    if "internal" in audiences:
        full = export.render_workshop(export.workshop_view(store, workshop_id, "internal"), "json")
        elsewhere = open_store(folder / "elsewhere.sqlite3")
        try:
            import_workshop_document(elsewhere, parse_workshop_document(full))
            for audience in EXPORTED:
                assert summary(store, audience) == summary(elsewhere, audience), audience
        finally:
            elsewhere.close()
    for audience in set(audiences) & {"public", "partners"}:
        sent = export.render_workshop(export.workshop_view(store, workshop_id, audience), "json")
        received = open_store(folder / f"{audience}.sqlite3")
        try:
            import_workshop_document(received, parse_workshop_document(sent))
            assert summary(received, audience) == summary(store, audience), audience
            again = export.render_workshop(
                export.workshop_view(received, workshop_id, audience), "json"
            )
        finally:
            received.close()
        assert _content(sent) == _content(again), audience


def _content(data: bytes) -> dict:
    document = json.loads(data)
    for key in ("exported_at", "audience"):
        document.pop(key, None)
    return document


#: A one-pixel PNG: what a chart becomes in the examples that skip drawing charts (the
#: chart's words, data included, are checked in the summary elements all the same).
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082"
)


def run_example(spec: tuple, audiences: tuple[str, ...]) -> None:
    seed, meetings, partners, deletions, slow = spec
    heavy = slow == 0
    with contextlib.ExitStack() as stack:
        if not heavy:  # drawing charts is four fifths of the time; a share draws them
            for module in ("export.html", "export.docx", "ui.pdf_writer"):
                stack.enter_context(
                    mock.patch(f"workshop_app.{module}.chart_png", lambda *a, **k: PIXEL)
                )
        _run_example(seed, meetings, partners, deletions, heavy, audiences)


def _run_example(
    seed: int,
    meetings: int,
    partners: int,
    deletions: float,
    heavy: bool,
    audiences: tuple[str, ...],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "w.sqlite3")
        try:
            world, (first, again) = build_world(
                store,
                seed,
                meetings,
                partners,
                deletions,
                after_first=lambda w: summaries(store, w, 0),
            )
            assert first == again, "the first meeting's summary changed when later ones were held"
            for audience in audiences:
                for m in range(len(world.meetings)):
                    check_views(store, world, m, audience)
                    outputs = outputs_of_meeting(store, world, m, audience, heavy)
                    for name, text in outputs.items():
                        check_no_leak(world, name, text, audience, m)
                    if audience != "room":
                        check_everything_allowed_is_there(world, outputs, audience, m)
                        check_attribution(outputs, audience)
                        check_withheld_is_said(world, outputs, audience, m)
                if audience != "room":
                    for name, text in outputs_of_report(store, world, audience, heavy).items():
                        check_no_leak(world, name, text, audience, None)
            check_round_trip(store, world, Path(folder), audiences)
        finally:
            store.close()
    TALLY["examples"] += 1


SETTINGS = settings(
    max_examples=EXAMPLES or 100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(spec=world_specs)
def test_the_public_gets_only_what_is_public_in_every_format(spec):
    run_example(spec, ("public",))


@SETTINGS
@given(spec=world_specs)
def test_partners_get_nothing_internal_and_no_hidden_result(spec):
    run_example(spec, ("partners",))


@SETTINGS
@given(spec=world_specs)
def test_the_room_sees_nothing_internal_and_no_unrevealed_result(spec):
    run_example(spec, ("room",))


@SETTINGS
@given(spec=world_specs)
def test_the_team_gets_everything_but_deleted_items_and_files_travel_unchanged(spec):
    run_example(spec, ("internal",))


def test_the_checks_see_what_they_look_for():
    """The control: a token, a result and an id the audience may see are found in every
    format by the same extraction the property uses, and a planted leak is caught."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "w.sqlite3")
        try:
            world, _ = build_world(store, 7, 2, 3, 0.0)
            outputs = outputs_of_meeting(store, world, 1, "internal", heavy=True)
            texts = [s for s in world.secrets if s.is_text and s.meeting == 1]
            assert texts
            for name in ("md", "html", "pdf", "docx", "csv", "json"):
                flat = normalise(outputs[name]) if name in ("pdf", "docx") else outputs[name]
                found = sum(1 for s in texts if s.words in flat)
                assert found >= len(texts) // 2, (name, found, len(texts))
            hidden = next(s for s in world.secrets if s.rank == 2)
            try:
                check_no_leak(world, "planted", f"x {hidden.words} y", "public", 1)
            except AssertionError:
                pass
            else:
                raise AssertionError("a planted leak was not caught")
            assert TOKEN.search(outputs["md"])
        finally:
            store.close()
