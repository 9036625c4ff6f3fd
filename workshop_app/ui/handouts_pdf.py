"""Handouts as one PDF, laid out for a room: large type, black on white, each sheet on a
page of its own, every page footed with the meeting's title and its page number.

What the sheets say is decided in :mod:`workshop_app.export.handouts`; here they are
laid out by Qt on a :class:`QPdfWriter`, like the summary's PDF (:mod:`.pdf_writer`,
whose paper sizes and footer this shares). Forms (the agenda, the sign-in sheet,
ballots, dot votes) are tables in a :class:`QTextDocument`, so long lists run on to
another page with their headings repeated; cards (ideas, joining from a phone) are
painted to cut apart. Nothing is told by colour alone: boxes are outlined, cut lines
dashed. Safe in a worker thread: it touches no database and no widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from ..export.handouts import (
    AgendaSheet,
    BallotSheet,
    CardSheet,
    DotSheet,
    Handouts,
    JoinAddress,
    JoinSheet,
    Sheet,
    SignInSheet,
)
from ..i18n import speaking_output, tr
from .pdf_writer import paint_footer, pdf_bytes

#: Type sizes (points): read at arm's length on a table.
TITLE_PT, TEXT_PT, NOTE_PT, SCALE_PT, SMALL_PT = 20, 14, 12, 11, 10


def _text(value: str) -> str:
    return escape(str(value), quote=True).replace("\n", "<br>")


@speaking_output()
def handouts_pdf(handouts: Handouts, paper: str = "a4") -> bytes:
    """The handouts as PDF bytes on ``paper`` ("a4" or "letter")."""
    return pdf_bytes(
        handouts.title, paper, (13, 13, 13, 10), lambda writer: paint_handouts(handouts, writer)
    )


def write_handouts(handouts: Handouts, path: Path, paper: str, overwrite: bool) -> Path:
    """Print ``handouts`` to a PDF at ``path`` (through a temporary file); the path.
    Runs in the background."""
    from ..export import write_atomically

    return write_atomically(path, handouts_pdf(handouts, paper), overwrite=overwrite)


Page = Callable[[object, object], None]  # paints one page: (painter, QRectF of the page)


def paint_handouts(handouts: Handouts, device) -> int:
    """Lay out and paint every sheet on the paged ``device``; the number of pages."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    resolution = device.resolution()
    area = device.pageLayout().paintRectPixels(resolution)
    mm = resolution / 25.4
    footer_height = 9 * mm
    width, height = float(area.width()), float(area.height()) - footer_height
    pages: list[Page] = []
    for sheet in handouts.sheets:
        pages.extend(_sheet_pages(sheet, device, width, height, mm))

    painter = QPainter(device)
    try:
        for n, page in enumerate(pages):
            if n:
                device.newPage()
            painter.save()
            page(painter, QRectF(0, 0, width, height))
            painter.restore()
            box = QRectF(0, height + footer_height * 0.3, width, footer_height * 0.7)
            paint_footer(painter, box, handouts.footer, n + 1, len(pages), points=9)
    finally:
        painter.end()
    return len(pages)


def _sheet_pages(sheet: Sheet, device, width: float, height: float, mm: float) -> list[Page]:
    if isinstance(sheet, CardSheet):
        return [lambda painter, rect: _paint_cards(painter, rect, sheet, mm)]
    if isinstance(sheet, JoinSheet):
        return [lambda painter, rect: _paint_join_cards(painter, rect, sheet, mm)]
    css_width = width * 96 / device.resolution()
    return _document_pages(_form_html(sheet, css_width), device, width, height)


