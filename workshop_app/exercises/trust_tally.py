"""The trust check-in's tallies: the statements rated, how many gave each rating (typed by
hand, and counted from the room's phones), and the average. No rendering: the exercise
(:mod:`.trust_check_in`) draws them for the room, the summary and the report."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import edits
from ..domain.document import Element, Paragraph
from ..domain.edits import Edit
from ..domain.records import Block, Item, Workshop
from ..domain.snapshot import WorkshopSnapshot
from ..i18n import tr, tr_stored
from .common import tally_counts
from .registry import Ballot, text_key

#: The tally of one trust statement: text = the statement; fields: counts (five numbers:
#: how many rated 1, 2, 3, 4, 5), meeting_date, meeting_title (kept from earlier versions).
TRUST_RATING = "trust_rating"
RATINGS = (1, 2, 3, 4, 5)

DEFAULT_STATEMENTS = (
    "Partners will follow through on commitments",
    "My organisation's view is respected here",
    "I understand the other partners' constraints",
)


def statements_of(block: Block) -> list[str]:
    """The statements the room rates in ``block``, in order."""
    value = block.settings.get("statements")
    if isinstance(value, list):
        return [str(s) for s in value]
    return list(DEFAULT_STATEMENTS)


def counts_of(item: Item | None) -> list[int]:
    """How many rated 1..5 (five numbers, never negative)."""
    return tally_counts(item.fields.get("counts") if item is not None else None, len(RATINGS))


def set_count(
    rating: Item | None,
    workshop: Workshop,
    block_id: str,
    statement: str,
    rating_value: int,
    number: int,
    description: str,
    position: float = 0,
) -> Edit | None:
    """The edit that records ``number`` people rating ``statement`` ``rating_value`` (1–5)
    (a new tally for its first count); None when nothing changes or ``number`` is negative."""
    counts = counts_of(rating)
    if number < 0 or counts[rating_value - 1] == number:
        return None
    counts[rating_value - 1] = number
    if rating is None:
        rating = Item(
            workshop_id=workshop.id,
            block_id=block_id,
            kind=TRUST_RATING,
            text=statement,
            position=position,
            fields={
                "counts": counts,
                "meeting_date": workshop.date,
                "meeting_title": workshop.title,
            },
        )
        return edits.add(description, rating)
    return edits.set_fields(description, [rating], counts=counts)


#: A tally kept for the room's phones (fields: counts, from_phones=True), beside the one
#: typed by hand: the two add up, and a facilitator's undo never touches the phones'.
FROM_PHONES = "from_phones"


def from_phones(item: Item) -> bool:
    return bool(item.fields.get(FROM_PHONES))


def phone_questions(block: Block, items: Sequence[Item]) -> list[tuple[str, str]]:
    """The statements a phone rates, each with the key it names it by."""
    return [(text_key(s), tr_stored(s)) for s in statements_of(block)]


def phone_rating(
    items: Sequence[Item], workshop: Workshop, block: Block, key: str, ballot: Ballot
) -> Edit | None:
    """The edit that counts one phone's rating (1–5) of the statement ``key``, replacing
    its previous one; None when nothing changes. Ratings are anonymous: no sector."""
    statement = dict(phone_questions(block, items)).get(key)
    value = ballot.value
    previous = ballot.previous.value if ballot.previous else None
    if statement is None or value == previous or value not in RATINGS:
        return None
    item = next(
        (
            i
            for i in items
            if i.kind == TRUST_RATING
            and i.block_id == block.id
            and i.text == statement
            and from_phones(i)
        ),
        None,
    )
    counts = counts_of(item)
    if previous in RATINGS:
        counts[previous - 1] = max(0, counts[previous - 1] - 1)
    counts[value - 1] += 1
    description = tr("Phone", "A rating from the room")
    if item is None:
        fields = {
            "counts": counts,
            FROM_PHONES: True,
            "meeting_date": workshop.date,
            "meeting_title": workshop.title,
        }
        new = Item(workshop.id, TRUST_RATING, statement, block_id=block.id, fields=fields)
        return edits.add(description, new)
    return edits.set_fields(description, [item], counts=counts)


def sources_line(view: WorkshopSnapshot, block: Block, context: str) -> list[Element]:
    """How many ratings came from phones and how many by hand (nothing without phones)."""
    items = view.items_in(block.id, [TRUST_RATING])
    phones = sum(sum(counts_of(i)) for i in items if from_phones(i))
    if not phones:
        return []
    hands = sum(sum(counts_of(i)) for i in items if not from_phones(i))
    return [
        Paragraph(
            tr(context, "Ratings from phones: {phones}; by hand: {hands}.").format(
                phones=phones, hands=hands
            )
        )
    ]


def average(counts: Sequence[int]) -> float | None:
    """Mean rating of a tally, or None when nobody rated."""
    total = sum(counts)
    if not total:
        return None
    return sum(r * n for r, n in zip(RATINGS, counts, strict=False)) / total


def tallies(view: WorkshopSnapshot, block: Block) -> list[tuple[str, list[int]]]:
    """(statement, counts) for each statement of ``block``, as the view lets through."""
    items = view.items_in(block.id, [TRUST_RATING])
    result = []
    for statement in statements_of(block):
        counts = [0] * 5
        for item in items:
            if item.text == statement:
                counts = [a + b for a, b in zip(counts, counts_of(item), strict=True)]
        result.append((statement, counts))
    return result
