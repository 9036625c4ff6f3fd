"""Scope the issue: from a broad topic to sub-issues, each in scope, out of scope or later,
and one problem statement the room agrees to (PRODUCT.md section 2)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..charts import ChartStyle, fit_width, shown_rows, text_width
from ..domain.document import Callout, Chart, Element, Paragraph
from ..domain.records import Block, Item
from ..domain.schema import ChoiceSet, Field, ItemSchema, boolean
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import demo_data
from .common import nothing_recorded, titled_list
from .registry import DemoContext, ExerciseKind, Guide, PhoneInput, register

#: A node of the issue tree: text = the (sub-)issue, parent_id = the broader issue;
#: fields: scope ("in", "out", "later" or "" while undecided).
SCOPE_NODE = "scope_node"
#: The one problem statement of a scoping block; fields: agreed (bool).
PROBLEM_STATEMENT = "problem_statement"
#: A node's scope and its words with a symbol, so it never depends on colour.
SCOPE = ChoiceSet(
    "scope",
    "Scoping",
    (
        ("in", "✔ In scope"),
        ("out", "✘ Out of scope"),
        ("later", "◷ Later"),
        ("", "… Undecided"),
    ),
)
# The names the panel knows the set by.
SCOPES = SCOPE.values
scope_label = SCOPE.label
scope_of = SCOPE.of


def tree_rows(items: Iterable[Item]) -> list[tuple[Item, int]]:
    """Scope nodes in outline order (depth first, by position) with their depth.

    Nodes whose parent is missing (hidden from this audience or deleted) are
    left out with their whole branch: a hidden issue hides what hangs under it.
    """
    nodes = [i for i in items if i.kind == SCOPE_NODE]
    ids = {i.id for i in nodes}
    children: dict[str | None, list[Item]] = {}
    for node in nodes:
        parent = node.parent_id if node.parent_id in ids else None
        if node.parent_id is not None and node.parent_id not in ids:
            continue  # orphaned branch
        children.setdefault(parent, []).append(node)
    for siblings in children.values():
        siblings.sort(key=lambda i: (i.position, i.created_at))
    out: list[tuple[Item, int]] = []
    seen: set[str] = set()
    # Depth first without recursion: a file may hold a very deep tree.
    stack: list[tuple[Item, int]] = [(n, 0) for n in reversed(children.get(None, []))]
    while stack:
        node, depth = stack.pop()
        if node.id in seen:
            continue
        seen.add(node.id)
        out.append((node, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(node.id, [])))
    return out


def problem_statement(view: AudienceView, block: Block) -> Item | None:
    found = view.items_in(block.id, [PROBLEM_STATEMENT])
    return found[-1] if found else None


def _statement_callout(view: AudienceView, block: Block) -> list[Element]:
    statement = problem_statement(view, block)
    if statement is None or not statement.text.strip():
        return []
    label = (
        tr("Scoping", "Problem statement (agreed)")
        if statement.fields.get("agreed")
        else tr("Scoping", "Problem statement (draft)")
    )
    return [Callout(label, statement.text)]


def _tree_chart(rows: list[tuple[Item, int]]) -> Chart:
    alt = "; ".join(
        f"{'  ' * depth}{node.text} ({SCOPE.label(SCOPE.of(node))})" for node, depth in rows
    )
    return Chart(
        "scope_tree",
        tr("Scoping", "What is in scope?"),
        {
            "nodes": [{"text": n.text, "depth": d, "scope": SCOPE.of(n)} for n, d in rows],
            "labels": {s: SCOPE.label(s) for s in SCOPE.values},
            # rows: how tall the room must draw it (charts.chart_lines)
            "rows": len(rows),
            "row_lines": 1.0,
            "frame_lines": 1.5,
        },
        alt,
    )


def scope_room(view: AudienceView, block: Block) -> list[Element]:
    """The issue tree, scope shown by symbol and label, and the problem statement."""
    rows = tree_rows(view.items_in(block.id))
    elements = _statement_callout(view, block)
    if rows:
        elements.append(_tree_chart(rows))
    return elements or [Paragraph(tr("Room", "Start with the broad topic."), emphasis=True)]


def scope_summary(view: AudienceView, block: Block) -> list[Element]:
    """Problem statement, the tree, and the sub-issues listed by scope."""
    rows = tree_rows(view.items_in(block.id))
    elements = _statement_callout(view, block)
    if rows:
        elements.append(_tree_chart(rows))
        for scope in SCOPE.values:
            names = [n.text for n, depth in rows if SCOPE.of(n) == scope]
            elements += titled_list(SCOPE.label(scope), names)
    return elements or nothing_recorded(
        tr("Summary", "The issue was not scoped."), view.withheld_in(block.id)
    )


def scope_demo(ctx: DemoContext) -> list[Item]:
    if ctx.meeting not in (0, 3):  # scoped at the kick-off; confirmed when designing
        return []
    items: list[Item] = []

    def add(node: tuple[Any, ...], parent: Item | None, position: int) -> None:
        text, scope, visibility, children = node
        item = ctx.item(
            SCOPE_NODE,
            text,
            parent_id=parent.id if parent else None,
            fields={"scope": scope},
            visibility=visibility,
            position=float(position),
        )
        items.append(item)
        for n, child in enumerate(children):
            add(child, item, n)

    add(demo_data.SCOPE_TREE, None, 0)
    items.append(
        ctx.item(
            PROBLEM_STATEMENT,
            demo_data.PROBLEM_STATEMENT,
            fields={"agreed": True},
            visibility="public",
        )
    )
    return items


#: scope → (fill, edge line style, text colour)
_SCOPE_LOOK = {
    "in": ("#cfe8d5", "solid", "#000000"),
    "out": ("#eeeeee", "dashed", "#444444"),
    "later": ("#fbe3b0", "dotted", "#000000"),
    "": ("#ffffff", "dashdot", "#000000"),
}


def draw_scope_tree(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: nodes [{text, depth, scope}] in outline order, labels {scope: words}.

    Drawn as an outline: one row per node, indented by depth, joined to its
    parent by an elbow line; the scope label sits at the right of each row. A
    part of a tall tree (``row_range``) draws the line up to a parent shown above.
    """
    from matplotlib.patches import FancyBboxPatch

    every = chart.data.get("nodes", [])
    nodes = shown_rows(chart, every)
    first = int((chart.data.get("row_range") or [0])[0])
    labels = chart.data.get("labels", {})
    ax = figure.subplots()
    rows = max(len(nodes), 1)
    ax.set_xlim(0, 100)
    ax.set_ylim(rows, -0.2)
    ax.axis("off")
    ax.set_title(chart.title, color=style.foreground, fontsize=style.size(1.2), loc="left")
    # Type as large as a row holds, never under the room's minimum (the room gives a
    # tree the height it needs, or shows it in parts).
    figure.get_layout_engine().execute(figure)
    row_px = ax.bbox.height / (rows + 0.2)
    size = max(style.min_font_size, min(style.size(0.95), row_px / 1.3 * 72 / figure.dpi))
    label_x = 100 - max(
        (text_width(figure, str(labels.get(str(n.get("scope", "")), "")), size, "bold") + 8)
        / ax.bbox.width
        * 100
        for n in nodes or [{}]
    )
    box_end = label_x - 2
    indent = 5.5
    parents: dict[int, float] = {}  # depth → row of the latest node at that depth
    for depth in range(int(every[first].get("depth", 0)) if first < len(every) else 0):
        parents[depth] = -0.8  # the parent is on an earlier part: the line comes from above
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
        weight = "bold" if depth == 0 else "normal"
        room = (box_end - x - 2.4) / 100 * ax.bbox.width
        text = fit_width(figure, str(node.get("text", "")), size, room, 1, weight)
        ax.add_patch(
            FancyBboxPatch(
                (x, row + 0.07),
                box_end - x,
                0.86,
                boxstyle="round,pad=0,rounding_size=0.2",
                facecolor=fill,
                edgecolor=style.foreground,
                linestyle=line,
                linewidth=2,
                mutation_aspect=0.05,
            )
        )
        ax.text(
            x + 1.2, y, text, va="center", ha="left", fontsize=size, color=ink, fontweight=weight
        )
        ax.text(
            label_x,
            y,
            str(labels.get(scope, scope)),
            va="center",
            ha="left",
            fontsize=size,
            color=style.foreground,
            fontweight="bold" if scope in ("in", "") else "normal",
        )


