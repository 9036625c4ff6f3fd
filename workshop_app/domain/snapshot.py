"""A complete, immutable picture of one workshop, as read from storage."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter

from .records import Block, Collaboration, Item, Partner, Workshop

#: The order items were captured in: their position, then when they were captured.
capture_order = attrgetter("position", "created_at")


class IndexedItems(tuple):
    """Items that carry their grouping by block (see :func:`block_index`)."""

    by_block: dict[str | None, list[Item]]


def indexed(items: Iterable[Item]) -> IndexedItems:
    """``items`` as a tuple that will remember its grouping by block."""
    return items if isinstance(items, IndexedItems) else IndexedItems(items)


def block_index(items: tuple[Item, ...]) -> dict[str | None, list[Item]]:
    """``items`` grouped by block id, each group in the order of ``items``."""
    found = getattr(items, "by_block", None)
    if found is not None:
        return found
    index: dict[str | None, list[Item]] = {}
    for item in items:
        index.setdefault(item.block_id, []).append(item)
    remember_block_index(items, index)
    return index


def remember_block_index(items: tuple[Item, ...], index: dict[str | None, list[Item]]) -> None:
    """Record ``index`` as the grouping of ``items`` (built by whoever made them)."""
    if isinstance(items, IndexedItems):
        items.by_block = index


#: Where a meeting with no date stands: after every dated one (it has not been held yet,
#: so it never changes what a dated meeting's summary reads).
UNDATED = "9999-12-31"


def meeting_order(workshop: Workshop) -> tuple[str, str, str]:
    """How a collaboration's meetings are ordered: by date, a meeting with no date last;
    meetings of one day by when they were planned. Every screen, summary and report
    orders meetings this way."""
    return (workshop.date or UNDATED, workshop.created_at, workshop.id)


@dataclass(frozen=True)
class EarlierMeeting:
    """An earlier meeting of the same collaboration, as far as a later one reads it.

    ``items`` are of the kinds exercises read across meetings (partnership history,
    trust ratings, criteria); ``blocks`` are the blocks holding them (whether their
    results were revealed matters). A meeting imported from a file on its own carries
    the earlier meetings it read, so its summary stays what it was.
    """

    workshop: Workshop
    blocks: tuple[Block, ...] = ()
    items: tuple[Item, ...] = ()
    #: In an audience's view: kinds of which the meeting had items this audience does not
    #: see (so "nothing recorded" is never said of what was withheld).
    withheld_kinds: frozenset[str] = frozenset()

    def block(self, block_id: str | None) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)


@dataclass(frozen=True)
class WorkshopSnapshot:
    """One workshop with its collaboration, partners, agenda and items.

    ``earlier`` holds the collaboration's meetings before this one (oldest first,
    see :func:`meeting_order`) with the items exercises read across meetings
    (partnership history, trust trend, criteria). Never later meetings: a meeting's
    summary depends only on itself and what came before it.

    ``items`` are in capture order (position, then time of capture), as the store
    reads them; :meth:`items_in` relies on it.
    """

    collaboration: Collaboration
    partners: tuple[Partner, ...]
    workshop: Workshop
    blocks: tuple[Block, ...]
    items: tuple[Item, ...]
    earlier: tuple[EarlierMeeting, ...] = field(default=())
    #: For a workshop received as a file made for an audience: how many items of each kind,
    #: by block (None: the whole workshop), that file left out. They were never here, and
    #: every summary of this copy still says they were withheld.
    received_withheld: Mapping[str | None, Mapping[str, int]] = field(default_factory=dict)

    @property
    def history(self) -> tuple[Item, ...]:
        """The items of every earlier meeting, oldest meeting first."""
        return tuple(item for meeting in self.earlier for item in meeting.items)

    def block(self, block_id: str) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def partner(self, partner_id: str | None) -> Partner | None:
        return next((p for p in self.partners if p.id == partner_id), None)

    def items_in(self, block_id: str | None, kinds: Iterable[str] | None = None) -> list[Item]:
        """Items of one block (or the workshop-wide ones when ``block_id`` is None), in order."""
        wanted = set(kinds) if kinds is not None else None
        found = block_index(self.items).get(block_id, [])
        return [i for i in found if i.kind in wanted] if wanted is not None else list(found)

    def items_of_kind(self, *kinds: str) -> list[Item]:
        """Items of the given kinds from every block, in agenda then capture order."""
        order = {b.id: b.position for b in self.blocks}
        return sorted(
            (i for i in self.items if i.kind in kinds),
            key=lambda i: (order.get(i.block_id or "", -1), *capture_order(i)),
        )
