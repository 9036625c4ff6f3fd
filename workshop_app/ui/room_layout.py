"""Measuring the room: type sizes, and the body split into pages that fit.

Type scales with the height of the window (sizes below are pixels at 1080
lines), so a 1024x768 projector gets the same type, for its height, as a
1920x1080 one; long content first shrinks a little, then is split into pages,
never cut, and never below :func:`min_text_px`. Page breaks are chosen for the
whole block at once (:func:`.room_pages.paginate`): pages are filled before a break, a
heading stays with what follows it, and a table is not split to leave one or
two of its rows alone on a page. :func:`layout_room` is shared by the live room,
the facilitator's preview and the headless still, so a still shows exactly what
the room sees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics

from ..charts import chart_lines, chart_rows, part_of
from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph, Table
from ..i18n import speaking_output, tr
from .room_content import RoomContent
from .room_pages import Fragment, fit_charts, paginate, tables_split
from .themes import RoomTheme

# Type sizes in pixels on a 1080-line screen; everything scales with the window.
BASE_HEIGHT = 1080
#: The narrowest window (in design pixels) that keeps the full type size: 4:3 at
#: 1080 lines. Only a window narrower than 4:3 makes the type smaller by its width.
NARROWEST = 1440
SIZE_TOP_LINE = 34  # workshop title and block number
SIZE_TIMER = 46
SIZE_TITLE = 64
SIZE_PROMPT = 42
SIZE_HEADING = 46
SIZE_BODY = 40
SIZE_CHART = 32  # the base of a chart's type; its smallest labels never go under min_text_px
SIZE_PAGE_NOTE = 32
#: Long content shrinks down to this share of the nominal size before it is paged
#: (body text never goes below 32 px at 1080 lines).
MIN_SHRINK = 0.8
MARGIN = 64
#: The smallest type the room shows, as a share of the window's height. A reader needs
#: letters of about 4 mm per metre of distance, and the farthest seat of a room set up
#: for reading is about six image heights from the screen (the "4-6-8" rule of thumb
#: of projection): 0.004 x 6 = 0.024. We apply it to the type's pixel size, every
#: text included (chart ticks and legends, the page note): 26 px at 1080 lines,
#: 18 px at 768, 13 px at 576.
MIN_TEXT_SHARE = 0.024
#: Chart type is measured in lines this many times its size (line spacing and padding).
CHART_LINE = 1.3


def min_text_px(height: int) -> float:
    """The smallest type (pixel size) allowed on a room window ``height`` pixels high."""
    return height * MIN_TEXT_SHARE


@dataclass
class RoomMetrics:
    unit: float  # pixels per design pixel (1.0 at 1920x1080)
    shrink: float = 1.0
    family: str = "DejaVu Sans"
    min_text: float = 0.0  # the smallest type allowed here, in pixels (min_text_px)

    def px(self, design: float) -> int:
        return max(1, round(design * self.unit))

    def font(
        self, size: float, bold: bool = False, italic: bool = False, shrinkable: bool = True
    ) -> QFont:
        font = QFont(self.family)
        pixels = self.px(size * (self.shrink if shrinkable else 1.0))
        font.setPixelSize(max(pixels, math.ceil(self.min_text)))
        font.setBold(bold)
        font.setItalic(italic)
        return font


_HEIGHTS: dict[tuple[str, int, str], int] = {}


def text_height(font: QFont, width: int, text: str) -> int:
    # Measured text is remembered: a capture re-lays out the room, and the same
    # lines would otherwise be measured again for every screen size on every keystroke.
    key = (font.key(), width, text)
    height = _HEIGHTS.get(key)
    if height is None:
        if len(_HEIGHTS) > 20_000:
            _HEIGHTS.clear()
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        rect = QRect(0, 0, max(1, width), 10**7)
        height = _HEIGHTS[key] = QFontMetrics(font).boundingRect(rect, flags, text).height()
    return height


@dataclass
class RoomLayout:
    """The body of the room split into pages; header boxes measured once."""

    size: QSize
    metrics: RoomMetrics
    header_height: int
    body: QRect
    pages: list[list[Fragment]]
    table_headers: dict[int, Fragment]

    @property
    def page_count(self) -> int:
        return max(1, len(self.pages))


def top_line_height(m: RoomMetrics) -> int:
    """The line over the title: the workshop, the part, and the timer (the tallest)."""
    timer = m.font(SIZE_TIMER, bold=True, shrinkable=False)
    return max(m.px(SIZE_TOP_LINE * 1.5), text_height(timer, 10**5, "0:00"))


def _header_height(content: RoomContent, m: RoomMetrics, width: int) -> int:
    h = top_line_height(m)
    h += text_height(m.font(SIZE_TITLE, bold=True, shrinkable=False), width, content.block_title)
    if content.prompt:
        h += m.px(12)
        h += text_height(m.font(SIZE_PROMPT, shrinkable=False), width, content.prompt)
    return h + m.px(36)  # space and the rule under the prompt


def _fragments(
    elements: tuple[Element, ...], m: RoomMetrics, width: int, body_height: int
) -> tuple[list[Fragment], dict[int, Fragment]]:
    frags: list[Fragment] = []
    headers: dict[int, Fragment] = {}
    gap = m.px(SIZE_BODY * m.shrink * 0.5)
    body = m.font(SIZE_BODY)

    def text_block(kind: str, text: str, font: QFont, keep_with_next: bool = False) -> Fragment:
        """``text`` wrapped to the body's width, and a gap under it."""
        height = text_height(font, width, text) + gap
        data = {"text": text, "font": font}
        return Fragment(kind, height, data, keep_with_next=keep_with_next, after=gap)

    for n, element in enumerate(elements):
        match element:
            case Heading(text=text, level=level):
                font = m.font(SIZE_HEADING if level <= 2 else SIZE_HEADING * 0.9, bold=True)
                frags.append(text_block("heading", text, font, keep_with_next=True))
            case Paragraph(text=text, emphasis=emphasis):
                frags.append(text_block("paragraph", text, m.font(SIZE_BODY, italic=emphasis)))
            case BulletList(items=items, ordered=ordered):
                indent = m.px(SIZE_BODY * m.shrink * (1.6 if ordered else 1.1))
                for k, text in enumerate(items, start=1):
                    marker = f"{k}." if ordered else "•"
                    height = text_height(body, width - indent, text) + m.px(10)
                    frags.append(
                        Fragment(
                            "bullet",
                            height,
                            {"text": text, "marker": marker, "font": body, "indent": indent},
                        )
                    )
                if items:
                    frags[-1].height += gap // 2
                    frags[-1].after = gap // 2
            case Table(headers=head, rows=rows):
                font, bold = _table_fonts(head, rows, width, m)
                widths = _column_widths(head, rows, font, bold, width, m)
                pad = m.px(10)
                head_h = _row_height(head, widths, bold, pad)
                header = Fragment(
                    "row",
                    head_h,
                    {
                        "cells": head,
                        "widths": widths,
                        "font": bold,
                        "header": True,
                        "pad": pad,
                        "row_h": head_h,
                    },
                    keep_with_next=True,
                    table=n,
                )
                headers[n] = header
                if head:
                    frags.append(header)
                for k, row in enumerate(rows):
                    row_h = _row_height(row, widths, font, pad)
                    frags.append(
                        Fragment(
                            "row",
                            row_h,
                            {
                                "cells": row,
                                "widths": widths,
                                "font": font,
                                "header": False,
                                "stripe": k % 2 == 1,
                                "pad": pad,
                                "row_h": row_h,
                            },
                            table=n,
                        )
                    )
                if rows or head:
                    frags[-1].height += gap
                    frags[-1].after = gap
            case Callout(text=text) as callout:
                label_font = m.font(SIZE_BODY, bold=True)
                pad = m.px(20)
                label = callout.lead
                words = f"{label} {text}" if label else text
                height = text_height(label_font, width - 2 * pad - m.px(10), words) + 2 * pad
                frags.append(
                    Fragment(
                        "callout",
                        height + gap,
                        {"label": label, "text": text, "font": label_font, "pad": pad},
                        after=gap,
                    )
                )
            case Chart() as chart:
                frags += _chart_fragments(chart, n, m, body_height, gap, headers)
    return frags, headers