GUIDE = Guide(
    purpose=(
        "Narrow a big topic down to what this partnership will actually work on, and say it in one "
        "problem statement everybody agrees to."
    ),
    steps=(
        "Type the broad topic (for example “public safety”) in the Issues box and press Enter.",
        (
            "Break it down: Enter adds a sub-issue under the selected issue, Shift+Enter adds one "
            "beside it."
        ),
        (
            "For each issue ask the room: in scope, out of scope, or later? Space in the tree "
            "changes the scope."
        ),
        (
            "Write one problem statement from what is in scope, read it aloud, and tick Agreed when"
            " the room agrees."
        ),
    ),
    tips=(
        "“Later” is a real answer: it keeps good ideas without making the work too big.",
        "Alt+arrows move an issue up, down, or under another one as the tree grows.",
    ),
    pitfalls=(
        (
            "Skipping the scope because the topic seems clear: partners often mean different things"
            " by the same words."
        ),
        (
            "A problem statement that names a solution (“build a shared crime lab”) instead of a "
            "problem."
        ),
    ),
)


SCOPE_THE_ISSUE = register(
    ExerciseKind(
        key="scope_issue",
        family="scoping",
        guide=GUIDE,
        when=(
            "When the partners have a broad topic (public safety, housing) but have not said "
            "what exactly they will work on."
        ),
        group_size=(
            "6 to 25 people in one conversation; a bigger room breaks the issue down at "
            "tables first."
        ),
        order=1,
        name="Scope the issue",
        guidance=(
            "Start from the broad topic and break it into sub-issues. Mark each in scope, "
            "out of scope, or later. Finish with one problem statement everybody can repeat."
        ),
        prompt="What exactly are we trying to solve together?",
        minutes=25,
        items=(
            ItemSchema(SCOPE_NODE, (SCOPE.field,), tree=True),
            ItemSchema(PROBLEM_STATEMENT, (Field("agreed", boolean()),)),
        ),
        room=scope_room,
        summary=scope_summary,
        charts={"scope_tree": draw_scope_tree},
        demo=scope_demo,
        phone=PhoneInput.text(
            "A part of the issue we should look at", ("scope_node", "Part of the issue")
        ),
    )
)
