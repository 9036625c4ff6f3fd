"""Measuring the room: type sizes, and the body split into pages that fit.

Type scales with the height of the window (sizes below are pixels at 1080
lines); long content first shrinks a little, then is split into pages, never
cut. :func:`layout_room` is shared by the live room, the facilitator's preview
and the headless still, so a still shows exactly what the room sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics

from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph, Table
from .room_content import RoomContent
from .themes import RoomTheme

# Type sizes in pixels on a 1080-line screen; everything scales with the window.
BASE_HEIGHT = 1080
BASE_WIDTH = 1920
SIZE_TOP_LINE = 34  # workshop title and block number
SIZE_TIMER = 46
SIZE_TITLE = 64
SIZE_PROMPT = 42
SIZE_HEADING = 46
SIZE_BODY = 40
SIZE_PAGE_NOTE = 32
#: Long content shrinks down to this share of the nominal size before it is paged
#: (body text never goes below 32 px at 1080 lines).
MIN_SHRINK = 0.8
MARGIN = 64


@dataclass
class RoomMetrics:
    unit: float  # pixels per design pixel (1.0 at 1920x1080)
    shrink: float = 1.0
    family: str = "DejaVu Sans"

    def px(self, design: float) -> int:
        return max(1, round(design * self.unit))

    def font(
        self, size: float, bold: bool = False, italic: bool = False, shrinkable: bool = True
    ) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(self.px(size * (self.shrink if shrinkable else 1.0)))
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
class Fragment:
    """One unbreakable piece of the body: a heading, a paragraph, a bullet, a table row..."""

    kind: str
    height: int
    data: dict = field(default_factory=dict)
    keep_with_next: bool = False
    table: int = -1  # index of the table a row belongs to (its header repeats on new pages)


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


def _header_height(content: RoomContent, m: RoomMetrics, width: int) -> int:
    h = m.px(SIZE_TOP_LINE * 1.5)
    h += text_height(m.font(SIZE_TITLE, bold=True, shrinkable=False), width, content.block_title)
    if content.prompt:
        h += m.px(12)
        h += text_height(m.font(SIZE_PROMPT, shrinkable=False), width, content.prompt)
    return h + m.px(36)  # space and the rule under the prompt


def _fragments(
    elements: tuple[Element, ...], m: RoomMetrics, width: int, body_height: int, only_element: bool
) -> tuple[list[Fragment], dict[int, Fragment]]:
    frags: list[Fragment] = []
    headers: dict[int, Fragment] = {}
    gap = m.px(SIZE_BODY * m.shrink * 0.5)
    body = m.font(SIZE_BODY)
    for n, element in enumerate(elements):
        match element:
            case Heading(text=text, level=level):
                font = m.font(SIZE_HEADING if level <= 2 else SIZE_HEADING * 0.9, bold=True)
                frags.append(
                    Fragment(
                        "heading",
                        text_height(font, width, text) + gap,
                        {"text": text, "font": font},
                        keep_with_next=True,
                    )
                )
            case Paragraph(text=text, emphasis=emphasis):
                font = m.font(SIZE_BODY, italic=emphasis)
                frags.append(
                    Fragment(
                        "paragraph",
                        text_height(font, width, text) + gap,
                        {"text": text, "font": font},
                    )
                )
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
                if frags:
                    frags[-1].height += gap // 2
            case Table(headers=head, rows=rows):
                font = m.font(SIZE_BODY * 0.9)
                bold = m.font(SIZE_BODY * 0.9, bold=True)
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
                if frags:
                    frags[-1].height += gap
            case Callout(label=label, text=text):
                label_font = m.font(SIZE_BODY, bold=True)
                pad = m.px(20)
                words = f"{label}: {text}" if label else text
                height = text_height(label_font, width - 2 * pad - m.px(10), words) + 2 * pad
                frags.append(
                    Fragment(
                        "callout",
                        height + gap,
                        {"label": label, "text": text, "font": label_font, "pad": pad},
                    )
                )
            case Chart() as chart:
                share = 0.92 if only_element else 0.62
                share = max(share, float(chart.data.get("room_min_share", 0)))
                height = max(m.px(300), int(body_height * share))
                frags.append(Fragment("chart", height + gap, {"chart": chart, "height": height}))
    return frags, headers


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
    total = sum(natural)
    if total <= width:
        extra = (width - total) // count
        return [w + extra for w in natural]
    # Too wide: every column gets a fair minimum, the rest in proportion to its text.
    floor = min(width // count, m.px(220))
    rest = width - floor * count
    wide = sum(max(0, w - floor) for w in natural) or 1
    return [floor + int(rest * max(0, w - floor) / wide) for w in natural]


def _row_height(cells: tuple[str, ...], widths: list[int], font: QFont, pad: int) -> int:
    heights = [text_height(font, w - 2 * pad, text) for text, w in zip(cells, widths, strict=False)]
    return max(heights or [0]) + 2 * pad


def _paginate(
    frags: list[Fragment], headers: dict[int, Fragment], height: int
) -> list[list[Fragment]]:
    pages: list[list[Fragment]] = [[]]
    used = 0
    for n, frag in enumerate(frags):
        need = frag.height
        # A heading (or table header) stays with what follows it, chains included.
        k = n
        while frags[k].keep_with_next and k + 1 < len(frags):
            k += 1
            need += frags[k].height
        if frag.kind == "chart" and pages[-1] and used + need > height:
            # A chart may shrink into the rest of the page if it stays large enough
            # (a chart of many rows may ask for more of the page: room_min_share).
            rest = height - used
            if rest >= int(height * float(frag.data["chart"].data.get("room_min_share", 0.45))):
                frag.data["height"] -= need - rest
                frag.height = rest
                need = rest
        if pages[-1] and used + need > height:
            pages.append([])
            used = 0
            # A table split over pages repeats its header row.
            if frag.kind == "row" and not frag.data.get("header") and frag.table in headers:
                pages[-1].append(headers[frag.table])
                used += headers[frag.table].height
        pages[-1].append(frag)
        used += frag.height
    return pages


def layout_room(content: RoomContent, size: QSize, theme: RoomTheme) -> RoomLayout:
    """Measure ``content`` for a window of ``size``: shrink a little if needed, then page."""
    unit = min(size.height() / BASE_HEIGHT, size.width() / BASE_WIDTH)
    margin = max(8, round(MARGIN * unit))
    width = max(50, size.width() - 2 * margin)
    best: RoomLayout | None = None
    shrink = 1.0
    while True:
        m = RoomMetrics(unit=unit, shrink=shrink, family=theme.font_family)
        header = _header_height(content, m, width)
        footer = m.px(SIZE_PAGE_NOTE * 1.6)
        body = QRect(
            margin, margin + header, width, max(50, size.height() - 2 * margin - header - footer)
        )
        frags, headers = _fragments(
            content.elements, m, width, body.height(), only_element=len(content.elements) == 1
        )
        pages = _paginate(frags, headers, body.height())
        for page in pages:
            charts = [f for f in page if f.kind == "chart"]
            if charts:  # charts take the room left on their page
                spare = (body.height() - sum(f.height for f in page)) // len(charts)
                for chart in charts:
                    grow = max(0, min(spare, int(body.height() * 0.95) - chart.data["height"]))
                    chart.data["height"] += grow
                    chart.height += grow
        best = RoomLayout(size, m, header, body, pages, headers)
        if len(pages) <= 1 or shrink <= MIN_SHRINK + 1e-9:
            return best
        shrink = round(max(MIN_SHRINK, shrink - 0.05), 2)
