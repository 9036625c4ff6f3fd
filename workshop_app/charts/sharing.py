"""Charts of the information-sharing exercises: who shares what with whom."""

from __future__ import annotations

import textwrap
from typing import Any

from ..domain.document import Chart
from . import ChartStyle, chart_drawer
from .basic import style_axes


@chart_drawer("sharing_matrix")
def draw_sharing_matrix(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: {"partners": [name...], "cells": [[provider, recipient, text]...], "key"}.

    A provider × recipient grid; each cell says in words what flows (e.g. "2: R, C" for
    two commitments, restricted and confidential), so the grid reads without colour.
    """
    names = [str(n) for n in chart.data.get("partners", [])]
    cells = list(chart.data.get("cells", []))
    ax = figure.subplots()
    size = len(names)
    ax.set_xlim(-0.5, size - 0.5)
    ax.set_ylim(size - 0.5, -0.5)
    for k in range(size + 1):
        ax.axhline(k - 0.5, color=style.foreground, linewidth=0.5)
        ax.axvline(k - 0.5, color=style.foreground, linewidth=0.5)
    index = {n: i for i, n in enumerate(names)}
    for provider, recipient, text in cells:
        if provider in index and recipient in index:
            x, y = index[recipient], index[provider]
            ax.add_patch(_rect(x, y, style))
            ax.text(
                x,
                y,
                str(text),
                ha="center",
                va="center",
                fontsize=style.font_size,
                color=style.foreground,
                fontweight="bold",
            )
    short = ["\n".join(textwrap.wrap(n, 16)) for n in names]
    ax.set_xticks(range(size), short, rotation=0, fontsize=style.font_size * 0.7)
    ax.set_yticks(range(size), short, fontsize=style.font_size * 0.7)
    ax.xaxis.tick_top()
    ax.set_ylabel("Shares…", fontsize=style.font_size, color=style.foreground)
    key = str(chart.data.get("key", ""))
    ax.set_xlabel(
        "…with" + (f"   ({key})" if key else ""),
        fontsize=style.font_size * 0.8,
        color=style.foreground,
    )
    ax.set_title(chart.title, pad=12)
    style_axes(ax, style)
    ax.tick_params(labelsize=style.font_size * 0.7)
    figure.tight_layout()


def _rect(x: int, y: int, style: ChartStyle) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle(
        (x - 0.5, y - 0.5),
        1,
        1,
        facecolor=style.accent,
        alpha=0.25,
        hatch="//",
        edgecolor=style.foreground,
    )
