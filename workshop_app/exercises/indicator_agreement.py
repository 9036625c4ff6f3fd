"""Agree on indicators: fist-to-five, gradients of agreement or dot votes, a decision rule
set before the vote, results hidden until revealed, dissent flagged (PRODUCT.md section 3).

Votes are ``indicator_vote`` items: one per indicator and agreement block;
``fields["indicator_id"]`` and ``fields["tallies"]`` ({sector or "": {level key: count}}).
Stored public: an audience sees a vote only with its indicator (the schema's ``about``),
and every audience must rank dot votes the same way. The block's settings hold the vote
method and the decision rule; outcomes come from :mod:`workshop_app.domain.decision_rules`,
decided on the whole block and disclosed per indicator by the audience view.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import decision_rules as rules
from ..domain import edits
from ..domain.decision_rules import DecisionRule, Outcome, VoteMethod
from ..domain.document import BulletList, Callout, Chart, Element, Paragraph, Table
from ..domain.edits import Edit
from ..domain.records import Block, Item, Visibility
from ..domain.schema import (
    COUNT_LIMIT,
    Field,
    choice,
    integer,
    number,
    obj,
)
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import demo_data
from .agreement_charts import draw_indicator_votes
from .common import meeting_label
from .indicators import INDICATOR
from .measure_criteria import demo_indicator_id
from .registry import (
    DemoContext,
    ExerciseKind,
    Guide,
    ReportPart,
    register,
    table_report_part,
)
from .vote_tally import (  # the set-up and tallies; this module decides and draws
    INDICATOR_VOTES,
    VOTE,
    VoteOn,
    VoteSettings,
    phone_vote_count,
    tallies_of_block,
    vote_on,
    vote_phone_input,
    vote_record_schema,
)

KEY = "indicator_agreement"


def default_agreement_settings() -> dict[str, Any]:
    return {
        "method": VoteMethod.FIST_TO_FIVE.value,
        "rule": DecisionRule().to_settings(),
        "results_hidden": True,
        "revealed": False,
        "dots_per_person": 3,
        "max_dots_per_item": 1,
        "voters": 0,
        "dissent_gap": 2,
    }


@dataclass(frozen=True)
class VoteResult:
    indicator_id: str  # the candidate's id (an indicator, an option...)
    tally: dict[str, int]
    outcome: Outcome | None
    dissent: tuple[rules.Dissent, ...]


def block_results(items: Iterable[Item], block: Block) -> dict[str, VoteResult]:
    """Outcome, combined tally and dissent of every candidate voted on in ``block``."""
    settings = VoteSettings.of(block)
    by_sector = tallies_of_block(items, block.id, vote_on(block))  # by hand and from phones
    tallies = {key: rules.combined(settings.method, t) for key, t in by_sector.items()}
    outcomes = rules.decide_all(settings.rule, settings.method, tallies)
    return {
        key: VoteResult(
            key,
            tallies[key],
            outcomes[key],
            tuple(rules.dissent(settings.method, by_sector[key], settings.dissent_gap)),
        )
        for key in by_sector
    }


def set_tally(
    vote: Item | None,
    indicator: Item,
    block_id: str,
    sector: str,
    level: str,
    count: int,
    description: str,
    position: float = 0,
    on: VoteOn = INDICATOR_VOTES,
) -> Edit | None:
    """The edit that records ``count`` votes of ``sector`` at ``level`` for ``indicator``
    (or the candidate of another vote, ``on``: a new vote record for its first tally);
    None when nothing changes."""
    tallies = {k: dict(v) for k, v in ((vote.fields.get("tallies") or {}) if vote else {}).items()}
    tally = tallies.setdefault(sector, {})
    if int(tally.get(level, 0) or 0) == count:
        return None
    if count:
        tally[level] = count
    else:
        tally.pop(level, None)
    if vote is None:
        new = Item(
            workshop_id=indicator.workshop_id,
            block_id=block_id,
            kind=on.record,
            text=tr("Votes", "Votes"),
            visibility=Visibility.PUBLIC.value,
            fields={on.about: indicator.id, "tallies": tallies},
            position=position,
        )
        return edits.add(description, new)
    return edits.set_fields(description, [vote], tallies=tallies)


def decide_block(block: Block, items: Sequence[Item]) -> dict[str, str]:
    """What an agreement block decided for each indicator, from all its votes (the registry
    hands this to the disclosure policy, which discloses it indicator by indicator)."""
    return {
        key: result.outcome.value
        for key, result in block_results(items, block).items()
        if result.outcome is not None
    }


def outcomes(view: AudienceView) -> dict[str, Outcome]:
    """Each indicator's latest decided outcome from agreement blocks whose results are shown.

    The view holds only decisions this audience may see (hidden votes are left out), made
    on the whole block: an indicator's outcome reads the same for every audience.
    """
    found: dict[str, Outcome] = {}
    for block in sorted(view.blocks, key=lambda b: b.position):
        if block.kind != KEY:  # a general vote on indicators adopts none
            continue
        for key, outcome in view.decided.get(block.id, {}).items():
            found[key] = Outcome(outcome)
    return found


def adopted_indicators(view: AudienceView) -> list[Item]:
    decided = outcomes(view)
    return [i for i in view.items_of_kind(INDICATOR) if decided.get(i.id) is Outcome.ADOPTED]


@dataclass(frozen=True)
class VoteWords:
    """What a vote's room view and summary call what it votes on (translated)."""

    nothing: str  # there is nothing to vote on yet
    candidate: str  # the table's first column
    chart_title: str
    options: bool = False  # the rule speaks of options, not indicators


