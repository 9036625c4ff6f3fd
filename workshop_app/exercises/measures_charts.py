"""How the measures check-in's chart is drawn: an indicator's values over time against its
baseline and target (registered by :mod:`.measures_check_in`)."""

from __future__ import annotations

import math
from typing import Any

from ..charts import ChartStyle, pixels, style_axes
from ..domain.document import Chart
from ..i18n import current_language, format_number


def number_words(value: object) -> str:
    """A value as the room reads it, in the current language: "2,010", "46.5" (French
    "2 010", "46,5"); nothing when it is not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return ""
    whole = value == int(value)
    if current_language() == "en":
        return f"{value:,.0f}" if whole else f"{value:,.2f}".rstrip("0").rstrip(".")
    written = format_number(value, 0 if whole else 2)
    return written if whole else written.rstrip("0").rstrip(",.")


def draw_measure_trend(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: dates and values (oldest first), baseline and target (None: not a
    number). The values are a line with a marker at each, each labelled with its number;
    baseline and target are dashed and dotted lines named at their right end (never told
    by colour alone)."""
    dates = [str(d) for d in chart.data.get("dates", [])]
    values = [float(v) for v in chart.data.get("values", [])]
    ax = figure.subplots()
    xs = list(range(len(values)))
    ax.plot(xs, values, marker="o", linewidth=3, markersize=12, color=style.palette[0])
    size = style.size(0.8)
    span = max(values) - min(values) if len(values) > 1 else abs(values[0]) or 1.0
    lift = span * 0.07 + 1e-9
    for x, v in zip(xs, values, strict=True):
        ax.annotate(
            number_words(v),
            (x, v + lift),
            ha="center",
            va="bottom",
            fontsize=size,
            color=style.foreground,
        )
    heights = list(values)
    for key, pattern in (("baseline", "--"), ("target", ":")):
        level = chart.data.get(key)
        if level is None:
            continue
        level = float(level)
        heights.append(level)
        ax.axhline(level, linestyle=pattern, linewidth=2.5, color=style.foreground)
        ax.annotate(
            f"{chart.data.get(key + '_label', key)} {number_words(level)}",
            (1.0, level),
            xycoords=("axes fraction", "data"),
            xytext=(-pixels(figure, size) * 0.3, pixels(figure, size) * 0.25),
            textcoords="offset pixels",
            ha="right",
            va="bottom",
            fontsize=size,
            color=style.foreground,
        )
    low, high = min(heights), max(heights)
    pad = (high - low) * 0.15 or abs(high) * 0.1 or 1.0
    ax.set_ylim(low - pad, high + pad * 1.6)
    ax.set_xlim(-0.5, max(len(values) - 0.5, 0.5))
    ax.set_xticks(xs)
    ax.set_xticklabels(dates)
    ax.grid(axis="y", color="#bbbbbb", linewidth=0.8)
    ax.set_title(chart.title)
    style_axes(ax, style)
