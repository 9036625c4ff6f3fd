"""Painting the room: one page of a measured :class:`~.room_layout.RoomLayout`.

:func:`paint_room` draws with any QPainter: on the live :class:`~.room_view.RoomView`,
the facilitator's preview and the headless still (:mod:`.room_render`). Charts
come from a ``chart_images`` function; one that has no picture yet is said in words.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPen

from ..charts import ChartStyle
from ..domain.document import Chart
from ..i18n import speaking_output, tr
from .room_content import RoomContent, RoomMode, timer_text
from .room_layout import (
    MARGIN,
    SIZE_BODY,
    SIZE_PAGE_NOTE,
    SIZE_PROMPT,
    SIZE_TIMER,
    SIZE_TITLE,
    SIZE_TOP_LINE,
    RoomLayout,
    RoomMetrics,
    chart_font_px,
    text_height,
    top_line_height,
)
from .room_pages import Fragment
from .themes import RoomTheme

ChartImages = Callable[[Chart, QSize, ChartStyle], QImage | None]


@speaking_output()
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
    line = top_line_height(m)
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
    join_width = _paint_join_line(
        painter, content, theme, m, margin + width - clock_width, top, line
    )
    painter.setFont(m.font(SIZE_TOP_LINE, shrinkable=False))
    painter.setPen(muted)
    top_line = " · ".join(t for t in (content.workshop_title, content.block_label) if t)
    room_for_it = width - clock_width - join_width - m.px(24)
    painter.drawText(
        QRect(margin, top, room_for_it, line),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        QFontMetrics(painter.font()).elidedText(top_line, Qt.TextElideMode.ElideRight, room_for_it),
    )
    top += line

    title_font = m.font(SIZE_TITLE, bold=True, shrinkable=False)
    painter.setFont(title_font)
    painter.setPen(fg)
    h = text_height(title_font, width, content.block_title)
    painter.drawText(QRect(margin, top, width, h), left | wrap, content.block_title)
    top += h
    if content.prompt:
        top += m.px(12)
        prompt_font = m.font(SIZE_PROMPT, shrinkable=False)
        painter.setFont(prompt_font)
        painter.setPen(QColor(theme.accent))
        h = text_height(prompt_font, width, content.prompt)
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


def join_words(content: RoomContent) -> str:
    """What the top line says while phones may join: address and code."""
    address = content.join_address.removeprefix("http://").rstrip("/")
    return tr("Room", "Join: {address} · code {code}").format(
        address=address, code=content.join_code
    )


def _paint_join_line(
    painter: QPainter,
    content: RoomContent,
    theme: RoomTheme,
    m: RoomMetrics,
    right: int,
    top: int,
    line: int,
) -> int:
    """The join address and code at the right of the top line, ending at ``right``; returns
    the width used (0 when the room is closed to phones)."""
    if not content.join_code:
        return 0
    painter.setFont(m.font(SIZE_TOP_LINE, bold=True, shrinkable=False))
    painter.setPen(QColor(theme.accent))
    words = join_words(content)
    gap = m.px(24)  # from the clock: two figures side by side must not read as one
    used = QFontMetrics(painter.font()).horizontalAdvance(words) + 2 * gap
    painter.drawText(
        QRect(right - used, top, used - gap, line),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        words,
    )
    return used


def _paint_holding(
    painter: QPainter, full: QRect, content: RoomContent, theme: RoomTheme, m: RoomMetrics
) -> None:
    margin = m.px(MARGIN * 2)
    width = full.width() - 2 * margin
    title_font = m.font(SIZE_TITLE * 1.3, bold=True, shrinkable=False)
    sub_font = m.font(SIZE_PROMPT, shrinkable=False)
    title_h = text_height(title_font, width, content.workshop_title)
    sub_h = text_height(sub_font, width, content.subtitle) if content.subtitle else 0
    if content.join_link:  # the join card, large: QR code, address and code
        _paint_holding_join(painter, full, content, theme, m, title_font, title_h)
        return
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
    frag: Fragment,
    rect: QRect,
    theme: RoomTheme,
    m: RoomMetrics,
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
        words = f"{d['label']} {d['text']}" if d["label"] else d["text"]
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
    painter: QPainter, frag: Fragment, rect: QRect, theme: RoomTheme, m: RoomMetrics
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
    """Charts are drawn at the size of the space the layout gives them, whatever its shape."""
    return QSize(max(1, chart_rect.width()), max(1, chart_rect.height()))


def chart_style_for(theme: RoomTheme, m: RoomMetrics) -> ChartStyle:
    """The theme's chart style with the room's type: no label under the room's minimum."""
    style = theme.chart_style(chart_font_px(m))
    # Charts are drawn at 100 dpi: a point is 100/72 pixels.
    return replace(style, min_font_size=math.ceil(m.min_text * 72 / 100 * 10) / 10)


def _paint_chart(
    painter: QPainter,
    chart: Chart,
    rect: QRect,
    theme: RoomTheme,
    m: RoomMetrics,
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


def _paint_holding_join(
    painter: QPainter,
    full: QRect,
    content: RoomContent,
    theme: RoomTheme,
    m: RoomMetrics,
    title_font,
    title_h: int,
) -> None:
    """The holding slide while phones may join: the title, then the QR code beside the
    address and code in words large enough to type from the back of the room."""
    from .join_card import paint_qr

    margin = m.px(MARGIN * 2)
    width = full.width() - 2 * margin
    wrap = int(Qt.TextFlag.TextWordWrap)
    centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    painter.setFont(title_font)
    painter.setPen(QColor(theme.foreground))
    top = margin
    painter.drawText(QRect(margin, top, width, title_h), centre | wrap, content.workshop_title)
    top += title_h + m.px(24)
    side = min(full.height() - top - margin, width // 2)
    paint_qr(painter, margin, top, side, content.join_link)
    left = margin + side + m.px(48)
    text_width = full.width() - margin - left
    lines = (
        (tr("Room", "Join from your phone"), SIZE_PROMPT, False, theme.muted),
        (
            content.join_address.removeprefix("http://").rstrip("/"),
            SIZE_PROMPT,
            True,
            theme.foreground,
        ),
        (tr("Room", "Code"), SIZE_PROMPT, False, theme.muted),
        (content.join_code, SIZE_TITLE * 1.4, True, theme.accent),
    )
    y = top + m.px(12)
    for words, size, bold, colour in lines:
        font = m.font(size, bold=bold, shrinkable=False)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        h = text_height(font, text_width, words)
        painter.drawText(
            QRect(left, y, text_width, h), int(Qt.AlignmentFlag.AlignLeft) | wrap, words
        )
        y += h + m.px(10)
