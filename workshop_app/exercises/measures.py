"""Agreeing on measures of success (PRODUCT.md section 3).

Item kinds and their fields:

- ``criterion``: how indicators are judged. ``fields["group"]`` is ``"judge"`` (relevant
  to the vision, to the facts...) or ``"capacity"`` (expertise, access, resources).
- ``indicator``: ``text`` is its name; ``partner_id`` the owning partner; fields
  ``measures``, ``indicator_kind`` (input/output/outcome/impact), ``financial``
  (yes/no), ``timing`` (leading/lagging), ``source``, ``baseline``, ``target``,
  ``frequency``, ``needed_by`` (partner ids whose stakeholders need it) and ``scores``
  ({criterion id: 0 no / 1 partly / 2 yes}; a standard criterion's key when the room
  kept the standard ones). An indicator is scored only against criteria at least as
  open as itself, so its score reads the same for every audience that sees it.
- ``indicator_vote``: one per indicator and agreement block; ``fields["indicator_id"]``
  and ``fields["tallies"]`` ({sector or "": {level key: count}}). Stored public: an
  audience sees a vote only with its indicator (the schema's ``about``), and every
  audience must rank dot votes the same way.

The agreement block's settings hold the vote method and the decision rule (set
before the vote); outcomes are computed by :mod:`workshop_app.domain.decision_rules`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import decision_rules as rules
from ..domain.decision_rules import DecisionRule, Outcome, VoteMethod
from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph, Table
from ..domain.records import Block, Item, Partner, Visibility
from ..domain.schema import (
    COUNT_LIMIT,
    Disclosure,
    Field,
    ItemSchema,
    choice,
    integer,
    item_ref,
    list_of,
    map_of,
    number,
    obj,
    partner_ref,
    scores_of,
    text,
)
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView, effective_visibility
from ..i18n import tr
from .demo_partners import BUSINESS, CITY, EASTSIDE, LAB, SHERIFF, YOUTH
from .registry import DemoContext, ExerciseKind, nothing_recorded, register

CRITERION = "criterion"
INDICATOR = "indicator"
VOTE = "indicator_vote"

JUDGE, CAPACITY = "judge", "capacity"

#: The criteria a room starts from (PRODUCT.md section 3), with the keys an indicator's
#: scores use while the room keeps them; editable in the panel (then they are items).
DEFAULT_CRITERIA: tuple[tuple[str, str, str], ...] = (
    ("default:vision", "Relevant to our shared vision", JUDGE),
    ("default:facts", "Relevant to the facts we agreed", JUDGE),
    ("default:obtainable", "Data obtainable within our timeframe", JUDGE),
    ("default:lived_experience", "Tells us about people's lived experience", JUDGE),
    ("default:expertise", "We have the expertise to collect and analyse it", CAPACITY),
    ("default:access", "We have access to the data", CAPACITY),
    ("default:resources", "We have the resources (time, money, people) to collect it", CAPACITY),
)
DEFAULT_KEYS = tuple(key for key, _, _ in DEFAULT_CRITERIA)

INDICATOR_KINDS: tuple[tuple[str, str], ...] = (
    ("input", "Input"),
    ("output", "Output"),
    ("outcome", "Outcome"),
    ("impact", "Impact"),
)
FINANCIAL: tuple[tuple[str, str], ...] = (("yes", "Financial"), ("no", "Not financial"))
TIMING: tuple[tuple[str, str], ...] = (
    ("leading", "Leading (predicts)"),
    ("lagging", "Lagging (looks back)"),
)
TIMING_SHORT: tuple[tuple[str, str], ...] = (("leading", "Leading"), ("lagging", "Lagging"))
SCORES: tuple[tuple[int, str], ...] = ((2, "Yes"), (1, "Partly"), (0, "No"))

INDICATOR_FIELDS: tuple[tuple[str, str], ...] = (
    ("measures", "What it measures"),
    ("source", "Data source"),
    ("baseline", "Baseline"),
    ("target", "Target"),
    ("frequency", "How often"),
)


def label_of(choices: Sequence[tuple[Any, str]], value: Any, context: str = "Measures") -> str:
    """The words for a stored choice (empty when not set)."""
    for key, label in choices:
        if key == value:
            return tr(context, label)
    return ""


# --------------------------------------------------------------------- criteria
@dataclass(frozen=True)
class Criterion:
    """One criterion: ``key`` is its item's id (or a standard criterion's key)."""

    key: str
    text: str
    group: str = JUDGE
    visibility: str = Visibility.PUBLIC.value


def criteria(view: WorkshopSnapshot) -> list[Criterion]:
    """The criteria this meeting's indicators are scored against.

    This meeting's own criteria; else those of the latest earlier meeting that had
    some; else the standard ones. Never a later meeting's: a meeting's summary must
    not change when the next one is held.
    """
    own = view.items_of_kind(CRITERION)
    had = bool(own) or _withheld(view, CRITERION)
    if not had:
        for meeting in reversed(view.earlier):
            own = [i for i in meeting.items if i.kind == CRITERION]
            if own or CRITERION in meeting.withheld_kinds:
                had = True
                break
    # Which criteria apply is decided on what was recorded, not on what this audience sees:
    # a meeting whose criteria are all withheld is not scored against the standard ones.
    if not had:
        return [Criterion(key, tr("Measures", t), g) for key, t, g in DEFAULT_CRITERIA]
    own = sorted(own, key=lambda i: (i.fields.get("group") == CAPACITY, i.position, i.created_at))
    return [
        Criterion(i.id, i.text, str(i.fields.get("group", JUDGE)), effective_visibility(i))
        for i in own
    ]


_RANK = {Visibility.PUBLIC.value: 0, Visibility.PARTNERS.value: 1, Visibility.INTERNAL.value: 2}


def _withheld(view: WorkshopSnapshot, kind: str) -> bool:
    """Did the view leave out items of ``kind`` of this meeting (a snapshot leaves none)?"""
    return isinstance(view, AudienceView) and view.withheld_of([kind]) > 0


def applicable(indicator: Item, against: Sequence[Criterion]) -> list[Criterion]:
    """The criteria ``indicator`` is scored against: those at least as open as itself
    (a public indicator is never judged on a partners-only criterion)."""
    rank = _RANK.get(effective_visibility(indicator), 2)
    return [c for c in against if _RANK.get(c.visibility, 2) <= rank]


def default_criteria_items(workshop_id: str, block_id: str) -> list[Item]:
    """The standard criteria as items of a criteria block (the facilitator edits them)."""
    return [
        Item(
            workshop_id=workshop_id,
            block_id=block_id,
            kind=CRITERION,
            text=tr("Measures", text),
            fields={"group": group},
            position=float(n),
            visibility=Visibility.PUBLIC.value,
        )
        for n, (_, text, group) in enumerate(DEFAULT_CRITERIA)
    ]


def score_total(indicator: Item, against: Sequence[Criterion]) -> tuple[int, int]:
    """(points, maximum) of an indicator against the applicable criteria (2 points each)."""
    scores = indicator.fields.get("scores") or {}
    used = applicable(indicator, against)
    points = sum(_score(scores.get(c.key)) for c in used)
    return points, 2 * len(used)


def _score(value: Any) -> int:
    try:
        return min(max(int(value), 0), 2)
    except (TypeError, ValueError):
        return 0


def weak_criteria(indicator: Item, against: Sequence[Criterion]) -> list[str]:
    """Criteria the room scored "No" for this indicator."""
    scores = indicator.fields.get("scores") or {}
    return [
        c.text
        for c in applicable(indicator, against)
        if c.key in scores and _score(scores[c.key]) == 0
    ]


# ---------------------------------------------------------------------- voting
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


def votes_of_block(items: Iterable[Item], block_id: str) -> dict[str, Item]:
    """The vote record of each indicator in one agreement block, by indicator id."""
    return {
        i.fields.get("indicator_id", ""): i
        for i in items
        if i.kind == VOTE and i.block_id == block_id
    }


@dataclass(frozen=True)
class VoteResult:
    indicator_id: str
    tally: dict[str, int]
    outcome: Outcome | None
    dissent: tuple[rules.Dissent, ...]


def block_results(items: Iterable[Item], block: Block) -> dict[str, VoteResult]:
    """Outcome, combined tally and dissent of every indicator voted on in ``block``."""
    settings = VoteSettings.of(block)
    votes = votes_of_block(items, block.id)
    tallies = {
        key: rules.combined(settings.method, v.fields.get("tallies")) for key, v in votes.items()
    }
    outcomes = rules.decide_all(settings.rule, settings.method, tallies)
    return {
        key: VoteResult(
            key,
            tallies[key],
            outcomes[key],
            tuple(
                rules.dissent(
                    settings.method, votes[key].fields.get("tallies"), settings.dissent_gap
                )
            ),
        )
        for key in votes
    }


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
        for key, outcome in view.decided.get(block.id, {}).items():
            found[key] = Outcome(outcome)
    return found


def adopted_indicators(view: AudienceView) -> list[Item]:
    decided = outcomes(view)
    return [i for i in view.items_of_kind(INDICATOR) if decided.get(i.id) is Outcome.ADOPTED]


# -------------------------------------------------------------------- balance
def balance_warnings(adopted: Sequence[Item], partners: Sequence[Partner]) -> list[str]:
    """Plain-language warnings about an adopted set of indicators (empty: balanced)."""
    if not adopted:
        return []
    warnings = []
    if all(i.fields.get("financial") == "yes" for i in adopted):
        warnings.append(
            tr(
                "Measures",
                "Every adopted indicator is financial: the set says "
                "nothing about what changes for people. Add at least one that is "
                "not about money.",
            )
        )
    if not any(i.fields.get("timing") == "leading" for i in adopted):
        warnings.append(
            tr(
                "Measures",
                "No adopted indicator is leading: everything looks back. "
                "Add one that predicts whether we are on track.",
            )
        )
    for partner in partners:
        if not any(
            i.partner_id == partner.id or partner.id in (i.fields.get("needed_by") or [])
            for i in adopted
        ):
            to_whom = partner.answers_to.strip() or tr("Measures", "those it answers to")
            warnings.append(
                tr(
                    "Measures",
                    "{partner} has nothing to report to {whom}: no "
                    "adopted indicator is owned by it or needed by its "
                    "stakeholders.",
                ).format(partner=partner.organisation, whom=to_whom)
            )
    return warnings


def balance_counts(adopted: Sequence[Item]) -> dict[str, dict[str, int]]:
    """Counts of the adopted set by kind, financial share and leading/lagging."""
    not_said = tr("Measures", "Not said")

    def count(key: str, choices: Sequence[tuple[str, str]]) -> dict[str, int]:
        out = {tr("Measures", label): 0 for _, label in choices}
        for item in adopted:
            label = label_of(choices, item.fields.get(key)) or not_said
            out[label] = out.get(label, 0) + 1
        if not out.get(not_said):
            out.pop(not_said, None)
        return out

    return {
        tr("Measures", "Kind"): count("indicator_kind", INDICATOR_KINDS),
        tr("Measures", "Financial"): count("financial", FINANCIAL),
        tr("Measures", "Leading or lagging"): count("timing", TIMING_SHORT),
    }


# --------------------------------------------------------- room and summary
def _partner_name(view: WorkshopSnapshot, partner_id: str | None) -> str:
    partner = view.partner(partner_id)
    return partner.organisation if partner else ""


def _needed_by(view: WorkshopSnapshot, item: Item) -> str:
    return ", ".join(
        n for n in (_partner_name(view, p) for p in item.fields.get("needed_by") or []) if n
    )


def criteria_room(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [CRITERION])
    if not found:
        return [Paragraph(tr("Room", "No criteria yet."), emphasis=True)]
    judge = [i.text for i in found if i.fields.get("group", JUDGE) != CAPACITY]
    capacity = [i.text for i in found if i.fields.get("group") == CAPACITY]
    elements: list[Element] = []
    if judge:
        elements += [Heading(tr("Room", "A good indicator is…"), 3), BulletList(tuple(judge))]
    if capacity:
        elements += [
            Heading(tr("Room", "…and we can collect it: capacity check"), 3),
            BulletList(tuple(capacity)),
        ]
    return elements


def criteria_summary(view: AudienceView, block: Block) -> list[Element]:
    if not view.items_in(block.id, [CRITERION]):
        return nothing_recorded(
            tr("Summary", "No criteria were recorded."), view.withheld_in(block.id)
        )
    return criteria_room(view, block)


def indicators_room(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [INDICATOR])
    if not found:
        return [Paragraph(tr("Room", "No indicators proposed yet."), emphasis=True)]
    rows = tuple(
        (
            i.text,
            str(i.fields.get("measures", "")),
            label_of(INDICATOR_KINDS, i.fields.get("indicator_kind")),
            label_of(TIMING, i.fields.get("timing")),
            _partner_name(view, i.partner_id),
        )
        for i in found
    )
    return [
        Table(
            (
                tr("Room", "Indicator"),
                tr("Room", "What it measures"),
                tr("Room", "Kind"),
                tr("Room", "Leading or lagging"),
                tr("Room", "Owner"),
            ),
            rows,
        )
    ]


def indicators_summary(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [INDICATOR])
    if not found:
        return nothing_recorded(
            tr("Summary", "No indicators were proposed."), view.withheld_in(block.id)
        )
    against = criteria(view)
    main = Table(
        (
            tr("Summary", "Indicator"),
            tr("Summary", "What it measures"),
            tr("Summary", "Kind"),
            tr("Summary", "Financial"),
            tr("Summary", "Leading or lagging"),
            tr("Summary", "Owner"),
            tr("Summary", "Needed by"),
        ),
        tuple(
            (
                i.text,
                str(i.fields.get("measures", "")),
                label_of(INDICATOR_KINDS, i.fields.get("indicator_kind")),
                label_of(FINANCIAL, i.fields.get("financial")),
                label_of(TIMING, i.fields.get("timing")),
                _partner_name(view, i.partner_id),
                _needed_by(view, i),
            )
            for i in found
        ),
    )
    data = Table(
        (
            tr("Summary", "Indicator"),
            tr("Summary", "Data source"),
            tr("Summary", "Baseline"),
            tr("Summary", "Target"),
            tr("Summary", "How often"),
        ),
        tuple(
            (
                i.text,
                *(str(i.fields.get(k, "")) for k in ("source", "baseline", "target", "frequency")),
            )
            for i in found
        ),
    )
    scored = []
    for i in found:
        points, most = score_total(i, against)
        weak = weak_criteria(i, against)
        scored.append((i.text, f"{points} / {most}", "; ".join(weak) or "—"))
    scores = Table(
        (
            tr("Summary", "Indicator"),
            tr("Summary", "Score against the criteria"),
            tr("Summary", "Scored “No” on"),
        ),
        tuple(scored),
    )
    return [
        main,
        Heading(tr("Summary", "Data for each indicator"), 3),
        data,
        Heading(tr("Summary", "Scored against the criteria"), 3),
        scores,
    ]


def _agreement_elements(view: AudienceView, block: Block, for_room: bool) -> list[Element]:
    settings = VoteSettings.of(block)
    ctx = "Room" if for_room else "Summary"
    elements: list[Element] = [
        Paragraph(
            tr(ctx, "Vote: {method}. Decision rule, set before the vote: {rule}").format(
                method=tr("Votes", rules.METHOD_NAMES[settings.method]),
                rule=settings.rule.describe(settings.method),
            ),
            emphasis=for_room,
        )
    ]
    indicators = view.items_of_kind(INDICATOR)
    if not indicators:
        return [*elements, Paragraph(tr(ctx, "There are no indicators to vote on yet."))]
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
        notes += [Callout(tr("Votes", "Dissent"), f"{indicator.text}: {f}") for f in flags]
        if tally:
            bars.append(
                {
                    "name": indicator.text,
                    "outcome": verdict,
                    "counts": [tally.get(level.key, 0) for level in rules.levels(settings.method)],
                }
            )
    table = Table(
        (tr(ctx, "Indicator"), tr(ctx, "Votes"), tr(ctx, "Result"), tr(ctx, "Dissent")), tuple(rows)
    )
    elements.append(table)
    elements += notes
    if bars:
        level_names = [tr("Votes", level.label) for level in rules.levels(settings.method)]
        alt = "; ".join(f"{b['name']}: {b['outcome']}" for b in bars)
        elements.append(
            Chart(
                "indicator_votes",
                tr(ctx, "Votes per indicator"),
                {"levels": level_names, "indicators": bars},
                alt,
            )
        )
    return elements


def agreement_room(view: AudienceView, block: Block) -> list[Element]:
    return _agreement_elements(view, block, for_room=True)


def agreement_summary(view: AudienceView, block: Block) -> list[Element]:
    return _agreement_elements(view, block, for_room=False)


def _balance_elements(view: AudienceView, block: Block, ctx: str) -> list[Element]:
    adopted = adopted_indicators(view)
    if not adopted:
        return [
            Paragraph(
                tr(ctx, "No indicator has been adopted yet (or the votes are still hidden)."),
                emphasis=True,
            )
        ]
    counts = balance_counts(adopted)
    alt = "; ".join(
        f"{group}: " + ", ".join(f"{k} {v}" for k, v in c.items()) for group, c in counts.items()
    )
    elements: list[Element] = [
        Chart(
            "measures_balance",
            tr(ctx, "The adopted indicators ({n})").format(n=len(adopted)),
            {"groups": counts},
            alt,
        )
    ]
    warnings = balance_warnings(adopted, view.partners)
    elements += [Callout(tr(ctx, "Warning"), w) for w in warnings]
    if not warnings:
        elements.append(
            Callout(
                tr(ctx, "Balanced"),
                tr(
                    ctx,
                    "The set mixes financial and other measures, has a leading indicator, and "
                    "gives every partner something to report.",
                ),
            )
        )
    elements += [
        Heading(tr(ctx, "Adopted indicators"), 3),
        BulletList(tuple(i.text for i in adopted)),
    ]
    return elements


def balance_room(view: AudienceView, block: Block) -> list[Element]:
    return _balance_elements(view, block, "Room")


def balance_summary(view: AudienceView, block: Block) -> list[Element]:
    return _balance_elements(view, block, "Summary")


# ------------------------------------------------------------------------ demo
def demo_indicator_id(workshop_id: str, name: str) -> str:
    """A stable id, so demo votes can point at demo indicators and demo scores at demo
    criteria."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"workshop-app-demo/{workshop_id}/{name}"))


