"""Transparency of viewpoints: how each sector sees the issue, side by side, so the room
sees where the views meet and where they part (the toolkit's scoping step). A view sent
from a phone is anonymous: it carries no name, and its sector only if the facilitator
gives it one.

``viewpoint`` items: ``text`` is the view; field ``sector`` (one of the roster's sectors,
or "" when not said).
"""

from __future__ import annotations

from ..domain.document import BulletList, Element, Heading, Paragraph, Table
from ..domain.records import SECTOR_NAMES, Block, Item
from ..domain.schema import ChoiceSet, ItemSchema
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import nothing_recorded
from .registry import CsvTable, ExerciseKind, Guide, PhoneInput, demo_rows, register

KEY = "viewpoints"
VIEWPOINT = "viewpoint"

#: The sectors a view may come from, in the words every screen uses (``sector_label``).
SECTORS = ChoiceSet(
    "sector",
    "Sectors",
    (("", "Sector not said"), *SECTOR_NAMES.items()),
)


def by_sector(views: list[Item]) -> list[tuple[str, list[str]]]:
    """The views grouped by sector, in the order of :data:`SECTORS` (not said last)."""
    order = [*SECTORS.values[1:], ""]
    groups = {
        value: [v.text for v in views if str(v.fields.get("sector", "")) == value]
        for value in order
    }
    return [(SECTORS.label(value), texts) for value, texts in groups.items() if texts]


#: Sectors side by side in one table: more would not fit a 1024-pixel projector.
SIDE_BY_SIDE = 4


def viewpoints_room(view: AudienceView, block: Block) -> list[Element]:
    """The sectors side by side: a column each, its views one under the other (four
    sectors a table, so every column reads at the back of the room)."""
    groups = by_sector(view.items_in(block.id, [VIEWPOINT]))
    if not groups:
        return [Paragraph(tr("Room", "How does your sector see the issue?"), emphasis=True)]
    tables: list[Element] = []
    for start in range(0, len(groups), SIDE_BY_SIDE):
        part = groups[start : start + SIDE_BY_SIDE]
        depth = max(len(texts) for _, texts in part)
        rows = tuple(
            tuple(texts[n] if n < len(texts) else "" for _, texts in part) for n in range(depth)
        )
        tables.append(Table(tuple(label for label, _ in part), rows))
    return tables


def viewpoints_summary(view: AudienceView, block: Block) -> list[Element]:
    groups = by_sector(view.items_in(block.id, [VIEWPOINT]))
    if not groups:
        return nothing_recorded(
            tr("Summary", "No viewpoints were recorded."), view.withheld_in(block.id)
        )
    elements: list[Element] = []
    for label, texts in groups:
        elements += [Heading(label, level=3), BulletList(tuple(texts))]
    return elements


#: Demo views: sector, view.
_DEMO = (
    ("public", "Repeat calls cost deputies hours that prevent nothing"),
    ("public", "The council needs results it can show within a budget year"),
    ("nonprofit", "Young people are arrested for what a mentor could have handled"),
    ("private", "Customers stay away from downtown after dark"),
    ("community", "Residents call because nothing else answers them"),
    ("academic", "Nobody can tell yet which addresses drive the calls"),
    ("", "Everyone talks about young people; nobody asks them"),
)


GUIDE = Guide(
    purpose=(
        "Put each sector's view of the issue side by side, without debate at first, so the "
        "partners see the problem from every seat at the table."
    ),
    steps=(
        "Ask each sector in turn: how does the issue look from where you sit?",
        "Choose the sector (Alt+S), type the view and press Enter; one view per line.",
        ("Show the sectors side by side and ask: where do the views meet, and where do they part?"),
        "Only then discuss; turn what the views share into the problem statement.",
    ),
    tips=(
        "Views sent from phones carry no name: invite them for what people may not say aloud.",
        "Write the view in the speaker's words, even when another sector would put it otherwise.",
    ),
    pitfalls=(
        "Arguing with a view while it is being given: everyone gets their turn first.",
        "Letting one sector speak for another: ask the people in the room.",
    ),
)


VIEWPOINTS = register(
    ExerciseKind(
        key=KEY,
        family="scoping",
        guide=GUIDE,
        when=(
            "Before the issue is scoped: when the partners still describe the problem in their "
            "own sector's terms."
        ),
        group_size=(
            "Any size; with more than 20 people, sectors gather their views in small groups first."
        ),
        order=0.5,
        name="Transparency of viewpoints",
        guidance=(
            "Ask each sector how the issue looks from where it sits. Choose the sector, type "
            "the view, Enter. The room sees the sectors side by side; views from phones are "
            "anonymous."
        ),
        prompt="How does the issue look from where you sit?",
        minutes=20,
        items=(ItemSchema(VIEWPOINT, (SECTORS.field,)),),
        room=viewpoints_room,
        summary=viewpoints_summary,
        tables=(CsvTable("viewpoints", (VIEWPOINT,)),),
        demo=demo_rows(VIEWPOINT, ("sector", "text"), _DEMO, visibility="public"),
        phone=PhoneInput.text("How the issue looks from where you sit", (VIEWPOINT, "A view")),
    )
)
