"""The room's join code as a picture: the QR code painter the projector uses, and the
printable join card for the tables (four cards to a page, to cut apart).

    >>> pdf = join_card_pdf("Kick-off", "http://192.168.1.20:41237/", "K7QX3M", "a4")
"""

from __future__ import annotations

from ..i18n import tr
from ..participation.room import join_link, qr_modules
from .pdf_writer import pdf_bytes


def paint_qr(painter, x: float, y: float, side: float, text: str) -> None:
    """Paint the QR code of ``text`` (with its quiet zone, white) in the square at
    ``x``, ``y`` of ``side``: black on white whatever the theme, as scanners expect."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    modules = qr_modules(text)
    cell = side / len(modules)
    painter.fillRect(QRectF(x, y, side, side), QColor("white"))
    black = QColor("black")
    for row, line in enumerate(modules):
        for column, dark in enumerate(line):
            if dark:  # a hair wider than the cell, so no seam shows between modules
                painter.fillRect(
                    QRectF(x + column * cell, y + row * cell, cell + 0.5, cell + 0.5), black
                )


def card_lines(meeting: str, address: str, code: str) -> tuple[str, str, str, str]:
    """The words of a card: heading, address, code, instruction."""
    return (
        tr("JoinCard", "Join “{meeting}” from your phone").format(meeting=meeting),
        address,
        tr("JoinCard", "Code: {code}").format(code=code),
        tr(
            "JoinCard",
            "Point your phone's camera at the square, or open the address and type the code. "
            "Use the room's Wi-Fi. No name is asked.",
        ),
    )


def join_card_pdf(meeting: str, address: str, code: str, paper: str = "a4") -> bytes:
    """A page of four identical join cards (PDF bytes), with cutting lines."""
    lines = card_lines(meeting, address, code)
    link = join_link(address, code)
    title = tr("JoinCard", "Join cards: {meeting}").format(meeting=meeting)
    return pdf_bytes(
        title, paper, (10, 10, 10, 10), lambda writer: paint_cards(writer, link, lines)
    )


def paint_cards(writer, link: str, lines: tuple[str, str, str, str]) -> None:
    """Four cards on the page of ``writer``, with dashed lines to cut them apart."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPainter, QPen

    painter = QPainter(writer)
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        page.moveTo(0, 0)
        width, height = page.width() / 2, page.height() / 2
        dashed = QPen(QColor("#888888"), 3, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.drawLine(int(width), 0, int(width), int(page.height()))
        painter.drawLine(0, int(height), int(page.width()), int(height))
        for n in range(4):
            card = QRectF((n % 2) * width, (n // 2) * height, width, height)
            paint_card(painter, card.adjusted(60, 60, -60, -60), link, lines)
    finally:
        painter.end()


def paint_card(painter, area, link: str, lines: tuple[str, str, str, str]) -> None:
    """One card in ``area``: heading, QR code of ``link``, address, code, instruction.

    Without a ``link`` (the room is not open yet: no address to carry) an empty square
    with a dashed edge stands where the code would be, for the card's words to explain.
    """
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPen

    heading, link_text, code_text, instruction = lines
    painter.setPen(QColor("black"))
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
    y = area.top()

    def text(words: str, points: float, bold: bool, height: float) -> None:
        nonlocal y
        font = QFont("DejaVu Sans")
        font.setPointSizeF(points)
        font.setBold(bold)
        painter.setFont(font)
        box = QRectF(area.left(), y, area.width(), height)
        painter.drawText(box, int(flags | Qt.AlignmentFlag.AlignTop), words)
        y += height

    text(heading, 13, True, area.height() * 0.16)
    side = min(area.width() * 0.62, area.height() * 0.46)
    if link:
        paint_qr(painter, area.center().x() - side / 2, y, side, link)
    else:
        painter.save()
        painter.setPen(QPen(QColor("black"), 3, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(area.center().x() - side / 2, y, side, side))
        painter.restore()
    y += side + area.height() * 0.03
    text(link_text, 11, False, area.height() * 0.08)
    text(code_text, 18, True, area.height() * 0.11)
    text(instruction, 9, False, area.bottom() - y)
