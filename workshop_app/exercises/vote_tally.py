"""A vote's set-up (:class:`VoteSettings`) and tallies: the one typed by hand for each
candidate, and the one the room's phones fill beside it (``from_phones``); results always
add the two up. What a block votes on, and where its votes are kept, is its kind's
:class:`VoteOn` (the indicators for the indicator vote). No rendering:
:mod:`.indicator_agreement` decides and draws."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import decision_rules as rules
from ..domain import edits, schema
from ..domain.decision_rules import DecisionRule, VoteMethod
from ..domain.edits import Edit
from ..domain.records import Block, Item, Visibility, Workshop
from ..i18n import tr
from .indicators import INDICATOR
from .registry import Ballot, PhoneInput


@dataclass(frozen=True)
class VoteSettings:
    """An agreement block's vote set-up, read from its settings."""

    method: VoteMethod
    rule: DecisionRule
    dots_per_person: int
    max_dots_per_item: int
    voters: int
    dissent_gap: float

    @classmethod
    def of(cls, block: Block) -> VoteSettings:
        s = block.settings
        method = rules.method_of(s.get("method"))
        return cls(
            method=method,
            rule=DecisionRule.from_settings(s.get("rule")).fits(method),
            dots_per_person=_positive(s.get("dots_per_person"), 3),
            max_dots_per_item=_positive(s.get("max_dots_per_item"), 1),
            voters=_positive(s.get("voters"), 0, low=0),
            dissent_gap=_gap(s.get("dissent_gap")),
        )


def _gap(value: Any) -> float:
    try:
        gap = float(value)
    except (TypeError, ValueError):
        return 2.0
    return gap if 0.5 <= gap <= 5 else 2.0


def _positive(value: Any, default: int, low: int = 1) -> int:
    try:
        return max(int(value), low)
    except (TypeError, ValueError):
        return default


def vote_phone_input(record: str, label: str) -> PhoneInput:
    """A vote block's phone input: each phone answers every question of the block (its
    options or indicators) on the block's scale, counted by sector, within its dots."""
    return PhoneInput(
        "rating",
        ((record, "Vote"),),
        label,
        questions=phone_questions,
        scale=phone_scale,
        count=phone_vote,
        by_sector=True,
        budget=dots_left,
        budget_size=dots_to_place,
    )


VOTE = "indicator_vote"
#: A vote record the room's phones fill (one per indicator and block), beside the one
#: typed by hand: the facilitator's edits and undo never touch the phones' counts.
FROM_PHONES = "from_phones"


def vote_record_schema(kind: str, about: str, voted_on: str) -> schema.ItemSchema:
    """The schema of a vote record of ``kind``: field ``about`` names the item voted on
    (of kind ``voted_on``), ``tallies`` counts the votes by sector and answer (a result,
    hidden until revealed), and ``from_phones`` marks the record the phones fill."""
    return schema.ItemSchema(
        kind,
        (
            schema.Field(about, schema.item_ref(voted_on)),
            # {sector or "": {level key: count}}
            schema.Field(
                "tallies",
                schema.map_of(
                    schema.text(100),
                    schema.map_of(
                        schema.text(100), schema.integer(0, schema.COUNT_LIMIT), max_items=10
                    ),
                    max_items=20,
                ),
                schema.Disclosure.RESULT,
            ),
            schema.Field(FROM_PHONES, schema.boolean()),  # the phones' record, beside the hands'
        ),
        about=about,
    )


@dataclass(frozen=True)
class VoteOn:
    """What a kind of vote block votes on, and where its votes are kept.

    ``record``: the item kind of its vote records (one per candidate and block, by hand,
    and one the phones fill); ``about``: their field naming the candidate;
    ``candidates``: the items voted on, in order, from a block and the items of its
    workshop (as an audience sees them, or all of them); ``noun``: what one candidate is
    called, in words (the heading of its paper ballot's first column).
    """

    record: str
    about: str
    candidates: Callable[[Block, Sequence[Item]], list[Item]]
    noun: Callable[[], str] = lambda: tr("Handouts", "Indicator")


def _indicators(block: Block, items: Sequence[Item]) -> list[Item]:
    return [i for i in items if i.kind == INDICATOR]


#: The indicator vote's: every indicator of the workshop.
INDICATOR_VOTES = VoteOn(VOTE, "indicator_id", _indicators)
_VOTE_ON: dict[str, VoteOn] = {}


def declare_vote(block_kind: str, on: VoteOn) -> VoteOn:
    """Say what blocks of ``block_kind`` vote on (the indicator vote needs not)."""
    _VOTE_ON[block_kind] = on
    return on


def vote_on(block: Block) -> VoteOn:
    """What ``block`` votes on: its kind's declaration, else the indicators."""
    return _VOTE_ON.get(block.kind, INDICATOR_VOTES)


def votes_of_block(
    items: Iterable[Item], block_id: str, on: VoteOn = INDICATOR_VOTES
) -> dict[str, Item]:
    """The vote record typed by hand for each candidate in one vote block."""
    return {
        i.fields.get(on.about, ""): i
        for i in items
        if i.kind == on.record and i.block_id == block_id and not i.fields.get(FROM_PHONES)
    }


