"""Vote methods, decision rules and dissent: how a room's votes become decisions.

Plain Python, no Qt and no SQL. A *tally* maps a level key of the vote method
(``"0"``..``"5"`` for fist-to-five, ``"love"``..``"block"`` for gradients of
agreement, ``"dots"`` for dot votes) to how many people chose it. Tallies can
be recorded per sector (``{"public": {...}, "community": {...}}``); the key
``""`` holds votes not recorded by sector.

The decision rule is chosen before the vote and applied here, the same way for
the facilitator's screen, the projector and every export:

- ``nobody_below``: adopted when nobody votes below a level (e.g. "live with");
- ``share_at_least``: adopted when at least a share of the votes (e.g. 80 %) is
  at a level or above (e.g. 3 or more);
- ``top_dots``: the indicators with the most dots (top N) are adopted.

A block (a fist in fist-to-five, "block" in gradients of agreement) always stops
adoption and always parks the indicator, however the other votes fell, so the room
talks about it: one outcome, one word, in every workshop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..i18n import format_number, tr
from .records import sector_label

Tally = Mapping[str, int]
SectorTallies = Mapping[str, Tally]


class VoteMethod(StrEnum):
    """How the room votes; :func:`levels` gives the answers each method offers."""

    FIST_TO_FIVE = "fist_to_five"
    GRADIENTS = "gradients"
    DOTS = "dots"


class Outcome(StrEnum):
    """What a vote decided for one indicator (a block always parks it)."""

    ADOPTED = "adopted"
    PARKED = "parked"
    DROPPED = "dropped"


class RuleKind(StrEnum):
    """The decision rules of the module's docstring; dot votes take ``top_dots``."""

    NOBODY_BELOW = "nobody_below"
    SHARE_AT_LEAST = "share_at_least"
    TOP_DOTS = "top_dots"


@dataclass(frozen=True)
class Level:
    """One answer a voter can give: its key in a tally, its words, its score (0 = block)."""

    key: str
    label: str
    score: int
    short: str = ""  # column headings

    @property
    def heading(self) -> str:
        return tr("Votes", self.short or self.label)


_LEVELS: dict[VoteMethod, tuple[Level, ...]] = {
    VoteMethod.FIST_TO_FIVE: (
        Level("5", "5 – fully for it", 5, "5"),
        Level("4", "4", 4),
        Level("3", "3 – can live with it", 3, "3"),
        Level("2", "2", 2),
        Level("1", "1", 1),
        Level("0", "Fist – block", 0, "Fist"),
    ),
    VoteMethod.GRADIENTS: (
        Level("love", "Love it", 5, "Love"),
        Level("like", "Like it", 4, "Like"),
        Level("live_with", "Can live with it", 3, "Live with"),
        Level("lament", "Lament it", 2, "Lament"),
        Level("loathe", "Loathe it", 1, "Loathe"),
        Level("block", "Block", 0),
    ),
    VoteMethod.DOTS: (Level("dots", "Dots", 1),),
}

METHOD_NAMES: dict[VoteMethod, str] = {
    VoteMethod.FIST_TO_FIVE: "Fist-to-five (0–5)",
    VoteMethod.GRADIENTS: "Gradients of agreement",
    VoteMethod.DOTS: "Dot votes",
}

OUTCOME_NAMES: dict[Outcome, str] = {
    Outcome.ADOPTED: "Adopted",
    Outcome.PARKED: "Parked",
    Outcome.DROPPED: "Dropped",
}

#: Score at or below which a vote stops adoption whatever the rule.
BLOCK_SCORE = 0


def method_of(value: Any) -> VoteMethod:
    """The vote method named ``value``; unknown values fall back to fist-to-five."""
    try:
        return VoteMethod(value)
    except ValueError:
        return VoteMethod.FIST_TO_FIVE


def levels(method: VoteMethod | str) -> tuple[Level, ...]:
    """The answers of ``method``, most favourable first."""
    return _LEVELS[method_of(method)]


def level_label(method: VoteMethod | str, score: int) -> str:
    """Words for a score, e.g. 3 -> "Can live with it" (gradients) or "3 – can live with it"."""
    for level in levels(method):
        if level.score == score:
            return tr("Votes", level.label)
    return str(score)


def rule_kinds(method: VoteMethod | str) -> tuple[RuleKind, ...]:
    """The decision rules that make sense for ``method``."""
    if method_of(method) is VoteMethod.DOTS:
        return (RuleKind.TOP_DOTS,)
    return (RuleKind.NOBODY_BELOW, RuleKind.SHARE_AT_LEAST)


