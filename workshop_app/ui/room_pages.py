"""The room's body split into pages: fragments of measured height (a heading, a
paragraph, a table row, a chart...) and the page breaks chosen for them all at once.

Plain Python over heights; :mod:`.room_layout` measures the fragments with Qt's fonts
and :mod:`.room_paint` draws them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass
class Fragment:
    """One unbreakable piece of the body: a heading, a paragraph, a bullet, a table row..."""

    kind: str
    height: int
    data: dict = field(default_factory=dict)
    keep_with_next: bool = False
    table: int = -1  # index of the table a row belongs to (its header repeats on new pages)
    least: int = -1  # a chart may be drawn down to this height (-1: its height is fixed)
    after: int = 0  # the space it leaves under itself (not needed at the foot of a page)

    @property
    def min_height(self) -> int:
        return self.height if self.least < 0 else self.least


#: Costs weighed when choosing page breaks: fewer pages first, then no page under a
#: third full, then headings kept with what follows, then a chart kept whole, then no
#: table (or chart) leaving one or two rows alone, and last, pages filled before a break
#: rather than after.
PAGE_COST = 1_000
EMPTY_PAGE_COST = 10_000  # a page (not the last) less than a third full
HEADING_ALONE_COST = 100_000  # a break right after a heading or a table's header row
LONELY_ROWS_COST = 300  # one or two rows of a longer table alone before or after a break
CHART_SPLIT_COST = 500  # a chart shown in two parts
SPACE_LEFT_COST = 100  # times the square of the share of a page left empty
LONELY_ROWS = 3


def paginate(
    frags: list[Fragment], headers: dict[int, Fragment], height: int
) -> list[list[Fragment]]:
    """Split ``frags`` into pages of ``height``, choosing all the breaks together.

    Every way to break is weighed (costs above) and the cheapest kept: charts count at
    their least height here and grow into what their page leaves free afterwards.
    """
    n = len(frags)
    if not n:
        return [[]]
    rows_in_table: dict[int, list[int]] = {}
    for k, frag in enumerate(frags):
        if frag.kind == "chart_row" or (frag.kind == "row" and not frag.data.get("header")):
            rows_in_table.setdefault(frag.table, []).append(k)
    best = [0.0] + [math.inf] * n
    start = [0] * (n + 1)
    for end in range(1, n + 1):
        used = 0
        for first in range(end - 1, -1, -1):
            used += frags[first].min_height
            repeat = repeated_header(frags, headers, first)
            need = used + repeat - frags[end - 1].after  # no space needed under the last
            if need > height and end - first > 1:
                break  # an unbreakable piece taller than a page still gets a page of its own
            cost = best[first] + PAGE_COST
            if end < n:
                cost += _break_cost(frags, rows_in_table, end, need / height)
            if cost < best[end]:
                best[end], start[end] = cost, first
    breaks = []
    end = n
    while end > 0:
        breaks.append((start[end], end))
        end = start[end]
    pages = []
    for first, end in reversed(breaks):
        repeat = repeated_header(frags, headers, first)
        pages.append(([headers[frags[first].table]] if repeat else []) + frags[first:end])
    return pages


def repeated_header(frags: list[Fragment], headers: dict[int, Fragment], first: int) -> int:
    """The height of the header row repeated at the top of a page that starts mid-table."""
    frag = frags[first]
    if frag.kind == "chart_row" and frag.table in headers:
        return headers[frag.table].height  # the chart's frame, drawn again over its rows
    if frag.kind == "row" and not frag.data.get("header") and frag.table in headers:
        header = headers[frag.table]
        if header.data.get("cells"):
            return header.height
    return 0


def _break_cost(
    frags: list[Fragment], rows_in_table: dict[int, list[int]], at: int, fill: float
) -> float:
    """The cost of a page that ends before ``frags[at]`` and is ``fill`` full."""
    cost = SPACE_LEFT_COST * (1 - min(fill, 1.0)) ** 2
    if fill < 1 / 3:
        cost += EMPTY_PAGE_COST
    before, after = frags[at - 1], frags[at]
    if before.keep_with_next:
        cost += HEADING_ALONE_COST
    if before.kind == after.kind in ("row", "chart_row") and before.table == after.table >= 0:
        if before.kind == "chart_row":
            cost += CHART_SPLIT_COST
        rows = rows_in_table.get(before.table, [])
        kept = sum(1 for k in rows if k < at)
        if len(rows) > LONELY_ROWS and min(kept, len(rows) - kept) < LONELY_ROWS:
            cost += LONELY_ROWS_COST
    return cost


def tables_split(pages: list[list[Fragment]]) -> int:
    """How many tables (and charts of rows) have rows on more than one page."""
    pages_of: dict[int, int] = {}
    for page in pages:
        tables = {
            f.table
            for f in page
            if f.kind == "chart_row" or (f.kind == "row" and not f.data.get("header"))
        }
        for table in tables:
            pages_of[table] = pages_of.get(table, 0) + 1
    return sum(1 for count in pages_of.values() if count > 1)


def fit_charts(page: list[Fragment], height: int) -> None:
    """Charts on ``page`` share the height their page leaves free, never less than they
    need."""
    charts = [f for f in page if f.kind == "chart"]
    if not charts:
        return
    spare = height - sum(f.height for f in page) + page[-1].after
    for k, chart in enumerate(charts):
        share = spare // (len(charts) - k)
        grow = max(0, min(share, int(height * 0.95) - chart.data["height"]))
        chart.height += grow
        chart.data["height"] += grow
        spare -= grow