def tallies_of_block(
    items: Iterable[Item], block_id: str, on: VoteOn = INDICATOR_VOTES
) -> dict[str, dict[str, Any]]:
    """Every candidate's votes in one block, by hand and from phones added up:
    {candidate id: {sector or "": {level key: count}}}."""
    merged: dict[str, dict[str, dict[str, int]]] = {}
    for item in items:
        if item.kind != on.record or item.block_id != block_id:
            continue
        into = merged.setdefault(str(item.fields.get(on.about, "")), {})
        tallies = item.fields.get("tallies")
        for sector, tally in tallies.items() if isinstance(tallies, dict) else ():
            if not isinstance(tally, dict):
                continue
            bucket = into.setdefault(str(sector), {})
            for level, count in tally.items():
                if isinstance(count, int) and not isinstance(count, bool) and count > 0:
                    bucket[str(level)] = bucket.get(str(level), 0) + count
    return merged


def dots_allowed(block: Block) -> tuple[int, int]:
    """A dot vote's budget: dots per person, and the most one person may put on one item
    (read as the facilitator's panel reads them)."""
    settings = VoteSettings.of(block)
    return settings.dots_per_person, settings.max_dots_per_item


def phone_scale(block: Block) -> tuple[tuple[int, str], ...]:
    """What a phone answers in this block's vote: a score (fist-to-five, gradients), or
    how many of its dots it puts on the indicator (dot votes)."""
    method = rules.method_of(block.settings.get("method"))
    if method is VoteMethod.DOTS:
        _, most = dots_allowed(block)
        return tuple((n, rules.dots_text(n)) for n in range(most + 1))
    return tuple((level.score, level.label) for level in rules.levels(method))


def dots_left(block: Block, ballots: dict) -> int | None:
    """How many dots a phone has not placed yet in ``block`` (its ``ballots``: (block id,
    question key) -> Ballot, as the room keeps them); None when the block is not a dot
    vote."""
    if rules.method_of(block.settings.get("method")) is not VoteMethod.DOTS:
        return None
    per_person, _ = dots_allowed(block)
    placed = sum(b.value for (block_id, _), b in ballots.items() if block_id == block.id)
    return per_person - placed


def dots_to_place(block: Block) -> int | None:
    """A dot vote's dots per person (None when the block is not a dot vote)."""
    if rules.method_of(block.settings.get("method")) is not VoteMethod.DOTS:
        return None
    return dots_allowed(block)[0]


def phone_questions(block: Block, items: Sequence[Item]) -> list[tuple[str, str]]:
    """What a phone votes on (the candidates the room may see), by id."""
    return [(i.id, i.text) for i in vote_on(block).candidates(block, items)]


def phone_vote(
    items: Sequence[Item], workshop: Workshop, block: Block, indicator_id: str, ballot: Ballot
) -> Edit | None:
    """The edit that counts one phone's answer for ``indicator_id`` under the sector of
    the partner it said it is with ("" when it did not say), replacing its previous
    answer; None when nothing changes. For a dot vote the answer is how many of its dots
    it puts on the indicator (the caller checks the budget across indicators)."""
    method = rules.method_of(block.settings.get("method"))
    before = ballot.previous
    if before is not None and (before.value, before.sector) == (ballot.value, ballot.sector):
        return None
    shifts: list[tuple[str, str, int]] = []  # (sector, level key, change)
    if method is VoteMethod.DOTS:
        shifts.append((ballot.sector, "dots", ballot.value))
        if before is not None:
            shifts.append((before.sector, "dots", -before.value))
    else:
        levels = {level.score: level.key for level in rules.levels(method)}
        if ballot.value not in levels:
            return None
        shifts.append((ballot.sector, levels[ballot.value], 1))
        if before is not None and before.value in levels:
            shifts.append((before.sector, levels[before.value], -1))
    return _shift(items, workshop, block, indicator_id, shifts)


def _shift(
    items: Sequence[Item],
    workshop: Workshop,
    block: Block,
    indicator_id: str,
    shifts: list[tuple[str, str, int]],
) -> Edit | None:
    """Apply ``shifts`` to the phones' vote record of ``indicator_id`` (made at its first)."""
    on = vote_on(block)
    vote = next(
        (
            i
            for i in items
            if i.kind == on.record
            and i.block_id == block.id
            and i.fields.get(on.about) == indicator_id
            and i.fields.get(FROM_PHONES)
        ),
        None,
    )
    tallies = {k: dict(v) for k, v in ((vote.fields.get("tallies") or {}) if vote else {}).items()}
    for sector, level, change in shifts:
        tally = tallies.setdefault(sector, {})
        count = max(0, int(tally.get(level, 0)) + change)
        if count:
            tally[level] = count
        else:
            tally.pop(level, None)
        if not tally:
            del tallies[sector]
    description = tr("Phone", "A vote from the room")
    if vote is None:
        new = Item(
            workshop_id=workshop.id,
            block_id=block.id,
            kind=on.record,
            text=tr("Votes", "Votes from phones"),
            visibility=Visibility.PUBLIC.value,
            fields={on.about: indicator_id, "tallies": tallies, FROM_PHONES: True},
        )
        return edits.add(description, new)
    return edits.set_fields(description, [vote], tallies=tallies)


def phone_vote_count(items: Iterable[Item], block_id: str, on: VoteOn = INDICATOR_VOTES) -> int:
    """How many answers the phones gave in a block (all candidates)."""
    return sum(
        count
        for i in items
        if i.kind == on.record and i.block_id == block_id and i.fields.get(FROM_PHONES)
        for tally in (i.fields.get("tallies") or {}).values()
        if isinstance(tally, dict)
        for count in tally.values()
        if isinstance(count, int)
    )
