"""Issue scoping and a common fact base (PRODUCT.md section 2)."""

from .registry import ExerciseKind, register

SCOPE_THE_ISSUE = register(
    ExerciseKind(
        key="scope_issue",
        family="scoping",
        name="Scope the issue",
        guidance=(
            "Start from the broad topic and break it into sub-issues. Mark each in scope, "
            "out of scope, or later. Finish with one problem statement everybody can repeat."
        ),
        prompt="What exactly are we trying to solve together?",
        minutes=25,
    )
)

POSITIONS_TO_INTERESTS = register(
    ExerciseKind(
        key="positions_interests",
        family="scoping",
        name="Positions to interests",
        guidance=(
            "When someone states a fixed solution (a position), ask why it matters to them. "
            "Record the interest behind it. The room sees the interests, not who said what."
        ),
        prompt="Behind each position: what do we really need?",
        minutes=15,
    )
)

FACT_BASE = register(
    ExerciseKind(
        key="fact_base",
        family="scoping",
        name="Fact base",
        guidance=(
            "List the facts that matter, each with its source and date. Ask the room whether "
            "it is agreed, disputed, or needs data. Open questions get an owner and a date."
        ),
        prompt="What do we know, how do we know it, and what do we still need to find out?",
        minutes=25,
    )
)
