"""General chart kinds: a labelled bar chart."""

from __future__ import annotations

from typing import Any

from ..domain.document import Chart
from . import ChartStyle, chart_drawer


def style_axes(ax: Any, style: ChartStyle) -> None:
    """Large type, theme colours, no chart junk."""
    ax.set_facecolor(style.background)
    ax.tick_params(colors=style.foreground, labelsize=style.font_size)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.foreground)
    ax.title.set_color(style.foreground)
    ax.title.set_fontsize(style.font_size * 1.2)


def label_bars(ax: Any, bars: Any, values: list[float], style: ChartStyle) -> None:
    """Write each bar's value beside it: the number is read, not guessed from a length."""
    ax.bar_label(
        bars,
        labels=[f"{v:g}" for v in values],
        padding=6,
        color=style.foreground,
        fontsize=style.font_size,
    )


@chart_drawer("bar")
def draw_bar(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: {"labels": [...], "values": [...]}; each bar labelled with its value."""
    labels = [str(x) for x in chart.data.get("labels", [])]
    values = [float(v) for v in chart.data.get("values", [])]
    ax = figure.subplots()
    bars = ax.barh(labels, values, color=style.accent)
    label_bars(ax, bars, values, style)
    ax.invert_yaxis()
    ax.set_title(chart.title)
    style_axes(ax, style)
    figure.tight_layout()
