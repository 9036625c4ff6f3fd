"""Helpers for the room view tests: a small workshop and a vote-like exercise kind.

The vote kind is patched into the room view's ``get_kind`` only for the tests
that ask for it (:func:`use_vote_kind`), so the global exercise registry stays
untouched for everyone else's tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain import planning
from workshop_app.domain.document import BulletList, Element, Paragraph
from workshop_app.domain.records import Block, Collaboration, Item, Partner, Workshop
from workshop_app.domain.schema import Disclosure, Field, ItemSchema, integer, register_items
from workshop_app.domain.visibility import AudienceView
from workshop_app.exercises import registry
from workshop_app.storage import Store

VOTE_KIND = "room_test_vote"


def vote_room(view: AudienceView, block: Block) -> list[Element]:
    """Room view of a vote: tallies only when results are visible to the room."""
    votes = view.items_in(block.id, ["vote"])
    if not view.shows_results(block.id):
        return [Paragraph("Votes are hidden until the facilitator reveals them")]
    return [BulletList(tuple(f"{v.text}: {v.fields.get('count', 0)} votes" for v in votes))]


# The test vote's item kind: its count is a result, shown once revealed.
register_items(ItemSchema("vote", (Field("count", integer(), Disclosure.RESULT),)))

VOTE = registry.ExerciseKind(
    key=VOTE_KIND,
    family="general",
    name="Test vote",
    guidance="",
    prompt="Vote now",
    item_kinds=("vote",),
    room=vote_room,
)


def use_vote_kind(monkeypatch) -> None:
    """Let the room's content find the test vote kind."""
    from workshop_app.ui import room_content

    real = registry.get_kind
    monkeypatch.setattr(
        room_content, "get_kind", lambda key: VOTE if key == VOTE_KIND else real(key)
    )


@dataclass
class RoomWorkshop:
    workshop: Workshop
    discussion: Block
    vote: Block
    wrap_up: Block
    collaboration: Collaboration


def make_room_workshop(store: Store) -> RoomWorkshop:
    """A collaboration, one workshop with a discussion, a hidden-results vote and a wrap-up."""
    collaboration = Collaboration("Safer Riverton Partnership")
    store.put(
        collaboration,
        Partner(collaboration.id, "City of Riverton", "public"),
        Partner(collaboration.id, "Riverton Youth Alliance", "nonprofit"),
    )
    workshop = Workshop(
        collaboration.id,
        "Kick-off: first partnership meeting",
        "2026-09-15",
        "Riverton Public Library, Community Room",
    )
    discussion = Block(
        workshop.id,
        "discussion",
        "What worries us about the summer",
        "What should the partnership tackle first?",
        20,
        position=0,
    )
    vote = Block(
        workshop.id,
        VOTE_KIND,
        "Which pilot first?",
        "Vote for one pilot",
        10,
        position=1,
        settings={"results_hidden": True},
    )
    wrap_up = Block(workshop.id, "wrap_up", "Wrap-up", "Who does what by when?", 15, position=2)
    store.apply(planning.create_workshop(workshop, [discussion, vote, wrap_up]))
    store.put(
        Item(
            workshop.id,
            "note",
            "Late-night buses stop at 11 pm on the Eastside",
            block_id=discussion.id,
            position=0,
        )
    )
    store.put(
        Item(
            workshop.id,
            "vote",
            "Youth diversion pilot",
            block_id=vote.id,
            fields={"count": 7},
            position=0,
        )
    )
    return RoomWorkshop(workshop, discussion, vote, wrap_up, collaboration)