def _indicator_words(for_room: bool) -> VoteWords:
    ctx = "Room" if for_room else "Summary"
    return VoteWords(
        tr(ctx, "There are no indicators to vote on yet."),
        tr(ctx, "Indicator"),
        tr(ctx, "Votes per indicator"),
    )


def _agreement_elements(view: AudienceView, block: Block, for_room: bool) -> list[Element]:
    return vote_elements(view, block, for_room, _indicator_words(for_room))


def vote_elements(
    view: AudienceView, block: Block, for_room: bool, words: VoteWords
) -> list[Element]:
    """A vote block's room view or summary: the method and rule, then what it votes on
    (its kind's :class:`VoteOn`), and once results are shown the tallies, outcomes,
    dissent and a chart."""
    settings = VoteSettings.of(block)
    ctx = "Room" if for_room else "Summary"
    on = vote_on(block)
    elements: list[Element] = [
        Paragraph(
            tr(ctx, "Vote: {method}. Decision rule, set before the vote: {rule}").format(
                method=tr("Votes", rules.METHOD_NAMES[settings.method]),
                rule=settings.rule.describe(settings.method, words.options),
            ),
            emphasis=for_room,
        )
    ]
    indicators = on.candidates(block, view.items)
    if not indicators:
        return [*elements, Paragraph(words.nothing)]
    if not view.shows_results(block.id):
        return [
            *elements,
            Callout(
                tr(ctx, "Results hidden"),
                tr(ctx, "The votes are not shown until the facilitator reveals them."),
            ),
            BulletList(tuple(i.text for i in indicators)),
        ]
    results = block_results(view.items, block)
    phones = phone_vote_count(view.items, block.id, on)
    if phones:  # how many answers came from phones, how many by hand
        everyone = sum(sum(r.tally.values()) for r in results.values())
        elements.append(
            Paragraph(
                tr(ctx, "Votes from phones: {phones}; by hand: {hands}.").format(
                    phones=phones, hands=everyone - phones
                )
            )
        )
    decided = view.decided.get(block.id, {})
    rows, bars, notes = [], [], []
    for indicator in indicators:
        result = results.get(indicator.id)
        tally = result.tally if result else {}
        outcome = Outcome(decided[indicator.id]) if indicator.id in decided else None
        verdict = tr("Votes", rules.OUTCOME_NAMES[outcome]) if outcome else tr("Votes", "Not voted")
        flags = [d.describe(settings.method) for d in (result.dissent if result else ())]
        rows.append(
            (
                indicator.text,
                rules.describe_tally(settings.method, tally),
                verdict,
                tr("Votes", "Dissent") if flags else "",
            )
        )
        notes += [
            Callout(
                tr("Votes", "Dissent"),
                tr("Votes", "{item}: {dissent}").format(item=indicator.text, dissent=f),
            )
            for f in flags
        ]
        if tally:
            bars.append(
                {
                    "name": indicator.text,
                    "outcome": verdict,
                    "counts": [tally.get(level.key, 0) for level in rules.levels(settings.method)],
                }
            )
    table = Table(
        (words.candidate, tr(ctx, "Votes"), tr(ctx, "Result"), tr(ctx, "Dissent")), tuple(rows)
    )
    elements.append(table)
    elements += notes
    if bars:
        level_names = [tr("Votes", level.label) for level in rules.levels(settings.method)]
        alt = "; ".join(f"{b['name']}: {b['outcome']}" for b in bars)
        elements.append(
            Chart(
                "indicator_votes",
                words.chart_title,
                # rows and frame lines: how tall the room must draw it (charts.chart_lines)
                {
                    "levels": level_names,
                    "indicators": bars,
                    "rows": len(bars),
                    "row_lines": 1.2,
                    "frame_lines": 6,
                },
                alt,
            )
        )
    return elements


