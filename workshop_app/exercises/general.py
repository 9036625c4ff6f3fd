"""General blocks: open discussion and the wrap-up."""

from .registry import ExerciseKind, Guide, register

DISCUSSION_GUIDE = Guide(
    purpose=(
        "An open block for whatever the agenda needs that no exercise covers: an update, a question"
        " the room raised, a topic brought back from the parking lot."
    ),
    steps=(
        "Write the question you want answered in the prompt, so the room sees it on the projector.",
        "Type what people say as they say it, one point per line; Enter captures it.",
        "When the talk slows down, select related points and put them in a cluster (Ctrl+G).",
        (
            "Before moving on, turn anything settled into a decision (Ctrl+Shift+D) or an action "
            "(Ctrl+Shift+A)."
        ),
    ),
    tips=(
        "Use the speaker's own words: a paraphrase can change what was meant, and people notice.",
        (
            "A point for another day goes to the parking lot (Ctrl+Shift+P) instead of taking over "
            "the block."
        ),
    ),
    pitfalls=(
        (
            "Sorting points into clusters while people are still talking: you stop listening, and "
            "the room watches you sort."
        ),
        (
            "An open block without a question turns into a general chat that eats the agenda: give "
            "it a prompt and a timebox."
        ),
    ),
)


register(
    ExerciseKind(
        key="discussion",
        family="general",
        guide=DISCUSSION_GUIDE,
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

WRAP_UP_GUIDE = Guide(
    purpose=(
        "Close the meeting with everyone agreed on what was decided, who does what by when, and "
        "what happens to the parked topics."
    ),
    steps=(
        "Read each decision back aloud and ask whether anyone remembers it differently.",
        (
            "Go through the actions: each gets one named person and a date. Fill in the owner and "
            "due date in the actions list."
        ),
        (
            "Walk through the parking lot: each topic gets an owner and a meeting, or the room "
            "agrees to drop it."
        ),
        "Say when and where the next meeting is and what it will cover.",
        (
            "Export the summary for the partners (Ctrl+E) before the laptop is closed, or name the "
            "day they will get it."
        ),
    ),
    tips=(
        (
            "Keep the decisions and actions on the projector while you read them back, so people "
            "can correct the wording."
        ),
        (
            "Keep ten minutes for the wrap-up even when the meeting runs late: it is what people "
            "remember."
        ),
    ),
    pitfalls=(
        (
            "An organisation as an owner (“the city will…”): nobody in particular feels "
            "responsible. Ask for a person."
        ),
        "Actions without a date drift to the next meeting, and the one after.",
    ),
)


register(
    ExerciseKind(
        key="wrap_up",
        family="general",
        guide=WRAP_UP_GUIDE,
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
