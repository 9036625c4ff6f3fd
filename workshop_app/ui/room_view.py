"""What the room sees, drawn large: title, prompt, timer and the block's elements.

The content of the room is a :class:`RoomContent`, built by :func:`room_content`
from an :class:`~workshop_app.domain.visibility.AudienceView` made for
``Audience.ROOM`` and nothing else: the room never sees a facilitator widget,
only elements an exercise made from already-filtered data.

Layout and painting are plain functions (:func:`layout_room`, :func:`paint_room`)
shared by the live :class:`RoomView` widget, the facilitator's preview and the
headless still (:mod:`workshop_app.ui.room_render`), so a still shows exactly
what the room sees. Type scales with the height of the window (sizes below are
pixels at 1080 lines); long content first shrinks a little, then is split into
pages, never cut.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial

from PySide6.QtCore import QObject, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..charts import ChartStyle, render_png
from ..domain.document import (
    BulletList,
    Callout,
    Chart,
    Element,
    Heading,
    Paragraph,
    Table,
    displayable,
    displayable_elements,
    plain_text,
)
from ..domain.visibility import Audience, AudienceView
from ..exercises.registry import get_kind
from ..i18n import tr
from .background import BackgroundTask, run_in_background
from .themes import RoomTheme, room_theme

log = logging.getLogger(__name__)

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


class RoomMode(StrEnum):
    """What the room window shows."""

    LIVE = "live"  # the current block
    BLACK = "black"  # nothing: a black screen
    HOLDING = "holding"  # a holding slide with the workshop title


@dataclass(frozen=True)
class RoomContent:
    """Everything the room is shown for one block: plain strings and elements only."""

    workshop_title: str
    subtitle: str = ""  # date and place, for the holding slide
    block_title: str = ""
    block_label: str = ""  # "Part 3 of 8"
    prompt: str = ""
    elements: tuple[Element, ...] = ()
    timebox_seconds: int = 0
    elapsed_seconds: int = 0
    block_id: str = ""

    def text(self) -> str:
        """All the words of the content (for tests, screen readers and comparisons)."""
        head = [self.workshop_title, self.block_label, self.block_title, self.prompt]
        return "\n".join([*(t for t in head if t), plain_text(list(self.elements))])


def room_content(view: AudienceView, block_id: str | None) -> RoomContent:
    """The room's content for ``block_id`` (or a welcome when None), from a room view only."""
    if view.audience is not Audience.ROOM:
        # The room must only ever receive what the visibility rule lets through for it.
        raise ValueError(f"room content needs a view for the room, not for {view.audience}")
    workshop = view.workshop
    subtitle = " · ".join(t for t in (_nice_date(workshop.date), workshop.place) if t)
    block = view.block(block_id) if block_id else None
    if block is None:
        return RoomContent(
            workshop_title=displayable(workshop.title),
            subtitle=displayable(subtitle),
            block_title=displayable(workshop.title),
            prompt=displayable(subtitle),
        )
    number = next((n for n, b in enumerate(view.blocks, start=1) if b.id == block.id), 0)
    try:
        elements = tuple(get_kind(block.kind).room(view, block))
    except Exception:  # a bug in one exercise must not take the projector down
        log.exception("room view of block %s (%s) failed", block.id, block.kind)
        elements = (
            Callout(
                tr("Room", "Note"),
                tr("Room", "This part cannot be shown right now; the facilitator has been told."),
            ),
        )
    # What anyone typed or imported is laid out safely: no control characters, no bidi
    # override left open to flip the rest of the slide.
    return RoomContent(
        workshop_title=displayable(workshop.title),
        subtitle=displayable(subtitle),
        block_title=displayable(block.title),
        block_label=tr("Room", "Part {n} of {total}").format(n=number, total=len(view.blocks)),
        prompt=displayable(block.prompt),
        elements=tuple(displayable_elements(list(elements))),
        timebox_seconds=block.timebox_minutes * 60,
        elapsed_seconds=block.elapsed_seconds,
        block_id=block.id,
    )