def chart_font_px(m: RoomMetrics) -> float:
    """The base type size of the room's charts, in pixels."""
    return max(m.px(SIZE_CHART * m.shrink), m.min_text)


def _chart_height(chart: Chart, m: RoomMetrics, rows: int | None = None) -> int:
    """The least height that keeps every line of ``chart`` at its type size."""
    return math.ceil(chart_lines(chart, rows) * chart_font_px(m) * CHART_LINE)


def _chart_fragments(
    chart: Chart, n: int, m: RoomMetrics, body_height: int, gap: int, headers: dict
) -> list[Fragment]:
    """A chart as fragments: one, or, for a chart that lists rows, its frame (title, axes,
    legend) and one fragment per row, so the page breaks may fall between its rows like
    between a table's (the frame repeats on the next page); :func:`_join_chart_rows`
    makes each page's share one chart again."""
    rows = chart_rows(chart)
    if rows < 2:
        least = min(body_height, _chart_height(chart, m))
        data = {"chart": chart, "height": least}
        return [Fragment("chart", least + gap, data, least=least + gap, after=gap)]
    line = chart_font_px(m) * CHART_LINE
    frame = Fragment(
        "chart",
        math.ceil(chart_lines(chart, 0) * line),
        {"chart": chart, "frame": True},
        keep_with_next=True,
        table=n,
    )
    headers[n] = frame
    row_height = math.ceil((chart_lines(chart, 1) - chart_lines(chart, 0)) * line)
    pieces = [frame] + [Fragment("chart_row", row_height, {"row": k}, table=n) for k in range(rows)]
    pieces[-1].height += gap
    pieces[-1].after = gap
    return pieces