_P, _PA, _I = Visibility.PUBLIC.value, Visibility.PARTNERS.value, Visibility.INTERNAL.value

#: name, measures, kind, financial, timing, source, baseline, target, frequency, owner,
#: needed by, visibility, scores (vision, facts, obtainable, lived, expertise, access, resources)
_DEMO_INDICATORS: tuple[tuple[Any, ...], ...] = (
    (
        "Repeat calls at the 50 busiest addresses",
        "Calls for service to the same address",
        "outcome",
        "no",
        "lagging",
        "Sheriff's CAD calls-for-service data",
        "2,140 calls (2025)",
        "-25% by end of 2027",
        "Monthly",
        SHERIFF,
        (CITY, SHERIFF, EASTSIDE),
        _P,
        (2, 2, 2, 1, 2, 2, 1),
    ),
    (
        "Young people referred to programmes instead of arrested",
        "Diversion referrals",
        "output",
        "no",
        "leading",
        "Youth Alliance referral log + Sheriff's juvenile contacts",
        "38 referrals (2025)",
        "150 a year",
        "Monthly",
        YOUTH,
        (YOUTH, SHERIFF, LAB),
        _P,
        (2, 2, 2, 2, 2, 1, 1),
    ),
    (
        "Residents who feel safe walking after dark",
        "Perceived safety (survey)",
        "outcome",
        "no",
        "lagging",
        "Annual resident survey (Justice Lab)",
        "41% (2024 survey)",
        "55%",
        "Yearly",
        LAB,
        (EASTSIDE, CITY),
        _P,
        (2, 1, 0, 2, 2, 1, 0),
    ),
    (
        "Street lights repaired within 7 days",
        "Speed of street-light repairs",
        "output",
        "no",
        "leading",
        "311 work orders",
        "46%",
        "90%",
        "Weekly",
        CITY,
        (EASTSIDE, CITY),
        _PA,
        (1, 2, 2, 1, 2, 2, 2),
    ),
    (
        "Cost per call for service avoided",
        "Deputy hours and cost saved",
        "output",
        "yes",
        "lagging",
        "Sheriff's payroll and CAD data",
        "Not yet known",
        "Break even in year 2",
        "Quarterly",
        SHERIFF,
        (CITY, SHERIFF),
        _PA,
        (1, 1, 1, 0, 1, 2, 1),
    ),
    (
        "Downtown break-ins reported by members",
        "Commercial burglaries",
        "outcome",
        "no",
        "lagging",
        "Business Association member survey",
        "",
        "",
        "Quarterly",
        BUSINESS,
        (BUSINESS,),
        _I,
        (1, 1, 1, 1, 0, 1, 0),
    ),
)

