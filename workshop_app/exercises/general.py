"""General blocks: open discussion and the wrap-up, which reads back today's decisions
and action items to the room."""

from __future__ import annotations

from ..domain.document import Element, Heading, Paragraph, Table
from ..domain.records import Block, Item, ItemKind
from ..domain.visibility import AudienceView
from ..i18n import format_date, tr
from .common import capture_room
from .registry import ExerciseKind, Guide, PhoneInput, register

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


#: The kinds a wrap-up reads back, in the order it reads them.
READ_BACK_KINDS = (ItemKind.DECISION.value, ItemKind.ACTION.value)


def is_read_back(item: Item) -> bool:
    """Was ``item`` (a decision or an action) read back to the room at the wrap-up?"""
    return item.fields.get("read_back") is True


def read_back_label(item: Item, context: str = "Room") -> str:
    """Whether ``item`` was read back, in words (never told by colour alone)."""
    return tr(context, "✔ Read back") if is_read_back(item) else tr(context, "To read back")


def action_text(item: Item, context: str = "Room") -> str:
    """An action's text; an open question of a fact base says it is one."""
    if item.fields.get("question") is True:
        return tr(context, "{text} (open question)").format(text=item.text)
    return item.text


def wrap_up_room(view: AudienceView, block: Block) -> list[Element]:
    """Today's decisions and action items (owner, due date), each marked read back or
    not in words; then what was noted in the wrap-up itself. Only what ``view`` (the
    room's) holds: a decision the room may not see is never read out from here."""
    decisions = view.items_of_kind(ItemKind.DECISION.value)
    actions = view.items_of_kind(ItemKind.ACTION.value)
    elements: list[Element] = []
    if decisions or actions:
        done = sum(1 for i in (*decisions, *actions) if is_read_back(i))
        elements.append(
            Paragraph(
                tr("Room", "Read back so far: {done} of {total}.").format(
                    done=done, total=len(decisions) + len(actions)
                ),
                emphasis=True,
            )
        )
    else:
        elements.append(
            Paragraph(tr("Room", "No decisions or action items recorded today yet."), emphasis=True)
        )
    if decisions:
        elements += [
            Heading(tr("Room", "Decisions today ({n})").format(n=len(decisions)), 3),
            Table(
                (tr("Room", "Read back"), tr("Room", "Decision")),
                tuple((read_back_label(d), d.text) for d in decisions),
            ),
        ]
    if actions:
        elements += [
            Heading(tr("Room", "Action items ({n})").format(n=len(actions)), 3),
            Table(
                (
                    tr("Room", "Read back"),
                    tr("Room", "Action"),
                    tr("Room", "Owner"),
                    tr("Room", "Due"),
                ),
                tuple(
                    (
                        read_back_label(a),
                        action_text(a),
                        str(a.fields.get("owner") or tr("Room", "no owner yet")),
                        format_date(str(a.fields.get("due") or "")) or tr("Room", "no date yet"),
                    )
                    for a in actions
                ),
            ),
        ]
    if view.items_in(block.id, [ItemKind.NOTE.value]):
        elements += [Heading(tr("Room", "Noted at the wrap-up"), 3), *capture_room(view, block)]
    return elements


register(
    ExerciseKind(
        key="discussion",
        family="general",
        guide=DISCUSSION_GUIDE,
        when=(
            "When the agenda needs time for something no exercise covers: an update, a "
            "question the room raised, a topic brought back from the parking lot."
        ),
        group_size=(
            "Any size; with more than 15 people, ask for a few voices from each organisation "
            "rather than everyone."
        ),
        order=1,
        name="Open discussion",
        guidance=(
            "Use for anything the agenda needs that has no exercise of its own. "
            "Capture what people say in their words; group similar points into "
            "clusters afterwards rather than while people talk."
        ),
        prompt="What should we discuss?",
        minutes=15,
        phone=PhoneInput.text("Your idea", (ItemKind.NOTE.value, "Idea or comment")),
    )
)

WRAP_UP_GUIDE = Guide(
    purpose=(
        "Close the meeting with everyone agreed on what was decided, who does what by when, and "
        "what happens to the parked topics."
    ),
    steps=(
        (
            "The room sees today's decisions and actions. Read each one back aloud, ask whether "
            "anyone remembers it differently, and press Space to mark it read back (Alt+R puts "
            "the cursor in the list)."
        ),
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
        when=(
            "At the end of every meeting, even a short one: keep its ten minutes when the "
            "rest runs late."
        ),
        group_size="The whole room together, however many people came.",
        order=2,
        name="Wrap-up: decisions and actions",
        guidance=(
            "Read back the decisions taken today and check each one with the room: Alt+R goes "
            "to the list, Space ticks each as read back. Every action needs one owner (a "
            "person, not an "
            "organisation) and a date. Look at the parking lot: give each item an owner or "
            "agree to drop it."
        ),
        prompt="What did we decide, who does what by when?",
        minutes=15,
        room=wrap_up_room,
        phone=PhoneInput.text("What you take away", (ItemKind.NOTE.value, "Reflection")),
    )
)
