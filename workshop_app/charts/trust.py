"""Charts of the trust-building exercises: the partner-history matrix, the
trust check-in distribution and the trust trend across meetings.

Every value is written on the chart in words or numbers; colour only repeats
what the label and the hatch already say, so the charts survive a washed-out
projector and colour-blind readers.
"""

from __future__ import annotations

import textwrap
from typing import Any

from ..domain.document import Chart
from . import ChartStyle, chart_drawer
from .basic import style_axes

#: Outcome → (fill colour, hatch). Failed and missing histories carry hatches
#: (and bold labels) so they stand out without colour.
_OUTCOME_LOOK = {
    "good": ("#cfe8d5", ""),
    "mixed": ("#fbe3b0", ".."),
    "failed": ("#f2b8b5", "xx"),
    "none": ("#e4e4e4", "//"),
    "": ("#ffffff", "//"),
}
_RATING_COLOURS = ("#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac")
_RATING_HATCHES = ("xx", "//", "", "..", "")
_MARKERS = ("o", "s", "^", "D", "v", "P")
_LINESTYLES = ("-", "--", "-.", ":", "-", "--")


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _ink_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill``."""
    fill = fill.lstrip("#")
    r, g, b = (int(fill[i : i + 2], 16) for i in (0, 2, 4))
    return "#000000" if (0.299 * r + 0.587 * g + 0.114 * b) > 140 else "#ffffff"


@chart_drawer("partner_matrix")
def draw_partner_matrix(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: partners (names), cells (outcome per pair, "self" on the diagonal), labels."""
    from matplotlib.patches import Rectangle

    partners = [str(p) for p in chart.data.get("partners", [])]
    cells = chart.data.get("cells", [])
    labels = chart.data.get("labels", {})
    n = len(partners)
    ax = figure.subplots()
    ax.set_xlim(0, n)
    ax.set_ylim(n, 0)
    ax.set_aspect("auto")
    # Type fits the cells the chart is given (the room view may draw it small).
    cell_h = figure.get_figheight() * 72 * 0.62 / max(n, 1)
    cell_w = figure.get_figwidth() * 72 * 0.7 / max(n, 1)
    size = min(style.font_size * 0.85, cell_h * 0.4, cell_w / 6.5)
    for r in range(n):
        for c in range(n):
            outcome = cells[r][c] if r < len(cells) and c < len(cells[r]) else ""
            if outcome == "self":
                ax.add_patch(
                    Rectangle(
                        (c, r),
                        1,
                        1,
                        facecolor=style.background,
                        edgecolor=style.foreground,
                        linewidth=1,
                    )
                )
                ax.text(
                    c + 0.5,
                    r + 0.5,
                    "—",
                    ha="center",
                    va="center",
                    color=style.foreground,
                    fontsize=size,
                )
                continue
            fill, hatch = _OUTCOME_LOOK.get(outcome, _OUTCOME_LOOK[""])
            # Hatch colour follows the edge: faint for "not recorded", strong for the rest.
            edge = "#bbbbbb" if outcome not in _OUTCOME_LOOK or not outcome else "#444444"
            ax.add_patch(
                Rectangle((c, r), 1, 1, facecolor=fill, hatch=hatch, edgecolor=edge, linewidth=1.5)
            )
            if outcome == "failed":
                ax.add_patch(
                    Rectangle(
                        (c + 0.03, r + 0.03),
                        0.94,
                        0.94,
                        fill=False,
                        edgecolor="#000000",
                        linewidth=3.5,
                    )
                )
            text = str(labels.get(outcome, outcome or "?"))
            bold = outcome in ("failed", "none")
            ax.text(
                c + 0.5,
                r + 0.5,
                _wrap(text.upper() if outcome == "failed" else text, 10),
                ha="center",
                va="center",
                fontsize=size,
                color="#000000",
                fontweight="bold" if bold else "normal",
                bbox={"facecolor": fill, "edgecolor": "none", "pad": 2},
            )
    ax.set_xticks([i + 0.5 for i in range(n)])
    ax.set_yticks([i + 0.5 for i in range(n)])
    ax.set_xticklabels([_wrap(p, 14) for p in partners], fontsize=size * 0.8)
    ax.set_yticklabels([_wrap(p, 22) for p in partners], fontsize=size * 0.8)
    ax.xaxis.tick_top()
    ax.tick_params(length=0, colors=style.foreground)
    for spine in ax.spines.values():
        spine.set_visible(False)
    note = chart.data.get("note", "")
    title = f"{chart.title}   ({note})" if note else chart.title
    ax.set_title(title, color=style.foreground, fontsize=max(size * 1.1, 8), pad=12)
    figure.tight_layout()


@chart_drawer("trust_distribution")
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
                ink = _ink_on(_RATING_COLOURS[rating])
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
    ax.set_yticklabels([_wrap(s, 28) for s in statements])
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
    for text in legend.get_texts():
        text.set_color(style.foreground)
    legend.get_title().set_color(style.foreground)
    figure.tight_layout()
    figure.subplots_adjust(right=0.86)


@chart_drawer("trust_trend")
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
            label=f"{_wrap(str(s.get('statement', '')), 34)}\n{values}",
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
    for text in legend.get_texts():
        text.set_color(style.foreground)
    figure.tight_layout()
