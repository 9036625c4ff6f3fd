"""Agenda templates: ready-made block lists a workshop starts from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from ..domain.records import Block
from ..i18n import tr
from ..resources import resource_path
from .registry import get_kind


@dataclass(frozen=True)
class TemplateBlock:
    kind: str
    title: str
    minutes: int
    prompt: str = ""


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    description: str
    blocks: tuple[TemplateBlock, ...]

    @property
    def label(self) -> str:
        return tr("Templates", self.name)

    def make_blocks(self, workshop_id: str) -> list[Block]:
        """Fresh agenda blocks for ``workshop_id``, with each kind's default prompt and settings."""
        blocks = []
        for position, tb in enumerate(self.blocks):
            kind = get_kind(tb.kind)
            blocks.append(
                Block(
                    workshop_id=workshop_id,
                    kind=kind.key,
                    title=tb.title or kind.name,
                    prompt=tb.prompt or kind.prompt,
                    timebox_minutes=tb.minutes,
                    position=float(position),
                    settings=kind.default_settings(),
                )
            )
        return blocks


@cache
def templates() -> tuple[Template, ...]:
    """Every bundled template, the first partnership meeting first."""
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
            )
        )
    found.sort(key=lambda t: (t.key != "first_partnership_meeting", t.key == "blank", t.name))
    return tuple(found)


def template(key: str) -> Template:
    for t in templates():
        if t.key == key:
            return t
    raise KeyError(key)