@dataclass(frozen=True)
class DecisionRule:
    """A rule announced before the vote.

    ``level``: the score a vote must reach (``nobody_below``, ``share_at_least``);
    ``share_percent``: the share of votes that must reach it (``share_at_least``);
    ``top``: how many indicators are adopted (``top_dots``);
    ``park_percent``: an indicator that fails the rule is parked (not dropped) when at
    least this share of votes reached ``level``.
    """

    kind: RuleKind = RuleKind.NOBODY_BELOW
    level: int = 3
    share_percent: int = 80
    top: int = 3
    park_percent: int = 50

    def to_settings(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "level": self.level,
            "share_percent": self.share_percent,
            "top": self.top,
            "park_percent": self.park_percent,
        }

    @classmethod
    def from_settings(cls, data: Mapping[str, Any] | None) -> DecisionRule:
        data = data or {}
        try:
            kind = RuleKind(data.get("kind", RuleKind.NOBODY_BELOW.value))
        except ValueError:
            kind = RuleKind.NOBODY_BELOW
        return cls(
            kind=kind,
            level=_int(data.get("level"), 3, 0, 5),
            share_percent=_int(data.get("share_percent"), 80, 1, 100),
            top=_int(data.get("top"), 3, 1, 99),
            park_percent=_int(data.get("park_percent"), 50, 0, 100),
        )

    def fits(self, method: VoteMethod | str) -> DecisionRule:
        """This rule, or the default rule of ``method`` if this one does not apply to it."""
        if self.kind in rule_kinds(method):
            return self
        return DecisionRule(kind=rule_kinds(method)[0])

    def describe(self, method: VoteMethod | str, options: bool = False) -> str:
        """The rule in one plain sentence, to read out before the vote (on indicators, or
        on ``options`` of a general vote)."""
        method = method_of(method)
        rule = self.fits(method)
        if rule.kind is RuleKind.TOP_DOTS and options:
            return tr(
                "Votes",
                "The {top} options with the most dots are adopted; a tie at "
                "the cut is parked for the room to settle.",
            ).format(top=rule.top)
        if rule.kind is RuleKind.TOP_DOTS:
            return tr(
                "Votes",
                "The {top} indicators with the most dots are adopted; a tie at "
                "the cut is parked for the room to settle.",
            ).format(top=rule.top)
        label = level_label(method, rule.level)
        if rule.kind is RuleKind.NOBODY_BELOW:
            text = tr("Votes", "Adopted when nobody votes below “{level}”.").format(level=label)
        else:
            text = tr("Votes", "Adopted when at least {share}% vote “{level}” or higher.").format(
                share=rule.share_percent, level=label
            )
        parks = (
            tr("Votes", "A block always parks the option for the room to discuss.")
            if options
            else tr("Votes", "A block always parks the indicator for the room to discuss.")
        )
        return text + " " + parks