def vote_rows(view: AudienceView, block: Block) -> list[list[str]]:
    """A vote block's results as table rows, one per candidate this audience sees: its
    words, the method, the votes in words, the count of each answer, the outcome (nothing
    while the results are hidden from this audience)."""
    if not view.shows_results(block.id):
        return []
    settings = VoteSettings.of(block)
    results = block_results(view.items, block)
    decided = view.decided.get(block.id, {})
    method = tr("Votes", rules.METHOD_NAMES[settings.method])
    rows = []
    for candidate in vote_on(block).candidates(block, view.items):
        result = results.get(candidate.id)
        tally = result.tally if result else {}
        outcome = decided.get(candidate.id)
        by_answer = "; ".join(
            f"{level.heading}: {tally.get(level.key, 0)}" for level in rules.levels(settings.method)
        )
        verdict = tr("Votes", rules.OUTCOME_NAMES[Outcome(outcome)]) if outcome else ""
        words = rules.describe_tally(settings.method, tally)
        rows.append([candidate.text, method, words, by_answer, verdict])
    return rows


def agreement_room(view: AudienceView, block: Block) -> list[Element]:
    return _agreement_elements(view, block, for_room=True)


def agreement_summary(view: AudienceView, block: Block) -> list[Element]:
    return _agreement_elements(view, block, for_room=False)


def votes_demo(ctx: DemoContext) -> list[Item]:
    return [
        ctx.item(
            VOTE,
            "Votes",
            visibility="public",
            position=float(n),
            fields={"indicator_id": demo_indicator_id(ctx.workshop.id, name), "tallies": tallies},
        )
        for n, (name, tallies) in enumerate(demo_data.VOTES.items())
    ]


# ------------------------------------------------------------------ the report
def status_label(status: str) -> str:
    return {
        "adopted": tr("Report", "adopted"),
        "parked": tr("Report", "parked"),
        "dropped": tr("Report", "dropped"),
    }.get(status, status)


def measures_status(views: list[AudienceView]) -> list[dict[str, str]]:
    """Every proposed indicator with its latest decided status."""

    rows: dict[str, dict[str, str]] = {}
    names: dict[str, str] = {}
    for view in views:
        decided = outcomes(view)
        for indicator in view.items_of_kind(INDICATOR):
            key = indicator.text.strip().casefold()
            owner = view.partner(indicator.partner_id)
            row = rows.setdefault(
                key,
                {
                    "indicator": indicator.text,
                    "status": tr("Report", "proposed, not yet decided"),
                    "meeting": meeting_label(view),
                    "owner": owner.organisation if owner else "",
                    "timing": str(indicator.fields.get("timing", "")),
                    "financial": str(indicator.fields.get("financial", "")),
                },
            )
            names[indicator.id] = key
            if owner:
                row["owner"] = owner.organisation
        for indicator_id, outcome in decided.items():
            key = names.get(indicator_id)
            if key in rows:
                rows[key]["status"] = str(outcome.value)
                rows[key]["meeting"] = meeting_label(view)
    order = {"adopted": 0, "parked": 1, "dropped": 3}
    return sorted(rows.values(), key=lambda r: (order.get(r["status"], 2), r["indicator"]))


