"""A live workshop, patched edit by edit, always equals a fresh read filtered anew."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.domain.live import LiveWorkshop
from workshop_app.domain.records import Block, Collaboration, Item, Partner, Workshop
from workshop_app.domain.snapshot import WorkshopSnapshot
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.registry import all_kinds

all_kinds()  # the exercises declare what each item kind holds

COLLAB = Collaboration("Safer Streets")
WORKSHOP = Workshop(COLLAB.id, "Kick-off")
BLOCKS = (
    Block(WORKSHOP.id, "discussion", "One", position=0),
    Block(WORKSHOP.id, "scope_issue", "Two", position=1, settings={"results_hidden": True}),
)
VISIBILITIES = st.sampled_from(["public", "partners", "internal"])
KINDS = st.sampled_from(
    [
        "note",
        "facilitator_note",
        "scope_node",
        "sharing_commitment",
        "trust_rating",
        "position",
        "indicator",
        "indicator_vote",
        "criterion",
    ]
)
PARTNER = Partner(COLLAB.id, "City")


def fields_for(kind: str, n: int, existing: list[Item]) -> dict:
    """Fields that exercise what the policy does per kind: results, references, scores."""
    if kind == "trust_rating":
        return {"counts": [n, 1, 2, 3, 4]}
    if kind == "position":
        return {"interest": f"interest {n}"}
    if kind == "indicator_vote":
        targets = [i.id for i in existing if i.kind == "indicator"]
        return {
            "indicator_id": targets[n % len(targets)] if targets else "",
            "tallies": {"": {"3": n}},
        }
    if kind == "indicator":
        criteria = [i.id for i in existing if i.kind == "criterion"]
        return {"scores": {c: 2 for c in criteria}, "measures": f"m {n}"}
    if kind == "sharing_commitment":
        return {"sensitivity": ["open", "restricted", "confidential"][n % 3]}
    return {}


# One step: add an item (maybe under an existing one), change one, or delete one.
step = st.tuples(
    st.sampled_from(["add", "change", "delete"]),
    st.integers(min_value=0, max_value=50),
    VISIBILITIES,
    KINDS,
    st.integers(min_value=0, max_value=5),
    st.booleans(),
)


def order(items):
    return sorted(items, key=lambda i: (i.position, i.created_at))


@settings(max_examples=150, deadline=None)
@given(st.lists(step, max_size=30))
def test_patched_views_equal_views_filtered_from_scratch(steps):
    snapshot = WorkshopSnapshot(COLLAB, (PARTNER,), WORKSHOP, BLOCKS, ())
    live = LiveWorkshop(snapshot)
    for audience in Audience:
        live.view(audience)  # handed out before the edits: these are the ones patched
    items: dict[str, Item] = {}
    for n, (action, pick, visibility, kind, position, nested) in enumerate(steps):
        existing = list(items.values())
        if action == "add" or not existing:
            parent = existing[pick % len(existing)].id if nested and existing else None
            item = Item(
                WORKSHOP.id,
                kind,
                f"item {n}",
                block_id=BLOCKS[n % 2].id,
                parent_id=parent,
                visibility=visibility,
                position=float(position),
                created_at=f"2026-01-01T00:00:{n:02d}",
                fields=fields_for(kind, n, existing),
                partner_id=PARTNER.id if kind == "position" else None,
            )
            items[item.id] = item
            live.update(items={item.id: item})
        elif action == "change":
            old = existing[pick % len(existing)]
            new = replace(old, visibility=visibility, position=float(position))
            items[old.id] = new
            live.update(items={old.id: new})
        else:
            gone = existing[pick % len(existing)]
            doomed = {gone.id} | {i.id for i in existing if i.parent_id == gone.id}
            for item_id in doomed:
                del items[item_id]
            live.update(items=dict.fromkeys(doomed))
    expected = replace(snapshot, items=tuple(order(items.values())))
    assert [i.id for i in live.snapshot.items] == [i.id for i in expected.items]
    for audience in Audience:
        fresh = audience_view(expected, audience)
        patched = live.view(audience)
        assert [i.id for i in patched.items] == [i.id for i in fresh.items], audience
        assert patched == fresh, audience


def test_changing_a_block_updates_hidden_results_in_every_view():
    rating = Item(
        WORKSHOP.id, "trust_rating", "We trust", block_id=BLOCKS[1].id, fields={"counts": [7]}
    )
    live = LiveWorkshop(WorkshopSnapshot(COLLAB, (), WORKSHOP, BLOCKS, (rating,)))
    assert not live.view(Audience.ROOM).shows_results(BLOCKS[1].id)
    assert live.view(Audience.ROOM).items[0].fields == {}
    revealed = replace(BLOCKS[1], settings={"results_hidden": True, "revealed": True})
    live.update(blocks=(BLOCKS[0], revealed))
    assert live.view(Audience.ROOM).shows_results(BLOCKS[1].id)
    assert live.view(Audience.ROOM).items[0].fields == {"counts": [7]}


def test_items_of_another_workshop_are_ignored():
    live = LiveWorkshop(WorkshopSnapshot(COLLAB, (), WORKSHOP, BLOCKS, ()))
    stray = Item("another-workshop", "note", "not ours")
    live.update(items={stray.id: stray})
    assert live.snapshot.items == ()


def test_hiding_a_parent_hides_its_branch_in_patched_views():
    parent = Item(WORKSHOP.id, "scope_node", "Public safety", block_id=BLOCKS[1].id)
    child = Item(
        WORKSHOP.id,
        "scope_node",
        "Shared patrols",
        block_id=BLOCKS[1].id,
        parent_id=parent.id,
        position=1,
    )
    live = LiveWorkshop(WorkshopSnapshot(COLLAB, (), WORKSHOP, BLOCKS, (parent, child)))
    assert len(live.view(Audience.PARTNERS).items) == 2
    live.update(items={parent.id: replace(parent, visibility="internal")})
    assert live.view(Audience.PARTNERS).items == ()
    live.update(items={parent.id: parent})
    assert [i.text for i in live.view(Audience.PARTNERS).items] == [
        "Public safety",
        "Shared patrols",
    ]


def test_an_item_is_found_by_id_as_it_is_now():
    note = Item(WORKSHOP.id, "note", "first words", block_id=BLOCKS[0].id)
    live = LiveWorkshop(WorkshopSnapshot(COLLAB, (), WORKSHOP, BLOCKS, (note,)))
    live.update(items={note.id: replace(note, text="better words")})
    assert live.item(note.id).text == "better words"
    live.update(items={note.id: None})
    assert live.item(note.id) is None
