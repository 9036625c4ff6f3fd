"""A complete, immutable picture of one workshop, as read from storage."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from .records import Block, Collaboration, Item, Partner, Workshop

_capture_order = attrgetter("position", "created_at")


@dataclass(frozen=True)
class WorkshopSnapshot:
    """One workshop with its collaboration, partners, agenda and items.

    ``history`` holds items from the collaboration's *other* workshops that
    exercises read across meetings (partnership history, trust trend); it is
    filtered by the same visibility rule as ``items``.
    """

    collaboration: Collaboration
    partners: tuple[Partner, ...]
    workshop: Workshop
    blocks: tuple[Block, ...]
    items: tuple[Item, ...]
    history: tuple[Item, ...] = field(default=())

    def block(self, block_id: str) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def partner(self, partner_id: str | None) -> Partner | None:
        return next((p for p in self.partners if p.id == partner_id), None)

    def items_in(self, block_id: str | None, kinds: Iterable[str] | None = None) -> list[Item]:
        """Items of one block (or the workshop-wide ones when ``block_id`` is None), in order."""
        wanted = set(kinds) if kinds is not None else None
        found = [i for i in self.items if i.block_id == block_id]
        if wanted is not None:
            found = [i for i in found if i.kind in wanted]
        found.sort(key=_capture_order)
        return found

    def items_of_kind(self, *kinds: str) -> list[Item]:
        """Items of the given kinds from every block, in agenda then capture order."""
        order = {b.id: b.position for b in self.blocks}
        return sorted(
            (i for i in self.items if i.kind in kinds),
            key=lambda i: (order.get(i.block_id or "", -1), *_capture_order(i)),
        )
