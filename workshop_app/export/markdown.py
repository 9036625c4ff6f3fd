"""Markdown rendering of document elements, with every user text escaped.

User text can contain anything (``*``, ``#``, ``<script>``, ``|``); it is
escaped so it shows literally in any CommonMark renderer and cannot inject
HTML or break a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph, Table
from ..domain.visibility import AudienceView

# Backslash escapes work for every ASCII punctuation character in CommonMark;
# these are the ones that can start or end markup inside a line.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# Characters that only mean something at the start of a line.
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def escape(text: str) -> str:
    """``text`` made literal for Markdown (one or more lines)."""
    lines = []
    for line in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _ENTITY.sub("&amp;", line)
        line = _INLINE.sub(r"\\\1", line)
        line = _LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), line)
        lines.append(line)
    return "\n".join(lines)


def _escape_marker(marker: str) -> str:
    if marker[0].isdigit():
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def escape_inline(text: str) -> str:
    """``text`` on one line where line-start markers mean nothing (headings, cells)."""
    line = " ".join(str(text).split())
    line = _INLINE.sub(r"\\\1", _ENTITY.sub("&amp;", line))
    return re.sub(r"#+$", lambda m: "\\" + m.group(0), line)  # a closing # sequence


def escape_cell(text: str) -> str:
    """``text`` for a table cell: escaped, on one line."""
    return escape_inline(text)


def _block_lines(text: str, indent: str) -> str:
    """Escaped multi-line text continuing under a list marker."""
    lines = escape(text).split("\n")
    return ("  \n" + indent).join(lines)


def render(elements: Iterable[Element]) -> str:
    """Markdown text for ``elements``."""
    out: list[str] = []
    for element in elements:
        match element:
            case Heading(text=text, level=level):
                out.append("#" * max(1, min(level, 6)) + " " + escape_inline(text))
            case Paragraph(text=text, emphasis=emphasis):
                body = escape(text).replace("\n", "  \n")
                out.append(f"*{body}*" if emphasis and body.strip() else body)
            case BulletList(items=items, ordered=ordered):
                lines = []
                for n, item in enumerate(items, start=1):
                    marker = f"{n}. " if ordered else "- "
                    lines.append(marker + _block_lines(item, " " * len(marker)))
                out.append("\n".join(lines) if lines else "")
            case Table(headers=headers, rows=rows):
                out.append(_table(headers, rows))
            case Callout(text=text) as callout:
                body = escape(text).replace("\n", "  \n> ")
                out.append(f"> **{escape(callout.lead)}** {body}")
            case Chart(title=title, alt=alt):
                # Text formats carry the chart's words; the picture is in HTML/PDF/Word.
                line = f"**{escape(title)}**"
                if alt:
                    line += "  \n" + escape(alt).replace("\n", "  \n")
                out.append(line)
    return "\n\n".join(part for part in out if part) + "\n"


def _table(headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    width = max([len(headers), *(len(r) for r in rows)]) if (headers or rows) else 0
    if width == 0:
        return ""
    heads = [*headers, *([""] * (width - len(headers)))]
    lines = [
        "| " + " | ".join(escape_cell(h) for h in heads) + " |",
        "|" + "|".join(" --- " for _ in heads) + "|",
    ]
    for row in rows:
        cells = [*row, *([""] * (width - len(row)))]
        lines.append("| " + " | ".join(escape_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def workshop_markdown(view: AudienceView) -> bytes:
    """The workshop summary for ``view.audience`` as UTF-8 Markdown."""
    from .summary import build_summary

    return render(build_summary(view)).encode("utf-8")


def report_markdown(report) -> bytes:
    return render(report.elements).encode("utf-8")
