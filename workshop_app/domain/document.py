"""A format-neutral document: what exercises say about a block.

Exercises describe their room view and their summary section as a list of
these elements; the room window draws them large, each exporter writes them
in its format. Charts are described here and drawn (lazily) by whoever renders.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Callout:
    """A warning or a highlighted statement; ``label`` says what it is in words, not colour."""

    label: str
    text: str

    @property
    def lead(self) -> str:
        """The label as the language writes it before what it says: "Note:" in English,
        "Note :" in French; empty without a label."""
        from ..i18n import tr

        return tr("Document", "{label}:").format(label=self.label) if self.label else ""


@dataclass(frozen=True)
class Chart:
    """A chart to be drawn by :mod:`workshop_app.charts`.

    ``kind`` names a drawing function there; ``data`` is plain JSON-able data;
    ``alt`` says in words what the chart shows (for screen readers and text formats).
    """

    kind: str
    title: str
    data: dict[str, Any] = field(default_factory=dict)
    alt: str = ""


Element = Heading | Paragraph | BulletList | Table | Callout | Chart


def plain_text(elements: list[Element]) -> str:
    """Every word in ``elements`` as plain text (used by tests and accessibility)."""
    out: list[str] = []
    for e in elements:
        match e:
            case Heading(text=t) | Paragraph(text=t):
                out.append(t)
            case BulletList(items=items):
                out.extend(items)
            case Table(headers=h, rows=rows):
                out.append(" | ".join(h))
                out.extend(" | ".join(r) for r in rows)
            case Callout(text=t) as callout:
                out.append(f"{callout.lead} {t}".strip())
            case Chart(title=title, alt=alt, data=data):
                out.extend([title, alt, _words(data)])
    return "\n".join(out)


def _words(data: Any) -> str:
    if isinstance(data, dict):
        return " ".join(f"{k} {_words(v)}" for k, v in data.items())
    if isinstance(data, list | tuple):
        return " ".join(_words(v) for v in data)
    return str(data)


# Control characters a document must not carry (tab and newline are kept), and
# the bidirectional controls that, left open, would flip every line after them.
_CONTROL = {
    c: None for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)]
}
_OPENERS_POP = "\u202a\u202b\u202d\u202e"  # embeddings and overrides, closed by U+202C
_OPENERS_ISOLATE = "\u2066\u2067\u2068"  # isolates, closed by U+2069


def displayable(text: str) -> str:
    """``text`` safe to lay out: no control characters, no bidi control left open.

    Right-to-left text itself is kept; an override or isolate someone typed and
    never closed is closed at the end of the text, so it cannot spill into the
    rest of a page.
    """
    text = text.translate(_CONTROL)
    open_pops = open_isolates = 0
    for ch in text:
        if ch in _OPENERS_POP:
            open_pops += 1
        elif ch == "\u202c" and open_pops:
            open_pops -= 1
        elif ch in _OPENERS_ISOLATE:
            open_isolates += 1
        elif ch == "\u2069" and open_isolates:
            open_isolates -= 1
    return text + "\u202c" * open_pops + "\u2069" * open_isolates


def displayable_elements(elements: list[Element]) -> list[Element]:
    """Every string of ``elements`` passed through :func:`displayable` (chart data included)."""
    return [_clean(e) for e in elements]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return displayable(value)
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, Heading | Paragraph | BulletList | Table | Callout | Chart):
        return type(value)(**{f.name: _clean(getattr(value, f.name)) for f in fields(value)})
    return value
