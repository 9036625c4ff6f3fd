"""Drawing :class:`~workshop_app.domain.document.Chart` elements with matplotlib.

This package is the kit: styles, the helpers every drawing uses, a generic bar
chart, and :func:`render_png`. Each exercise draws its own chart kinds (its
``ExerciseKind.charts``); the registry hands them to :func:`register_drawer`.
matplotlib is imported only inside :func:`render_png`, never at start-up; drawing
functions receive the figure and import nothing heavy themselves.
"""

from __future__ import annotations

import io
import textwrap
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..domain.document import Chart


@dataclass(frozen=True)
class ChartStyle:
    """Colours and type size for one rendering (room themes, print)."""

    foreground: str = "#111111"
    background: str = "#ffffff"
    accent: str = "#1f5fa8"
    font_size: float = 18.0
    palette: tuple[str, ...] = ("#1f5fa8", "#e08a00", "#2e8b57", "#b03060", "#6a5acd", "#8b4513")
    hatches: tuple[str, ...] = ("", "//", "..", "xx", "\\\\", "++")  # not colour alone


PRINT_STYLE = ChartStyle(font_size=11.0)

#: ``draw(figure, chart, style)``: puts one chart kind on a matplotlib figure.
Drawer = Callable[[Any, Chart, ChartStyle], None]
_DRAWERS: dict[str, Drawer] = {}
_lock = threading.Lock()  # matplotlib's pyplot-free API is still not fully thread-safe


def register_drawer(kind: str, draw: Drawer) -> None:
    """Say how charts of ``kind`` are drawn (the exercise registry does, kind by kind)."""
    known = _DRAWERS.get(kind)
    if known is not None and known is not draw:
        raise ValueError(f"chart kind {kind!r} drawn by two functions")
    _DRAWERS[kind] = draw


def drawer(kind: str) -> Drawer:
    """The drawing of ``kind``; a kind nobody draws becomes a plain bar chart."""
    return _DRAWERS.get(kind) or draw_bar


def render_png(
    chart: Chart,
    width_px: int = 1200,
    height_px: int = 700,
    style: ChartStyle = PRINT_STYLE,
    dpi: int = 100,
) -> bytes:
    """Draw ``chart`` to PNG bytes. Safe to call from a worker thread."""
    from matplotlib.figure import Figure  # lazy: heavy import

    with _lock:
        figure = Figure(
            figsize=(width_px / dpi, height_px / dpi), dpi=dpi, facecolor=style.background
        )
        drawer(chart.kind)(figure, chart, style)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", facecolor=style.background)
        return buffer.getvalue()


# ------------------------------------------------------------------ helpers
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


def wrap(text: str, width: int) -> str:
    """``text`` broken into lines of about ``width`` characters (axis labels)."""
    return "\n".join(textwrap.wrap(text, width)) or text


def ink_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (a ``#rrggbb`` colour)."""
    red, green, blue = (int(fill[n : n + 2], 16) for n in (1, 3, 5))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 140 else "#ffffff"


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
