"""The indicator vote's tallies: the one typed by hand for each indicator, and the one the
room's phones fill beside it (``from_phones``); results always add the two up. No rendering:
:mod:`.indicator_agreement` decides and draws."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..domain import decision_rules as rules
from ..domain import edits
from ..domain.decision_rules import VoteMethod
from ..domain.edits import Edit
from ..domain.records import Block, Item, Visibility, Workshop
from ..i18n import tr
from .indicators import INDICATOR
from .registry import Ballot

VOTE = "indicator_vote"
#: A vote record the room's phones fill (one per indicator and block), beside the one
#: typed by hand: the facilitator's edits and undo never touch the phones' counts.
FROM_PHONES = "from_phones"


def votes_of_block(items: Iterable[Item], block_id: str) -> dict[str, Item]:
    """The vote record typed by hand for each indicator in one agreement block."""
    return {
        i.fields.get("indicator_id", ""): i
        for i in items
        if i.kind == VOTE and i.block_id == block_id and not i.fields.get(FROM_PHONES)
    }


def tallies_of_block(items: Iterable[Item], block_id: str) -> dict[str, dict[str, Any]]:
    """Every indicator's votes in one block, by hand and from phones added up:
    {indicator id: {sector or "": {level key: count}}}."""
    merged: dict[str, dict[str, dict[str, int]]] = {}
    for item in items:
        if item.kind != VOTE or item.block_id != block_id:
            continue
        into = merged.setdefault(str(item.fields.get("indicator_id", "")), {})
        tallies = item.fields.get("tallies")
        for sector, tally in tallies.items() if isinstance(tallies, dict) else ():
            if not isinstance(tally, dict):
                continue
            bucket = into.setdefault(str(sector), {})
            for level, count in tally.items():
                if isinstance(count, int) and not isinstance(count, bool) and count > 0:
                    bucket[str(level)] = bucket.get(str(level), 0) + count
    return merged


def phone_scale(block: Block) -> tuple[tuple[int, str], ...]:
    """What a phone answers in this block's vote (by score); none for dot votes, which are
    still counted by hand."""
    method = rules.method_of(block.settings.get("method"))
    if method is VoteMethod.DOTS:
        return ()
    return tuple((level.score, level.label) for level in rules.levels(method))


def phone_questions(block: Block, items: Sequence[Item]) -> list[tuple[str, str]]:
    """The indicators a phone votes on (those the room may see), by id."""
    return [(i.id, i.text) for i in items if i.kind == INDICATOR]


def phone_vote(
    items: Sequence[Item], workshop: Workshop, block: Block, indicator_id: str, ballot: Ballot
) -> Edit | None:
    """The edit that counts one phone's answer for ``indicator_id`` under the sector of
    the partner it said it is with ("" when it did not say), replacing its previous
    answer; None when nothing changes."""
    levels = {level.score: level.key for level in rules.levels(block.settings.get("method"))}
    before = ballot.previous
    if ballot.value not in levels or (
        before is not None and (before.value, before.sector) == (ballot.value, ballot.sector)
    ):
        return None
    vote = next(
        (
            i
            for i in items
            if i.kind == VOTE
            and i.block_id == block.id
            and i.fields.get("indicator_id") == indicator_id
            and i.fields.get(FROM_PHONES)
        ),
        None,
    )
    tallies = {k: dict(v) for k, v in ((vote.fields.get("tallies") or {}) if vote else {}).items()}
    if before is not None and before.value in levels:
        old = tallies.setdefault(before.sector, {})
        key = levels[before.value]
        old[key] = max(0, int(old.get(key, 0)) - 1)
        if not old[key]:
            del old[key]
        if not old:
            del tallies[before.sector]
    tally = tallies.setdefault(ballot.sector, {})
    tally[levels[ballot.value]] = int(tally.get(levels[ballot.value], 0)) + 1
    description = tr("Phone", "A vote from the room")
    if vote is None:
        new = Item(
            workshop_id=workshop.id,
            block_id=block.id,
            kind=VOTE,
            text=tr("Votes", "Votes from phones"),
            visibility=Visibility.PUBLIC.value,
            fields={"indicator_id": indicator_id, "tallies": tallies, FROM_PHONES: True},
        )
        return edits.add(description, new)
    return edits.set_fields(description, [vote], tallies=tallies)


def phone_vote_count(items: Iterable[Item], block_id: str) -> int:
    """How many answers the phones gave in a block (all indicators)."""
    return sum(
        count
        for i in items
        if i.kind == VOTE and i.block_id == block_id and i.fields.get(FROM_PHONES)
        for tally in (i.fields.get("tallies") or {}).values()
        if isinstance(tally, dict)
        for count in tally.values()
        if isinstance(count, int)
    )
