"""A workshop kept up to date edit by edit, with its audience views.

The room window and the panels need the whole workshop filtered for an audience
on every capture; reading and filtering thousands of items each time is far too
slow for a facilitator typing while people talk. :class:`LiveWorkshop` starts
from one :class:`WorkshopSnapshot` and applies each change to it and to every
audience view it has handed out. Visibility is still decided only by
:mod:`.visibility`; the result always equals ``audience_view(snapshot, audience)``.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import replace

from .records import Block, Item, Partner
from .snapshot import WorkshopSnapshot, block_index, capture_order, remember_block_index
from .visibility import Audience, AudienceView, audience_view, filter_items


class LiveWorkshop:
    """One workshop's snapshot and audience views, patched instead of re-read."""

    def __init__(self, snapshot: WorkshopSnapshot) -> None:
        self.snapshot = snapshot
        self._by_id = {i.id: i for i in snapshot.items}
        self._parents = {i.parent_id for i in snapshot.items if i.parent_id}
        self._views: dict[Audience, AudienceView] = {}

    def item(self, item_id: str) -> Item | None:
        """The current version of one item of the workshop (None if there is none)."""
        return self._by_id.get(item_id)

    def view(self, audience: Audience | str) -> AudienceView:
        audience = Audience(audience)
        if audience not in self._views:
            self._views[audience] = audience_view(self.snapshot, audience)
        return self._views[audience]

    def update(
        self,
        items: Mapping[str, Item | None] | None = None,
        blocks: tuple[Block, ...] | None = None,
        partners: tuple[Partner, ...] | None = None,
    ) -> None:
        """Apply a change: ``items`` maps each changed item id to its new version
        (None when deleted); ``blocks`` / ``partners`` replace those lists."""
        items = {k: v for k, v in (items or {}).items() if v is None or self._ours(v)}
        old = self.snapshot
        changes: dict[str, object] = {}
        if blocks is not None:
            changes["blocks"] = blocks
        if partners is not None:
            changes["partners"] = partners
        existed = items.keys() & self._by_id.keys()  # new items cannot be in any list yet
        if items:
            changes["items"] = _patched(old.items, items, existed)
            for item_id, item in items.items():
                if item is None:
                    self._by_id.pop(item_id, None)
                else:
                    self._by_id[item_id] = item
        if not changes:
            return
        self.snapshot = replace(old, **changes)
        branch = bool(items.keys() & self._parents)
        for item in items.values():
            if item is not None and item.parent_id:
                self._parents.add(item.parent_id)
        for audience, view in list(self._views.items()):
            if branch:  # a parent changed: a whole branch may appear or vanish
                self._views[audience] = audience_view(self.snapshot, audience)
            else:
                self._views[audience] = self._updated_view(view, audience, items, existed)

    def _ours(self, item: Item) -> bool:
        return item.workshop_id == self.snapshot.workshop.id

    def _updated_view(
        self,
        view: AudienceView,
        audience: Audience,
        items: Mapping[str, Item | None],
        existed: set[str],
    ) -> AudienceView:
        # Blocks (hidden results) and partners are few: filter them again whole.
        fresh = audience_view(replace(self.snapshot, items=()), audience)
        if not items:
            return replace(fresh, items=view.items)
        by_id: dict[str, Item] | None = None
        visible: dict[str, Item | None] = {}
        for item_id, item in items.items():
            if item is None:
                visible[item_id] = None
                continue
            chain = [item]
            if item.parent_id:
                by_id = by_id or {i.id: i for i in self.snapshot.items}
                while chain[-1].parent_id in by_id and len(chain) < 1000:
                    chain.append(by_id[chain[-1].parent_id])
            shown = len(filter_items(audience, chain)) == len(chain)
            visible[item_id] = item if shown else None
        return replace(fresh, items=_patched(view.items, visible, existed))


def _patched(
    items: tuple[Item, ...], changed: Mapping[str, Item | None], present: set[str]
) -> tuple[Item, ...]:
    """``items`` with each changed id replaced, removed (None) or added, in capture order.

    ``present`` names the changed ids that may already be in ``items``: when every
    change is a new item (the common case while capturing) nothing is scanned, and
    the grouping by block is carried over instead of rebuilt.
    """
    kept = [i for i in items if i.id not in present] if present else list(items)
    added = [item for item in changed.values() if item is not None]
    for item in added:
        bisect.insort(kept, item, key=capture_order)
    result = tuple(kept)
    if not present:
        index = dict(block_index(items))
        for item in added:
            group = index[item.block_id] = list(index.get(item.block_id, ()))
            bisect.insort(group, item, key=capture_order)
        remember_block_index(result, index)
    return result
