"""What someone typed, inside the rich text of a label, a tooltip or a cell: escaped, so
text such as ``<b>`` or ``&amp;`` shows as typed, and the words a search found in bold.

Plain Python (no Qt, no ``html`` module, whose table of named entities would load at
start-up): the home screen imports it before the first picture.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.search import Part


def escaped(text: str) -> str:
    """``text`` safe inside rich text: shown as typed, never read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def highlighted(parts: Iterable[Part]) -> str:
    """A snippet's parts as rich text: the matching words bold, everything escaped."""
    return "".join(
        f"<b>{escaped(part.text)}</b>" if part.matched else escaped(part.text) for part in parts
    )


def as_tooltip(html: str) -> str:
    """Rich text a tooltip surely shows as rich text (a tooltip guesses whether its text
    is rich; a paragraph leaves nothing to guess, so its escapes are always read)."""
    return f"<p>{html}</p>"
