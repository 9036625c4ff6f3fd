"""Drawing :class:`~workshop_app.domain.document.Chart` elements with matplotlib.

matplotlib is imported only inside :func:`render_png`, never at start-up.
Each chart kind is a function ``draw(figure, chart, style)`` registered with
:func:`chart_drawer`; exercise families register theirs in their own module
listed in :data:`CHART_MODULES`.
"""

from __future__ import annotations

import importlib
import io
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

Drawer = Callable[[Any, Chart, ChartStyle], None]
_DRAWERS: dict[str, Drawer] = {}
#: Modules whose import registers chart drawers.
CHART_MODULES: tuple[str, ...] = (
    "workshop_app.charts.basic",
    "workshop_app.charts.trust",
    "workshop_app.charts.scoping",
    "workshop_app.charts.measures",
    "workshop_app.charts.sharing",
)
_lock = threading.Lock()  # matplotlib's pyplot-free API is still not fully thread-safe


def chart_drawer(kind: str) -> Callable[[Drawer], Drawer]:
    """Decorator: register the function that draws charts of ``kind``."""

    def register(function: Drawer) -> Drawer:
        _DRAWERS[kind] = function
        return function

    return register


def _drawer(kind: str) -> Drawer:
    if kind not in _DRAWERS:
        for module in CHART_MODULES:
            importlib.import_module(module)
    return _DRAWERS.get(kind) or _DRAWERS["bar"]


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
        _drawer(chart.kind)(figure, chart, style)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", facecolor=style.background)
        return buffer.getvalue()


def render_svg(
    chart: Chart, width_in: float = 8, height_in: float = 4.5, style: ChartStyle = PRINT_STYLE
) -> str:
    """Draw ``chart`` as SVG text (HTML exports embed it inline)."""
    from matplotlib.figure import Figure

    with _lock:
        figure = Figure(figsize=(width_in, height_in), facecolor=style.background)
        _drawer(chart.kind)(figure, chart, style)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", facecolor=style.background)
        return buffer.getvalue()