#: Demo votes of meeting 1 by indicator name: {sector: fist-to-five tally}.
_DEMO_VOTES: dict[str, dict[str, dict[str, int]]] = {
    "Repeat calls at the 50 busiest addresses": {
        "public": {"5": 3, "4": 1},
        "nonprofit": {"4": 2},
        "private": {"4": 1, "3": 1},
        "community": {"4": 2, "3": 1},
        "academic": {"5": 2},
    },
    "Young people referred to programmes instead of arrested": {
        "public": {"4": 3, "3": 1},
        "nonprofit": {"5": 2},
        "private": {"3": 2},
        "community": {"5": 2, "4": 1},
        "academic": {"4": 2},
    },
    "Residents who feel safe walking after dark": {
        "public": {"3": 2, "2": 2},
        "nonprofit": {"4": 2},
        "private": {"3": 2},
        "community": {"5": 3},
        "academic": {"5": 2},
    },
    "Street lights repaired within 7 days": {
        "public": {"4": 4},
        "nonprofit": {"4": 2},
        "private": {"5": 2},
        "community": {"1": 2, "2": 1},
        "academic": {"3": 2},
    },
    "Cost per call for service avoided": {
        "public": {"5": 2, "4": 2},
        "nonprofit": {"1": 1, "2": 1},
        "private": {"4": 2},
        "community": {"0": 1, "2": 2},
        "academic": {"2": 2},
    },
}


