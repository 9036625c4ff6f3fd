"""Criteria for good indicators, agreed before any indicator is proposed, and the
capacity check (PRODUCT.md section 3). Indicators are scored against them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..domain.audience import RANK
from ..domain.document import Element, Paragraph
from ..domain.records import Block, Item, Visibility
from ..domain.schema import Field, ItemSchema, choice
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView, effective_visibility
from ..i18n import tr
from . import demo_data
from .common import nothing_recorded, titled_list
from .registry import DemoContext, ExerciseKind, Guide, PhoneInput, register

#: How indicators are judged; ``fields["group"]`` is ``"judge"`` (relevant to the vision,
#: to the facts...) or ``"capacity"`` (expertise, access, resources).
CRITERION = "criterion"
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

SCORES: tuple[tuple[int, str], ...] = ((2, "Yes"), (1, "Partly"), (0, "No"))


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


def _withheld(view: WorkshopSnapshot, kind: str) -> bool:
    """Did the view leave out items of ``kind`` of this meeting (a snapshot leaves none)?"""
    return isinstance(view, AudienceView) and view.withheld_of([kind]) > 0


def applicable(indicator: Item, against: Sequence[Criterion]) -> list[Criterion]:
    """The criteria ``indicator`` is scored against: those at least as open as itself
    (a public indicator is never judged on a partners-only criterion)."""
    rank = RANK.get(effective_visibility(indicator), 2)
    return [c for c in against if RANK.get(c.visibility, 2) <= rank]


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


def criteria_room(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [CRITERION])
    if not found:
        return [Paragraph(tr("Room", "No criteria yet."), emphasis=True)]
    judge = [i.text for i in found if i.fields.get("group", JUDGE) != CAPACITY]
    capacity = [i.text for i in found if i.fields.get("group") == CAPACITY]
    return [
        *titled_list(tr("Room", "A good indicator is…"), judge),
        *titled_list(tr("Room", "…and we can collect it: capacity check"), capacity),
    ]


def criteria_summary(view: AudienceView, block: Block) -> list[Element]:
    if not view.items_in(block.id, [CRITERION]):
        return nothing_recorded(
            tr("Summary", "No criteria were recorded."), view.withheld_in(block.id)
        )
    return criteria_room(view, block)


def demo_indicator_id(workshop_id: str, name: str) -> str:
    """A stable id, so demo votes can point at demo indicators and demo scores at demo
    criteria."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"workshop-app-demo/{workshop_id}/{name}"))


def criteria_demo(ctx: DemoContext) -> list[Item]:
    return [
        ctx.item(
            CRITERION,
            text,
            fields={"group": group},
            visibility=visibility,
            position=float(n),
            id=demo_indicator_id(ctx.workshop.id, text),
        )
        for n, (text, group, visibility) in enumerate(demo_data.CRITERIA)
    ]


GUIDE = Guide(
    purpose=(
        "Agree how indicators will be judged before anyone proposes one, so the choice is about the"
        " partnership and not about one partner's favourite number."
    ),
    steps=(
        "Add the standard criteria (Ctrl+D) or type your own, one per line.",
        (
            "Check each judging criterion with the room: relevant to the shared vision and to the "
            "agreed facts, data obtainable in time, telling about people's lived experience."
        ),
        (
            "Add the capacity checks: do the partners have the expertise, access and resources to "
            "collect the data?"
        ),
        "Read the list aloud and ask what is missing before anyone proposes an indicator.",
    ),
    tips=(
        (
            "Keep the list short, five to eight criteria: every proposed indicator is scored "
            "against each of them."
        ),
        (
            "If partners disagree about a criterion, settle it now, before anyone's indicator is at"
            " stake."
        ),
    ),
    pitfalls=(
        "Proposing indicators first and writing the criteria to fit the favourites afterwards.",
        "Forgetting capacity: an ideal indicator nobody can collect is never reported.",
    ),
)


CRITERIA = register(
    ExerciseKind(
        key="measure_criteria",
        family="measures",
        guide=GUIDE,
        when="Just before indicators are proposed, once the vision and the facts are agreed.",
        group_size="The whole room, 6 to 30 people; it is short and needs everyone's agreement.",
        order=1,
        name="Criteria for good indicators",
        guidance=(
            "Before anyone proposes an indicator, agree how indicators will be judged. "
            "This keeps the later choice about the partnership, not about one partner."
        ),
        prompt="How will we judge whether an indicator is a good one?",
        minutes=10,
        history_kinds=(CRITERION,),
        items=(ItemSchema(CRITERION, (Field("group", choice(JUDGE, CAPACITY)),)),),
        room=criteria_room,
        summary=criteria_summary,
        demo=criteria_demo,
        phone=PhoneInput.text("What makes a good measure for us", ("criterion", "Criterion")),
    )
)
