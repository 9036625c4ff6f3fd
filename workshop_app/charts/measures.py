"""Charts of the measures-of-success exercises: votes per indicator, balance of the set."""

from __future__ import annotations

import textwrap
from typing import Any

from ..domain.document import Chart
from . import ChartStyle, chart_drawer
from .basic import label_bars, style_axes


def _wrap(text: str, width: int = 28) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


@chart_drawer("indicator_votes")
def draw_indicator_votes(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: {"levels": [label...], "indicators": [{"name", "outcome", "counts"}]}.

    One stacked bar per indicator, one segment per answer; each segment has its own
    hatch and carries its count, each bar its result in words (never colour alone).
    """
    level_names = [str(x) for x in chart.data.get("levels", [])]
    rows = list(chart.data.get("indicators", []))
    ax = figure.subplots()
    labels = [f"{_wrap(str(r.get('name', '')))}\n[{r.get('outcome', '')}]" for r in rows]
    lefts = [0.0] * len(rows)
    for n, level in enumerate(level_names):
        counts = [
            float((r.get("counts") or [])[n]) if n < len(r.get("counts") or []) else 0.0
            for r in rows
        ]
        bars = ax.barh(
            labels,
            counts,
            left=lefts,
            label=level,
            color=style.palette[n % len(style.palette)],
            hatch=style.hatches[n % len(style.hatches)],
            edgecolor=style.foreground,
            linewidth=1,
        )
        ax.bar_label(
            bars,
            labels=[f"{c:g}" if c else "" for c in counts],
            label_type="center",
            fontsize=style.font_size * 0.9,
            color=style.background,
            fontweight="bold",
            bbox={
                "boxstyle": "round,pad=0.15",
                "facecolor": style.foreground,
                "edgecolor": "none",
                "alpha": 0.75,
            },
        )
        lefts = [a + b for a, b in zip(lefts, counts, strict=True)]
    ax.invert_yaxis()
    ax.set_xlabel("Votes", fontsize=style.font_size, color=style.foreground)
    ax.set_title(chart.title)
    style_axes(ax, style)
    ax.tick_params(axis="y", labelsize=style.font_size * 0.85)
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncol=min(len(level_names), 6),
        fontsize=style.font_size * 0.8,
        frameon=False,
        labelcolor=style.foreground,
    )
    figure.tight_layout()


@chart_drawer("measures_balance")
def draw_measures_balance(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: {"groups": {group: {category: count}}}: one labelled bar panel per group."""
    groups = dict(chart.data.get("groups", {}))
    if not groups:
        return
    axes = figure.subplots(1, len(groups), squeeze=False)[0]
    for n, (ax, (group, counts)) in enumerate(zip(axes, groups.items(), strict=True)):
        names = [_wrap(str(k), 14) for k in counts]
        values = [float(v) for v in counts.values()]
        bars = ax.barh(
            names,
            values,
            color=style.palette[n % len(style.palette)],
            hatch=style.hatches[(n + 1) % len(style.hatches)],
            edgecolor=style.foreground,
            linewidth=1,
        )
        label_bars(ax, bars, values, style)
        ax.invert_yaxis()
        ax.set_title(_wrap(str(group), 12), fontsize=style.font_size)
        ax.set_xlim(0, max([*values, 1]) * 1.3)
        ax.set_xticks([])
        style_axes(ax, style)
        ax.spines["bottom"].set_visible(False)
    figure.suptitle(chart.title, fontsize=style.font_size * 1.3, color=style.foreground)
    figure.tight_layout()
