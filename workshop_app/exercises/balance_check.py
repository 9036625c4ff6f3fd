"""The balance check: the adopted set by kind, financial share and leading/lagging, with
plain-language warnings (PRODUCT.md section 3)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..charts import ChartStyle, fit_row_labels, fit_width, label_bars, style_axes
from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph
from ..domain.records import Block, Item, Partner
from ..domain.schema import ChoiceSet
from ..domain.visibility import AudienceView
from ..i18n import tr
from .indicator_agreement import adopted_indicators
from .indicators import FINANCIAL, INDICATOR_KINDS, TIMING_SHORT
from .registry import ExerciseKind, Guide, register


def balance_warnings(adopted: Sequence[Item], partners: Sequence[Partner]) -> list[str]:
    """Plain-language warnings about an adopted set of indicators (empty: balanced)."""
    if not adopted:
        return []
    warnings = []
    if all(i.fields.get("financial") == "yes" for i in adopted):
        warnings.append(
            tr(
                "Measures",
                "Every adopted indicator is financial: the set says "
                "nothing about what changes for people. Add at least one that is "
                "not about money.",
            )
        )
    if not any(i.fields.get("timing") == "leading" for i in adopted):
        warnings.append(
            tr(
                "Measures",
                "No adopted indicator is leading: everything looks back. "
                "Add one that predicts whether we are on track.",
            )
        )
    for partner in partners:
        if not any(
            i.partner_id == partner.id or partner.id in (i.fields.get("needed_by") or [])
            for i in adopted
        ):
            to_whom = partner.answers_to.strip() or tr("Measures", "those it answers to")
            warnings.append(
                tr(
                    "Measures",
                    "{partner} has nothing to report to {whom}: no "
                    "adopted indicator is owned by it or needed by its "
                    "stakeholders.",
                ).format(partner=partner.organisation, whom=to_whom)
            )
    return warnings


def balance_counts(adopted: Sequence[Item]) -> dict[str, dict[str, int]]:
    """Counts of the adopted set by kind, financial share and leading/lagging."""
    not_said = tr("Measures", "Not said")

    def count(choices: ChoiceSet) -> dict[str, int]:
        out = {choices.label(value): 0 for value in choices.values}
        for item in adopted:
            label = choices.label(item.fields.get(choices.name)) or not_said
            out[label] = out.get(label, 0) + 1
        if not out.get(not_said):
            out.pop(not_said, None)
        return out

    return {
        tr("Measures", "Kind"): count(INDICATOR_KINDS),
        tr("Measures", "Financial"): count(FINANCIAL),
        tr("Measures", "Leading or lagging"): count(TIMING_SHORT),
    }


def _balance_elements(view: AudienceView, block: Block, ctx: str) -> list[Element]:
    adopted = adopted_indicators(view)
    if not adopted:
        return [
            Paragraph(
                tr(ctx, "No indicator has been adopted yet (or the votes are still hidden)."),
                emphasis=True,
            )
        ]
    counts = balance_counts(adopted)
    alt = "; ".join(
        f"{group}: " + ", ".join(f"{k} {v}" for k, v in c.items()) for group, c in counts.items()
    )
    elements: list[Element] = [
        Chart(
            "measures_balance",
            tr(ctx, "The adopted indicators ({n})").format(n=len(adopted)),
            # rows: how tall the room must draw it (charts.chart_lines)
            {"groups": counts, "frame_lines": 4 + max(len(c) for c in counts.values())},
            alt,
        )
    ]
    warnings = balance_warnings(adopted, view.partners)
    elements += [Callout(tr(ctx, "Warning"), w) for w in warnings]
    if not warnings:
        elements.append(
            Callout(
                tr(ctx, "Balanced"),
                tr(
                    ctx,
                    "The set mixes financial and other measures, has a leading indicator, and "
                    "gives every partner something to report.",
                ),
            )
        )
    elements += [
        Heading(tr(ctx, "Adopted indicators"), 3),
        BulletList(tuple(i.text for i in adopted)),
    ]
    return elements


def balance_room(view: AudienceView, block: Block) -> list[Element]:
    return _balance_elements(view, block, "Room")


def balance_summary(view: AudienceView, block: Block) -> list[Element]:
    return _balance_elements(view, block, "Summary")


def draw_measures_balance(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: {"groups": {group: {category: count}}}: one labelled bar panel per group."""
    groups = dict(chart.data.get("groups", {}))
    if not groups:
        return
    axes = figure.subplots(1, len(groups), squeeze=False)[0]
    figure.suptitle(chart.title, fontsize=style.size(1.3), color=style.foreground)
    for n, (ax, (group, counts)) in enumerate(zip(axes, groups.items(), strict=True)):
        values = [float(v) for v in counts.values()]
        bars = ax.barh(
            range(len(values)),
            values,
            color=style.palette[n % len(style.palette)],
            hatch=style.hatches[(n + 1) % len(style.hatches)],
            edgecolor=style.foreground,
            linewidth=1,
        )
        label_bars(ax, bars, values, style)
        ax.set_xlim(0, max([*values, 1]) * 1.3)
        ax.set_xticks([])
        style_axes(ax, style)
        ax.set_title(
            fit_width(figure, str(group), style.size(), figure.bbox.width / len(groups) * 0.9, 2),
            fontsize=style.size(),
            color=style.foreground,
        )
        ax.spines["bottom"].set_visible(False)
    for ax, counts in zip(axes, groups.values(), strict=True):
        fit_row_labels(
            figure, ax, [str(k) for k in counts], style.size(), width_share=0.45 / len(groups)
        )
        ax.invert_yaxis()


GUIDE = Guide(
    purpose=(
        "Look at the adopted indicators as a set: does it tell the whole story, and can every "
        "partner report on it?"
    ),
    steps=(
        (
            "Show the balance chart: the adopted indicators by kind, financial or not, leading or "
            "lagging."
        ),
        "Read any warning aloud: a set that is all financial, or has no leading indicator.",
        "Check that every partner has at least one indicator it can report to those it answers to.",
        (
            "If something is missing, go back to the vote and adopt or re-vote an indicator; this "
            "check follows by itself."
        ),
    ),
    tips=("This block is short: the work was done in the vote. Its job is to catch gaps.",),
    pitfalls=(
        (
            "Accepting a set that leaves a partner nothing to report: it will struggle to justify "
            "its time and money."
        ),
        (
            "Adding indicators here without a vote: go back to the agreement block, so the rule "
            "still applies."
        ),
    ),
)


BALANCE = register(
    ExerciseKind(
        key="balance_check",
        family="measures",
        guide=GUIDE,
        when=(
            "Right after the vote on indicators, while the room can still go back and change "
            "the set."
        ),
        group_size="The whole room, any size; the facilitator reads the chart aloud.",
        order=4,
        name="Balance check",
        guidance=(
            "Look at the adopted set as a whole: is it all financial? Does anything predict "
            "future performance? Can every partner report something to those it answers to?"
        ),
        prompt="Does our set of measures tell the whole story?",
        minutes=10,
        item_kinds=(),
        room=balance_room,
        summary=balance_summary,
        charts={"measures_balance": draw_measures_balance},
    )
)
