"""Drawing :class:`~workshop_app.domain.document.Chart` elements with matplotlib.

This package is the kit: styles, the helpers every drawing uses, a generic bar
chart, and :func:`render_png`. Each exercise draws its own chart kinds (its
``ExerciseKind.charts``); the registry hands them to :func:`register_drawer`.
matplotlib is imported only inside :func:`render_png`, never at start-up; drawing
functions receive the figure and import nothing heavy themselves.
"""

from __future__ import annotations

import io
import math
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
    #: No text is drawn smaller than this (points): the room sets it from the projector's
    #: height so a tick label is as readable from the back as the body text.
    min_font_size: float = 0.0

    def size(self, factor: float = 1.0) -> float:
        """Type ``factor`` times the base size, never under :attr:`min_font_size`."""
        return max(self.font_size * factor, self.min_font_size)


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
    """Draw ``chart`` to PNG bytes of ``width_px`` x ``height_px``. Safe from a worker thread."""
    with _lock:
        figure = _draw(chart, width_px, height_px, style, dpi)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", facecolor=style.background)
        return buffer.getvalue()


def draw_figure(
    chart: Chart, width_px: int, height_px: int, style: ChartStyle = PRINT_STYLE, dpi: int = 100
) -> Any:
    """``chart`` drawn and laid out on a matplotlib figure, as :func:`render_png` would save
    it (for checking what a picture holds: where each text is, how big)."""
    with _lock:
        figure = _draw(chart, width_px, height_px, style, dpi)
        figure.canvas.draw()
        return figure


def _draw(chart: Chart, width_px: int, height_px: int, style: ChartStyle, dpi: int) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # lazy: heavy import
    from matplotlib.figure import Figure

    # Constrained layout keeps titles, tick labels and legends placed outside the axes
    # inside the picture, whatever its shape.
    figure = Figure(
        figsize=(width_px / dpi, height_px / dpi),
        dpi=dpi,
        facecolor=style.background,
        layout="constrained",
    )
    FigureCanvasAgg(figure)
    drawer(chart.kind)(figure, chart, style)
    return figure


# ------------------------------------------------------------------ rows and room
def chart_rows(chart: Chart) -> int:
    """How many rows (bars, tree nodes, partners) a chart lists one under the other; 0 when
    it is not a list of rows. Such a chart can be shown in parts (:func:`part_of`)."""
    return int(chart.data.get("rows", 0) or 0)


def chart_lines(chart: Chart, rows: int | None = None) -> float:
    """Lines of chart type a chart needs stacked up to stay readable: one per row, plus
    its title, axis and legend (``frame_lines``)."""
    rows = chart_rows(chart) if rows is None else rows
    return rows * float(chart.data.get("row_lines", 1)) + float(chart.data.get("frame_lines", 5))


def part_of(chart: Chart, first: int, last: int, title: str) -> Chart:
    """``chart`` showing only rows ``first`` to ``last`` (excluded), titled ``title``."""
    data = {**chart.data, "row_range": [first, last], "rows": last - first}
    return Chart(chart.kind, title, data, chart.alt)


def shown_rows(chart: Chart, rows: list[Any]) -> list[Any]:
    """The part of ``rows`` this chart shows (all of them unless it is a part)."""
    span = chart.data.get("row_range")
    if not span:
        return rows
    return rows[int(span[0]) : int(span[1])]


# ------------------------------------------------------------------ helpers
def style_axes(ax: Any, style: ChartStyle) -> None:
    """Large type, theme colours, no chart junk."""
    ax.set_facecolor(style.background)
    ax.tick_params(colors=style.foreground, labelsize=style.size())
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.foreground)
    ax.title.set_color(style.foreground)
    ax.title.set_fontsize(style.size(1.2))


def count_axis(axis: Any) -> None:
    """Whole numbers only on an axis of counts: nobody casts 12.5 votes."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def label_bars(ax: Any, bars: Any, values: list[float], style: ChartStyle) -> None:
    """Write each bar's value beside it: the number is read, not guessed from a length."""
    ax.bar_label(
        bars,
        labels=[f"{v:g}" for v in values],
        padding=6,
        color=style.foreground,
        fontsize=style.size(),
    )
    # Room beyond the longest bar for its number.
    ax.set_xlim(0, max([*values, 1]) * 1.15)


def pixels(figure: Any, points: float) -> float:
    """``points`` of type as pixels of ``figure``."""
    return points * figure.dpi / 72


def text_width(figure: Any, text: str, size: float, weight: str = "normal") -> float:
    """How wide ``text`` is drawn on ``figure`` in type of ``size`` points, in pixels."""
    from matplotlib.font_manager import FontProperties

    renderer = figure.canvas.get_renderer()
    widest = 0.0
    for line in text.splitlines() or [""]:
        width, _, _ = renderer.get_text_width_height_descent(
            line, FontProperties(size=size, weight=weight), ismath=False
        )
        widest = max(widest, width)
    return widest


