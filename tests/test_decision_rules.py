"""Vote methods, decision rules and dissent (workshop_app.domain.decision_rules)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workshop_app.domain.decision_rules import (
    DecisionRule,
    Outcome,
    RuleKind,
    VoteMethod,
    combined,
    decide,
    decide_all,
    describe_tally,
    dissent,
    level_label,
    rule_kinds,
)

FIST = VoteMethod.FIST_TO_FIVE
GRADIENTS = VoteMethod.GRADIENTS
DOTS = VoteMethod.DOTS
NOBODY_BELOW_3 = DecisionRule(RuleKind.NOBODY_BELOW, level=3)
EIGHTY_AT_3 = DecisionRule(RuleKind.SHARE_AT_LEAST, level=3, share_percent=80)


# ------------------------------------------------------------- nobody below
def test_nobody_below_adopts_when_every_vote_reaches_the_level():
    assert decide(NOBODY_BELOW_3, FIST, {"5": 2, "4": 3, "3": 1}) is Outcome.ADOPTED


def test_nobody_below_parks_when_one_vote_is_below_but_most_reach_it():
    assert decide(NOBODY_BELOW_3, FIST, {"5": 5, "2": 1}) is Outcome.PARKED


def test_nobody_below_drops_when_most_votes_are_below():
    assert decide(NOBODY_BELOW_3, FIST, {"4": 1, "2": 2, "1": 2}) is Outcome.DROPPED


def test_gradients_nobody_below_live_with_adopts_live_with():
    rule = DecisionRule(RuleKind.NOBODY_BELOW, level=3)
    assert decide(rule, GRADIENTS, {"love": 1, "live_with": 4}) is Outcome.ADOPTED
    assert decide(rule, GRADIENTS, {"love": 4, "lament": 1}) is Outcome.PARKED


def test_a_block_stops_adoption_even_when_the_rule_would_pass():
    rule = DecisionRule(RuleKind.NOBODY_BELOW, level=0)  # everybody passes this level
    assert decide(rule, GRADIENTS, {"love": 9, "block": 1}) is Outcome.PARKED
    assert decide(rule, FIST, {"5": 9, "0": 1}) is Outcome.PARKED


def test_a_block_parks_the_indicator_however_the_other_votes_fell():
    """One outcome, one word: a fist among high votes and a fist among low ones both park."""
    for tally in ({"5": 9, "0": 1}, {"1": 6, "2": 3, "0": 1}, {"0": 10}):
        for rule in (NOBODY_BELOW_3, EIGHTY_AT_3):
            assert decide(rule, FIST, tally) is Outcome.PARKED, (rule.kind, tally)
    assert decide(NOBODY_BELOW_3, GRADIENTS, {"loathe": 6, "block": 1}) is Outcome.PARKED
    assert "A block always parks" in NOBODY_BELOW_3.describe(FIST)


def test_every_blocked_indicator_of_the_demo_reads_parked(demo_db):
    from workshop_app.domain.visibility import Audience, audience_view
    from workshop_app.exercises.indicator_agreement import VOTE, outcomes
    from workshop_app.exercises.registry import history_kinds
    from workshop_app.storage import open_store

    store = open_store(demo_db)
    blocked = {}
    for workshop in store.workshops():
        snapshot = store.snapshot(workshop.id, history_kinds())
        decided = outcomes(audience_view(snapshot, Audience.INTERNAL))
        for vote in store.items(workshop.id, kinds=[VOTE]):
            tallies = vote.fields["tallies"].values()
            if any(tally.get("0") or tally.get("block") for tally in tallies):
                blocked[vote.fields["indicator_id"]] = decided.get(vote.fields["indicator_id"])
    store.close()
    assert blocked  # the demo has a fist: "Cost per call for service avoided"
    assert set(blocked.values()) == {Outcome.PARKED}


def test_no_votes_means_no_outcome_yet():
    assert decide(NOBODY_BELOW_3, FIST, {}) is None
    assert decide(NOBODY_BELOW_3, FIST, {"5": 0}) is None


# ---------------------------------------------------------- share at least
def test_eighty_percent_at_three_adopts_at_exactly_eighty_percent():
    assert decide(EIGHTY_AT_3, FIST, {"3": 8, "2": 2}) is Outcome.ADOPTED


def test_eighty_percent_at_three_parks_just_below_eighty_percent():
    assert decide(EIGHTY_AT_3, FIST, {"3": 7, "2": 3}) is Outcome.PARKED


def test_share_rule_drops_below_the_park_share():
    assert decide(EIGHTY_AT_3, FIST, {"3": 4, "1": 6}) is Outcome.DROPPED


def test_share_rule_counts_levels_above_the_threshold():
    assert decide(EIGHTY_AT_3, FIST, {"5": 4, "4": 4, "1": 2}) is Outcome.ADOPTED


def test_park_share_is_configurable():
    strict = DecisionRule(RuleKind.SHARE_AT_LEAST, level=3, share_percent=80, park_percent=70)
    assert decide(strict, FIST, {"3": 6, "1": 4}) is Outcome.DROPPED
    assert decide(EIGHTY_AT_3, FIST, {"3": 6, "1": 4}) is Outcome.PARKED


# ---------------------------------------------------------------- top dots
def test_top_dots_adopts_the_n_indicators_with_most_dots():
    rule = DecisionRule(RuleKind.TOP_DOTS, top=2)
    result = decide_all(
        rule,
        DOTS,
        {"a": {"dots": 9}, "b": {"dots": 7}, "c": {"dots": 4}, "d": {"dots": 1}, "e": {}},
    )
    assert result == {
        "a": Outcome.ADOPTED,
        "b": Outcome.ADOPTED,
        "c": Outcome.PARKED,
        "d": Outcome.DROPPED,
        "e": Outcome.DROPPED,
    }


def test_top_dots_parks_a_tie_at_the_cut():
    rule = DecisionRule(RuleKind.TOP_DOTS, top=2)
    result = decide_all(rule, DOTS, {"a": {"dots": 9}, "b": {"dots": 5}, "c": {"dots": 5}})
    assert result == {"a": Outcome.ADOPTED, "b": Outcome.PARKED, "c": Outcome.PARKED}


def test_top_dots_adopts_all_with_dots_when_fewer_than_n():
    rule = DecisionRule(RuleKind.TOP_DOTS, top=3)
    result = decide_all(rule, DOTS, {"a": {"dots": 2}, "b": {"dots": 1}, "c": {}})
    assert result == {"a": Outcome.ADOPTED, "b": Outcome.ADOPTED, "c": Outcome.DROPPED}


def test_top_dots_with_no_dots_at_all_decides_nothing():
    rule = DecisionRule(RuleKind.TOP_DOTS, top=3)
    assert decide_all(rule, DOTS, {"a": {}, "b": {}}) == {"a": None, "b": None}


def test_a_rule_that_does_not_fit_the_method_falls_back_to_the_methods_rule():
    assert rule_kinds(DOTS) == (RuleKind.TOP_DOTS,)
    assert NOBODY_BELOW_3.fits(DOTS).kind is RuleKind.TOP_DOTS
    assert DecisionRule(RuleKind.TOP_DOTS).fits(FIST).kind is RuleKind.NOBODY_BELOW


# ----------------------------------------------------------------- dissent
def test_dissent_flags_a_sector_far_below_the_others_though_the_average_is_high():
    by_sector = {"public": {"5": 6}, "private": {"5": 5, "4": 1}, "community": {"1": 2}}
    assert combined(FIST, by_sector) == {"5": 11, "4": 1, "1": 2}  # mean about 4.3
    found = dissent(FIST, by_sector)
    assert [d.sector for d in found] == ["community"]
    assert found[0].sector_mean == 1
    assert round(found[0].others_mean, 2) == 4.92


def test_no_dissent_when_sectors_differ_by_less_than_the_gap():
    assert dissent(FIST, {"public": {"5": 3}, "community": {"4": 2, "3": 1}}) == []


def test_dissent_gap_is_configurable():
    by_sector = {"public": {"5": 3}, "community": {"4": 1, "3": 2}}
    assert dissent(FIST, by_sector, gap=1.5) != []
    assert dissent(FIST, by_sector, gap=2.0) == []


def test_votes_not_recorded_by_sector_never_form_a_dissenting_sector():
    assert dissent(FIST, {"": {"0": 5}, "public": {"5": 3}}) == []


def test_gradients_dissent_uses_the_gradient_scores():
    found = dissent(
        GRADIENTS, {"public": {"love": 3}, "nonprofit": {"like": 2}, "community": {"loathe": 2}}
    )
    assert [d.sector for d in found] == ["community"]


def test_dot_votes_never_show_dissent():
    assert dissent(DOTS, {"public": {"dots": 9}, "community": {"dots": 0}}) == []


# ------------------------------------------------------------------ words
def test_rule_is_described_in_plain_words_with_the_level_name():
    text = DecisionRule(RuleKind.NOBODY_BELOW, level=3).describe(GRADIENTS)
    assert "nobody votes below “Can live with it”" in text
    assert "80%" in EIGHTY_AT_3.describe(FIST)


def test_tallies_are_described_in_words():
    assert describe_tally(FIST, {"5": 2, "0": 1}) == "2 at 5, 1 fist"
    assert describe_tally(GRADIENTS, {"love": 4, "block": 1}) == "4 love it, 1 block"
    assert describe_tally(DOTS, {"dots": 7}) == "7 dots"
    assert level_label(GRADIENTS, 3) == "Can live with it"


def test_rule_settings_round_trip_and_bad_values_fall_back():
    assert DecisionRule.from_settings(EIGHTY_AT_3.to_settings()) == EIGHTY_AT_3
    odd = DecisionRule.from_settings({"kind": "coin_toss", "level": "x", "share_percent": 900})
    assert odd == DecisionRule(RuleKind.NOBODY_BELOW, level=3, share_percent=100)


# --------------------------------------------------------------- properties
tallies = st.dictionaries(
    st.sampled_from(["0", "1", "2", "3", "4", "5"]), st.integers(0, 30), min_size=1
)


@given(tallies, st.integers(0, 5))
def test_nobody_below_adopts_exactly_when_no_vote_is_below_the_level_or_blocks(tally, level):
    rule = DecisionRule(RuleKind.NOBODY_BELOW, level=level)
    outcome = decide(rule, FIST, tally)
    votes = {int(k): n for k, n in tally.items() if n}
    if not votes:
        assert outcome is None
    else:
        adopted = all(s >= level for s in votes) and 0 not in votes
        assert (outcome is Outcome.ADOPTED) == adopted


@given(tallies, st.integers(1, 100), st.integers(0, 5))
def test_more_support_never_makes_the_share_outcome_worse(tally, share, level):
    rule = DecisionRule(RuleKind.SHARE_AT_LEAST, level=level, share_percent=share)
    rank = {None: -1, Outcome.DROPPED: 0, Outcome.PARKED: 1, Outcome.ADOPTED: 2}
    before = decide(rule, FIST, tally)
    more = dict(tally)
    more["5"] = more.get("5", 0) + 1
    assert rank[decide(rule, FIST, more)] >= rank[before] or before is None