def _join_chart_rows(pages: list[list[Fragment]]) -> list[list[Fragment]]:
    """Each page's share of a chart (its frame and rows) made one chart fragment again:
    the whole chart, or a part titled "(part 2 of 3)" drawing only its rows."""
    joined: list[list[Fragment]] = []
    spans: dict[int, list[tuple[int, int]]] = {}
    for page in pages:
        out: list[Fragment] = []
        for frag in page:
            if frag.kind == "chart_row" and out and "frame_of" in out[-1].data:
                out[-1].data["rows"].append(frag)
            elif frag.kind == "chart" and frag.data.get("frame"):
                out.append(Fragment("chart", 0, {"frame_of": frag, "rows": []}, table=frag.table))
            else:
                out.append(frag)
        for frag in out:
            if "frame_of" in frag.data:
                rows = frag.data["rows"]
                spans.setdefault(frag.table, []).append(
                    (rows[0].data["row"], rows[-1].data["row"] + 1) if rows else (0, 0)
                )
        joined.append(out)
    seen: dict[int, int] = {}
    for page in joined:
        for k, frag in enumerate(page):
            if "frame_of" not in frag.data:
                continue
            frame, rows = frag.data["frame_of"], frag.data["rows"]
            chart = frame.data["chart"]
            parts = spans[frag.table]
            number = seen[frag.table] = seen.get(frag.table, 0) + 1
            if len(parts) > 1:
                first, last = parts[number - 1]
                title = tr("Room", "{title} (part {n} of {total})").format(
                    title=chart.title, n=number, total=len(parts)
                )
                chart = part_of(chart, first, last, title)
            height = frame.height + sum(r.height for r in rows)
            after = rows[-1].after if rows else 0
            page[k] = Fragment(
                "chart",
                height,
                {"chart": chart, "height": height - after},
                least=height,
                after=after,
            )
    return joined


def _table_fonts(
    head: tuple[str, ...], rows: tuple[tuple[str, ...], ...], width: int, m: RoomMetrics
) -> tuple[QFont, QFont]:
    """A table's type (body and header): a little under the body's, smaller still (never
    under the room's minimum) while its columns' longest words cannot stand side by side,
    as in a language of longer words: a word is never broken."""
    size = SIZE_BODY * 0.9
    while True:
        font, bold = m.font(size), m.font(size, bold=True)
        words = _longest_words(head, rows, font, bold, m)
        if sum(words) <= width or font.pixelSize() <= math.ceil(m.min_text):
            return font, bold
        size *= 0.93


