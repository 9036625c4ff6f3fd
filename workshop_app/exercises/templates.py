"""Agenda templates: ready-made block lists a workshop starts from.

Each template is one file in ``resources/templates``: its name, what it is for, what
the next meeting covers (so a facilitator sees how meetings follow one another), its
stated length in minutes (its blocks' timeboxes add up to it) and its blocks. The
facilitator's own templates (saved from an agenda, or imported) are files of the same
shape in the user data folder, read and written by ``export.template_file``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..domain.records import Block
from ..i18n import Translated, tr
from ..resources import resource_path
from .registry import get_kind


@dataclass(frozen=True)
class TemplateBlock:
    kind: str
    title: str
    minutes: int
    prompt: str = ""
    #: Settings that differ from the kind's defaults (trust statements, a vote's rule).
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    description: str
    blocks: tuple[TemplateBlock, ...]
    #: What the meeting after this one covers ("" when the template does not say).
    next_meeting: str = ""
    #: The length the template states, in minutes (its timeboxes add up to it).
    minutes: int = 0
    #: Where it stands in the picker: the arc of a partnership's meetings, blank last.
    order: float = 0
    #: The facilitator's own (saved or imported), not one that comes with the app.
    mine: bool = False

    label = Translated("Templates", "name")
    description_text = Translated("Templates", "description")
    next_meeting_text = Translated("Templates", "next_meeting")

    @property
    def total_minutes(self) -> int:
        """The sum of its blocks' timeboxes: how long the meeting is planned to last."""
        return sum(b.minutes for b in self.blocks)

    def block_title(self, block: TemplateBlock) -> str:
        """A block's title as the agenda will show it (its kind's name when it has none);
        the titles of your own templates are your words, never translated."""
        if not block.title:
            return get_kind(block.kind).label
        return block.title if self.mine else tr("Templates", block.title)

    def make_blocks(self, workshop_id: str) -> list[Block]:
        """Fresh agenda blocks for ``workshop_id``, with each kind's default prompt and
        settings; a bundled template's words in the language of the app that makes them
        (your own templates' words as you wrote them)."""

        def words(text: str) -> str:
            return text if self.mine or not text else tr("Templates", text)

        blocks = []
        for position, tb in enumerate(self.blocks):
            kind = get_kind(tb.kind)
            blocks.append(
                Block(
                    workshop_id=workshop_id,
                    kind=kind.key,
                    title=words(tb.title) or tr("Exercises", kind.name),
                    prompt=words(tb.prompt) or (kind.prompt and tr("Exercises", kind.prompt)),
                    timebox_minutes=tb.minutes,
                    position=float(position),
                    settings={**kind.default_settings(), **tb.settings},
                )
            )
        return blocks


@cache
def templates() -> tuple[Template, ...]:
    """Every bundled template in the order of a partnership's meetings (its ``order``),
    the blank agenda last."""
    found = []
    for path in sorted(resource_path("templates").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(
            Template(
                key=path.stem,
                name=data["name"],
                description=data.get("description", ""),
                blocks=tuple(
                    TemplateBlock(
                        b["kind"],
                        b.get("title", ""),
                        int(b.get("minutes", 15)),
                        b.get("prompt", ""),
                    )
                    for b in data["blocks"]
                ),
                next_meeting=data.get("next_meeting", ""),
                minutes=int(data.get("minutes", 0)),
                order=float(data.get("order", 50)),
            )
        )
    found.sort(key=lambda t: (t.order, t.name))
    return tuple(found)


def template(key: str) -> Template:
    for t in templates():
        if t.key == key:
            return t
    raise KeyError(key)
