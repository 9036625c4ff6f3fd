"""How the trust check-in's charts are drawn: the distribution of ratings per statement
and the trend of the averages across meetings (matplotlib, on the figure it is given)."""

from __future__ import annotations

from typing import Any

from ..charts import ChartStyle, ink_on, style_axes, wrap
from ..domain.document import Chart

_RATING_COLOURS = ("#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac")

_RATING_HATCHES = ("xx", "//", "", "..", "")

_MARKERS = ("o", "s", "^", "D", "v", "P")

_LINESTYLES = ("-", "--", "-.", ":", "-", "--")


def draw_trust_distribution(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: statements, counts (five numbers per statement), scale (two end labels).

    One horizontal bar per statement split into ratings 1..5; each segment shows
    its rating and count, the bar end shows the average and the number of ratings.
    """
    statements = [str(s) for s in chart.data.get("statements", [])]
    counts = [[int(n) for n in c] for c in chart.data.get("counts", [])]
    ax = figure.subplots()
    ys = list(range(len(statements)))
    left = [0.0] * len(statements)
    totals = [sum(c) or 1 for c in counts]
    for rating in range(5):
        shares = [c[rating] / t * 100 for c, t in zip(counts, totals, strict=True)]
        bars = ax.barh(
            ys,
            shares,
            left=left,
            color=_RATING_COLOURS[rating],
            hatch=_RATING_HATCHES[rating],
            edgecolor=style.background,
            linewidth=2,
            label=str(rating + 1),
        )
        for bar, share, c in zip(bars, shares, counts, strict=True):
            if c[rating] and share >= 3.5:
                ink = ink_on(_RATING_COLOURS[rating])
                label = f"{rating + 1}: {c[rating]}" if share >= 7 else str(c[rating])
                ax.text(
                    bar.get_x() + bar.get_width() / 2,
                    bar.get_y() + bar.get_height() / 2,
                    label,
                    ha="center",
                    va="center",
                    fontsize=style.font_size * 0.8,
                    color=ink,
                    fontweight="bold",
                    bbox={"facecolor": _RATING_COLOURS[rating], "edgecolor": "none", "pad": 1},
                )
        left = [a + b for a, b in zip(left, shares, strict=True)]
    for y, c in zip(ys, counts, strict=True):
        total = sum(c)
        mean = sum((r + 1) * n for r, n in enumerate(c)) / total if total else None
        text = f"⌀ {mean:.1f}\nn={total}" if mean is not None else "n=0"
        ax.text(
            102,
            y,
            text,
            va="center",
            ha="left",
            fontsize=style.font_size * 0.85,
            color=style.foreground,
            fontweight="bold",
        )
    ax.set_yticks(ys)
    ax.set_yticklabels([wrap(s, 28) for s in statements])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.set_xticklabels(["0%", "25%", "50%", "75%", "100%"])
    ax.set_title(chart.title)
    style_axes(ax, style)
    scale = chart.data.get("scale", ["1", "5"])
    legend = ax.legend(
        ncols=5,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.08),
        fontsize=style.font_size * 0.8,
        frameon=False,
        title=f"{scale[0]}  …  {scale[-1]}",
        title_fontsize=style.font_size * 0.8,
    )
    for entry in legend.get_texts():
        entry.set_color(style.foreground)
    legend.get_title().set_color(style.foreground)
    figure.tight_layout()
    figure.subplots_adjust(right=0.86)


def draw_trust_trend(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: meetings (labels, oldest first), series [{statement, averages}].

    One line per statement, each with its own marker and line style; every point
    is labelled with its value and each line's end names its statement.
    """
    meetings = [str(m) for m in chart.data.get("meetings", [])]
    series = chart.data.get("series", [])
    ax = figure.subplots()
    xs = list(range(len(meetings)))
    for n, s in enumerate(series):
        points = [(x, a) for x, a in zip(xs, s.get("averages", []), strict=False) if a is not None]
        if not points:
            continue
        colour = style.palette[n % len(style.palette)]
        px, py = zip(*points, strict=True)
        # The values go in the legend ("2.8 → 3.4"): labels at the points would
        # collide whenever two statements score alike.
        values = " → ".join(f"{y:.1f}" for _, y in points)
        ax.plot(
            px,
            py,
            marker=_MARKERS[n % len(_MARKERS)],
            linestyle=_LINESTYLES[n % len(_LINESTYLES)],
            linewidth=3,
            markersize=14,
            color=colour,
            label=f"{wrap(str(s.get('statement', '')), 34)}\n{values}",
        )
    ax.set_xticks(xs)
    ax.set_xticklabels(meetings)
    ax.set_xlim(-0.4, max(len(meetings) - 0.6, 0.6))
    ax.set_ylim(1, 5.4)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_ylabel("1 – 5", color=style.foreground, fontsize=style.font_size)
    ax.grid(axis="y", color="#bbbbbb", linewidth=0.8)
    ax.set_title(chart.title)
    style_axes(ax, style)
    legend = ax.legend(
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        frameon=False,
        fontsize=style.font_size * 0.85,
        handlelength=3,
        labelspacing=1.2,
    )
    for entry in legend.get_texts():
        entry.set_color(style.foreground)
    figure.tight_layout()
