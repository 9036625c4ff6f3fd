"""Hopes, concerns and working agreements: captured, then agreed (PRODUCT.md section 1)."""

from __future__ import annotations

from ..domain.document import BulletList, Element, Heading, Paragraph
from ..domain.records import Block, Item
from ..domain.schema import Field, ItemSchema, boolean
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import demo_data
from .common import items_by_cluster, nothing_recorded
from .registry import DemoContext, ExerciseKind, Guide, PhoneInput, register

HOPE = "hope"
CONCERN = "concern"
#: fields: agreed (bool) once the room agrees to hold each other to it.
WORKING_AGREEMENT = "working_agreement"


def agreement_text(item: Item) -> str:
    """A working agreement with its state in words."""
    if item.fields.get("agreed"):
        return tr("Room", "✔ Agreed: {text}").format(text=item.text)
    return tr("Room", "Proposed: {text}").format(text=item.text)


def _hopes_elements(view: AudienceView, block: Block, empty: str) -> list[Element]:
    elements: list[Element] = []
    for kind, title in ((HOPE, tr("Room", "Hopes")), (CONCERN, tr("Room", "Concerns"))):
        items = view.items_in(block.id, [kind])
        if items:
            elements.append(Heading(f"{title} ({len(items)})", level=3))
            elements += items_by_cluster(items)
    agreements = view.items_in(block.id, [WORKING_AGREEMENT])
    if agreements:
        agreed = sum(1 for i in agreements if i.fields.get("agreed"))
        elements.append(
            Heading(
                tr("Room", "Working agreements ({agreed} of {n} agreed)").format(
                    agreed=agreed, n=len(agreements)
                ),
                level=3,
            )
        )
        elements.append(BulletList(tuple(agreement_text(i) for i in agreements)))
    return elements or [Paragraph(empty, emphasis=True)]


def hopes_room(view: AudienceView, block: Block) -> list[Element]:
    return _hopes_elements(view, block, tr("Room", "Nothing captured yet."))


def hopes_summary(view: AudienceView, block: Block) -> list[Element]:
    elements = _hopes_elements(view, block, "")
    if elements == [Paragraph("", emphasis=True)]:
        return nothing_recorded(
            tr("Summary", "Nothing was recorded in this block."), view.withheld_in(block.id)
        )
    return elements


def hopes_demo(ctx: DemoContext) -> list[Item]:
    said = {0: demo_data.HOPES, 2: demo_data.CHECK_IN_HOPES, 3: demo_data.DESIGN_HOPES}.get(
        ctx.meeting, ()
    )
    return [
        ctx.item(kind, text, visibility=visibility, fields=dict(fields), position=float(n))
        for n, (kind, text, visibility, fields) in enumerate(said)
    ]


GUIDE = Guide(
    purpose=(
        "Say openly what people hope the partnership will achieve and what worries them, then turn "
        "the worries into working agreements the room holds itself to."
    ),
    steps=(
        "Collect hopes (Alt+1) and concerns (Alt+2), one per line, in people's own words.",
        "Once ideas slow down, group similar ones into clusters (Ctrl+G).",
        (
            "For each big concern, ask what agreement would answer it and type it as a working "
            "agreement (Alt+3)."
        ),
        "Read each agreement aloud and mark it agreed (Ctrl+Return) only when nobody objects.",
    ),
    tips=(
        (
            "Write agreements as behaviour anyone can see: “we send papers three days before a "
            "meeting”."
        ),
        "Show the agreed list at the start of later meetings.",
    ),
    pitfalls=(
        (
            "Arguing with a concern: it is information, and the answer to it is an agreement, not a"
            " rebuttal."
        ),
        "Too many agreements: five that people remember beat fifteen that nobody does.",
    ),
)


HOPES_AND_CONCERNS = register(
    ExerciseKind(
        key="hopes_concerns",
        family="trust",
        guide=GUIDE,
        when=(
            "At a first meeting, or when a partnership takes on new work; later, to check "
            "whether the working agreements still hold."
        ),
        group_size=(
            "6 to 40 people; above 20, collect hopes and concerns at tables first, then share them."
        ),
        order=4,
        name="Hopes, concerns and working agreements",
        guidance=(
            "Collect hopes and concerns first, then turn concerns into working agreements "
            "the room can hold each other to. Mark an agreement agreed only when nobody objects."
        ),
        prompt="What do we hope for, what worries us, and how will we work together?",
        minutes=15,
        items=(
            ItemSchema(HOPE),
            ItemSchema(CONCERN),
            ItemSchema(WORKING_AGREEMENT, (Field("agreed", boolean()),)),
        ),
        room=hopes_room,
        summary=hopes_summary,
        demo=hopes_demo,
        phone=PhoneInput.text("Your hope or concern", ("hope", "Hope"), ("concern", "Concern")),
    )
)