def report_section(views: list[AudienceView]) -> ReportPart:
    """Measures of success and their status, across the collaboration's meetings."""
    measures = measures_status(views)
    rows: list[list[Any]] = [
        [m["indicator"], status_label(m["status"]), m["owner"], m["meeting"]] for m in measures
    ]
    headers = [
        tr("Report", "Indicator"),
        tr("Report", "Status"),
        tr("Report", "Owner"),
        tr("Report", "Last discussed"),
    ]
    adopted = [m["indicator"] for m in measures if m["status"] == "adopted"]
    return table_report_part(
        tr("Report", "Measures of success and their status"),
        "measures",
        (headers, rows),
        measures,
        intro=[
            Paragraph(
                tr("Report", "{adopted} of {total} proposed indicators adopted.").format(
                    adopted=len(adopted), total=len(measures)
                )
            )
        ],
        nothing=tr("Report", "No indicators proposed yet."),
        withheld=sum(v.withheld_of([INDICATOR]) for v in views),
    )


GUIDE = Guide(
    purpose=(
        "Decide together which indicators the partnership adopts, by a rule everyone knows before "
        "the vote, and see who disagrees."
    ),
    steps=(
        "Choose the vote method: fist-to-five, gradients of agreement, or dot votes.",
        (
            "Choose the decision rule (for example nobody below “live with”, or 80% at 3 or more) "
            "and read it to the room before anyone votes."
        ),
        (
            "Vote one indicator at a time and type the tallies, sector by sector if you want to see"
            " the spread."
        ),
        (
            "Reveal the results (Ctrl+R or F9) and look at the dissent column before announcing "
            "what was adopted."
        ),
    ),
    tips=(
        (
            "Keep the results hidden until every indicator has been voted, so early results do not "
            "steer later votes."
        ),
        "A block (a fist, or “block”) parks the indicator: ask what would make it acceptable.",
        "The rule locks once votes are entered, so nobody can change it to fit the result.",
    ),
    pitfalls=(
        (
            "Averaging away a sector that votes low: when one sector rates an indicator 1, that is "
            "a conversation, not a rounding error."
        ),
        "Changing the rule after seeing the votes: the room stops trusting the next vote.",
    ),
)


AGREEMENT = register(
    ExerciseKind(
        key=KEY,
        family="measures",
        guide=GUIDE,
        when=(
            "Right after the indicators are proposed and scored, in the same meeting or the next."
        ),
        group_size="Any size from 5; every partner should have at least one person voting.",
        order=3,
        name="Agree on indicators",
        guidance=(
            "Announce the decision rule before the vote. Enter the tallies, reveal them, "
            "and look at the spread: a sector that rates an indicator low is a conversation, "
            "not a rounding error."
        ),
        prompt="Which indicators do we adopt?",
        minutes=20,
        items=(vote_record_schema(VOTE, "indicator_id", INDICATOR),),
        settings=(
            Field("method", choice(*(m.value for m in VoteMethod))),
            Field(
                "rule",
                obj(
                    Field("kind", choice(*(k.value for k in rules.RuleKind))),
                    Field("level", integer(0, 5)),
                    Field("share_percent", integer(1, 100)),
                    Field("top", integer(1, 99)),
                    Field("park_percent", integer(0, 100)),
                ),
            ),
            Field("dots_per_person", integer(1, 1000)),
            Field("max_dots_per_item", integer(1, 1000)),
            Field("voters", integer(0, COUNT_LIMIT)),
            Field("dissent_gap", number(0.5, 5)),
        ),
        room=agreement_room,
        summary=agreement_summary,
        default_settings=default_agreement_settings,
        decide=decide_block,
        charts={"indicator_votes": draw_indicator_votes},
        report=report_section,
        demo=lambda ctx: votes_demo(ctx) if ctx.meeting else [],
        phone=vote_phone_input(VOTE, "Your vote on each indicator"),
    )
)
