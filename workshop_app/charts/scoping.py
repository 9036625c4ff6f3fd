"""Charts of the scoping exercises: the issue tree with each node's scope.

Scope is told three ways at once: a symbol and a word in the box, the box's
outline (solid, dashed, dotted) and, last, its fill colour.
"""

from __future__ import annotations

import textwrap
from typing import Any

from ..domain.document import Chart
from . import ChartStyle, chart_drawer

#: scope → (fill, edge line style, text colour)
_SCOPE_LOOK = {
    "in": ("#cfe8d5", "solid", "#000000"),
    "out": ("#eeeeee", "dashed", "#444444"),
    "later": ("#fbe3b0", "dotted", "#000000"),
    "": ("#ffffff", "dashdot", "#000000"),
}


@chart_drawer("scope_tree")
def draw_scope_tree(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: nodes [{text, depth, scope}] in outline order, labels {scope: words}.

    Drawn as an outline: one row per node, indented by depth, joined to its
    parent by an elbow line; the scope label sits at the right of each row.
    """
    from matplotlib.patches import FancyBboxPatch

    nodes = chart.data.get("nodes", [])
    labels = chart.data.get("labels", {})
    ax = figure.subplots()
    rows = max(len(nodes), 1)
    ax.set_xlim(0, 100)
    ax.set_ylim(rows, -0.2)
    ax.axis("off")
    # Type fits the space the chart is given (the room view may draw it small).
    height_pt = figure.get_figheight() * 72
    width_pt = figure.get_figwidth() * 72
    size = min(style.font_size * 0.95, height_pt * 0.8 / rows * 0.7)
    indent = 5.5
    parents: dict[int, float] = {}  # depth → row of the latest node at that depth
    for row, node in enumerate(nodes):
        depth = int(node.get("depth", 0))
        scope = str(node.get("scope", ""))
        fill, line, ink = _SCOPE_LOOK.get(scope, _SCOPE_LOOK[""])
        x = 1 + depth * indent
        y = row + 0.5
        if depth and (depth - 1) in parents:
            px = 1 + (depth - 1) * indent + 1.5
            ax.plot(
                [px, px, x], [parents[depth - 1] + 0.8, y, y], color=style.foreground, linewidth=1.5
            )
        parents[depth] = row
        for deeper in [d for d in parents if d > depth]:
            del parents[deeper]
        fits = int((72 - x - 2) / 100 * width_pt * 0.95 / (size * 0.6))
        text = textwrap.shorten(str(node.get("text", "")), max(fits, 12), placeholder="…")
        ax.add_patch(
            FancyBboxPatch(
                (x, row + 0.12),
                72 - x,
                0.76,
                boxstyle="round,pad=0,rounding_size=0.2",
                facecolor=fill,
                edgecolor=style.foreground,
                linestyle=line,
                linewidth=2,
                mutation_aspect=0.05,
            )
        )
        weight = "bold" if depth == 0 else "normal"
        ax.text(
            x + 1.2, y, text, va="center", ha="left", fontsize=size, color=ink, fontweight=weight
        )
        ax.text(
            74,
            y,
            str(labels.get(scope, scope)),
            va="center",
            ha="left",
            fontsize=size,
            color=style.foreground,
            fontweight="bold" if scope in ("in", "") else "normal",
        )
    ax.set_title(chart.title, color=style.foreground, fontsize=max(size * 1.2, 8), loc="left")
    figure.tight_layout()
