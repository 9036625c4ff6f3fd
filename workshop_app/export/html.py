"""HTML: the one renderer of document elements, and the self-contained web page.

:func:`elements_html` writes elements as HTML in a flavour: :data:`WEB_PAGE`
(one file, charts embedded as data URIs, no links, no web fonts), :data:`PRINT`
(Qt rich text that :mod:`.pdf` lays out on pages) or :data:`PREVIEW` (a panel's
preview, charts as their words).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html import escape

from ..domain.document import (
    BulletList,
    Callout,
    Chart,
    Element,
    Heading,
    Paragraph,
    Table,
    displayable,
)
from ..domain.visibility import AudienceView
from ..i18n import tr
from .images import chart_png

STYLE = """
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif;
       font-size: 17px; line-height: 1.5; color: #1a1a1a; background: #ffffff;
       max-width: 52em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 2em; line-height: 1.2; margin: 0 0 .5em; border-bottom: 3px solid #1f5fa8;
     padding-bottom: .3em; }
h2 { font-size: 1.45em; margin: 1.8em 0 .5em; border-bottom: 1px solid #c8c8c8;
     padding-bottom: .15em; }
h3 { font-size: 1.15em; margin: 1.2em 0 .4em; }
p.prompt { font-style: italic; color: #404040; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; font-size: .95em; }
th, td { border: 1px solid #b4b4b4; padding: .35em .55em; text-align: left;
         vertical-align: top; }
th { background: #eef2f7; }
tbody tr:nth-child(even) td { background: #f8f8f8; }
aside { border-left: 6px solid #1f5fa8; background: #f1f5fb; padding: .6em 1em;
        margin: 1em 0; }
aside strong { text-transform: uppercase; letter-spacing: .03em; font-size: .85em; }
figure { margin: 1em 0 1.5em; }
figure img { max-width: 100%; height: auto; border: 1px solid #e0e0e0; }
figcaption { font-size: .9em; color: #404040; }
nav.toc ul { list-style: none; padding-left: 0; }
footer { margin-top: 3em; font-size: .85em; color: #555; border-top: 1px solid #ccc;
         padding-top: .5em; }
@media print { body { max-width: none; margin: 0; } h2 { break-after: avoid; }
               figure, table { break-inside: avoid; } }
"""


def escape_text(value: str) -> str:
    """Escaped user text; line breaks kept."""
    return escape(str(value), quote=True).replace("\n", "<br>")


def _anchor(n: int) -> str:
    return f"section-{n}"


# ----------------------------------------------------------------- the renderer
ChartHtml = Callable[[Chart, int], str]  # (chart, its position among the elements) -> HTML


@dataclass(frozen=True)
class HtmlFlavour:
    """What differs where elements become HTML; the walk over them is the same.

    Templates are filled with ``str.format`` from escaped text: ``{text}``,
    ``{label}``, ``{head}`` (the header cells), ``{rows}`` and ``{anchor}``.
    """

    table: str
    header_cell: str
    callout: str
    chart: ChartHtml
    #: Heading levels are clamped to this range, then shifted (a panel's preview
    #: shows a document's top heading one size down).
    heading_levels: tuple[int, int] = (1, 6)
    heading_shift: int = 0
    #: Extra attributes of a heading by its (clamped) level; level 2 starts a section.
    heading_attributes: Mapping[int, str] = field(default_factory=dict)
    #: Around an emphasised paragraph's text.
    emphasis: tuple[str, str] = ("<em>", "</em>")
    #: When set, an emphasised paragraph right after a heading (a block's prompt)
    #: opens with this instead, unemphasised.
    prompt: str | None = None


@dataclass(frozen=True)
class HtmlBody:
    """Elements as HTML parts, and the sections (level-2 headings) they start."""

    parts: list[str]
    sections: list[tuple[str, str]]  # (anchor, heading text)
    first_section: int  # index in ``parts`` of the first section heading

    def html(self, contents: str = "") -> str:
        """The parts joined; ``contents`` (a table of contents) before the first section."""
        parts = list(self.parts)
        if contents:
            parts.insert(self.first_section, contents)
        return "\n".join(parts)


def elements_html(elements: Iterable[Element], flavour: HtmlFlavour) -> HtmlBody:
    """``elements`` as HTML written the way ``flavour`` says (user text escaped)."""
    f = flavour
    parts: list[str] = []
    sections: list[tuple[str, str]] = []
    first_section: int | None = None
    previous_heading = False
    for position, element in enumerate(elements):
        match element:
            case Heading(text=text, level=level):
                low, high = f.heading_levels
                level = max(low, min(level, high))
                shown = max(1, min(level + f.heading_shift, 6))
                attributes = f.heading_attributes.get(level, "")
                if level == 2:
                    anchor = _anchor(len(sections) + 1)
                    sections.append((anchor, text))
                    attributes = attributes.format(anchor=anchor)
                    if first_section is None:
                        first_section = len(parts)
                parts.append(f"<h{shown}{attributes}>{escape_text(text)}</h{shown}>")
            case Paragraph(text=text, emphasis=emphasis):
                if emphasis and previous_heading and f.prompt is not None:
                    parts.append(f"{f.prompt}{escape_text(text)}</p>")
                elif emphasis:
                    parts.append(f"<p>{f.emphasis[0]}{escape_text(text)}{f.emphasis[1]}</p>")
                else:
                    parts.append(f"<p>{escape_text(text)}</p>")
            case BulletList(items=items, ordered=ordered):
                tag = "ol" if ordered else "ul"
                parts.append(
                    f"<{tag}>" + "".join(f"<li>{escape_text(i)}</li>" for i in items) + f"</{tag}>"
                )
            case Table(headers=headers, rows=rows):
                head = "".join(f.header_cell.format(text=escape_text(h)) for h in headers)
                body = "".join(
                    "<tr>" + "".join(f"<td>{escape_text(c)}</td>" for c in row) + "</tr>"
                    for row in rows
                )
                parts.append(f.table.format(head=head, rows=body))
            case Callout(text=text) as callout:
                parts.append(
                    f.callout.format(label=escape_text(callout.lead), text=escape_text(text))
                )
            case Chart() as chart:
                parts.append(f.chart(chart, position))
        previous_heading = isinstance(element, Heading)
    return HtmlBody(parts, sections, len(parts) if first_section is None else first_section)


def _figure(chart: Chart, _position: int = 0) -> str:
    """A chart as a picture embedded in the page (its words when it cannot be drawn)."""
    png = chart_png(chart)
    caption = escape_text(chart.alt or chart.title)
    if png is None:
        return (
            f"<figure><p><strong>{escape_text(chart.title)}</strong></p>"
            f"<figcaption>{caption}</figcaption></figure>"
        )
    data = base64.b64encode(png).decode("ascii")
    alt = escape(chart.alt or chart.title, quote=True)
    return (
        f'<figure><img src="data:image/png;base64,{data}" alt="{alt}">'
        f"<figcaption><strong>{escape_text(chart.title)}</strong>. {caption}</figcaption>"
        "</figure>"
    )


#: A self-contained web page (styled by :data:`STYLE`, charts embedded as pictures).
WEB_PAGE = HtmlFlavour(
    heading_attributes={2: ' id="{anchor}"'},
    prompt='<p class="prompt">',
    table="<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>",
    header_cell='<th scope="col">{text}</th>',
    callout='<aside role="note"><strong>{label}</strong> {text}</aside>',
    chart=_figure,
)

#: Qt rich text for print (PDF and the printer): Qt's subset of HTML, styled inline.
#: Charts are their words here; :mod:`.pdf` puts the picture above them.
PRINT = HtmlFlavour(
    heading_levels=(1, 4),
    heading_attributes={1: ' style="color:#12335f"', 2: ' style="page-break-after: avoid"'},
    emphasis=('<i style="color:#404040">', "</i>"),
    table=(
        '<table border="1" cellspacing="0" cellpadding="5" width="100%" '
        'style="border-color:#9a9a9a; border-style: solid">'
        "<thead><tr>{head}</tr></thead>{rows}</table><p></p>"
    ),
    header_cell='<th align="left" bgcolor="#e6ecf4">{text}</th>',
    callout=(
        '<table width="100%" cellpadding="8" cellspacing="0" '
        'bgcolor="#eef3fa" border="0"><tr><td>'
        '<b style="color:#12335f">{label}</b> {text}'
        "</td></tr></table><p></p>"
    ),
    chart=lambda chart, _position: (
        f"<p><b>{escape_text(chart.title)}.</b> {escape_text(chart.alt)}</p>"
    ),
)

#: A plain preview in a facilitator's panel (a QTextBrowser): charts as their words.
PREVIEW = HtmlFlavour(
    heading_shift=1,
    emphasis=("<b>", "</b>"),
    table="<table border='1' cellpadding='4' cellspacing='0'><tr>{head}</tr>{rows}</table>",
    header_cell="<th align='left'>{text}</th>",
    callout="<p style='border:2px solid; padding:6px'><b>{label}</b> {text}</p>",
    chart=lambda chart, _position: (
        f"<p><i>{escape_text(chart.title)}</i>: {escape_text(chart.alt)}</p>"
    ),
)


def render(elements: Iterable[Element], title: str, language: str = "en", footer: str = "") -> str:
    """A complete, self-contained HTML page for ``elements``."""
    title, footer = displayable(title), displayable(footer)
    body = elements_html(elements, WEB_PAGE)
    nav = ""
    if len(body.sections) > 2:
        links = "".join(f'<li><a href="#{a}">{escape_text(t)}</a></li>' for a, t in body.sections)
        nav = (
            f'<nav class="toc" aria-label="{escape(tr("Export", "Contents"))}">'
            f"<h2>{escape(tr('Export', 'Contents'))}</h2><ul>{links}</ul></nav>"
        )
    # the table of contents goes after the header block (title, facts, audience)
    foot = f"<footer>{escape_text(footer)}</footer>" if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape_text(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        + body.html(nav)
        + f"\n</main>\n{foot}\n</body>\n</html>\n"
    )


def _footer(view_or_name: str) -> str:
    return tr("Export", "Made with Workshop App from {what}.").format(what=view_or_name)


def workshop_html(view: AudienceView) -> bytes:
    from .summary import build_summary

    title = f"{view.workshop.title} – {view.collaboration.name}"
    return render(build_summary(view), title, footer=_footer(view.collaboration.name)).encode(
        "utf-8"
    )


def report_html(report) -> bytes:
    title = re.sub(r"\s+", " ", report.elements[0].text) if report.elements else "Report"
    return render(report.elements, title, footer=_footer(report.collaboration.name)).encode("utf-8")
