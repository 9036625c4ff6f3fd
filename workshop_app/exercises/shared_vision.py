"""A shared vision of success: statements are proposed, the room marks its preference with
dots, and one becomes the vision the partnership works towards (the toolkit's first
step; the criteria exercise judges indicators against it).

``vision_statement`` items: ``text`` is the statement; fields ``dots`` (how many dots the
room gave it: a result, hidden until revealed when the facilitator keeps results hidden)
and ``agreed`` (true for the one statement the room adopted).
"""

from __future__ import annotations

from typing import Any

from ..charts import ChartStyle, draw_bar
from ..domain.document import Callout, Chart, Element, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import COUNT_LIMIT, Disclosure, Field, ItemSchema, boolean, integer
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import nothing_recorded
from .registry import CsvTable, ExerciseKind, Guide, PhoneInput, demo_rows, register

KEY = "shared_vision"
STATEMENT = "vision_statement"


def dots_of(item: Item) -> int:
    value = item.fields.get("dots", 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def agreed_vision(view: AudienceView, block: Block) -> Item | None:
    """The statement the room adopted as its vision (the latest marked), if any."""
    agreed = [i for i in view.items_in(block.id, [STATEMENT]) if i.fields.get("agreed")]
    return agreed[-1] if agreed else None


def _chart(view: AudienceView, block: Block, statements: list[Item]) -> Chart:
    ranked = sorted(statements, key=lambda i: -dots_of(i))
    return Chart(
        "vision_dots",
        tr("Room", "Dots per statement"),
        {
            "labels": [i.text for i in ranked],
            "values": [dots_of(i) for i in ranked],
            "rows": len(ranked),  # how tall the room must draw it (charts.chart_lines)
            "row_lines": 1.5,
            "frame_lines": 3,
        },
        "; ".join(f"{i.text}: {dots_of(i)}" for i in ranked),
    )


def _elements(view: AudienceView, block: Block, empty: str) -> list[Element]:
    statements = view.items_in(block.id, [STATEMENT])
    vision = agreed_vision(view, block)
    elements: list[Element] = []
    if vision is not None:
        elements.append(Callout(tr("Room", "Our shared vision"), vision.text))
    if not statements:
        return elements or [Paragraph(empty, emphasis=True)]
    shown = view.shows_results(block.id)
    if shown and any(dots_of(i) for i in statements):
        elements.append(_chart(view, block, statements))
    rows = tuple((i.text, str(dots_of(i)) if shown else tr("Room", "hidden")) for i in statements)
    elements.append(Table((tr("Room", "Statement"), tr("Room", "Dots")), rows))
    return elements


def vision_room(view: AudienceView, block: Block) -> list[Element]:
    """The adopted vision first, then every statement with its dots (once revealed)."""
    return _elements(view, block, tr("Room", "What does success look like for all of us?"))


def vision_summary(view: AudienceView, block: Block) -> list[Element]:
    if not view.items_in(block.id, [STATEMENT]):
        return nothing_recorded(
            tr("Summary", "No vision statements were proposed."), view.withheld_in(block.id)
        )
    return _elements(view, block, "")


def draw_vision_dots(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: labels and values, most dots first; each bar says its number (dots are
    whole numbers, so the axis counts). The statements are sentences: a wider label
    column, in slightly smaller type."""
    draw_bar(figure, chart, style, label_size=0.9, width_share=0.45)


_DEMO = (
    ("Every resident of Riverton feels safe at home, at work and on the street", 9, True),
    ("Young people in Riverton get a second chance before a record", 6, False),
    ("The partners share one honest picture of what is happening", 4, False),
)


GUIDE = Guide(
    purpose=(
        "Agree on one picture of success that every partner can repeat, so later choices about "
        "scope, measures and data can be checked against it."
    ),
    steps=(
        (
            "Ask each partner to finish the sentence “We will know this partnership worked when…”; "
            "type each statement and press Enter."
        ),
        (
            "Show the statements on the projector and give everyone three dots to put on their "
            "favourites."
        ),
        "Count the dots and type them in the Dots column.",
        (
            "Combine the favourites into one statement the room can repeat, and mark it as the "
            "vision (Ctrl+Return)."
        ),
    ),
    tips=(
        (
            "Ask for changes in people's lives (“fewer young people in court”), not activities "
            "(“more meetings”)."
        ),
        "Read the combined statement aloud twice and ask whether anyone cannot live with it.",
    ),
    pitfalls=(
        (
            "Polishing words with thirty people: agree on the meaning and let two volunteers polish"
            " the wording."
        ),
        "A vision so broad that nobody can disagree with it will not guide any decision either.",
    ),
)


SHARED_VISION = register(
    ExerciseKind(
        key=KEY,
        family="trust",
        guide=GUIDE,
        when=(
            "Once the partners know each other, before the issue is scoped and long before "
            "indicators are chosen: they are judged against the vision."
        ),
        group_size=(
            "6 to 30 people; each partner proposes a statement and everyone votes with dots."
        ),
        order=5,
        name="Shared vision of success",
        guidance=(
            "Ask each partner to finish the sentence 'We will know this partnership worked "
            "when…'. Put the statements up, give everyone three dots, then combine the "
            "favourites into one vision the room can repeat. Mark it as the vision."
        ),
        prompt="What does success look like, for all of us?",
        minutes=20,
        items=(
            ItemSchema(
                STATEMENT,
                (
                    Field("dots", integer(0, COUNT_LIMIT), Disclosure.RESULT),
                    Field("agreed", boolean()),
                ),
            ),
        ),
        room=vision_room,
        summary=vision_summary,
        charts={"vision_dots": draw_vision_dots},
        tables=(CsvTable("vision_statements", (STATEMENT,)),),
        demo=demo_rows(STATEMENT, ("text", "dots", "agreed"), _DEMO, visibility="public"),
        phone=PhoneInput.text(
            "What success looks like to you", ("vision_statement", "Vision statement")
        ),
    )
)
