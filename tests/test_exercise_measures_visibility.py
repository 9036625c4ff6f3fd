"""Property: what the measures and sharing exercises show never leaks what an audience may not see.

Every captured text carries a unique marker; for each audience we render every room view,
every summary section and the draft agreement, and look for the markers of items the
audience may not see.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain.document import plain_text
from workshop_app.domain.records import Block, Collaboration, Item, Partner, Workshop
from workshop_app.domain.snapshot import EarlierMeeting, WorkshopSnapshot
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.communication_protocol import CONTACT
from workshop_app.exercises.data_inventory import COMMITMENT, CONFIDENTIAL, OPEN, RESTRICTED
from workshop_app.exercises.indicator_agreement import VOTE
from workshop_app.exercises.indicators import INDICATOR
from workshop_app.exercises.measure_criteria import CAPACITY, CRITERION, JUDGE
from workshop_app.exercises.registry import get_kind
from workshop_app.exercises.sharing_agreement import agreement_elements

COLLABORATION = Collaboration("Safer Riverton Partnership", id="c")
PARTNERS = tuple(
    Partner("c", name, sector, answers_to="Council", id=f"p{n}")
    for n, (name, sector) in enumerate(
        (("City", "public"), ("Youth Alliance", "nonprofit"), ("Eastside Council", "community"))
    )
)
WORKSHOP = Workshop("c", "Second meeting", "2026-10-20", id="w")
KINDS = (
    "measure_criteria",
    "indicators",
    "indicator_agreement",
    "balance_check",
    "data_inventory",
    "communication_protocol",
    "sharing_agreement",
)
VISIBILITIES = ("public", "partners", "internal")
SENSITIVITIES = ("", OPEN, RESTRICTED, CONFIDENTIAL)
SECTORS = ("", "public", "nonprofit", "community")


def marker(n: int, part: str = "") -> str:
    return f"⟦{part}{n}⟧"


@st.composite
def workshops(draw) -> WorkshopSnapshot:
    blocks = []
    for n, kind in enumerate(KINDS):
        settings_ = dict(get_kind(kind).default_settings())
        if kind == "indicator_agreement":
            settings_.update(
                method=draw(st.sampled_from(["fist_to_five", "gradients", "dots"])),
                results_hidden=draw(st.booleans()),
                revealed=draw(st.booleans()),
            )
        blocks.append(Block("w", kind, kind, position=n, settings=settings_, id=f"b-{kind}"))
    partner_ids = st.sampled_from([p.id for p in PARTNERS])
    items: list[Item] = []
    count = draw(st.integers(1, 14))
    indicator_ids: list[str] = []
    for n in range(count):
        kind = draw(st.sampled_from([CRITERION, INDICATOR, COMMITMENT, CONTACT]))
        visibility = draw(st.sampled_from(VISIBILITIES))
        block = {
            CRITERION: "b-measure_criteria",
            INDICATOR: "b-indicators",
            COMMITMENT: "b-data_inventory",
            CONTACT: "b-communication_protocol",
        }[kind]
        fields: dict = {}
        if kind == INDICATOR:
            fields = {
                "measures": marker(n, "measures"),
                "financial": draw(st.sampled_from(["yes", "no", ""])),
                "timing": draw(st.sampled_from(["leading", "lagging", ""])),
                "source": marker(n, "source"),
                "needed_by": draw(st.lists(partner_ids, max_size=2)),
            }
            indicator_ids.append(f"i{n}")
        elif kind == COMMITMENT:
            fields = {
                "recipients": draw(st.lists(partner_ids, max_size=2)),
                "purpose": marker(n, "purpose"),
                "form": marker(n, "form"),
                "sensitivity": draw(st.sampled_from(SENSITIVITIES)),
                "tags": marker(n, "tag"),
                "agreed": draw(st.booleans()),
            }
        elif kind == CONTACT:
            fields = {"records_contact": marker(n, "records"), "warning": marker(n, "warn")}
        elif kind == CRITERION:
            fields = {"group": draw(st.sampled_from([JUDGE, CAPACITY]))}
        items.append(
            Item(
                "w",
                kind,
                marker(n),
                block,
                fields=fields,
                visibility=visibility,
                partner_id=draw(st.none() | partner_ids),
                id=f"i{n}" if kind == INDICATOR else f"x{n}",
                position=n,
            )
        )
    for n, indicator_id in enumerate(indicator_ids):
        tallies = draw(
            st.dictionaries(
                st.sampled_from(SECTORS),
                st.dictionaries(
                    st.sampled_from(["5", "3", "1", "0", "love", "block", "dots"]),
                    st.integers(0, 9),
                    max_size=3,
                ),
                max_size=3,
            )
        )
        items.append(
            Item(
                "w",
                VOTE,
                "Votes",
                "b-indicator_agreement",
                visibility="public",
                fields={"indicator_id": indicator_id, "tallies": tallies},
                id=f"v{n}",
            )
        )
    history = [
        Item(
            "old",
            "partnership_history",
            marker(90 + n, "history"),
            "hb",
            fields={
                "partners": draw(st.lists(partner_ids, min_size=2, max_size=2, unique=True)),
                "outcome": draw(st.sampled_from(["good", "failed", "none"])),
            },
            visibility=draw(st.sampled_from(VISIBILITIES)),
            id=f"h{n}",
        )
        for n in range(draw(st.integers(0, 3)))
    ]
    earlier = Workshop(COLLABORATION.id, "Earlier", "2020-01-01", id="old")
    return WorkshopSnapshot(
        COLLABORATION,
        PARTNERS,
        WORKSHOP,
        tuple(blocks),
        tuple(items),
        (EarlierMeeting(earlier, (), tuple(history)),) if history else (),
    )


def everything_shown(snapshot: WorkshopSnapshot, audience: Audience) -> str:
    view = audience_view(snapshot, audience)
    elements = []
    for block in view.blocks:
        kind = get_kind(block.kind)
        elements += kind.room(view, block) + kind.summary(view, block)
    elements += agreement_elements(view)
    return plain_text(elements)


def markers_of(item: Item) -> list[str]:
    found = [item.text] if item.text.startswith("⟦") else []
    return found + [v for v in item.fields.values() if isinstance(v, str) and v.startswith("⟦")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workshops(), st.sampled_from([Audience.ROOM, Audience.PARTNERS, Audience.PUBLIC]))
def test_internal_items_never_reach_room_partners_or_public_elements(snapshot, audience):
    shown = everything_shown(snapshot, audience)
    for item in (*snapshot.items, *snapshot.history):
        if item.visibility == "internal":
            for text in markers_of(item):
                assert text not in shown, (audience, item)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workshops())
def test_public_elements_show_only_public_items_and_never_sensitive_data(snapshot):
    shown = everything_shown(snapshot, Audience.PUBLIC)
    for item in (*snapshot.items, *snapshot.history):
        sensitive = item.fields.get("sensitivity") in (RESTRICTED, CONFIDENTIAL)
        if item.visibility != "public" or sensitive:
            for text in markers_of(item):
                assert text not in shown, item


@settings(max_examples=60, deadline=None)
@given(workshops())
def test_the_facilitator_sees_every_indicator_and_commitment(snapshot):
    shown = everything_shown(snapshot, Audience.INTERNAL)
    for item in snapshot.items:
        if item.kind in (INDICATOR, COMMITMENT):
            assert item.text in shown
