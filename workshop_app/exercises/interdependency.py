"""Interdependency: what each partner needs from another, so the room sees that no sector
can reach the shared vision alone (the toolkit's design step). The room view is a matrix
of sectors: who needs something from whom, and how much of it is promised.

``need`` items: ``text`` is what is needed; ``partner_id`` the partner who needs it;
fields ``from_partner`` (the partner it is needed from) and ``promised`` (true once that
partner says it will provide it).
"""

from __future__ import annotations

import math
from typing import Any

from ..charts import ChartStyle, fit_row_labels, fit_title, style_axes, text_width
from ..domain.document import Chart, Element, Paragraph, Table
from ..domain.records import Block, Item, sector_label
from ..domain.schema import Disclosure, Field, ItemSchema, boolean, partner_ref
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import room_or_question, summary_or_nothing
from .registry import CsvTable, ExerciseKind, Guide, PhoneInput, demo_rows, register

KEY = "interdependency"
NEED = "need"


def _sector(view: AudienceView, partner_id: Any) -> str:
    """The sector of a partner as this audience may see it ("" when unknown or withheld)."""
    partner = view.partner(partner_id) if isinstance(partner_id, str) else None
    if partner is None or view.withheld_field(partner, "sector"):
        return ""
    return partner.sector


def _name(view: AudienceView, partner_id: Any, context: str) -> str:
    partner = view.partner(partner_id) if isinstance(partner_id, str) else None
    return partner.organisation if partner is not None else tr(context, "not said")


def matrix(view: AudienceView, needs: list[Item]) -> tuple[list[str], list[list[int]]]:
    """Sectors (in the roster's order) and, for each needing sector (row), how many needs
    it has of each providing sector (column). Needs whose sectors are unknown to this
    audience are left out of the matrix (the list below it still says them)."""
    sectors: list[str] = []
    for partner in view.partners:
        sector = _sector(view, partner.id)
        if sector and sector not in sectors:
            sectors.append(sector)
    counts = [[0] * len(sectors) for _ in sectors]
    for need in needs:
        row, column = _sector(view, need.partner_id), _sector(view, need.fields.get("from_partner"))
        if row in sectors and column in sectors:
            counts[sectors.index(row)][sectors.index(column)] += 1
    return sectors, counts


def _chart(sectors: list[str], counts: list[list[int]], context: str) -> Chart:
    labels = [sector_label(s) for s in sectors]
    alt = "; ".join(
        tr(context, "{needs} needs {n} from {gives}").format(
            needs=labels[r], n=counts[r][c], gives=labels[c]
        )
        for r in range(len(sectors))
        for c in range(len(sectors))
        if counts[r][c]
    )
    return Chart(
        "interdependency_matrix",
        tr(context, "Who needs what from whom (number of needs)"),
        {
            "labels": labels,
            "counts": counts,
            "rows_title": tr(context, "needs…"),
            "columns_title": tr(context, "…from"),
            "frame_lines": max(8, len(sectors) * 2 + 3),
        },
        alt,
    )


