"""Stakeholder map: who else is affected by the issue or missing from the table, placed on
a grid of power (can they help or block?) by interest (how much does it matter to them?).
Each quadrant carries the classic advice: manage closely, keep satisfied, keep informed,
monitor. "Invite" makes a stakeholder an action item of the meeting, with its owner and
date left for the room to fill (the toolkit's design step).

``stakeholder`` items: ``text`` is who they are; fields ``power`` and ``interest``
(``high`` or ``low``; "" while not placed) and ``invited`` (true once the room decided to
invite them: the invitation itself is an ``action`` item of the same block).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..charts import ChartStyle, fit_width
from ..domain import edits
from ..domain.document import Chart, Element, Table
from ..domain.edits import Edit
from ..domain.records import Block, Item, ItemKind
from ..domain.schema import ChoiceSet, Field, ItemSchema, boolean
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import follow_ups_table, nothing_recorded, room_or_question, titled_list
from .registry import CsvTable, DemoContext, ExerciseKind, Guide, PhoneInput, register

KEY = "stakeholder_map"
STAKEHOLDER = "stakeholder"
ACTION = ItemKind.ACTION.value
POWER = ChoiceSet(
    "power", "Stakeholders", (("high", "High power"), ("low", "Low power"), ("", "Not placed"))
)
INTEREST = ChoiceSet(
    "interest",
    "Stakeholders",
    (("high", "High interest"), ("low", "Low interest"), ("", "Not placed")),
)
#: The four quadrants, (power, interest) -> the classic advice, in reading order of the
#: grid (top left, top right, bottom left, bottom right: interest grows to the right).
QUADRANTS: tuple[tuple[str, str, str], ...] = (
    ("high", "low", "Keep satisfied"),
    ("high", "high", "Manage closely"),
    ("low", "low", "Monitor"),
    ("low", "high", "Keep informed"),
)


def advice(item: Item) -> str:
    """The quadrant's advice for a placed stakeholder (translated), "" while not placed."""
    where = (POWER.of(item), INTEREST.of(item))
    return next((tr("Stakeholders", a) for p, i, a in QUADRANTS if (p, i) == where), "")


def quadrant_place(power: str, interest: str) -> str:
    """Where a quadrant lies, in words: "high power, low interest"."""
    return tr("Stakeholders", "{power}, {interest}").format(
        power=POWER.label(power).lower(), interest=INTEREST.label(interest).lower()
    )


def _name(item: Item) -> str:
    return item.text + (" " + tr("Stakeholders", "(invite)") if item.fields.get("invited") else "")


def invite(stakeholders: Sequence[Item]) -> Edit | None:
    """One undoable step: mark ``stakeholders`` invited and add, for each one not yet
    invited, an action item "Invite … to the partnership" in the same block, seen by the
    same audience, its owner and due date left for the room to fill. None when every one
    is already invited."""
    fresh = [s for s in stakeholders if not s.fields.get("invited")]
    if not fresh:
        return None
    actions = [
        Item(
            s.workshop_id,
            ACTION,
            tr("Stakeholders", "Invite {name} to the partnership").format(name=s.text),
            block_id=s.block_id,
            visibility=s.visibility,
            fields={"owner": "", "due": "", "status": "open"},
            position=s.position,
        )
        for s in fresh
    ]
    description = tr("Stakeholders", "Invite: {names}").format(
        names=", ".join(s.text for s in fresh)
    )
    return edits.combine(
        description,
        [
            edits.set_fields(description, fresh, invited=True),
            edits.add(description, *actions),
        ],
    )


def _chart(stakeholders: list[Item], context: str) -> Chart:
    quadrants = []
    for power, interest, words in QUADRANTS:
        names = [
            _name(s) for s in stakeholders if (POWER.of(s), INTEREST.of(s)) == (power, interest)
        ]
        quadrants.append(
            {
                "advice": tr("Stakeholders", words),
                "where": quadrant_place(power, interest),
                "names": names,
            }
        )
    alt = "; ".join(
        f"{q['advice']} ({q['where']}): {', '.join(q['names']) or tr(context, 'nobody')}"
        for q in quadrants
    )
    return Chart(
        "stakeholder_grid",
        tr(context, "Power and interest"),
        {
            "quadrants": quadrants,
            "power": tr(context, "Power →"),
            "interest": tr(context, "Interest →"),
            "more": tr(context, "… and {n} more"),
            "frame_lines": 14,
        },
        alt,
    )