_DEMO_CRITERIA: tuple[tuple[str, str, str], ...] = (
    ("Relevant to our shared vision of a safer Riverton", JUDGE, _P),
    ("Relevant to the facts we agreed in September", JUDGE, _P),
    ("Data obtainable within the pilot's 18 months", JUDGE, _P),
    ("Tells us how residents and young people experience safety", JUDGE, _P),
    ("We have the expertise to collect and analyse it", CAPACITY, _P),
    ("We have access to the data", CAPACITY, _P),
    ("We have the resources (time, money, people) to collect it", CAPACITY, _P),
    ("No names of young people leave the agency that holds them", CAPACITY, _PA),
)


def _demo_criteria(ctx: DemoContext) -> list[Item]:
    return [
        ctx.item(
            CRITERION,
            text,
            fields={"group": group},
            visibility=visibility,
            position=float(n),
            id=demo_indicator_id(ctx.workshop.id, text),
        )
        for n, (text, group, visibility) in enumerate(_DEMO_CRITERIA)
    ]


def _demo_indicators(ctx: DemoContext) -> list[Item]:
    by_name = ctx.partners_by_name
    names = [demo_indicator_id(ctx.workshop.id, text) for text, _, _ in _DEMO_CRITERIA]
    chosen = _DEMO_INDICATORS if ctx.meeting else _DEMO_INDICATORS[:4]
    items = []
    for n, row in enumerate(chosen):
        (
            name,
            measures,
            kind,
            financial,
            timing,
            source,
            baseline,
            target,
            frequency,
            owner,
            needed,
            visibility,
            scores,
        ) = row
        if ctx.meeting == 0:  # first meeting: names and a first idea only, details came later
            fields: dict[str, Any] = {"measures": measures}
            owner_id = None
        else:
            fields = {
                "measures": measures,
                "indicator_kind": kind,
                "financial": financial,
                "timing": timing,
                "source": source,
                "baseline": baseline,
                "target": target,
                "frequency": frequency,
                "needed_by": [by_name[p].id for p in needed if p in by_name],
                "scores": dict(zip(names, scores, strict=False)),
            }
            owner_id = by_name[owner].id if owner in by_name else None
        items.append(
            ctx.item(
                INDICATOR,
                name,
                fields=fields,
                visibility=visibility,
                partner_id=owner_id,
                position=float(n),
                id=demo_indicator_id(ctx.workshop.id, name),
            )
        )
    if ctx.meeting == 0:
        items.append(
            ctx.item(
                INDICATOR,
                "Number of arrests downtown",
                fields={
                    "measures": "Arrests (the Youth Alliance objects: it rewards the wrong thing)"
                },
                visibility=_I,
                position=float(len(items)),
            )
        )
    return items


