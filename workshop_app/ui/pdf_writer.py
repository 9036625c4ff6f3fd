"""PDF through Qt: A4 or Letter, a table of contents with real page numbers, page footers.

Laid out by Qt, so it lives with the other Qt painting (the room pictures) in ``ui``;
the export formats name it (``export.FORMATS``).

The document is laid out with :class:`QTextDocument` on a :class:`QPdfWriter`
and painted page by page, so each page gets "Page n of N" and the contents
page lists the page each section starts on (found from the layout itself,
recomputed until the numbers are stable).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from ..domain.document import Chart, Element
from ..domain.visibility import AudienceView
from ..export.html import PRINT, elements_html, escape_text
from ..export.images import chart_png
from ..i18n import tr
from .offscreen import ensure_gui_application

PAPERS = ("a4", "letter")
#: Where Letter is the usual paper (CLDR's paperSize data: the United States, Canada
#: and some of Latin America and the Philippines); A4 everywhere else.
LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)


def paper_for_locale(locale=None) -> str:
    """The paper people use where ``locale`` (default: the system's) is: "letter" or "a4"."""
    from PySide6.QtCore import QLocale

    locale = locale if locale is not None else QLocale()
    territory = QLocale.territoryToCode(locale.territory())
    return "letter" if territory in LETTER_TERRITORIES else "a4"


def page_size(paper: str):
    """The QPageSize of ``paper`` ("a4" or "letter")."""
    from PySide6.QtGui import QPageSize

    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}")
    return QPageSize(QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter)


def _png_aspect(png: bytes) -> float:
    """Height / width of a PNG, read from its header."""
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    return height / width if width else 0.5625


def _html(
    elements: list[Element],
    pages: list[int],
    images: dict[str, bytes],
    width_px: float,
    charts: dict[int, bytes | None],
) -> tuple[str, list[str]]:
    """Qt rich text for ``elements``; a contents list with ``pages`` after the header.

    ``charts`` holds the PNG of each chart element by position, drawn once by the caller.
    """

    def chart_html(chart: Chart, position: int) -> str:
        words = PRINT.chart(chart, position)
        png = charts.get(position)
        if png is None:
            return words
        name = f"chart{len(images) + 1}.png"
        images[name] = png
        height = width_px * _png_aspect(png)
        return (
            f'<p align="center"><img src="{name}" '
            f'width="{int(width_px)}" height="{int(height)}"></p>\n{words}'
        )

    body = elements_html(elements, replace(PRINT, chart=chart_html))
    toc = [text for _anchor, text in body.sections]
    # contents, on the first page after the header, then a page break
    rows = "".join(
        f'<tr><td>{escape_text(text)}</td><td align="right" width="12%">'
        f"{pages[n - 1] if n - 1 < len(pages) else 99}</td></tr>"
        for n, text in enumerate(toc, start=1)
    )
    contents = (
        f'<p style="font-size:15pt; font-weight:bold; color:#12335f">'
        f"{escape_text(tr('Export', 'Contents'))}</p>"
        f'<table width="100%" cellpadding="3" cellspacing="0">{rows}</table>'
        '<p style="page-break-after: always"></p>'
    )
    return body.html(contents if toc else ""), toc


def render(elements: Iterable[Element], title: str, paper: str = "a4", footer: str = "") -> bytes:
    """PDF bytes for ``elements`` on ``paper`` ("a4" or "letter")."""
    return pdf_bytes(title, paper, (20, 18, 20, 16), lambda writer: paint(elements, writer, footer))


