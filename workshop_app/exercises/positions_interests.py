"""Positions to interests: record a stated position and the interest behind it; the room
sees the interests, never who held which position (PRODUCT.md section 2)."""

from __future__ import annotations

from ..domain.document import Element, Heading, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import Disclosure, Field, ItemSchema, text
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import demo_data
from .common import clustered_bullets, nothing_recorded
from .registry import ExerciseKind, Guide, PhoneInput, demo_rows, register

#: A stated position: text = the position; fields: interest (the need behind it);
#: partner_id optionally says who held it (only the facilitation team sees that).
POSITION = "position"


def interests(view: AudienceView, block: Block) -> list[Item]:
    """Positions with a recorded interest (the interest is what the room sees)."""
    return [
        i for i in view.items_in(block.id, [POSITION]) if str(i.fields.get("interest", "")).strip()
    ]


def _interest_elements(view: AudienceView, block: Block) -> list[Element]:
    # Build the list from the interest alone: never the position, never the partner.
    seen: set[str] = set()
    entries = []
    for item in interests(view, block):
        text = str(item.fields["interest"]).strip()
        if text.casefold() not in seen:
            seen.add(text.casefold())
            entries.append((item.cluster, text))
    return clustered_bullets(entries)


def positions_room(view: AudienceView, block: Block) -> list[Element]:
    """What we really need: the interests, grouped by cluster."""
    elements = _interest_elements(view, block)
    if not elements:
        return [Paragraph(tr("Room", "No interests recorded yet."), emphasis=True)]
    return [Heading(tr("Room", "What we really need"), level=3), *elements]


def positions_summary(view: AudienceView, block: Block) -> list[Element]:
    """Interests for everyone; the positions they answer, and who stated each, as far as
    the view discloses them (positions never to the public, who stated them only to the
    facilitation team)."""
    items = view.items_in(block.id, [POSITION])
    if not items:
        return nothing_recorded(
            tr("Summary", "No positions or interests were recorded."), view.withheld_in(block.id)
        )
    elements: list[Element] = [
        Heading(tr("Summary", "Interests we share"), level=3),
        *_interest_elements(view, block),
    ]
    stated = [i for i in items if i.text]
    if not stated:
        return elements
    attributed = any(i.partner_id for i in stated)
    headers = (tr("Summary", "Stated position"), tr("Summary", "Interest"))
    if attributed:
        headers += (tr("Summary", "Stated by"),)
        title = tr("Summary", "Positions, interests and who stated them")
    else:
        title = tr("Summary", "Positions and the interests behind them")
    rows = []
    for i in stated:
        row: tuple[str, ...] = (i.text, str(i.fields.get("interest", "")))
        if attributed:
            row += (p.organisation if (p := view.partner(i.partner_id)) else "",)
        rows.append(row)
    return [*elements, Heading(title, level=3), Table(headers, tuple(rows))]


GUIDE = Guide(
    purpose=(
        "Move the room from fixed solutions (positions) to what matters behind them (interests), "
        "where partners can find common ground."
    ),
    steps=(
        "When someone states a fixed solution, type it as a stated position.",
        (
            "Ask “why does that matter to you?” and type the answer as the interest behind it (Tab "
            "moves there)."
        ),
        "Group interests that sound alike: shared interests are where the work can start.",
        "Show the room view: it lists the interests only, never who held which position.",
    ),
    tips=(
        "Ask “why?” more than once: the first answer is often another position.",
        (
            "Say who stated a position only when it helps you; it never reaches the room or any "
            "summary."
        ),
    ),
    pitfalls=(
        "Arguing about which position is right: this block is for understanding, not deciding.",
        (
            "Naming a partner while reading the interests aloud undoes the protection the room view"
            " gives."
        ),
    ),
)


POSITIONS_TO_INTERESTS = register(
    ExerciseKind(
        key="positions_interests",
        family="scoping",
        guide=GUIDE,
        when=(
            "When partners arrive with fixed solutions, or a discussion goes in circles "
            "between two proposals."
        ),
        group_size="Any size from 4; it works best when each organisation has a voice in the room.",
        order=2,
        name="Positions to interests",
        guidance=(
            "When someone states a fixed solution (a position), ask why it matters to them. "
            "Record the interest behind it. The room sees the interests, not who said what."
        ),
        prompt="Behind each position: what do we really need?",
        minutes=15,
        items=(
            ItemSchema(
                POSITION,
                (Field("interest", text()),),
                # The public reads the interest, never the position; who stated it stays
                # with the facilitation team.
                text=Disclosure.PARTNERS,
                partner=Disclosure.INTERNAL,
            ),
        ),
        room=positions_room,
        summary=positions_summary,
        demo=demo_rows(
            POSITION,
            ("partner", "text", "interest", "cluster", "visibility"),
            demo_data.POSITIONS,
            meetings=(0,),
        ),
        phone=PhoneInput.text("What your organisation needs from this", ("position", "Position")),
    )
)