def _demo_votes(ctx: DemoContext) -> list[Item]:
    return [
        ctx.item(
            VOTE,
            "Votes",
            visibility=_P,
            position=float(n),
            fields={"indicator_id": demo_indicator_id(ctx.workshop.id, name), "tallies": tallies},
        )
        for n, (name, tallies) in enumerate(_DEMO_VOTES.items())
    ]


AGREEMENT_KEY = "indicator_agreement"

CRITERIA = register(
    ExerciseKind(
        key="measure_criteria",
        family="measures",
        name="Criteria for good indicators",
        guidance=(
            "Before anyone proposes an indicator, agree how indicators will be judged. "
            "This keeps the later choice about the partnership, not about one partner."
        ),
        prompt="How will we judge whether an indicator is a good one?",
        minutes=10,
        item_kinds=(CRITERION,),
        history_kinds=(CRITERION,),
        items=(ItemSchema(CRITERION, (Field("group", choice(JUDGE, CAPACITY)),)),),
        panel="workshop_app.exercises.measures_panels:CriteriaPanel",
        room=criteria_room,
        summary=criteria_summary,
        demo=_demo_criteria,
    )
)

INDICATORS = register(
    ExerciseKind(
        key="indicators",
        family="measures",
        name="Propose indicators",
        guidance=(
            "Capture indicator names quickly while people talk; fill in the details after. "
            "Ask for at least one leading indicator and one that is not financial."
        ),
        prompt="How will we know we are succeeding?",
        minutes=25,
        item_kinds=(INDICATOR,),
        history_kinds=(CRITERION,),
        items=(
            ItemSchema(
                INDICATOR,
                (
                    Field("measures", text(5000)),
                    Field("indicator_kind", choice(*(k for k, _ in INDICATOR_KINDS))),
                    Field("financial", choice(*(k for k, _ in FINANCIAL))),
                    Field("timing", choice(*(k for k, _ in TIMING))),
                    Field("source", text(2000)),
                    Field("baseline", text(2000)),
                    Field("target", text(2000)),
                    Field("frequency", text(500)),
                    Field("needed_by", list_of(partner_ref(), max_items=100)),
                    Field("scores", scores_of(CRITERION, integer(0, 2), DEFAULT_KEYS)),
                ),
                partner=Disclosure.ITEM,  # the owning partner
            ),
        ),
        panel="workshop_app.exercises.measures_panels:IndicatorsPanel",
        room=indicators_room,
        summary=indicators_summary,
        demo=_demo_indicators,
    )
)