# ------------------------------------------------------------------ forms
def _document_pages(html: str, device, width: float, height: float) -> list[Page]:
    """The pages of a form: Qt lays out ``html`` in pages of ``width`` × ``height``."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QFont, QTextDocument, QTextOption

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont("sans-serif", TEXT_PT))
    document.setDocumentMargin(0)
    option = QTextOption(document.defaultTextOption())
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never "Organi sation"
    document.setDefaultTextOption(option)
    document.setPageSize(QSizeF(width, height))
    document.setHtml(html)
    layout = document.documentLayout()
    if any(
        layout.frameBoundingRect(frame).width() > width
        for frame in document.rootFrame().childFrames()
    ):  # a word wider than its column: broken, rather than cut off at the page's edge
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)

    def page(n: int) -> Page:
        def paint(painter, _rect) -> None:
            painter.translate(0, -n * height)
            document.drawContents(painter, QRectF(0, n * height, width, height))

        return paint

    return [page(n) for n in range(document.pageCount())]


#: A millimetre in the pixels of Qt's rich text (CSS pixels, 1/96 inch, whatever the device).
CSS_MM = 96 / 25.4


def _form_html(sheet: Sheet, width: float) -> str:
    """A form as Qt rich text, ``width`` CSS pixels wide."""
    mm = CSS_MM
    if isinstance(sheet, AgendaSheet):
        head = (
            (_text(sheet.start_heading), 0.16, "left"),
            (_text(tr("Handouts", "Block")), 0.68, "left"),
            (_text(tr("Handouts", "Time")), 0.16, "left"),
        )
        rows = [
            (
                _text(r.start),
                f"<b>{_text(r.title)}</b><br>"
                f'<span style="font-size:{NOTE_PT}pt"><i>{_text(r.prompt)}</i></span>',
                _text(r.minutes),
            )
            for r in sheet.rows
        ]
        rows.append(("", f"<b>{_text(sheet.total)}</b>", ""))
        return _page(sheet.title, sheet.note, _table(head, rows, width, 1.6 * mm, 1))
    if isinstance(sheet, SignInSheet):
        name, organisation, signature = sheet.headings
        head = (
            (_text(name), 0.34, "left"),
            (_text(organisation), 0.38, "left"),
            (_text(signature), 0.28, "left"),
        )
        rows = [(_text(n) or "&nbsp;", _text(o), "") for n, o in sheet.rows]
        rows += [("&nbsp;", "", "")] * sheet.blank_rows
        return _page(sheet.title, sheet.note, _table(head, rows, width, 3 * mm, 2))
    if isinstance(sheet, BallotSheet):
        # A box column is as wide as a long scale word; the question takes the rest.
        share = min(0.14, 0.7 / max(1, len(sheet.scale)))
        head = (
            (_text(sheet.question_heading), 1 - share * len(sheet.scale), "left"),
            *((_scale_heading(label), share, "center") for label in sheet.scale),
        )
        boxes = ("",) * len(sheet.scale)
        rows = [(_text(q), *boxes) for q in sheet.questions]
        rows += [("&nbsp;<br>&nbsp;", *boxes)] * sheet.blank_rows
        return _page(sheet.title, sheet.note, _table(head, rows, width, 3 * mm, 2))
    if isinstance(sheet, DotSheet):
        head = (
            (_text(sheet.question_heading), 0.65, "left"),
            (_text(sheet.dots_heading), 0.35, "left"),
        )
        rows = [(_text(q), "") for q in sheet.questions]
        rows += [("&nbsp;<br>&nbsp;", "")] * sheet.blank_rows
        return _page(sheet.title, sheet.note, _table(head, rows, width, 5 * mm, 2))
    raise TypeError(f"not a form: {type(sheet).__name__}")


def _scale_heading(label: str) -> str:
    """A scale word as a column heading: "1 not at all" as "1" over "not at all", as the
    tally screen heads it, so a long word does not widen its column."""
    match = re.match(r"^(\d+(?:\s*[–-])?)\s+(.+)$", label)
    words = _text(label) if match is None else f"{_text(match[1])}<br>{_text(match[2])}"
    return f'<span style="font-size:{SCALE_PT}pt">{words}</span>'


def _page(title: str, note: str, body: str) -> str:
    return (
        f'<h1 style="font-size:{TITLE_PT}pt">{_text(title)}</h1>'
        f'<p style="font-size:{NOTE_PT}pt">{_text(note)}</p>{body}'
    )


def _table(head, rows, width: float, padding: float, border: int) -> str:
    """A ruled table ``width`` wide: ``head`` of (HTML, share of the width, alignment), then
    ``rows`` of HTML cells (the heading repeats on each page the table runs on to).

    Columns are given fixed widths: Qt shares out percentages by the cells' words, and a
    column of empty boxes would shrink."""
    inner = width - (len(head) + 1) * border  # a column's width holds its padding
    # A centred heading (a scale word over its boxes) has narrow sides: the whole width.
    narrow = f"; padding-left:{CSS_MM:.0f}px; padding-right:{CSS_MM:.0f}px"
    header = "".join(
        f'<th width="{int(inner * share)}" align="{a}" bgcolor="#e8e8e8" '
        f'style="font-size:{NOTE_PT}pt{narrow if a == "center" else ""}">{words}</th>'
        for words, share, a in head
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="{head[n][2]}" valign="middle">{cell}</td>' for n, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<table border="{border}" cellspacing="0" cellpadding="{int(padding)}" '
        'style="border-collapse: collapse; border-color: #000000; border-style: solid">'
        f"<thead><tr>{header}</tr></thead>{body}</table>"
    )


# ------------------------------------------------------------------ cards
def _cut_grid(painter, rect, columns: int, rows: int) -> list:
    """Dashed cutting lines dividing ``rect``; the cells, row by row."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    painter.setPen(QPen(QColor("#555555"), 3, Qt.PenStyle.DashLine))
    w, h = rect.width() / columns, rect.height() / rows
    for c in range(1, columns):
        x = rect.left() + c * w
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    for r in range(1, rows):
        y = rect.top() + r * h
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    return [
        QRectF(rect.left() + c * w, rect.top() + r * h, w, h)
        for r in range(rows)
        for c in range(columns)
    ]


