"""Word (.docx) through python-docx: headings, lists, tables, charts with alt text."""

from __future__ import annotations

import io
from collections.abc import Iterable

from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph, Table
from ..domain.visibility import AudienceView
from ..i18n import tr
from .images import chart_png

ACCENT = "1F5FA8"


def _clean(text: str) -> str:
    """XML 1.0 forbids most control characters; Word files must not contain them."""
    return "".join(ch for ch in str(text) if ch in "\t\n" or ord(ch) >= 32)


def render(elements: Iterable[Element], title: str, footer: str = "") -> bytes:
    """A .docx file for ``elements``."""
    from docx import Document  # lazy: heavy import
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    document = Document()
    document.core_properties.title = _clean(title)
    section = document.sections[0]
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    width = section.page_width - section.left_margin - section.right_margin

    def page_number_footer() -> None:
        paragraph = section.footer.paragraphs[0]
        if footer:
            paragraph.add_run(_clean(footer) + "    ")
        paragraph.add_run(tr("Export", "Page "))
        run = paragraph.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                node = OxmlElement("w:fldChar")
                node.set(qn("w:fldCharType"), kind)
            else:
                node = OxmlElement("w:instrText")
                node.set(qn("xml:space"), "preserve")
                node.text = text
            run._r.append(node)

    def shade(cell_or_paragraph, fill: str) -> None:
        properties = (
            cell_or_paragraph._tc.get_or_add_tcPr()
            if hasattr(cell_or_paragraph, "_tc")
            else cell_or_paragraph._p.get_or_add_pPr()
        )
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        properties.append(shading)

    page_number_footer()
    for element in elements:
        match element:
            case Heading(text=text, level=level):
                document.add_heading(_clean(text), level=max(0, min(level, 9)) if level > 1 else 0)
            case Paragraph(text=text, emphasis=emphasis):
                run = document.add_paragraph().add_run(_clean(text))
                run.italic = emphasis
            case BulletList(items=items, ordered=ordered):
                style = "List Number" if ordered else "List Bullet"
                for item in items:
                    document.add_paragraph(_clean(item), style=style)
            case Table(headers=headers, rows=rows):
                columns = max([len(headers), *(len(r) for r in rows)]) if (headers or rows) else 0
                if not columns:
                    continue
                table = document.add_table(rows=1, cols=columns)
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.LEFT
                for cell, text in zip(table.rows[0].cells, headers, strict=False):
                    cell.text = ""
                    cell.paragraphs[0].add_run(_clean(text)).bold = True
                    shade(cell, "EEF2F7")
                # the header row repeats on every page
                header_props = table.rows[0]._tr.get_or_add_trPr()
                repeat = OxmlElement("w:tblHeader")
                repeat.set(qn("w:val"), "true")
                header_props.append(repeat)
                for row in rows:
                    cells = table.add_row().cells
                    for cell, text in zip(cells, row, strict=False):
                        cell.text = _clean(text)
                document.add_paragraph()
            case Callout(text=text) as callout:
                paragraph = document.add_paragraph()
                shade(paragraph, "F1F5FB")
                label_run = paragraph.add_run(_clean(callout.lead) + " ")
                label_run.bold = True
                label_run.font.color.rgb = RGBColor.from_string(ACCENT)
                paragraph.add_run(_clean(text))
            case Chart() as chart:
                png = chart_png(chart)
                if png is not None:
                    document.add_picture(io.BytesIO(png), width=width)
                    picture = document.inline_shapes[-1]._inline
                    picture.docPr.set("descr", _clean(chart.alt or chart.title))
                    picture.docPr.set("title", _clean(chart.title))
                caption = document.add_paragraph()
                caption.add_run(_clean(chart.title) + ". ").bold = True
                caption.add_run(_clean(chart.alt))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def workshop_docx(view: AudienceView) -> bytes:
    from .summary import build_summary

    return render(
        build_summary(view),
        view.workshop.title,
        footer=f"{view.workshop.title} – {view.collaboration.name}",
    )


def report_docx(report) -> bytes:
    title = report.elements[0].text if report.elements else report.collaboration.name
    return render(report.elements, title, footer=report.collaboration.name)
