"""How the trust check-in's charts are drawn: the distribution of ratings per statement
and the trend of the averages across meetings (matplotlib, on the figure it is given)."""

from __future__ import annotations

from typing import Any

from ..charts import (
    ChartStyle,
    fit_row_labels,
    fit_width,
    ink_on,
    pixels,
    shown_rows,
    style_axes,
)
from ..domain.document import Chart
from ..i18n import format_number, tr

_RATING_COLOURS = ("#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac")

_RATING_HATCHES = ("xx", "//", "", "..", "")

_MARKERS = ("o", "s", "^", "D", "v", "P")

_LINESTYLES = ("-", "--", "-.", ":", "-", "--")


def draw_trust_distribution(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: statements, counts (five numbers per statement), scale (two end labels).

    One horizontal bar per statement split into ratings 1..5; each segment shows its
    rating and count where they fit; under each statement, its average and the number
    of ratings in words.
    """
    statements = shown_rows(chart, [str(s) for s in chart.data.get("statements", [])])
    counts = shown_rows(chart, [[int(n) for n in c] for c in chart.data.get("counts", [])])
    ax = figure.subplots()
    ys = list(range(len(statements)))
    left = [0.0] * len(statements)
    totals = [sum(c) or 1 for c in counts]
    segments = []
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
        segments.append((rating, bars, shares))
        left = [a + b for a, b in zip(left, shares, strict=True)]
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_title(chart.title)
    style_axes(ax, style)
    scale = chart.data.get("scale", ["1", "5"])
    legend = figure.legend(
        ncols=5,
        loc="outside lower center",
        fontsize=style.size(0.8),
        frameon=False,
        title=f"{scale[0]}  …  {scale[-1]}",
        title_fontsize=style.size(0.8),
    )
    for entry in legend.get_texts():
        entry.set_color(style.foreground)
    legend.get_title().set_color(style.foreground)
    fit_row_labels(
        figure,
        ax,
        statements,
        style.size(0.9),
        last_lines=[_average_words(c) for c in counts],
    )
    ax.invert_yaxis()
    # Each segment says its rating and count where they fit, and nothing where they do not:
    # a count alone ("2" on the segment of rating 1) would read as a rating.
    size = style.size(0.8)
    per_percent = abs(ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0])
    char = pixels(figure, size) * 0.7
    for rating, bars, shares in segments:
        for bar, share, c in zip(bars, shares, counts, strict=True):
            if not c[rating]:
                continue
            width = share * per_percent
            label = f"{rating + 1}: {c[rating]}"
            if width < (len(label) + 1.5) * char:
                continue
            ax.text(
                bar.get_x() + bar.get_width() / 2,
                bar.get_y() + bar.get_height() / 2,
                label,
                ha="center",
                va="center",
                fontsize=size,
                color=ink_on(_RATING_COLOURS[rating]),
                fontweight="bold",
                bbox={"facecolor": _RATING_COLOURS[rating], "edgecolor": "none", "pad": 1},
            )


def _average_words(counts: list[int]) -> str:
    """ "average 2.9 of 5 · 13 ratings": the average in words, never a symbol."""
    total = sum(counts)
    if not total:
        return tr("Charts", "no ratings yet")
    mean = sum((r + 1) * n for r, n in enumerate(counts)) / total
    return tr("Charts", "average {average} of 5 · {count} ratings").format(
        average=format_number(mean), count=total
    )


def draw_trust_trend(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: meetings (labels, oldest first), series [{statement, averages}].

    One line per statement, each with its own marker and line style; the legend names
    each line's statement and its averages in order ("2.8 → 3.4"). The legend sits
    beside a wide chart and under a narrow one; statements too long for it are shortened
    (the trust table and the chart's words have them whole).
    """
    meetings = [str(m) for m in chart.data.get("meetings", [])]
    series = chart.data.get("series", [])
    ax = figure.subplots()
    xs = list(range(len(meetings)))
    drawn = []
    for n, s in enumerate(series):
        points = [(x, a) for x, a in zip(xs, s.get("averages", []), strict=False) if a is not None]
        if not points:
            continue
        colour = style.palette[n % len(style.palette)]
        px, py = zip(*points, strict=True)
        # The values go in the legend ("2.8 → 3.4"): labels at the points would
        # collide whenever two statements score alike.
        (line,) = ax.plot(
            px,
            py,
            marker=_MARKERS[n % len(_MARKERS)],
            linestyle=_LINESTYLES[n % len(_LINESTYLES)],
            linewidth=3,
            markersize=14,
            color=colour,
        )
        drawn.append(
            (line, str(s.get("statement", "")), " → ".join(format_number(y) for _, y in points))
        )
    ax.set_xlim(-0.4, max(len(meetings) - 0.6, 0.6))
    ax.set_ylim(1, 5.4)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_ylabel("1 – 5", color=style.foreground, fontsize=style.size())
    ax.grid(axis="y", color="#bbbbbb", linewidth=0.8)
    ax.set_title(chart.title)
    style_axes(ax, style)
    size = style.size(0.85)
    em = pixels(figure, size)
    wide = figure.bbox.width >= 1.8 * figure.bbox.height
    if wide:
        width = figure.bbox.width * 0.3
        per_entry = figure.bbox.height * 0.8 / max(1, len(drawn)) / (em * 1.2)
        lines = max(1, int(per_entry) - 2)  # its values line and the space between entries
        columns = 1
    else:
        columns = max(1, min(len(drawn), int(figure.bbox.width * 0.95 // (em * 16))))
        width = figure.bbox.width * 0.95 / columns - 4.5 * em  # less the line's key
        lines = 2
    legend = figure.legend(
        [line for line, _, _ in drawn],
        [
            f"{fit_width(figure, statement, size, width, lines)}\n{values}"
            for _, statement, values in drawn
        ],
        loc="outside right upper" if wide else "outside lower center",
        ncols=columns,
        frameon=False,
        fontsize=size,
        handlelength=3,
        labelspacing=1.0,
    )
    for entry in legend.get_texts():
        entry.set_color(style.foreground)
    fit_row_labels(figure, ax, meetings, style.size(), axis="x")
