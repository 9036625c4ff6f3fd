"""Property: nothing an audience may not see leaks into the room views or summaries
of the trust-building and scoping exercises (internal items never; partners-only
items never in public output), whatever the items, their nesting and history."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain.document import plain_text
from workshop_app.domain.records import (
    Block,
    Collaboration,
    Item,
    ItemKind,
    Partner,
    Visibility,
    Workshop,
)
from workshop_app.domain.snapshot import EarlierMeeting, WorkshopSnapshot
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.fact_base import FACT, FACT_STATUS, QUESTION_FIELD
from workshop_app.exercises.hopes_concerns import CONCERN, HOPE, WORKING_AGREEMENT
from workshop_app.exercises.partnership_history import HISTORY
from workshop_app.exercises.positions_interests import POSITION
from workshop_app.exercises.registry import get_kind
from workshop_app.exercises.scope_issue import PROBLEM_STATEMENT, SCOPE, SCOPE_NODE
from workshop_app.exercises.trust_check_in import DEFAULT_STATEMENTS, TRUST_RATING

KINDS = {
    "who_is_at_the_table": (ItemKind.NOTE.value,),
    "partnership_history": (HISTORY,),
    "trust_check_in": (TRUST_RATING,),
    "hopes_concerns": (HOPE, CONCERN, WORKING_AGREEMENT),
    "scope_issue": (SCOPE_NODE, PROBLEM_STATEMENT),
    "positions_interests": (POSITION,),
    "fact_base": (FACT, ItemKind.ACTION.value),
}
PAIRS = [(block, kind) for block, kinds in KINDS.items() for kind in kinds]
CLEARANCE = {Audience.PUBLIC: 0, Audience.PARTNERS: 1, Audience.ROOM: 1}
RANK = {"public": 0, "partners": 1, "internal": 2}

collaboration = Collaboration("Safer Riverton")
partners = tuple(
    Partner(collaboration.id, name, sector, position=n)
    for n, (name, sector) in enumerate(
        (("City", "public"), ("Sheriff", "public"), ("Youth", "nonprofit"))
    )
)
workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15")
earlier = Workshop(collaboration.id, "Earlier", "2026-01-15")
blocks = {
    key: Block(
        workshop.id,
        key,
        key,
        position=n,
        settings={**get_kind(key).default_settings(), "revealed": True},
    )
    for n, key in enumerate(KINDS)
}


def token(n: int) -> str:
    return f"zq{n:04d}q"


def make_item(
    n: int,
    pair: int,
    visibility: str,
    parent: int | None,
    other_meeting: bool,
    made: list[Item],
    partner_picks: tuple[int, int],
) -> Item:
    block_key, kind = PAIRS[pair]
    block = blocks[block_key]
    secret = token(n)
    fields: dict = {}
    text = secret
    parent_id = None
    if kind == TRUST_RATING:
        # The statement text is block configuration; what must not leak is the tally.
        text = DEFAULT_STATEMENTS[n % 3]
        fields = {"counts": [0, 0, 0, 0, 7000 + n], "meeting_date": "2026-01-15"}
    elif kind == HISTORY:
        a, b = partner_picks
        fields = {
            "partners": [partners[a].id, partners[(a + 1 + b) % 3].id],
            "outcome": ("good", "mixed", "failed", "none")[n % 4],
            "lesson": secret,
        }
    elif kind == SCOPE_NODE:
        fields = {"scope": SCOPE.values[n % 4]}
        nodes = [i for i in made if i.kind == SCOPE_NODE and i.block_id == block.id]
        if parent is not None and nodes:
            parent_id = nodes[parent % len(nodes)].id
    elif kind == POSITION:
        fields = {"interest": secret}
        text = f"{secret}pos"
    elif kind == FACT:
        fields = {
            "source": secret,
            "date": "2026",
            "contributor": secret,
            "status": FACT_STATUS.values[n % 4],
        }
    elif kind == ItemKind.ACTION.value:
        fields = {"owner": secret, "due": "2026-10-01", QUESTION_FIELD: True}
    elif kind == WORKING_AGREEMENT:
        fields = {"agreed": bool(n % 2)}
    where = earlier if other_meeting and kind in (HISTORY, TRUST_RATING) else workshop
    return Item(
        where.id,
        kind,
        text,
        block.id if where is workshop else None,
        parent_id=parent_id,
        fields=fields,
        visibility=visibility,
        partner_id=partners[n % 3].id,
        position=float(n),
    )


item_specs = st.lists(
    st.tuples(
        st.integers(0, len(PAIRS) - 1),
        st.sampled_from([v.value for v in Visibility]),
        st.none() | st.integers(0, 20),
        st.booleans(),
        st.tuples(st.integers(0, 2), st.integers(0, 1)),
    ),
    max_size=30,
)


def hidden_from(audience: Audience, item: Item, by_id: dict[str, Item]) -> bool:
    rank, current, hops = RANK[item.visibility], item, 0
    while current.parent_id in by_id and hops < 100:
        current = by_id[current.parent_id]
        rank = max(rank, RANK[current.visibility])
        hops += 1
    return rank > CLEARANCE[audience]


def leaked_words(item: Item) -> list[str]:
    """What would show that ``item`` leaked: its token, or its tally."""
    if item.kind == TRUST_RATING:
        return [str(item.fields["counts"][4])]
    return [token(int(item.position))]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item_specs)
def test_no_hidden_item_reaches_room_views_or_summaries(specs):
    made: list[Item] = []
    for n, (pair, visibility, parent, other_meeting, picks) in enumerate(specs):
        made.append(make_item(n, pair, visibility, parent, other_meeting, made, picks))
    here = tuple(i for i in made if i.workshop_id == workshop.id)
    history = tuple(i for i in made if i.workshop_id != workshop.id)
    snapshot = WorkshopSnapshot(
        collaboration,
        partners,
        workshop,
        tuple(blocks.values()),
        here,
        (EarlierMeeting(earlier, (), history),) if history else (),
    )
    by_id = {i.id: i for i in made}
    for audience in (Audience.ROOM, Audience.PARTNERS, Audience.PUBLIC):
        view = audience_view(snapshot, audience)
        text = ""
        for block in view.blocks:
            kind = get_kind(block.kind)
            text += plain_text(kind.room(view, block)) + plain_text(kind.summary(view, block))
        for item in made:
            if hidden_from(audience, item, by_id):
                for word in leaked_words(item):
                    assert word not in text, (audience, item)


def test_positions_never_reach_the_room_whatever_their_visibility():
    block = blocks["positions_interests"]
    items = tuple(
        Item(
            workshop.id,
            POSITION,
            f"position {v}",
            block.id,
            fields={"interest": f"interest {v}"},
            visibility=v,
            partner_id=partners[0].id,
        )
        for v in ("public", "partners")
    )
    snapshot = WorkshopSnapshot(collaboration, partners, workshop, (block,), items)
    view = audience_view(snapshot, Audience.ROOM)
    text = plain_text(get_kind("positions_interests").room(view, view.block(block.id)))
    assert "interest public" in text and "interest partners" in text
    assert "position" not in text.replace("positions", "")
    assert "City" not in text
