"""Self-contained HTML: one file, charts embedded as data URIs, no links, no web fonts."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
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


def _text(value: str) -> str:
    """Escaped user text; line breaks kept."""
    return escape(str(value), quote=True).replace("\n", "<br>")


def _anchor(n: int) -> str:
    return f"section-{n}"


def render(elements: Iterable[Element], title: str, language: str = "en", footer: str = "") -> str:
    """A complete HTML page for ``elements``."""
    elements = list(elements)
    title, footer = displayable(title), displayable(footer)
    body: list[str] = []
    toc: list[tuple[str, str]] = []
    previous_heading = False
    for element in elements:
        match element:
            case Heading(text=text, level=level):
                level = max(1, min(level, 6))
                if level == 2:
                    anchor = _anchor(len(toc) + 1)
                    toc.append((anchor, text))
                    body.append(f'<h2 id="{anchor}">{_text(text)}</h2>')
                else:
                    body.append(f"<h{level}>{_text(text)}</h{level}>")
            case Paragraph(text=text, emphasis=emphasis):
                css = ' class="prompt"' if emphasis and previous_heading else ""
                inner = f"<em>{_text(text)}</em>" if emphasis and not css else _text(text)
                body.append(f"<p{css}>{inner}</p>")
            case BulletList(items=items, ordered=ordered):
                tag = "ol" if ordered else "ul"
                lis = "".join(f"<li>{_text(i)}</li>" for i in items)
                body.append(f"<{tag}>{lis}</{tag}>")
            case Table(headers=headers, rows=rows):
                head = "".join(f'<th scope="col">{_text(h)}</th>' for h in headers)
                trs = "".join(
                    "<tr>" + "".join(f"<td>{_text(c)}</td>" for c in row) + "</tr>" for row in rows
                )
                body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{trs}</tbody></table>")
            case Callout(label=label, text=text):
                body.append(
                    f'<aside role="note"><strong>{_text(label)}:</strong> {_text(text)}</aside>'
                )
            case Chart() as chart:
                body.append(_figure(chart))
        previous_heading = isinstance(element, Heading)
    nav = ""
    if len(toc) > 2:
        links = "".join(f'<li><a href="#{a}">{_text(t)}</a></li>' for a, t in toc)
        nav = (
            f'<nav class="toc" aria-label="{escape(tr("Export", "Contents"))}">'
            f"<h2>{escape(tr('Export', 'Contents'))}</h2><ul>{links}</ul></nav>"
        )
    # the table of contents goes after the header block (title, facts, audience)
    insert_at = next((i for i, part in enumerate(body) if part.startswith("<h2")), len(body))
    body.insert(insert_at, nav)
    foot = f"<footer>{_text(footer)}</footer>" if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(part for part in body if part)
        + f"\n</main>\n{foot}\n</body>\n</html>\n"
    )


def _figure(chart: Chart) -> str:
    png = chart_png(chart)
    caption = _text(chart.alt or chart.title)
    if png is None:
        return (
            f"<figure><p><strong>{_text(chart.title)}</strong></p>"
            f"<figcaption>{caption}</figcaption></figure>"
        )
    data = base64.b64encode(png).decode("ascii")
    alt = escape(chart.alt or chart.title, quote=True)
    return (
        f'<figure><img src="data:image/png;base64,{data}" alt="{alt}">'
        f"<figcaption><strong>{_text(chart.title)}</strong>. {caption}</figcaption>"
        "</figure>"
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
