"""Vote on anything: dot votes, fist-to-five or gradients of agreement on any list, with the
indicator vote's decision rules, reveal and dissent flag (the toolkit issue's general vote).

What the room votes on: the options typed in this block (``vote_option`` items), and/or the
items of one kind in an earlier block of the meeting (block setting ``vote_on``: {"block":
its id, "kind": the item kind}), such as the facts of a fact base or the hopes of a check-in.
An option drawn from another block stays that item, with its own visibility: a vote on an
internal fact is internal too. Votes are ``option_vote`` items, one per option and block
(and one the phones fill): ``fields["option_id"]`` and ``fields["tallies"]``, as the
indicator vote keeps them; the set-up, results and drawing are the indicator vote's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain import decision_rules as rules
from ..domain.document import Element, Paragraph
from ..domain.records import Block, Item, ItemKind
from ..domain.schema import ANY_ITEM, Disclosure, Field, ItemSchema, obj, text
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import indicator_agreement as agreement
from .agreement_charts import draw_indicator_votes
from .registry import CsvTable, DemoContext, ExerciseKind, Guide, get_kind, register
from .vote_tally import (
    VoteOn,
    declare_vote,
    vote_phone_input,
    vote_record_schema,
)

KEY = "vote"
OPTION = "vote_option"
OPTION_VOTE = "option_vote"


def source_of(block: Block) -> tuple[str, str] | None:
    """The (block id, item kind) whose items ``block`` votes on besides its own options."""
    chosen = block.settings.get("vote_on")
    if not isinstance(chosen, dict) or not chosen.get("block") or not chosen.get("kind"):
        return None
    return str(chosen["block"]), str(chosen["kind"])


def options(block: Block, items: Sequence[Item]) -> list[Item]:
    """What ``block`` votes on, among ``items``: the chosen block's items first, then the
    options typed here."""
    source = source_of(block)
    drawn = [i for i in items if source and (i.block_id, i.kind) == source]
    return drawn + [i for i in items if i.kind == OPTION and i.block_id == block.id]


VOTES = declare_vote(
    KEY, VoteOn(OPTION_VOTE, "option_id", options, noun=lambda: tr("Handouts", "Option"))
)


def votable_kinds(block_kind: str) -> tuple[str, ...]:
    """The item kinds of a block of ``block_kind`` a vote may be taken on: its own
    (notes, for a kind that declares none), not records about others (votes, checks),
    facilitator notes, results or words the public never reads (positions)."""
    kind = get_kind(block_kind)
    own = {schema.kind: schema for schema in kind.items}
    if not own and kind.item_kinds == (ItemKind.NOTE.value,):
        return (ItemKind.NOTE.value,)
    return tuple(
        name
        for name, schema in own.items()
        if not schema.about
        and not schema.always_internal
        and schema.text is Disclosure.ITEM
        and all(f.disclosure is not Disclosure.RESULT for f in schema.fields)
    )


def sources(blocks: Sequence[Block], block: Block) -> list[tuple[Block, str, str]]:
    """The lists ``block`` may vote on: each earlier block of the meeting with each kind of
    item it holds that can be voted on, and its words ("Fact (from “What we know”)")."""
    found = []
    for earlier in sorted(blocks, key=lambda b: b.position):
        if earlier.position >= block.position or earlier.id == block.id:
            continue
        kind = get_kind(earlier.kind)
        names = {
            said["kind"]: said["label"]
            for phone in kind.phone_inputs
            if phone.type == "text"
            for said in phone.phone_kinds()  # in the facilitator's language
        }
        for item_kind in votable_kinds(earlier.kind):
            what = names.get(item_kind) or tr("Votes", "Items")
            words = tr("Votes", "{what} (from “{block}”)").format(what=what, block=earlier.title)
            found.append((earlier, item_kind, words))
    return found


def _words(for_room: bool) -> agreement.VoteWords:
    ctx = "Room" if for_room else "Summary"
    return agreement.VoteWords(
        tr(ctx, "There is nothing to vote on yet: type the options, or choose a list."),
        tr(ctx, "Option"),
        tr(ctx, "Votes per option"),
        options=True,
    )


def vote_room(view: AudienceView, block: Block) -> list[Element]:
    return agreement.vote_elements(view, block, True, _words(True))


def vote_summary(view: AudienceView, block: Block) -> list[Element]:
    elements = agreement.vote_elements(view, block, False, _words(False))
    if view.withheld_in(block.id, [OPTION]):
        elements.append(
            Paragraph(tr("Summary", "Some options are not for this audience and are left out."))
        )
    return elements


def results_table(view: AudienceView) -> tuple[list[str], list[list[Any]]]:
    """votes.csv: one row per option of every vote block whose results the audience sees:
    block, option, method, the votes in words and by answer, the outcome."""
    headers = [
        tr("Export", "Block"),
        tr("Export", "Option"),
        tr("Export", "Method"),
        tr("Export", "Votes"),
        tr("Export", "Votes by answer"),
        tr("Export", "Outcome"),
    ]
    rows: list[list[Any]] = [
        [block.title, *row]
        for block in view.blocks
        if block.kind == KEY
        for row in agreement.vote_rows(view, block)
    ]
    return headers, rows


#: Demo options, with scores (5 = fully for it, 0 = block) by sector: the room chooses where
#: the partnership starts; the public sector rates youth diversion low (dissent, parked).
_DEMO: tuple[tuple[str, dict[str, dict[int, int]]], ...] = (
    (
        "Start with repeat calls at the 50 busiest addresses",
        {
            "public": {5: 2, 4: 1},
            "nonprofit": {4: 1},
            "private": {5: 1},
            "community": {4: 1, 3: 1},
            "academic": {5: 1},
        },
    ),
    (
        "Start with the Eastside blocks people avoid after dark",
        {
            "public": {3: 2},
            "community": {5: 2},
            "private": {4: 1},
            "nonprofit": {4: 1},
            "academic": {3: 1},
        },
    ),
    (
        "Start with youth diversion from arrest",
        {
            "public": {2: 2},
            "nonprofit": {5: 1},
            "community": {5: 1, 4: 1},
            "private": {4: 1},
            "academic": {4: 1},
        },
    ),
)


def _demo_tallies(method: rules.VoteMethod, scores: dict[str, dict[int, int]]) -> dict:
    """Demo scores as the block's method counts them (a dot for each 4 or 5)."""
    if method is rules.VoteMethod.DOTS:
        return {s: {"dots": sum(n for v, n in by.items() if v >= 4)} for s, by in scores.items()}
    keys = {level.score: level.key for level in rules.levels(method)}
    return {s: {keys[v]: n for v, n in by.items()} for s, by in scores.items()}