def draw_stakeholder_grid(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """Four quadrants, each titled with its advice in words and listing its stakeholders
    (as many as fit; then how many more). Shade only tells the two rows apart."""
    quadrants = chart.data.get("quadrants", [])
    ax = figure.subplots()
    ax.set_xlim(0, 2)
    ax.set_ylim(0, 2)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor(style.background)
    for side in ax.spines.values():
        side.set_color(style.foreground)
    ax.axhline(1, color=style.foreground, linewidth=1.5)
    ax.axvline(1, color=style.foreground, linewidth=1.5)
    ax.set_xlabel(
        str(chart.data.get("interest", "")), color=style.foreground, fontsize=style.size()
    )
    ax.set_ylabel(str(chart.data.get("power", "")), color=style.foreground, fontsize=style.size())
    ax.set_title(chart.title, color=style.foreground, fontsize=style.size(1.2))
    figure.canvas.draw()  # the axes' size is known once laid out
    box = ax.get_window_extent()
    width = box.width / 2 - 20
    size = style.size(0.85)
    line = size * figure.dpi / 72 * 1.4
    fits = max(1, int((box.height / 2 - 2.6 * line) // line))
    spots = ((0.02, 1.97), (1.02, 1.97), (0.02, 0.97), (1.02, 0.97))
    for (x, y), quadrant in zip(spots, quadrants, strict=False):
        title = fit_width(figure, str(quadrant.get("advice", "")), size, width, weight="bold")
        where = fit_width(figure, str(quadrant.get("where", "")), size, width)
        names = [str(n) for n in quadrant.get("names", [])]
        shown = names if len(names) <= fits else names[: fits - 1]
        lines = [fit_width(figure, "• " + n, size, width) for n in shown]
        if len(shown) < len(names):
            lines.append(str(chart.data.get("more", "+{n}")).format(n=len(names) - len(shown)))
        step = line / (box.height / 2)  # one line in data units (a quadrant is 1 high)
        for text, down, weight, scale in (
            (title, 0, "bold", 1.0),
            (where, 1, "normal", 1.0),
            ("\n".join(lines), 2.3, "normal", 1.0),
        ):
            drawn = ax.text(
                x,
                y - down * step,
                text,
                ha="left",
                va="top",
                fontsize=size * scale,
                fontweight=weight,
                color=style.foreground,
                linespacing=1.4,
                clip_on=True,
            )
            drawn.set_in_layout(False)  # the grid keeps its size whatever the names


def _elements(view: AudienceView, block: Block, context: str) -> list[Element]:
    stakeholders = view.items_in(block.id, [STAKEHOLDER])
    if not stakeholders:
        return []
    placed = [s for s in stakeholders if advice(s)]
    elements: list[Element] = []
    if placed:
        elements.append(_chart(placed, context))
    elements += titled_list(
        tr(context, "Not placed yet"), (s.text for s in stakeholders if not advice(s))
    )
    actions = view.items_in(block.id, [ACTION])
    elements += titled_list(
        tr(context, "To invite"),
        (
            tr(context, "{what} — {owner}").format(
                what=a.text,
                owner=str(a.fields.get("owner", "")).strip() or tr(context, "owner needed"),
            )
            for a in actions
        ),
    )
    return elements


def stakeholders_summary(view: AudienceView, block: Block) -> list[Element]:
    stakeholders = view.items_in(block.id, [STAKEHOLDER])
    actions = view.items_in(block.id, [ACTION])
    if not stakeholders and not actions:
        return nothing_recorded(
            tr("Summary", "No stakeholders were named."), view.withheld_in(block.id)
        )
    elements: list[Element] = []
    if stakeholders:
        elements.append(
            Table(
                (
                    tr("Summary", "Stakeholder"),
                    tr("Summary", "Power"),
                    tr("Summary", "Interest"),
                    tr("Summary", "What to do"),
                    tr("Summary", "Invite?"),
                ),
                tuple(
                    (
                        s.text,
                        POWER.label(POWER.of(s)),
                        INTEREST.label(INTEREST.of(s)),
                        advice(s),
                        tr("Summary", "✔ Invite") if s.fields.get("invited") else "",
                    )
                    for s in stakeholders
                ),
            )
        )
    if actions:
        elements.append(follow_ups_table(tr("Summary", "Invitation"), actions))
    return elements


#: Demo stakeholders: (who, power, interest, invited, visibility).
_DEMO: tuple[tuple[str, str, str, bool, str], ...] = (
    ("Riverton Unified School District", "high", "high", True, "public"),
    ("County Commission", "high", "low", False, "partners"),
    ("Deputies' union", "high", "high", False, "internal"),
    ("Young people on the Eastside", "low", "high", True, "public"),
    ("Faith leaders' network", "low", "high", False, "public"),
    ("Riverton Transit", "low", "low", False, "public"),
    ("State Department of Justice grants office", "high", "low", False, "partners"),
    ("Local newspaper", "", "", False, "partners"),
)


def stakeholders_demo(ctx: DemoContext) -> list[Item]:
    items = [
        ctx.item(
            STAKEHOLDER,
            who,
            fields={"power": power, "interest": interest, "invited": False},
            visibility=visibility,
            position=float(n),
        )
        for n, (who, power, interest, _, visibility) in enumerate(_DEMO)
    ]
    invited = [s for s, row in zip(items, _DEMO, strict=True) if row[3]]
    made = invite(invited)
    if made is None:
        return items
    # What the invitation made, with an owner each (the room named them).
    made_items = [step.record for step in made.forward if isinstance(step.record, Item)]
    changed = {i.id: i for i in made_items}
    actions = [i for i in made_items if i.kind == ACTION]
    owners = ("Dana Whitfield", "Keisha Morales")
    return [changed.get(i.id, i) for i in items] + [
        replace(a, fields={**a.fields, "owner": owner})
        for a, owner in zip(actions, owners, strict=False)
    ]


GUIDE = Guide(
    purpose=(
        "See who else is affected by the issue or could help or block it, and decide whom "
        "to invite, whom to keep informed and whom to watch."
    ),
    steps=(
        "Ask: who is affected by this issue, or needed to solve it, and is not at this table?",
        "Type each one and place it: high or low power (Alt+P), high or low interest (Alt+I).",
        "Show the grid and read the advice of each quadrant aloud: manage closely, keep "
        "satisfied, keep informed, monitor.",
        "For those the room wants at the table, press Ctrl+Return: each becomes an action "
        "item; give it an owner and a date.",
    ),
    tips=(
        "Power means being able to help or block, not only formal authority: a union or a "
        "newspaper can have plenty.",
        "Name groups the partners find hard to reach, such as young people or renters: they "
        "are often the most affected.",
    ),
    pitfalls=(
        "Inviting everyone at once: a partnership that doubles in size has to start its trust "
        "work again.",
        "Leaving invitations without an owner: nobody makes the call.",
    ),
)


STAKEHOLDER_MAP = register(
    ExerciseKind(
        key=KEY,
        family="trust",
        guide=GUIDE,
        order=8,
        name="Stakeholder map",
        when=(
            "While designing the partnership, or whenever the room wonders who is missing: "
            "before governance is settled, so newcomers are not joining a finished structure."
        ),
        group_size=(
            "Any size: the whole room names stakeholders; the partners decide whom to invite."
        ),
        guidance=(
            "Name who else is affected by the issue or missing from the table. Place each on "
            "the grid: high or low power, high or low interest. The room sees the four "
            "quadrants with their advice; invite someone and it becomes an action item."
        ),
        prompt="Who else is affected, or missing from this table?",
        minutes=20,
        item_kinds=(STAKEHOLDER, ACTION),
        items=(
            ItemSchema(STAKEHOLDER, (POWER.field, INTEREST.field, Field("invited", boolean()))),
        ),
        room=room_or_question(
            _elements, lambda: tr("Room", "Who else is affected, or missing from this table?")
        ),
        summary=stakeholders_summary,
        charts={"stakeholder_grid": draw_stakeholder_grid},
        tables=(CsvTable("stakeholders", (STAKEHOLDER,)),),
        demo=stakeholders_demo,
        phone=PhoneInput.text(
            "Who else is affected, or missing from this table?", (STAKEHOLDER, "A stakeholder")
        ),
    )
)
