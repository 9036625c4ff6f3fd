"""Agreeing on measures of success (PRODUCT.md section 3)."""

from .registry import ExerciseKind, register

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
    )
)

AGREEMENT = register(
    ExerciseKind(
        key="indicator_agreement",
        family="measures",
        name="Agree on indicators",
        guidance=(
            "Announce the decision rule before the vote. Enter the tallies, reveal them, "
            "and look at the spread: a sector that rates an indicator low is a conversation, "
            "not a rounding error."
        ),
        prompt="Which indicators do we adopt?",
        minutes=20,
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
    )
)
