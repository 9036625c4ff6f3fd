"""Trust-building exercises (PRODUCT.md section 1)."""

from .registry import ExerciseKind, register

WHO_IS_AT_THE_TABLE = register(
    ExerciseKind(
        key="who_is_at_the_table",
        family="trust",
        name="Who is at the table",
        guidance=(
            "Go round the room: each organisation says who it is, what it brings, what it "
            "needs from this partnership and to whom it answers. Keep it short and concrete."
        ),
        prompt="Who are we, what do we bring, what do we need, and to whom do we answer?",
        minutes=20,
    )
)

PARTNERSHIP_HISTORY = register(
    ExerciseKind(
        key="partnership_history",
        family="trust",
        name="Partnership history",
        guidance=(
            "Ask which partners have worked together before and how it went. A failed or "
            "missing history is not a verdict; it tells you where trust must be built "
            "before data can be shared."
        ),
        prompt="Where have we worked together before, and what did we learn?",
        minutes=15,
    )
)

TRUST_CHECK_IN = register(
    ExerciseKind(
        key="trust_check_in",
        family="trust",
        name="Trust check-in",
        guidance=(
            "Read each statement; people rate it 1 to 5 by show of hands or on paper. "
            "Enter the tallies; keep results hidden until everyone has rated."
        ),
        prompt="How far do you agree? 1 = not at all, 5 = completely.",
        minutes=10,
    )
)

HOPES_AND_CONCERNS = register(
    ExerciseKind(
        key="hopes_concerns",
        family="trust",
        name="Hopes, concerns and working agreements",
        guidance=(
            "Collect hopes and concerns first, then turn concerns into working agreements "
            "the room can hold each other to. Mark an agreement agreed only when nobody objects."
        ),
        prompt="What do we hope for, what worries us, and how will we work together?",
        minutes=15,
    )
)
