"""How the indicator vote's chart is drawn: one stacked bar per indicator, one segment per
answer (matplotlib, on the figure it is given)."""

from __future__ import annotations

from typing import Any

from ..charts import (
    ChartStyle,
    count_axis,
    fit_row_labels,
    legend_columns,
    pixels,
    shown_rows,
    style_axes,
)
from ..domain.document import Chart
from ..i18n import tr


def draw_indicator_votes(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: {"levels": [label...], "indicators": [{"name", "outcome", "counts"}]}.

    One stacked bar per indicator, one segment per answer; each segment has its own
    hatch and carries its count where it is wide enough to hold it (every count is in
    the table beside the chart too), each bar its result in words (never colour alone).
    """
    level_names = [str(x) for x in chart.data.get("levels", [])]
    rows = shown_rows(chart, list(chart.data.get("indicators", [])))
    ax = figure.subplots()
    ys = list(range(len(rows)))
    lefts = [0.0] * len(rows)
    segments = []
    for n, level in enumerate(level_names):
        counts = [
            float((r.get("counts") or [])[n]) if n < len(r.get("counts") or []) else 0.0
            for r in rows
        ]
        bars = ax.barh(
            ys,
            counts,
            left=lefts,
            label=level,
            color=style.palette[n % len(style.palette)],
            hatch=style.hatches[n % len(style.hatches)],
            edgecolor=style.foreground,
            linewidth=1,
        )
        segments.append((bars, counts))
        lefts = [a + b for a, b in zip(lefts, counts, strict=True)]
    count_axis(ax.xaxis)
    ax.set_xlim(0, max([*lefts, 1]))
    ax.set_xlabel(tr("Charts", "Votes"), fontsize=style.size(), color=style.foreground)
    ax.set_title(chart.title)
    style_axes(ax, style)
    figure.legend(
        loc="outside lower center",
        ncols=legend_columns(figure, level_names, style.size(0.8)),
        fontsize=style.size(0.8),
        frameon=False,
        labelcolor=style.foreground,
    )
    fit_row_labels(
        figure,
        ax,
        [str(r.get("name", "")) for r in rows],
        style.size(0.85),
        last_lines=[f"[{r.get('outcome', '')}]" for r in rows],
    )
    ax.invert_yaxis()
    # A count goes on its segment only when it fits there, so neighbours never collide.
    scale = abs(ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0])
    digit = pixels(figure, style.size(0.9)) * 0.7
    for bars, counts in segments:
        ax.bar_label(
            bars,
            labels=[
                f"{c:g}" if c and c * scale >= (len(f"{c:g}") + 1.5) * digit else "" for c in counts
            ],
            label_type="center",
            fontsize=style.size(0.9),
            color=style.background,
            fontweight="bold",
            bbox={
                "boxstyle": "round,pad=0.15",
                "facecolor": style.foreground,
                "edgecolor": "none",
                "alpha": 0.75,
            },
        )