AGREEMENT = register(
    ExerciseKind(
        key=AGREEMENT_KEY,
        family="measures",
        name="Agree on indicators",
        guidance=(
            "Announce the decision rule before the vote. Enter the tallies, reveal them, "
            "and look at the spread: a sector that rates an indicator low is a conversation, "
            "not a rounding error."
        ),
        prompt="Which indicators do we adopt?",
        minutes=20,
        item_kinds=(VOTE,),
        items=(
            ItemSchema(
                VOTE,
                (
                    Field("indicator_id", item_ref(INDICATOR)),
                    # {sector or "": {level key: count}}: a result, hidden until revealed
                    Field(
                        "tallies",
                        map_of(
                            text(100),
                            map_of(text(100), integer(0, COUNT_LIMIT), max_items=10),
                            max_items=20,
                        ),
                        Disclosure.RESULT,
                    ),
                ),
                about="indicator_id",
            ),
        ),
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
        panel="workshop_app.exercises.measures_panels:AgreementPanel",
        room=agreement_room,
        summary=agreement_summary,
        default_settings=default_agreement_settings,
        decide=decide_block,
        demo=lambda ctx: _demo_votes(ctx) if ctx.meeting else [],
    )
)

BALANCE = register(
    ExerciseKind(
        key="balance_check",
        family="measures",
        name="Balance check",
        guidance=(
            "Look at the adopted set as a whole: is it all financial? Does anything predict "
            "future performance? Can every partner report something to those it answers to?"
        ),
        prompt="Does our set of measures tell the whole story?",
        minutes=10,
        item_kinds=(),
        panel="workshop_app.exercises.measures_panels:BalancePanel",
        room=balance_room,
        summary=balance_summary,
    )
)