def vote_demo(ctx: DemoContext) -> list[Item]:
    method = rules.method_of(ctx.block.settings.get("method"))
    made: list[Item] = []
    for n, (words, scores) in enumerate(_DEMO):
        option = ctx.item(OPTION, words, visibility="public", position=float(n))
        vote = ctx.item(
            OPTION_VOTE,
            "Votes",
            visibility="public",
            position=float(n),
            fields={"option_id": option.id, "tallies": _demo_tallies(method, scores)},
        )
        made += [option, vote]
    return made


GUIDE = Guide(
    purpose=(
        "Let the room decide among any list (options, facts, sub-issues, hopes) by a rule "
        "announced first, with results hidden until revealed and dissent made visible."
    ),
    steps=(
        (
            "Say what the room votes on: type the options (Enter after each), or choose a list "
            "from an earlier block with Alt+O, or both."
        ),
        "Choose the method (Alt+M) and the decision rule (Alt+R), and read the rule aloud.",
        (
            "Let people vote by hand, on paper or from their phones, and type the tallies, "
            "sector by sector (Alt+T) to see the spread."
        ),
        "Reveal the results (Ctrl+R or F9), read the dissent column, then say each outcome.",
    ),
    tips=(
        "Five to nine options is a comfortable list; group near-duplicates before the vote.",
        "Dot votes rank a long list fast; gradients of agreement show how strongly people care.",
        "A vote on a list from an earlier block follows it: items added there appear here.",
    ),
    pitfalls=(
        "Voting before the options are understood: read each one out and take questions first.",
        "Treating a parked option as lost: a block or dissent means a conversation is due.",
    ),
)


VOTE_KIND = register(
    ExerciseKind(
        key=KEY,
        family="general",
        guide=GUIDE,
        when=(
            "Whenever the room must choose among several things: which sub-issue comes first, "
            "which facts to check, which working agreements to keep."
        ),
        group_size=(
            "Any size from 4; with more than 30 people use dot votes or phones, and keep the "
            "sector column to see who disagrees."
        ),
        order=1.5,
        name="Vote on anything",
        guidance=(
            "Type the options or choose a list from an earlier block, then announce the method "
            "and the decision rule before anyone votes. Enter the tallies, reveal them and look "
            "at the spread before saying what was adopted."
        ),
        prompt="Which of these do we choose?",
        minutes=15,
        items=(
            ItemSchema(OPTION),
            vote_record_schema(OPTION_VOTE, "option_id", ANY_ITEM),
        ),
        settings=(
            *agreement.AGREEMENT.settings,
            Field("vote_on", obj(Field("block", text(100)), Field("kind", text(100)))),
        ),
        room=vote_room,
        summary=vote_summary,
        default_settings=agreement.default_agreement_settings,
        decide=agreement.decide_block,
        charts={"indicator_votes": draw_indicator_votes},
        tables=(CsvTable("votes", (OPTION_VOTE,), rows=results_table),),
        demo=vote_demo,
        phone=vote_phone_input(OPTION_VOTE, "Your vote on each option"),
    )
)