def draw_interdependency(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: sector labels and the counts (row needs from column). Each cell says its
    number; shade only repeats what the number says (never colour alone)."""
    labels = [str(label) for label in chart.data.get("labels", [])]
    counts = chart.data.get("counts", [])
    ax = figure.subplots()
    if labels:
        highest = max((max(row) for row in counts), default=0) or 1
        ax.imshow(counts, cmap="Blues", vmin=0, vmax=highest * 1.6, aspect="auto")
        for r, row in enumerate(counts):
            for c, value in enumerate(row):
                ax.text(
                    c,
                    r,
                    str(value) if value else "–",
                    ha="center",
                    va="center",
                    fontsize=style.size(0.9),
                    color=style.foreground,
                )
        ax.set_xticks(range(len(labels)))
        ax.set_xticklabels(labels, rotation=20, ha="right")
        ax.set_yticks(range(len(labels)))
        ax.set_yticklabels(labels)
    size = style.size(0.85)
    ax.set_xlabel(str(chart.data.get("columns_title", "")), color=style.foreground, fontsize=size)
    ax.set_ylabel(str(chart.data.get("rows_title", "")), color=style.foreground, fontsize=size)
    ax.set_title(chart.title)
    style_axes(ax, style)
    fit_title(figure, ax)
    if labels:
        _turn_column_labels(figure, ax, labels)


def _turn_column_labels(figure: Any, ax: Any, labels: list[str]) -> None:
    """The columns' labels slanted, or level and broken over lines when slanted ones
    would run into each other (long sector names, as in a language of longer words)."""
    column = ax.bbox.width / len(labels)
    size = ax.get_xticklabels()[0].get_fontsize()
    widest = max(text_width(figure, label, size) for label in labels)
    if widest * math.cos(math.radians(20)) > column * 0.95:
        fit_row_labels(figure, ax, labels, size, axis="x")  # level, broken over lines


def _elements(view: AudienceView, block: Block, context: str) -> list[Element]:
    needs = view.items_in(block.id, [NEED])
    if not needs:
        return []
    sectors, counts = matrix(view, needs)
    elements: list[Element] = []
    if len(sectors) > 1 and any(any(row) for row in counts):
        elements.append(_chart(sectors, counts, context))
    promised = sum(1 for n in needs if n.fields.get("promised"))
    elements.append(
        Paragraph(
            tr(context, "{n} needs named; {promised} promised.").format(
                n=len(needs), promised=promised
            ),
            emphasis=context == "Room",
        )
    )
    rows = tuple(
        (
            _name(view, n.partner_id, context),
            _name(view, n.fields.get("from_partner"), context),
            n.text,
            tr(context, "✔ Promised") if n.fields.get("promised") else tr(context, "Not yet"),
        )
        for n in needs
    )
    headers = (
        tr(context, "Who needs it"),
        tr(context, "From"),
        tr(context, "What"),
        tr(context, "Promised?"),
    )
    elements.append(Table(headers, rows))
    return elements


#: Demo needs: (who needs it, from whom, what, promised).
_DEMO = (
    ("City of Riverton", "Harlan County Sheriff's Office", "Monthly calls by block", True),
    ("Harlan County Sheriff's Office", "Riverton Youth Alliance", "A 24-hour referral line", False),
    ("Riverton Youth Alliance", "City of Riverton", "Multi-year funding commitment", False),
    ("Eastside Neighbours Council", "City of Riverton", "Street-light repair dates", True),
    (
        "Riverton State University Justice Lab",
        "Harlan County Sheriff's Office",
        "Access to anonymised incident data",
        True,
    ),
    (
        "Downtown Riverton Business Association",
        "Eastside Neighbours Council",
        "A block-watch contact",
        False,
    ),
)


GUIDE = Guide(
    purpose=(
        "Make visible that every partner depends on the others to reach the shared vision: "
        "the needs are the reasons to stay at the table."
    ),
    steps=(
        "Ask each partner in turn: what do you need from another partner to do your part?",
        ("Choose who needs it (Alt+P) and from whom (Alt+O), type what is needed and press Enter."),
        "Show the matrix: which sectors depend on which.",
        "Ask the partner named whether it can provide it, and mark the promise (Ctrl+Return).",
    ),
    tips=(
        "Ask for needs, not complaints: “we need the data monthly”, not “they never share”.",
        "A row or column with nothing in it is worth a question: who is not depending on whom?",
    ),
    pitfalls=(
        "Promising on the spot what an organisation cannot commit without its board.",
        "Leaving the quiet partners out: go round the whole table.",
    ),
)


INTERDEPENDENCY = register(
    ExerciseKind(
        key=KEY,
        family="trust",
        guide=GUIDE,
        order=6,
        name="Interdependency",
        when=(
            "While designing the partnership, after the shared vision: before governance and "
            "resources, so they answer real needs."
        ),
        group_size=(
            "Up to about 12 organisations in one round; with more, pair partners first and "
            "report back."
        ),
        guidance=(
            "Go round the table: what does each partner need from another to do its part? "
            "Choose who needs it, type what, say from whom. The room sees which sectors depend "
            "on which; mark a need promised when the partner named says it will provide it."
        ),
        prompt="What does each of us need from the others?",
        minutes=20,
        items=(
            ItemSchema(
                NEED,
                (Field("from_partner", partner_ref()), Field("promised", boolean())),
                partner=Disclosure.ITEM,
            ),
        ),
        room=room_or_question(
            _elements, lambda: tr("Room", "What does each of us need from the others?")
        ),
        summary=summary_or_nothing(_elements, lambda: tr("Summary", "No needs were named.")),
        charts={"interdependency_matrix": draw_interdependency},
        tables=(CsvTable("needs", (NEED,)),),
        demo=demo_rows(
            NEED,
            ("partner", "from_partner", "text", "promised"),
            _DEMO,
            partner_fields=("from_partner",),
            visibility="partners",
        ),
        phone=PhoneInput.text("What your organisation needs from another", (NEED, "A need")),
    )
)
