"""General blocks: open discussion and the wrap-up."""

from .registry import ExerciseKind, register

register(
    ExerciseKind(
        key="discussion",
        family="general",
        order=1,
        name="Open discussion",
        guidance=(
            "Use for anything the agenda needs that has no exercise of its own. "
            "Capture what people say in their words; group similar points into "
            "clusters afterwards rather than while people talk."
        ),
        prompt="What should we discuss?",
        minutes=15,
    )
)

register(
    ExerciseKind(
        key="wrap_up",
        family="general",
        order=2,
        name="Wrap-up: decisions and actions",
        guidance=(
            "Read back the decisions taken today and check each one with the room. "
            "Every action needs one owner (a person, not an organisation) and a date. "
            "Look at the parking lot: give each item an owner or agree to drop it."
        ),
        prompt="What did we decide, who does what by when?",
        minutes=15,
    )
)