def pdf_bytes(
    title: str,
    paper: str,
    margins_mm: tuple[float, float, float, float],
    paint_on: Callable[[object], object],
) -> bytes:
    """A PDF on ``paper`` ("a4" or "letter", portrait, 300 dpi) with ``margins_mm`` (left,
    top, right, bottom) and ``title``, painted by ``paint_on(writer)``: the summaries and
    the handouts are printed the same way."""
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Workshop App")
    writer.setPageLayout(
        QPageLayout(
            page_size(paper),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_on(writer)
    buffer.close()
    return bytes(data.data())


#: Table type sizes tried, largest first, until a table's longest words fit the page.
TABLE_POINT_SIZES = (9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5)


def _fit_tables(document, width: float) -> bool:
    """Set the type of each table wider than ``width`` smaller until it fits; whether
    every table fits.

    Words are never broken, so a table is at least as wide as the longest word of
    each column: with many columns that can be wider than the page, whose right edge
    would cut it off.
    """
    from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextTable

    layout = document.documentLayout()
    fits = True
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for size in TABLE_POINT_SIZES[1:]:
            if layout.frameBoundingRect(frame).width() <= width:
                break
            cursor = QTextCursor(document)
            cursor.setPosition(frame.firstPosition())
            cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            smaller = QTextCharFormat()
            smaller.setFontPointSize(size)
            cursor.mergeCharFormat(smaller)
        fits = fits and layout.frameBoundingRect(frame).width() <= width
    return fits


def paint(elements: Iterable[Element], device, footer: str = "") -> int:
    """Lay out and paint ``elements`` on a paged device (a QPdfWriter or a QPrinter).

    Returns the number of pages. Safe in a worker thread (QPainter on a PDF
    writer or printer is allowed off the GUI thread).
    """
    from PySide6.QtCore import QRectF, QSizeF, QUrl
    from PySide6.QtGui import QFont, QImage, QPainter, QTextDocument, QTextOption

    elements = list(elements)
    # Charts are drawn once, not again for each pass that settles the page numbers.
    charts = {n: chart_png(e) for n, e in enumerate(elements) if isinstance(e, Chart)}
    resolution = device.resolution()
    area = device.pageLayout().paintRectPixels(resolution)
    dots_per_mm = resolution / 25.4
    footer_height = 9 * dots_per_mm
    page_width = float(area.width())
    page_height = float(area.height()) - footer_height

    def layout(pages: list[int]) -> tuple[QTextDocument, list[int], int]:
        images: dict[str, bytes] = {}
        # <img> sizes are in CSS pixels (1/96 inch), not in the device's dots
        css_px = page_width * 96 / resolution
        html, toc = _html(elements, pages, images, css_px * 0.9, charts)
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(QFont("sans-serif", 10))
        document.setDefaultStyleSheet(
            "h1 { font-size: 22pt; } h2 { font-size: 15pt; color: #12335f; } "
            f"h3 {{ font-size: 12pt; }} td, th {{ font-size: {TABLE_POINT_SIZES[0]}pt; }}"
        )
        document.setDocumentMargin(0)
        # Lines break between words only: the default also breaks inside a word that
        # does not fit, and narrow table columns read "Communi ty", "Owne r".
        option = QTextOption(document.defaultTextOption())
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        for name, png in images.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png)
            )
        document.setPageSize(QSizeF(page_width, page_height))
        document.setHtml(html)
        if not _fit_tables(document, page_width):
            # Even its smallest type leaves a table wider than the page: a word broken
            # at the end of a line is better than columns cut off at the page's edge.
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            document.setDefaultTextOption(option)
        found = []
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                top = document.documentLayout().blockBoundingRect(block).top()
                found.append(int(top // page_height) + 1)
            block = block.next()
        return document, found[: len(toc)], document.pageCount()

    pages: list[int] = []
    document = None
    for _ in range(4):  # page numbers in the contents can move what follows; settle them
        document = None  # let the previous layout go before making the next one
        document, found, count = layout(pages)
        if found == pages:
            break
        pages = found

    painter = QPainter(device)
    try:
        for page in range(count):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, page_width, page_height))
            painter.restore()
            box = QRectF(0, page_height + footer_height * 0.25, page_width, footer_height * 0.75)
            paint_footer(painter, box, footer, page + 1, count)
    finally:
        painter.end()
    return count


def paint_footer(painter, box, footer: str, page: int, count: int, points: float = 8) -> None:
    """A page's footer in ``box``: a rule, ``footer`` on the left, "Page n of N" right."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont

    painter.save()
    painter.setFont(QFont("sans-serif", points))
    painter.setPen(QColor("#555555"))
    painter.drawLine(box.topLeft(), box.topRight())
    if footer:
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer
        )
    painter.drawText(
        box,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        tr("Export", "Page {n} of {total}").format(n=page, total=count),
    )
    painter.restore()


def workshop_pdf(view: AudienceView, paper: str = "a4") -> bytes:
    from ..export.summary import build_summary

    return render(
        build_summary(view),
        view.workshop.title,
        paper,
        footer=f"{view.workshop.title} – {view.collaboration.name}",
    )


def report_pdf(report, paper: str = "a4") -> bytes:
    title = report.elements[0].text if report.elements else report.collaboration.name
    return render(report.elements, title, paper, footer=report.collaboration.name)
