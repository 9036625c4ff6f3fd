"""Governance and a manager: how the partnership is structured, how often it meets, how it
decides, how it settles disputes, what its manager does and who fills the role (the
toolkit's design step). A short structured form: points under six topics, each agreed by
the room or not yet; the room sees them by topic and which topics are not yet discussed.

``governance_point`` items: ``text`` is what was proposed; fields ``topic`` (see
:data:`TOPICS`) and ``agreed`` (true once the room agreed it).
"""

from __future__ import annotations

from ..domain.document import Callout, Element, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import ChoiceSet, Field, ItemSchema, boolean
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import room_or_question, summary_or_nothing
from .registry import CsvTable, ExerciseKind, Guide, PhoneInput, demo_rows, register

KEY = "governance"
POINT = "governance_point"
#: The six topics of the form, in the order they are discussed ("": not chosen yet).
TOPICS = ChoiceSet(
    "topic",
    "Governance",
    (
        ("structure", "Structure"),
        ("cadence", "Meeting cadence"),
        ("decisions", "How decisions are made"),
        ("disputes", "How disputes are settled"),
        ("manager_role", "The manager's role"),
        ("manager", "Who fills the manager's role"),
        ("", "Topic not chosen"),
    ),
)


def agreed_mark(item: Item, context: str) -> str:
    """The room's verdict in words with a symbol (never colour alone)."""
    return tr(context, "✔ Agreed") if item.fields.get("agreed") else tr(context, "Proposed")


def undiscussed(points: list[Item]) -> list[str]:
    """The topics (their words) no point was made about yet, in the form's order."""
    said = {TOPICS.of(p) for p in points}
    return [TOPICS.label(t) for t in TOPICS.values if t and t not in said]


def _elements(view: AudienceView, block: Block, context: str) -> list[Element]:
    points = view.items_in(block.id, [POINT])
    if not points:
        return []
    order = {t: n for n, t in enumerate(TOPICS.values)}
    ranked = sorted(points, key=lambda p: order[TOPICS.of(p)])
    agreed = sum(1 for p in points if p.fields.get("agreed"))
    elements: list[Element] = [
        Paragraph(
            tr(context, "{agreed} of {n} points agreed.").format(agreed=agreed, n=len(points)),
            emphasis=context == "Room",
        ),
        Table(
            (tr(context, "Topic"), tr(context, "What we said"), tr(context, "Agreed?")),
            tuple((TOPICS.label(TOPICS.of(p)), p.text, agreed_mark(p, context)) for p in ranked),
        ),
    ]
    missing = undiscussed(points)
    if missing:
        elements.append(Callout(tr(context, "Not yet discussed"), "; ".join(missing)))
    return elements


#: Demo points: (topic, what, agreed, visibility). Who fills the role is left for March.
_DEMO: tuple[tuple[str, str, bool, str], ...] = (
    (
        "structure",
        "A steering group of one senior person per partner, with working groups for data "
        "and for outreach",
        True,
        "public",
    ),
    ("cadence", "Steering group every two months; working groups monthly", True, "public"),
    (
        "decisions",
        "Consensus first; without it after two meetings, two thirds of the partners decide",
        False,
        "partners",
    ),
    (
        "disputes",
        "The two partners meet with the manager first, then the steering group chair, then an "
        "outside mediator",
        True,
        "partners",
    ),
    (
        "manager_role",
        "Keeps the agenda, notes and action list; speaks for the partnership only on what the "
        "steering group agreed",
        True,
        "partners",
    ),
    ("manager_role", "Half time, paid from the pilot budget for 18 months", False, "partners"),
)


GUIDE = Guide(
    purpose=(
        "Settle how the partnership governs itself (its structure, how often it meets, how it "
        "decides and settles disputes) and what its manager does and who that is."
    ),
    steps=(
        "Take the six topics in order: structure, meeting cadence, decisions, disputes, the "
        "manager's role, who fills it.",
        "Choose the topic (Alt+T), type what is proposed and press Enter; one point per line.",
        "Ask the room whether it agrees; mark agreed points with Ctrl+Return.",
        "Before closing, read the topics not yet discussed and the points only proposed: they "
        "are the next meeting's agenda.",
    ),
    tips=(
        "Light structures last: start with the least the partnership needs, and a date to "
        "review it.",
        "Agree how disputes are settled while nobody is in one.",
    ),
    pitfalls=(
        "Choosing the manager before agreeing the role: the role then fits the person.",
        "A manager who answers to one partner only is seen as that partner's.",
    ),
)


GOVERNANCE = register(
    ExerciseKind(
        key=KEY,
        family="trust",
        guide=GUIDE,
        order=10,
        name="Governance and a manager",
        when=(
            "At the end of designing the partnership, once decision rights are clear; review "
            "it after the first year."
        ),
        group_size="Up to about 12 organisations, with people who can commit them.",
        guidance=(
            "Go through six topics: structure, meeting cadence, how decisions are made, how "
            "disputes are settled, the manager's role and who fills it. Type each point under "
            "its topic and mark it agreed when the room agrees."
        ),
        prompt="How will we govern ourselves, and who manages the work?",
        minutes=20,
        items=(ItemSchema(POINT, (TOPICS.field, Field("agreed", boolean()))),),
        room=room_or_question(
            _elements, lambda: tr("Room", "How will we govern ourselves, and who manages the work?")
        ),
        summary=summary_or_nothing(
            _elements, lambda: tr("Summary", "No governance points were recorded.")
        ),
        tables=(CsvTable("governance", (POINT,)),),
        demo=demo_rows(POINT, ("topic", "text", "agreed", "visibility"), _DEMO),
        phone=PhoneInput.text(
            "How should we work together? A proposal", (POINT, "A governance point")
        ),
    )
)