def _nice_date(iso: str) -> str:
    from datetime import date

    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day.strftime('%B %Y')}"


def timer_text(elapsed: int, timebox: int) -> str:
    """The timer in words and digits, e.g. "Time left 12:05" or "Over time +2:10"."""
    if timebox <= 0:
        return tr("Room", "Time {clock}").format(clock=_clock(elapsed))
    left = timebox - elapsed
    if left >= 0:
        return tr("Room", "Time left {clock}").format(clock=_clock(left))
    return tr("Room", "Over time +{clock}").format(clock=_clock(-left))


def _clock(seconds: int) -> str:
    minutes, seconds = divmod(max(0, seconds), 60)
    return f"{minutes}:{seconds:02d}"


# ----------------------------------------------------------------------- layout
@dataclass
class _Metrics:
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


def _text_height(font: QFont, width: int, text: str) -> int:
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
class _Fragment:
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
    metrics: _Metrics
    header_height: int
    body: QRect
    pages: list[list[_Fragment]]
    table_headers: dict[int, _Fragment]

    @property
    def page_count(self) -> int:
        return max(1, len(self.pages))


def _header_height(content: RoomContent, m: _Metrics, width: int) -> int:
    h = m.px(SIZE_TOP_LINE * 1.5)
    h += _text_height(m.font(SIZE_TITLE, bold=True, shrinkable=False), width, content.block_title)
    if content.prompt:
        h += m.px(12)
        h += _text_height(m.font(SIZE_PROMPT, shrinkable=False), width, content.prompt)
    return h + m.px(36)  # space and the rule under the prompt


