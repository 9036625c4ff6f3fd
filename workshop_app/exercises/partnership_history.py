"""Partnership history: past work between partners, good, mixed, failed or none
(PRODUCT.md section 1). A failed or missing history is a known barrier to sharing
information later: :func:`history_between` lets the sharing exercises warn about it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..charts import ChartStyle, fit_row_labels, fit_width, pixels, shown_rows
from ..domain.document import Callout, Chart, Element, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import Field, ItemSchema, choice, list_of, partner_ref, text
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import demo_data
from .common import nothing_recorded, titled_list
from .registry import ExerciseKind, Guide, demo_rows, register

#: Past work between two or more partners: text = what they did together;
#: fields: partners (list of partner ids), outcome (see OUTCOMES), lesson.
HISTORY = "partnership_history"
OUTCOMES = ("good", "mixed", "failed", "none")
#: What two (or more) partners did together before, how it went and what they learned.
HISTORY_ITEM = ItemSchema(
    HISTORY,
    (
        Field("partners", list_of(partner_ref(), max_items=100)),
        Field("outcome", choice(*OUTCOMES)),
        Field("lesson", text()),
    ),
)


def outcome_label(outcome: str | None) -> str:
    """An outcome in words (never told by colour alone)."""
    return {
        "good": tr("Trust", "Good"),
        "mixed": tr("Trust", "Mixed"),
        "failed": tr("Trust", "Failed"),
        "none": tr("Trust", "No history"),
        None: tr("Trust", "Not recorded"),
        "": tr("Trust", "Not recorded"),
    }.get(outcome, str(outcome))


def history_partners(item: Item) -> list[str]:
    """The partner ids a history record is about."""
    value = item.fields.get("partners", [])
    return [str(p) for p in value] if isinstance(value, list) else []


def _all_items(view_or_items: WorkshopSnapshot | Iterable[Item]) -> list[Item]:
    if isinstance(view_or_items, WorkshopSnapshot):
        return [*view_or_items.items, *view_or_items.history]
    return list(view_or_items)


def history_between(
    view_or_items: WorkshopSnapshot | Iterable[Item], partner_a_id: str, partner_b_id: str
) -> str | None:
    """How past work between two partners went: "good", "mixed", "failed", "none" or None.

    Reads the partnership-history records of a workshop view (its items and its
    history from the collaboration's other workshops) or of any list of items.
    When several records cover the pair the most cautious wins (failed, then
    mixed, then good), because one failed project is enough to make a partner
    wary of sharing data. "none" means the room said they never worked
    together; None means nobody recorded anything about the pair.
    """
    if partner_a_id == partner_b_id:
        return None
    outcomes = {
        str(i.fields.get("outcome", ""))
        for i in _all_items(view_or_items)
        if i.kind == HISTORY and {partner_a_id, partner_b_id} <= set(history_partners(i))
    }
    for outcome in ("failed", "mixed", "good", "none"):
        if outcome in outcomes:
            return outcome
    return None


def history_matrix(view: WorkshopSnapshot) -> list[list[str]]:
    """Outcome of each partner pair (in ``view.partners`` order); "" when not recorded."""
    ids = [p.id for p in view.partners]
    return [["self" if a == b else (history_between(view, a, b) or "") for b in ids] for a in ids]


def _pair_names(view: WorkshopSnapshot, wanted: set[str]) -> list[str]:
    names = []
    partners = list(view.partners)
    for n, a in enumerate(partners):
        for b in partners[n + 1 :]:
            if (history_between(view, a.id, b.id) or "") in wanted:
                names.append(f"{a.organisation} – {b.organisation}")
    return names


def _history_records(view: WorkshopSnapshot) -> list[Item]:
    return [i for i in _all_items(view) if i.kind == HISTORY]


def _record_partner_names(view: WorkshopSnapshot, item: Item) -> str:
    names = [p.organisation for pid in history_partners(item) if (p := view.partner(pid))]
    return ", ".join(names) or tr("Trust", "(partners removed)")


def _history_chart(view: AudienceView) -> Chart:
    matrix = history_matrix(view)
    failed = _pair_names(view, {"failed"})
    missing = _pair_names(view, {"none", ""})
    alt = tr(
        "Room",
        "Partner-by-partner history. Failed: {failed}. No history or not recorded: {missing}.",
    ).format(
        failed="; ".join(failed) or tr("Room", "none"),
        missing="; ".join(missing) or tr("Room", "none"),
    )
    return Chart(
        "partner_matrix",
        tr("Room", "Have we worked together before?"),
        {
            "partners": [p.organisation for p in view.partners],
            "cells": matrix,
            # "?" keeps the many empty cells quiet so failed ones stand out (and type stays big)
            "labels": {**{o: outcome_label(o) for o in OUTCOMES}, "": "?"},
            "note": tr("Room", "? = nothing recorded, or not released to this audience")
            if HISTORY in view.withheld_kinds
            else tr("Room", "? = nothing recorded yet"),
            # rows: how tall the room must draw it (charts.chart_lines): a row per
            # partner; the title, its note and the names over the columns
            "rows": len(view.partners),
            "row_lines": 1.5,
            "frame_lines": 6,
        },
        alt,
    )


def history_room(view: AudienceView, block: Block) -> list[Element]:
    """Partner × partner matrix; failed and missing histories called out in words."""
    if len(view.partners) < 2:
        return [
            Paragraph(tr("Room", "Add at least two partners to map their history."), emphasis=True)
        ]
    elements: list[Element] = [_history_chart(view)]
    failed = _pair_names(view, {"failed"})
    if failed:
        elements.append(Callout(tr("Room", "Failed before"), "; ".join(failed)))
    lessons = [
        f"{_record_partner_names(view, i)}: {i.fields['lesson']}"
        for i in view.items_in(block.id, [HISTORY])
        if i.fields.get("lesson")
    ]
    return elements + titled_list(tr("Room", "What we learned"), lessons)


def history_summary(view: AudienceView, block: Block) -> list[Element]:
    """Records table, the matrix, and the pairs where trust must be built first."""
    records = _history_records(view)
    withheld = HISTORY in view.withheld_kinds
    if not records:
        return nothing_recorded(tr("Summary", "No partnership history was recorded."), withheld)
    elements: list[Element] = [
        Table(
            (
                tr("Summary", "Partners"),
                tr("Summary", "What they did together"),
                tr("Summary", "Outcome"),
                tr("Summary", "Lesson learned"),
            ),
            tuple(
                (
                    _record_partner_names(view, i),
                    i.text,
                    outcome_label(i.fields.get("outcome")),
                    str(i.fields.get("lesson", "")),
                )
                for i in records
            ),
        )
    ]
    if len(view.partners) >= 2:
        elements.append(_history_chart(view))
    failed = _pair_names(view, {"failed"})
    missing = _pair_names(view, {"none", ""})
    if failed:
        elements.append(
            Callout(
                tr("Summary", "Failed history"),
                tr(
                    "Summary", "Build trust before asking these partners to share data: {pairs}."
                ).format(pairs="; ".join(failed)),
            )
        )
    if missing and not withheld:  # some histories are withheld: "none" would mislead
        elements.append(Callout(tr("Summary", "No shared history"), "; ".join(missing)))
    return elements


#: Outcome → (fill colour, hatch). Failed and missing histories carry hatches
#: (and bold labels) so they stand out without colour.
_OUTCOME_LOOK = {
    "good": ("#cfe8d5", ""),
    "mixed": ("#fbe3b0", ".."),
    "failed": ("#f2b8b5", "xx"),
    "none": ("#e4e4e4", "//"),
    "": ("#ffffff", "//"),
}


#: Outcome → a sign that stands for it when its word does not fit a small cell (the
#: chart then says what each sign means).
_OUTCOME_SIGN = {"good": "✓", "mixed": "~", "failed": "✗", "none": "–", "": "?"}


def draw_partner_matrix(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: partners (names), cells (outcome per pair, "self" on the diagonal), labels.

    Rows and columns carry numbers as well as names, so a narrow column can show its
    number alone; an outcome too long for the cells is shown by its sign, and the title
    says what the signs mean. A part (``row_range``) shows some rows, every column.
    """

    partners = [str(p) for p in chart.data.get("partners", [])]
    shown = shown_rows(chart, list(enumerate(chart.data.get("cells", []))))
    labels = chart.data.get("labels", {})
    n, rows = len(partners), max(1, len(shown))
    ax = figure.subplots()
    size, title_size = style.size(0.85), style.size(1.1)
    em = pixels(figure, size)
    # How large a cell will be: the row names take at most two fifths of the width, the
    # title three lines and the column names three more of the height.
    cell_w = figure.bbox.width * 0.58 / max(n, 1)
    column_lines = 3 if cell_w >= 4.5 * em else 1
    cell_h = (
        figure.bbox.height - 3.6 * pixels(figure, title_size) - (column_lines * 1.2 + 2) * em
    ) / rows
    lines = max(1, int(cell_h * 0.85 // (em * 1.2)))
    words = {}  # one choice per outcome, the same in every cell: its word or its sign
    for outcome in _OUTCOME_SIGN:
        text = str(labels.get(outcome, outcome or "?"))
        text = text.upper() if outcome == "failed" else text
        weight = "bold" if outcome in ("failed", "none") else "normal"
        fitted = fit_width(figure, text, size, cell_w * 0.85, lines, weight)
        words[outcome] = fitted if "…" not in fitted else _OUTCOME_SIGN[outcome]
    present = {cell for _, cells in shown for cell in cells}
    signs = [o for o in _OUTCOME_SIGN if o in present and o and words[o] == _OUTCOME_SIGN[o]]

    ax.set_xlim(0, n)
    ax.set_ylim(rows, 0)
    ax.set_aspect("auto")
    for r, (_row, cells) in enumerate(shown):
        for c in range(n):
            _draw_cell(ax, r, c, cells[c] if c < len(cells) else "", words, style, size)
    note = str(chart.data.get("note", ""))
    if signs:
        key = " · ".join(f"{_OUTCOME_SIGN[o]} {labels.get(o, o)}" for o in signs)
        note = f"{key} · {note}" if note else key
    # Over the whole picture, not just the grid: a long note has all the width.
    title = fit_width(figure, chart.title, title_size, figure.bbox.width * 0.95)
    if note:
        title += "\n" + fit_width(figure, note, title_size, figure.bbox.width * 0.95, 2)
    figure.suptitle(title, color=style.foreground, fontsize=title_size)
    ax.set_xticks(
        [c + 0.5 for c in range(n)],
        [
            f"{c + 1}\n{fit_width(figure, name, size, cell_w * 0.85, 2)}"
            if column_lines > 1
            else str(c + 1)
            for c, name in enumerate(partners)
        ],
        fontsize=size,
    )
    ax.xaxis.tick_top()
    ax.tick_params(length=0, colors=style.foreground)
    for spine in ax.spines.values():
        spine.set_visible(False)
    fit_row_labels(
        figure,
        ax,
        [f"{row + 1}  {partners[row] if row < n else ''}" for row, _ in shown],
        size,
        width_share=0.3,
        offset=0.5,
    )
    ax.set_ylim(rows, 0)


def _draw_cell(
    ax: Any, r: int, c: int, outcome: str, words: dict[str, str], style: ChartStyle, size: float
) -> None:
    from matplotlib.patches import Rectangle

    if outcome == "self":
        ax.add_patch(
            Rectangle((c, r), 1, 1, facecolor=style.background, edgecolor=style.foreground)
        )
        ax.text(
            c + 0.5, r + 0.5, "—", ha="center", va="center", color=style.foreground, fontsize=size
        )
        return
    fill, hatch = _OUTCOME_LOOK.get(outcome, _OUTCOME_LOOK[""])
    # Hatch colour follows the edge: faint for "not recorded", strong for the rest.
    edge = "#bbbbbb" if outcome not in _OUTCOME_LOOK or not outcome else "#444444"
    ax.add_patch(
        Rectangle((c, r), 1, 1, facecolor=fill, hatch=hatch, edgecolor=edge, linewidth=1.5)
    )
    if outcome == "failed":
        ax.add_patch(
            Rectangle(
                (c + 0.03, r + 0.03), 0.94, 0.94, fill=False, edgecolor="#000000", linewidth=3.5
            )
        )
    ax.text(
        c + 0.5,
        r + 0.5,
        words.get(outcome, words[""]),
        ha="center",
        va="center",
        fontsize=size,
        color="#000000",
        fontweight="bold" if outcome in ("failed", "none") else "normal",
        bbox={"facecolor": fill, "edgecolor": "none", "pad": 2},
    )


GUIDE = Guide(
    purpose=(
        "Bring past experience of working together into the open: what went well, what went badly, "
        "what was learned. Where partners have no history, or a failed one, trust must be built "
        "before anyone will share data."
    ),
    steps=(
        "Ask which partners have worked together before, and on what.",
        (
            "Type what they did together, tick the partners involved (Space ticks) and choose the "
            "outcome: good, mixed or failed."
        ),
        "Ask for the lesson in one sentence and type it in.",
        (
            "Look at the grid of who has worked with whom: the empty and failed pairs are the ones "
            "to watch."
        ),
    ),
    tips=(
        (
            "Ask about lessons, not blame: “what would you do differently?” works better than “what"
            " went wrong?”."
        ),
        (
            "The data inventory warns about pairs without a good history later on; it reads what "
            "you record here."
        ),
    ),
    pitfalls=(
        (
            "Reopening an old dispute in front of everyone: note it, agree that it matters, and "
            "follow it up in private."
        ),
        "Marking a sensitive history public before the partners involved agree to it.",
    ),
)


PARTNERSHIP_HISTORY = register(
    ExerciseKind(
        key="partnership_history",
        family="trust",
        guide=GUIDE,
        when=(
            "Early in a partnership, after the introductions and before anyone is asked to "
            "share data or money."
        ),
        group_size=(
            "The whole room, 6 to 30 people; pairs of partners with a long history may talk "
            "it through first."
        ),
        order=2,
        name="Partnership history",
        guidance=(
            "Ask which partners have worked together before and how it went. A failed or "
            "missing history is not a verdict; it tells you where trust must be built "
            "before data can be shared."
        ),
        prompt="Where have we worked together before, and what did we learn?",
        minutes=15,
        history_kinds=(HISTORY,),
        items=(HISTORY_ITEM,),
        room=history_room,
        summary=history_summary,
        charts={"partner_matrix": draw_partner_matrix},
        demo=demo_rows(
            HISTORY,
            ("partners", "text", "outcome", "lesson", "visibility"),
            demo_data.HISTORY,
            partner_fields=("partners",),
            meetings=(0,),
        ),
    )
)