def _longest_words(
    head: tuple[str, ...], rows: tuple[tuple[str, ...], ...], font: QFont, bold: QFont, m
) -> list[int]:
    """Each column's longest word with its padding, in pixels."""
    count = max([len(head), *(len(r) for r in rows)] or [1])
    fm, fb = QFontMetrics(font), QFontMetrics(bold)
    longest = [0] * count
    for row, metrics in ((head, fb), *((r, fm) for r in rows)):
        for c, text in enumerate(row):
            words = text.split() or [""]
            longest[c] = max(longest[c], *(metrics.horizontalAdvance(w) + m.px(30) for w in words))
    return longest


def _column_widths(
    head: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    font: QFont,
    bold: QFont,
    width: int,
    m: RoomMetrics,
) -> list[int]:
    count = max([len(head), *(len(r) for r in rows)] or [1])
    fm, fb = QFontMetrics(font), QFontMetrics(bold)
    natural = [m.px(60)] * count
    for c in range(count):
        for row, metrics in ((head, fb), *((r, fm) for r in rows)):
            if c < len(row):
                natural[c] = max(natural[c], metrics.horizontalAdvance(row[c]) + m.px(30))
    longest_word = _longest_words(head, rows, font, bold, m)
    total = sum(natural)
    if total <= width:
        extra = (width - total) // count
        return [w + extra for w in natural]
    # Too wide: every column gets a fair minimum, never narrower than its longest word
    # (a word is not broken), and the rest in proportion to its text.
    floor = min(width // count, m.px(220))
    least = [max(floor, word) for word in longest_word]
    if sum(least) > width:
        # No fair share for every column: each its longest word if they fit side by side
        # (short words give room to long ones); else fair shares, and Qt breaks the words.
        least = list(longest_word) if sum(longest_word) <= width else [floor] * count
    rest = width - sum(least)
    wide = sum(max(0, w - low) for w, low in zip(natural, least, strict=True)) or 1
    return [low + int(rest * max(0, w - low) / wide) for w, low in zip(natural, least, strict=True)]


def _row_height(cells: tuple[str, ...], widths: list[int], font: QFont, pad: int) -> int:
    heights = [text_height(font, w - 2 * pad, text) for text, w in zip(cells, widths, strict=False)]
    return max(heights or [0]) + 2 * pad


@speaking_output()
def layout_room(content: RoomContent, size: QSize, theme: RoomTheme) -> RoomLayout:
    """Measure ``content`` for a window of ``size``: shrink a little if that saves a page
    or keeps a table (or chart) whole on one page, then page."""
    unit = min(size.height() / BASE_HEIGHT, size.width() / NARROWEST)
    margin = max(8, round(MARGIN * unit))
    width = max(50, size.width() - 2 * margin)
    smallest = min_text_px(size.height())
    best: RoomLayout | None = None
    best_score = (math.inf, math.inf)
    shrink = 1.0
    while True:
        m = RoomMetrics(unit=unit, shrink=shrink, family=theme.font_family, min_text=smallest)
        header = _header_height(content, m, width)
        footer = m.px(SIZE_PAGE_NOTE * 1.6)
        body = QRect(
            margin, margin + header, width, max(50, size.height() - 2 * margin - header - footer)
        )
        frags, headers = _fragments(content.elements, m, width, body.height())
        paged = paginate(frags, headers, body.height())
        score = (len(paged), tables_split(paged))
        pages = _join_chart_rows(paged)
        for page in pages:
            fit_charts(page, body.height())
        layout = RoomLayout(size, m, header, body, pages, headers)
        if score < best_score:
            # Smaller type only when it saves a page, or keeps four partners on one
            # page instead of three and one.
            best, best_score = layout, score
        if len(pages) <= 1 or shrink <= MIN_SHRINK + 1e-9:
            return best
        shrink = round(max(MIN_SHRINK, shrink - 0.05), 2)