def _fragments(
    elements: tuple[Element, ...], m: _Metrics, width: int, body_height: int, only_element: bool
) -> tuple[list[_Fragment], dict[int, _Fragment]]:
    frags: list[_Fragment] = []
    headers: dict[int, _Fragment] = {}
    gap = m.px(SIZE_BODY * m.shrink * 0.5)
    body = m.font(SIZE_BODY)
    for n, element in enumerate(elements):
        match element:
            case Heading(text=text, level=level):
                font = m.font(SIZE_HEADING if level <= 2 else SIZE_HEADING * 0.9, bold=True)
                frags.append(
                    _Fragment(
                        "heading",
                        _text_height(font, width, text) + gap,
                        {"text": text, "font": font},
                        keep_with_next=True,
                    )
                )
            case Paragraph(text=text, emphasis=emphasis):
                font = m.font(SIZE_BODY, italic=emphasis)
                frags.append(
                    _Fragment(
                        "paragraph",
                        _text_height(font, width, text) + gap,
                        {"text": text, "font": font},
                    )
                )
            case BulletList(items=items, ordered=ordered):
                indent = m.px(SIZE_BODY * m.shrink * (1.6 if ordered else 1.1))
                for k, text in enumerate(items, start=1):
                    marker = f"{k}." if ordered else "•"
                    height = _text_height(body, width - indent, text) + m.px(10)
                    frags.append(
                        _Fragment(
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
                header = _Fragment(
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
                        _Fragment(
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
                height = _text_height(label_font, width - 2 * pad - m.px(10), words) + 2 * pad
                frags.append(
                    _Fragment(
                        "callout",
                        height + gap,
                        {"label": label, "text": text, "font": label_font, "pad": pad},
                    )
                )
            case Chart() as chart:
                share = 0.92 if only_element else 0.62
                share = max(share, float(chart.data.get("room_min_share", 0)))
                height = max(m.px(300), int(body_height * share))
                frags.append(_Fragment("chart", height + gap, {"chart": chart, "height": height}))
    return frags, headers


def _column_widths(
    head: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    font: QFont,
    bold: QFont,
    width: int,
    m: _Metrics,
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
    heights = [
        _text_height(font, w - 2 * pad, text) for text, w in zip(cells, widths, strict=False)
    ]
    return max(heights or [0]) + 2 * pad


def _paginate(
    frags: list[_Fragment], headers: dict[int, _Fragment], height: int
) -> list[list[_Fragment]]:
    pages: list[list[_Fragment]] = [[]]
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
        m = _Metrics(unit=unit, shrink=shrink, family=theme.font_family)
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


# ----------------------------------------------------------------------- paint
ChartImages = Callable[[Chart, QSize, ChartStyle], QImage | None]


def paint_room(
    painter: QPainter,
    layout: RoomLayout,
    content: RoomContent,
    theme: RoomTheme,
    mode: RoomMode = RoomMode.LIVE,
    page: int = 0,
    elapsed: int | None = None,
    chart_images: ChartImages | None = None,
) -> None:
    """Draw the room (one page of it) with ``painter`` on an area of ``layout.size``."""
    size = layout.size
    m = layout.metrics
    full = QRect(0, 0, size.width(), size.height())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if mode is RoomMode.BLACK:
        painter.fillRect(full, QColor("#000000"))
        return
    painter.fillRect(full, QColor(theme.background))
    if mode is RoomMode.HOLDING:
        _paint_holding(painter, full, content, theme, m)
        return

    margin = layout.body.left()
    width = layout.body.width()
    fg, muted = QColor(theme.foreground), QColor(theme.muted)
    wrap = int(Qt.TextFlag.TextWordWrap)
    left = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)

    # Top line: workshop and part on the left, the timer on the right.
    top = margin
    line = m.px(SIZE_TOP_LINE * 1.5)
    timebox = content.timebox_seconds
    elapsed = content.elapsed_seconds if elapsed is None else elapsed
    if content.block_id:
        clock = timer_text(elapsed, timebox)
        over = timebox > 0 and elapsed > timebox
        painter.setFont(m.font(SIZE_TIMER, bold=True, shrinkable=False))
        painter.setPen(QColor(theme.over_time if over else theme.accent))
        clock_width = QFontMetrics(painter.font()).horizontalAdvance(clock) + m.px(8)
        painter.drawText(
            QRect(margin + width - clock_width, top, clock_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            clock,
        )
    else:
        clock_width = 0
    painter.setFont(m.font(SIZE_TOP_LINE, shrinkable=False))
    painter.setPen(muted)
    top_line = " · ".join(t for t in (content.workshop_title, content.block_label) if t)
    painter.drawText(
        QRect(margin, top, width - clock_width - m.px(24), line),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        QFontMetrics(painter.font()).elidedText(
            top_line, Qt.TextElideMode.ElideRight, width - clock_width - m.px(24)
        ),
    )
    top += line

    title_font = m.font(SIZE_TITLE, bold=True, shrinkable=False)
    painter.setFont(title_font)
    painter.setPen(fg)
    h = _text_height(title_font, width, content.block_title)
    painter.drawText(QRect(margin, top, width, h), left | wrap, content.block_title)
    top += h
    if content.prompt:
        top += m.px(12)
        prompt_font = m.font(SIZE_PROMPT, shrinkable=False)
        painter.setFont(prompt_font)
        painter.setPen(QColor(theme.accent))
        h = _text_height(prompt_font, width, content.prompt)
        painter.drawText(QRect(margin, top, width, h), left | wrap, content.prompt)
        top += h
    top += m.px(16)
    painter.setPen(QPen(QColor(theme.rule), max(1, m.px(3))))
    painter.drawLine(margin, top, margin + width, top)

    page = min(max(0, page), layout.page_count - 1)
    y = layout.body.top()
    for frag in layout.pages[page] if layout.pages else []:
        _paint_fragment(painter, frag, QRect(margin, y, width, frag.height), theme, m, chart_images)
        y += frag.height

    if layout.page_count > 1:
        note = tr("Room", "Page {n} of {total}").format(n=page + 1, total=layout.page_count)
        if page + 1 < layout.page_count:
            note += " — " + tr("Room", "continued on the next page")
        painter.setFont(m.font(SIZE_PAGE_NOTE, bold=True, shrinkable=False))
        painter.setPen(muted)
        painter.drawText(
            QRect(
                margin,
                size.height() - margin - m.px(SIZE_PAGE_NOTE * 1.4),
                width,
                m.px(SIZE_PAGE_NOTE * 1.6),
            ),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            note,
        )


def _paint_holding(
    painter: QPainter, full: QRect, content: RoomContent, theme: RoomTheme, m: _Metrics
) -> None:
    margin = m.px(MARGIN * 2)
    width = full.width() - 2 * margin
    title_font = m.font(SIZE_TITLE * 1.3, bold=True, shrinkable=False)
    sub_font = m.font(SIZE_PROMPT, shrinkable=False)
    title_h = _text_height(title_font, width, content.workshop_title)
    sub_h = _text_height(sub_font, width, content.subtitle) if content.subtitle else 0
    top = (full.height() - title_h - sub_h - m.px(40)) // 2
    centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    wrap = int(Qt.TextFlag.TextWordWrap)
    painter.setFont(title_font)
    painter.setPen(QColor(theme.foreground))
    painter.drawText(QRect(margin, top, width, title_h), centre | wrap, content.workshop_title)
    if content.subtitle:
        painter.setFont(sub_font)
        painter.setPen(QColor(theme.muted))
        painter.drawText(
            QRect(margin, top + title_h + m.px(40), width, sub_h), centre | wrap, content.subtitle
        )


def _paint_fragment(
    painter: QPainter,
    frag: _Fragment,
    rect: QRect,
    theme: RoomTheme,
    m: _Metrics,
    chart_images: ChartImages | None,
) -> None:
    wrap = int(Qt.TextFlag.TextWordWrap)
    left = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
    fg = QColor(theme.foreground)
    d = frag.data
    if frag.kind in ("heading", "paragraph"):
        painter.setFont(d["font"])
        painter.setPen(QColor(theme.accent) if frag.kind == "heading" else fg)
        painter.drawText(rect, left | wrap, d["text"])
    elif frag.kind == "bullet":
        painter.setFont(d["font"])
        painter.setPen(QColor(theme.accent))
        indent = d["indent"]
        painter.drawText(QRect(rect.left(), rect.top(), indent, rect.height()), left, d["marker"])
        painter.setPen(fg)
        painter.drawText(
            QRect(rect.left() + indent, rect.top(), rect.width() - indent, rect.height()),
            left | wrap,
            d["text"],
        )
    elif frag.kind == "row":
        _paint_row(painter, frag, rect, theme, m)
    elif frag.kind == "callout":
        pad = d["pad"]
        box = QRect(
            rect.left(), rect.top(), rect.width(), rect.height() - m.px(SIZE_BODY * m.shrink * 0.5)
        )
        painter.fillRect(box, QColor(theme.callout_background))
        painter.fillRect(
            QRect(box.left(), box.top(), m.px(10), box.height()), QColor(theme.callout_border)
        )
        painter.setPen(QPen(QColor(theme.callout_border), max(1, m.px(3))))
        painter.drawRect(box)
        painter.setFont(d["font"])
        painter.setPen(fg)
        words = f"{d['label']}: {d['text']}" if d["label"] else d["text"]
        painter.drawText(box.adjusted(pad + m.px(10), pad, -pad, -pad), left | wrap, words)
    elif frag.kind == "chart":
        _paint_chart(
            painter,
            d["chart"],
            QRect(rect.left(), rect.top(), rect.width(), d["height"]),
            theme,
            m,
            chart_images,
        )


def _paint_row(
    painter: QPainter, frag: _Fragment, rect: QRect, theme: RoomTheme, m: _Metrics
) -> None:
    d = frag.data
    pad = d["pad"]
    widths: list[int] = d["widths"]
    row_h = d["row_h"]
    row_rect = QRect(rect.left(), rect.top(), sum(widths), row_h)
    if d.get("header"):
        painter.fillRect(row_rect, QColor(theme.table_header))
    elif d.get("stripe"):
        painter.fillRect(row_rect, QColor(theme.table_stripe))
    painter.setFont(d["font"])
    painter.setPen(QColor(theme.foreground))
    x = rect.left()
    for text, w in zip(d["cells"], widths, strict=False):
        painter.drawText(
            QRect(x + pad, rect.top() + pad, w - 2 * pad, row_h - 2 * pad),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            text,
        )
        x += w
    painter.setPen(QPen(QColor(theme.rule), max(1, m.px(3 if d.get("header") else 1))))
    bottom = rect.top() + row_h
    painter.drawLine(rect.left(), bottom, rect.left() + sum(widths), bottom)


def chart_size(chart_rect: QRect) -> QSize:
    """Charts keep a projector-friendly shape inside the space they are given."""
    w = min(chart_rect.width(), int(chart_rect.height() * 2.2))
    return QSize(max(1, w), max(1, chart_rect.height()))


def chart_style_for(theme: RoomTheme, m: _Metrics) -> ChartStyle:
    return theme.chart_style(m.px(SIZE_BODY * 0.8 * m.shrink))


def _paint_chart(
    painter: QPainter,
    chart: Chart,
    rect: QRect,
    theme: RoomTheme,
    m: _Metrics,
    chart_images: ChartImages | None,
) -> None:
    size = chart_size(rect)
    target = QRect(
        rect.left() + (rect.width() - size.width()) // 2, rect.top(), size.width(), size.height()
    )
    image = chart_images(chart, size, chart_style_for(theme, m)) if chart_images else None
    if image is not None and not image.isNull():
        painter.drawImage(QRectF(target), image)
        return
    # Not drawn yet (or failed): say in words what the chart shows.
    painter.setPen(QPen(QColor(theme.rule), max(1, m.px(2)), Qt.PenStyle.DashLine))
    painter.drawRect(target)
    painter.setFont(m.font(SIZE_BODY))
    painter.setPen(QColor(theme.foreground))
    words = chart.title + ("\n" + chart.alt if chart.alt else "")
    painter.drawText(
        target.adjusted(m.px(24), m.px(24), -m.px(24), -m.px(24)),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
        words,
    )


# ------------------------------------------------------------------- charts
def _chart_key(chart: Chart, size: QSize, style: ChartStyle) -> str:
    data = json.dumps(chart.data, sort_keys=True, default=str)
    return f"{chart.kind}|{chart.title}|{data}|{size.width()}x{size.height()}|{style!r}"


def draw_chart_now(chart: Chart, size: QSize, style: ChartStyle) -> QImage | None:
    """Draw a chart on this thread (headless stills); None when it cannot be drawn."""
    try:
        png = render_png(chart, size.width(), size.height(), style)
    except Exception:  # a chart bug must not stop the room; say what the chart shows instead
        log.exception("chart %r (%s) could not be drawn", chart.title, chart.kind)
        return None
    image = QImage()
    image.loadFromData(png, "PNG")
    return image


class ChartCache(QObject):
    """Chart pictures drawn off the UI thread, kept by their data, size and style.

    :meth:`image` answers at once: the picture if drawn, else None (and the
    drawing starts in the background); ``ready`` fires when a new one is in.
    """

    ready = Signal()

    def __init__(self, parent: QObject | None = None, limit: int = 48) -> None:
        super().__init__(parent)
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._pending: dict[str, BackgroundTask] = {}
        self._limit = limit

    def image(self, chart: Chart, size: QSize, style: ChartStyle) -> QImage | None:
        key = _chart_key(chart, size, style)
        if key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        if key not in self._pending:
            self._pending[key] = run_in_background(
                partial(render_png, chart, size.width(), size.height(), style),
                partial(self._drawn, key),
                partial(self._not_drawn, key),
                owner=self,
            )
        return None

    def pending(self) -> int:
        """How many charts are being drawn now."""
        return len(self._pending)

    def _drawn(self, key: str, png: bytes) -> None:
        image = QImage()
        image.loadFromData(png, "PNG")
        self._keep(key, image if not image.isNull() else None)

    def _not_drawn(self, key: str, _message: str) -> None:
        # A bug in a chart's drawing (logged with its traceback by run_in_background)
        # must not stop the room: it says in words what the chart shows instead.
        self._keep(key, None)

    def _keep(self, key: str, image: QImage | None) -> None:
        self._pending.pop(key, None)
        self._images[key] = image
        while len(self._images) > self._limit:
            self._images.popitem(last=False)
        self.ready.emit()


# ------------------------------------------------------------------- widget
class RoomView(QWidget):
    """Paints a :class:`RoomContent` large, scaled to its own size.

    Used full screen in the room window and small, as a live miniature, on the
    facilitator's side. It has no controls and takes no keyboard focus.
    """

    page_changed = Signal(int, int)  # page index, page count

    def __init__(
        self,
        theme: RoomTheme | None = None,
        charts: ChartCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Room view"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.theme = theme or room_theme()
        self.charts = charts or ChartCache(self)
        self.charts.ready.connect(self.update)
        self.content = RoomContent(workshop_title="")
        self.mode = RoomMode.LIVE
        self.elapsed: int | None = None
        self.timebox: int | None = None
        self.page = 0
        # A list that grows past its page keeps showing its newest part, unless the
        # facilitator turned back to an earlier page.
        self._follow_last_page = True
        self._layout: RoomLayout | None = None

    # -- state
    def set_content(self, content: RoomContent) -> None:
        """Show ``content``; a new block starts on page 1, the same block keeps its page."""
        same_block = content.block_id == self.content.block_id
        on_last = self.page >= self.page_count() - 1
        if not same_block:
            self.elapsed, self.timebox = None, None
        self.content = content
        self._layout = None
        if not same_block:
            self.page = 0
            self._follow_last_page = True
        elif on_last and self._follow_last_page:
            # The facilitator was showing the end of a growing list: keep showing its end.
            self.page = self.page_count() - 1
        self.page = min(self.page, self.page_count() - 1)
        self._announce()
        self.update()

    def set_mode(self, mode: RoomMode) -> None:
        self.mode = RoomMode(mode)
        self.update()

    def set_theme(self, theme: RoomTheme) -> None:
        self.theme = theme
        self._layout = None
        self.update()

    def set_time(self, elapsed: int, timebox: int) -> None:
        self.elapsed, self.timebox = elapsed, timebox
        self.update()

    def page_count(self) -> int:
        return self.room_layout().page_count

    def show_page(self, page: int) -> None:
        self.page = min(max(0, page), self.page_count() - 1)
        self._follow_last_page = self.page == self.page_count() - 1
        self._announce()
        self.update()

    def _announce(self) -> None:
        self.setAccessibleDescription(self.visible_text())
        self.page_changed.emit(self.page, self.page_count())

    # -- what is shown
    def target_size(self) -> QSize:
        """The size the room sees: a hidden room window is laid out at its window's size."""
        window = self.window()
        if not self.isVisible() and window is not self:
            return window.size()
        return self.size()

    def room_layout(self) -> RoomLayout:
        size = self.target_size()
        if self._layout is None or self._layout.size != size:
            self._layout = layout_room(self.content, size, self.theme)
        return self._layout

    def visible_text(self) -> str:
        """The words the room can read now (blank screens show none)."""
        if self.mode is RoomMode.BLACK:
            return ""
        if self.mode is RoomMode.HOLDING:
            return "\n".join(t for t in (self.content.workshop_title, self.content.subtitle) if t)
        return self.content.text()

    def shown_content(self) -> RoomContent:
        return self.content

    def time_shown(self) -> tuple[int, int]:
        elapsed = self.content.elapsed_seconds if self.elapsed is None else self.elapsed
        timebox = self.content.timebox_seconds if self.timebox is None else self.timebox
        return elapsed, timebox

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        try:
            elapsed, timebox = self.time_shown()
            content = self.content
            if timebox != content.timebox_seconds:
                from dataclasses import replace

                content = replace(content, timebox_seconds=timebox)
            paint_room(
                painter,
                self.room_layout(),
                content,
                self.theme,
                self.mode,
                self.page,
                elapsed,
                self.charts.image,
            )
        finally:
            painter.end()

    def resizeEvent(self, event: object) -> None:
        self._layout = None
        self.page = min(self.page, self.page_count() - 1)
        super().resizeEvent(event)  # type: ignore[arg-type]

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def hasHeightForWidth(self) -> bool:
        return True
