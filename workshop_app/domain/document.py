"""A format-neutral document: what exercises say about a block.

Exercises describe their room view and their summary section as a list of
these elements; the room window draws them large, each exporter writes them
in its format. Charts are described here and drawn (lazily) by whoever renders.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
            case Callout(label=label, text=t):
                out.append(f"{label}: {t}")
            case Chart(title=title, alt=alt, data=data):
                out.extend([title, alt, _words(data)])
    return "\n".join(out)


def _words(data: Any) -> str:
    if isinstance(data, dict):
        return " ".join(f"{k} {_words(v)}" for k, v in data.items())
    if isinstance(data, list | tuple):
        return " ".join(_words(v) for v in data)
    return str(data)