def _int(value: Any, default: int, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


# ---------------------------------------------------------------------- tallies
def clean_tally(method: VoteMethod | str, tally: Mapping[str, Any] | None) -> dict[str, int]:
    """Only the known level keys of ``method``, as non-negative whole numbers."""
    out: dict[str, int] = {}
    for level in levels(method):
        count = _int((tally or {}).get(level.key), 0, 0, 1_000_000)
        if count:
            out[level.key] = count
    return out


def combined(method: VoteMethod | str, tallies: SectorTallies | None) -> dict[str, int]:
    """All votes of every sector (and those not recorded by sector) added up."""
    total: dict[str, int] = {}
    for tally in (tallies or {}).values():
        for key, count in clean_tally(method, tally).items():
            total[key] = total.get(key, 0) + count
    return total


def vote_count(tally: Tally) -> int:
    return sum(tally.values())


def scores(method: VoteMethod | str, tally: Tally) -> list[tuple[int, int]]:
    """``(score, count)`` pairs of a tally."""
    by_key = {level.key: level.score for level in levels(method)}
    return [(by_key[k], n) for k, n in tally.items() if k in by_key and n > 0]


def mean_score(method: VoteMethod | str, tally: Tally) -> float | None:
    pairs = scores(method, tally)
    votes = sum(n for _, n in pairs)
    return sum(s * n for s, n in pairs) / votes if votes else None


def dots_text(n: int) -> str:
    """``n`` dots in words: "1 dot", "7 dots" (a plural in the catalog: "0 gommette")."""
    return tr("Votes", "%n dot" if n == 1 else "%n dots", n)


def describe_tally(method: VoteMethod | str, tally: Tally) -> str:
    """A tally in words: "5 at 5, 6 at 4, 1 fist" or "4 love it, 1 block" or "7 dots"."""
    method = method_of(method)
    parts = []
    for level in levels(method):
        n = tally.get(level.key, 0)
        if not n:
            continue
        if method is VoteMethod.DOTS:
            parts.append(dots_text(n))
        elif method is VoteMethod.FIST_TO_FIVE:
            parts.append(
                tr("Votes", "{n} fist").format(n=n)
                if level.score == BLOCK_SCORE
                else tr("Votes", "{n} at {score}").format(n=n, score=level.score)
            )
        else:
            parts.append(f"{n} {tr('Votes', level.label).lower()}")
    return ", ".join(parts) if parts else tr("Votes", "no votes yet")


# --------------------------------------------------------------------- deciding
def decide(rule: DecisionRule, method: VoteMethod | str, tally: Tally) -> Outcome | None:
    """Outcome of one indicator under a per-indicator rule; None when nobody has voted.

    For ``top_dots`` (which compares indicators) use :func:`decide_all`.
    """
    method = method_of(method)
    rule = rule.fits(method)
    if rule.kind is RuleKind.TOP_DOTS:
        raise ValueError("top_dots compares indicators: use decide_all")
    pairs = scores(method, tally)
    votes = sum(n for _, n in pairs)
    if not votes:
        return None
    reaching = sum(n for s, n in pairs if s >= rule.level)
    blocked = any(s <= BLOCK_SCORE for s, _ in pairs)
    if rule.kind is RuleKind.NOBODY_BELOW:
        passes = reaching == votes
    else:  # share_at_least; whole-number arithmetic so 80% of 10 is exactly 8
        passes = reaching * 100 >= rule.share_percent * votes
    if blocked:
        return Outcome.PARKED
    if passes:
        return Outcome.ADOPTED
    if reaching * 100 >= rule.park_percent * votes:
        return Outcome.PARKED
    return Outcome.DROPPED


def decide_all(
    rule: DecisionRule, method: VoteMethod | str, tallies: Mapping[str, Tally]
) -> dict[str, Outcome | None]:
    """Outcome of every indicator (keyed as in ``tallies``) under ``rule``."""
    method = method_of(method)
    rule = rule.fits(method)
    if rule.kind is not RuleKind.TOP_DOTS:
        return {key: decide(rule, method, tally) for key, tally in tallies.items()}
    dots = {key: sum(n for _, n in scores(method, tally)) for key, tally in tallies.items()}
    if not any(dots.values()):
        return {key: None for key in tallies}
    ranked = sorted((n for n in dots.values() if n > 0), reverse=True)
    cut = ranked[rule.top - 1] if len(ranked) >= rule.top else 0
    tie_at_cut = len(ranked) > rule.top and ranked[rule.top] == cut
    last_adopted = min((n for n in ranked if n > cut), default=cut) if tie_at_cut else cut
    out: dict[str, Outcome | None] = {}
    for key, n in dots.items():
        if n > cut or (n == cut and n > 0 and not tie_at_cut):
            out[key] = Outcome.ADOPTED
        elif n > 0 and (n == cut or n * 2 >= last_adopted):
            out[key] = Outcome.PARKED  # tied at the cut, or at least half the last adopted
        else:
            out[key] = Outcome.DROPPED
    return out


# ---------------------------------------------------------------------- dissent
@dataclass(frozen=True)
class Dissent:
    """One sector voting far below the rest of the room on one indicator."""

    sector: str
    sector_mean: float
    others_mean: float

    def describe(self, method: VoteMethod | str) -> str:
        return tr(
            "Votes",
            "{sector}: an average of {mine}, the others {others}. "
            "Talk about it before counting it as agreed.",
        ).format(
            sector=sector_label(self.sector),
            mine=format_number(self.sector_mean),
            others=format_number(self.others_mean),
        )


def dissent(
    method: VoteMethod | str, by_sector: SectorTallies | None, gap: float = 2.0
) -> list[Dissent]:
    """Sectors whose mean score sits at least ``gap`` points below all other sectors' votes.

    Judged sector by sector, not from the overall average, so a sector outvoted by a
    larger room is still seen. Votes not recorded by sector (key ``""``) count among
    "the others" but never form a sector of their own. Dot votes have no scale to sit
    below, so they never show dissent.
    """
    method = method_of(method)
    if method is VoteMethod.DOTS or not by_sector:
        return []
    cleaned = {sector: clean_tally(method, tally) for sector, tally in by_sector.items()}
    sectors = [s for s, t in cleaned.items() if s and vote_count(t)]
    if len(sectors) < 2:
        return []
    found = []
    for sector in sectors:
        others = combined(method, {s: t for s, t in cleaned.items() if s != sector})
        mine = mean_score(method, cleaned[sector])
        rest = mean_score(method, others)
        if mine is not None and rest is not None and rest - mine >= gap:
            found.append(Dissent(sector, mine, rest))
    return found