def _paint_cards(painter, rect, sheet: CardSheet, mm: float) -> None:
    """Idea cards, two columns: the block, its prompt, what to tick, lines to write on."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

    rows = max(1, sheet.count // 2)
    for cell in _cut_grid(painter, rect, 2, rows):
        area = cell.adjusted(5 * mm, 5 * mm, -5 * mm, -5 * mm)
        y = area.top()
        painter.setPen(QColor("black"))
        for words, points, bold in (
            (sheet.title, SMALL_PT, False),
            (sheet.prompt, NOTE_PT + 1, True),
        ):
            font = QFont("sans-serif")
            font.setPointSizeF(points)
            font.setBold(bold)
            painter.setFont(font)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
            room = QRectF(area.left(), y, area.width(), area.height())
            box = painter.boundingRect(room, flags, words)
            painter.drawText(box, flags, words)
            y = box.bottom() + 2 * mm
        if sheet.choices:
            font = QFont("sans-serif")
            font.setPointSizeF(NOTE_PT)
            painter.setFont(font)
            side = QFontMetricsF(font, painter.device()).height() * 0.8
            x = area.left()
            for choice in sheet.choices:
                painter.setPen(QPen(QColor("black"), 4))
                painter.drawRect(QRectF(x, y, side, side))
                label = QRectF(x + side + 1.5 * mm, y - side * 0.2, area.width(), side * 1.4)
                painter.drawText(label, int(Qt.AlignmentFlag.AlignVCenter), choice)
                x += side + 3 * mm + QFontMetricsF(font, painter.device()).horizontalAdvance(choice)
                x += 6 * mm
            y += side + 3 * mm
        painter.setPen(QPen(QColor("#777777"), 2))
        line = y + 9 * mm
        while line < area.bottom():
            painter.drawLine(QPointF(area.left(), line), QPointF(area.right(), line))
            line += 9 * mm


def _join_lines(sheet: JoinSheet) -> tuple[str, str, str]:
    """The address, code and instruction a join card prints, by what is known."""
    from .join_card import card_lines

    if sheet.address and sheet.code:
        _heading, address, code, instruction = card_lines(sheet.meeting, sheet.address, sheet.code)
        return address, code, instruction
    if sheet.address:
        return (
            sheet.address,
            tr("Handouts", "Code: on the screen"),
            tr(
                "Handouts",
                "Point your phone's camera at the square, or open the address, then type the "
                "code the screen shows. Use the room's Wi-Fi. No name is asked. If the screen "
                "shows another address, use that one.",
            ),
        )
    return (
        tr("Handouts", "Address: ______________________"),
        tr("Handouts", "Code: ________"),
        tr(
            "Handouts",
            "The address, its square code and the join code appear on the screen when the "
            "meeting opens to phones: write them here, or point your phone's camera at the "
            "screen. Use the room's Wi-Fi. No name is asked.",
        ),
    )


def _paint_join_cards(painter, rect, sheet: JoinSheet, mm: float) -> None:
    """Four join cards to cut apart, as the phone controls print them."""
    from ..participation.room import join_link
    from .join_card import card_lines, paint_card

    heading = card_lines(sheet.meeting, "", "")[0]
    address, code, instruction = _join_lines(sheet)
    link = ""
    if sheet.address:
        link = join_link(sheet.address, sheet.code) if sheet.code else sheet.address
    for cell in _cut_grid(painter, rect, 2, 2):
        paint_card(
            painter,
            cell.adjusted(5 * mm, 5 * mm, -5 * mm, -5 * mm),
            link,
            (heading, address, code, instruction),
        )


# ------------------------------------------------------------------ the join address
def join_address(store, opener=None, workshop_id: str = "") -> JoinAddress | None:
    """Where phones join ``workshop_id``: the open room's address and code when the window
    has it open to phones; else the address it would use (this computer on the local
    network, at the port it used last), whose code is only made when it opens; None when
    neither is known (never opened, or no network)."""
    if opener is not None and opener.is_open and opener.workshop_id == workshop_id:
        return JoinAddress(opener.join_address, opener.code)
    from ..participation.server import local_address
    from .room_opener import PORT_SETTING

    port = store.setting(PORT_SETTING, 0)
    host = local_address()
    if not isinstance(port, int) or not port or host.startswith("127."):
        return None
    return JoinAddress(f"http://{host}:{port}/")