def fit_width(
    figure: Any, text: str, size: float, width: float, lines: int = 1, weight: str = "normal"
) -> str:
    """``text`` broken between words into lines no wider than ``width`` pixels, at most
    ``lines`` of them; what does not fit is cut with "…" (used where the full text is
    shown elsewhere: the room's table, the chart's words)."""

    def fits(line: str) -> bool:
        return text_width(figure, line, size, weight) <= width

    def cut(line: str) -> str:
        while line and not fits(line + "…"):
            line = line[:-1]
        return line.rstrip() + "…"

    broken: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if line and not fits(trial):
                broken.append(line)
                line = word
            else:
                line = trial
        broken.append(line)
    lines = max(1, int(lines))
    kept = [line if fits(line) else cut(line) for line in broken[:lines]]
    if len(broken) > lines and not kept[-1].endswith("…"):
        kept[-1] = cut(kept[-1] + " " + broken[lines])
    return "\n".join(kept)


def fit_row_labels(
    figure: Any,
    ax: Any,
    labels: list[str],
    size: float,
    *,
    width_share: float = 0.35,
    last_lines: list[str] | None = None,
    axis: str = "y",
    offset: float = 0.0,
) -> None:
    """Label one tick per row of ``ax`` with ``labels``, each broken to the label column
    (``width_share`` of the figure) and given as many lines as a row's height holds, so
    neighbouring labels never run into each other. ``last_lines`` (a result in words)
    are kept under their label; the rest is shortened with "…" when it must. On the x
    axis each label gets the width of its column and up to three lines.

    The figure is laid out once first, to measure how tall a row is. Ticks sit at
    ``offset``, ``offset + 1``, ... in data units. The axes' title is then fitted over
    them (:func:`fit_title`).
    """
    figure.canvas.draw_idle()
    for _ in range(2):
        lines = ax.get_title().count("\n")
        _label_rows(figure, ax, labels, size, width_share, last_lines, axis, offset)
        fit_title(figure, ax)
        if ax.get_title().count("\n") == lines:
            return
        # The title took another line over the labelled axes (a longer language): the
        # rows are shorter than measured, so they are measured and labelled again.


def _label_rows(
    figure: Any,
    ax: Any,
    labels: list[str],
    size: float,
    width_share: float,
    last_lines: list[str] | None,
    axis: str,
    offset: float,
) -> None:
    figure.get_layout_engine().execute(figure)
    transform = ax.transData
    line = pixels(figure, size) * 1.2  # matplotlib's line spacing
    if axis == "y":
        pitch = abs(transform.transform((0, 1))[1] - transform.transform((0, 0))[1])
        fits = max(1, int(pitch * 0.95 // line))
        room = figure.bbox.width * width_share * (1.3 if fits == 1 else 1.0)
    else:
        pitch = abs(transform.transform((1, 0))[0] - transform.transform((0, 0))[0])
        fits, room = 3, pitch * 0.9
    texts = []
    for n, label in enumerate(labels):
        last = (last_lines or [""] * len(labels))[n]
        if last and fits >= 2:
            texts.append(fit_width(figure, label, size, room, fits - 1) + "\n" + last)
        elif last:
            texts.append(fit_width(figure, f"{last} {label}", size, room))
        else:
            texts.append(fit_width(figure, label, size, room, fits))
    ticks = [offset + n for n in range(len(labels))]
    if axis == "y":
        ax.set_yticks(ticks, texts, fontsize=size)
    else:
        ax.set_xticks(ticks, texts, fontsize=size)


def fit_title(figure: Any, ax: Any) -> None:
    """The title of ``ax`` broken to the width of its axes, two lines at most: it is
    centred over them, and a wide column of row labels leaves them narrower than the
    picture, so a title as wide as the picture would run off its right edge."""
    title = ax.get_title()
    if not title:
        return
    figure.get_layout_engine().execute(figure)
    ax.title.set_text(fit_width(figure, title, ax.title.get_fontsize(), ax.bbox.width, 2))


def legend_columns(figure: Any, labels: list[str], size: float) -> int:
    """How many legend entries to set side by side across ``figure`` in type of ``size``:
    as many as fit, spread evenly over the rows they need (six entries that need two
    rows go three and three, not five and one left alone)."""
    widest = max((text_width(figure, label, size) for label in labels), default=1.0)
    entry = widest + 3.5 * pixels(figure, size)  # the text, its coloured key, the gap after
    fit = max(1, min(len(labels), int(figure.bbox.width * 0.95 // entry)))
    rows = math.ceil(len(labels) / fit) if labels else 1
    return max(1, math.ceil(len(labels) / rows))


def ink_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (a ``#rrggbb`` colour)."""
    red, green, blue = (int(fill[n : n + 2], 16) for n in (1, 3, 5))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 140 else "#ffffff"


def draw_bar(
    figure: Any,
    chart: Chart,
    style: ChartStyle,
    *,
    label_size: float = 1.0,
    width_share: float = 0.35,
) -> None:
    """``data``: {"labels": [...], "values": [...]}; each bar labelled with its value.

    ``label_size`` (times the base type) and ``width_share`` (of the figure) are the row
    labels' (:func:`fit_row_labels`): long sentences want a wider column in smaller type.
    """
    labels = shown_rows(chart, [str(x) for x in chart.data.get("labels", [])])
    values = shown_rows(chart, [float(v) for v in chart.data.get("values", [])])
    ax = figure.subplots()
    bars = ax.barh(range(len(labels)), values, color=style.accent)
    label_bars(ax, bars, values, style)
    if all(v == int(v) for v in values):
        count_axis(ax.xaxis)
    ax.set_title(chart.title)
    style_axes(ax, style)
    fit_row_labels(figure, ax, labels, style.size(label_size), width_share=width_share)
    ax.invert_yaxis()
