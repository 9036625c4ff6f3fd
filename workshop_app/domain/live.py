"""A workshop kept up to date edit by edit, with its audience views.

The room window and the panels need the whole workshop filtered for an audience
on every capture; reading and filtering thousands of items each time is far too
slow for a facilitator typing while people talk. :class:`LiveWorkshop` starts
from one :class:`WorkshopSnapshot` and applies each change to it and to every
audience view it has handed out. What an audience sees is still decided only by
:mod:`.visibility`; the result always equals ``audience_view(snapshot, audience)``.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Mapping
from dataclasses import replace

from .records import Block, Item, Partner
from .schema import ANY_ITEM, item_schema, referenced_kinds
from .snapshot import (
    IndexedItems,
    WorkshopSnapshot,
    block_index,
    capture_order,
    remember_block_index,
)
from .visibility import (
    Audience,
    AudienceView,
    Known,
    _Builder,
    _view,
    about_target,
    audience_view,
    count_withheld,
    counted,
    filter_items,
)


class LiveWorkshop:
    """One workshop's snapshot and audience views, patched instead of re-read."""

    def __init__(self, snapshot: WorkshopSnapshot) -> None:
        self.snapshot = snapshot
        self._by_id = {i.id: i for i in snapshot.items}
        self._parents = {i.parent_id for i in snapshot.items if i.parent_id}
        #: Items something is about through a reference to any kind (a general vote's
        #: option drawn from another block): their kinds are in no list of referenced kinds.
        self._about_any = {t for i in snapshot.items if (t := _about_any(i))}
        self._views: dict[Audience, AudienceView] = {}
        self._shown: dict[Audience, set[str]] = {}  # ids of the items each view holds
        #: Each audience's last builder: its reading of the earlier meetings is reused.
        self._builders: dict[Audience, _Builder] = {}

    def item(self, item_id: str) -> Item | None:
        """The current version of one item of the workshop (None if there is none)."""
        return self._by_id.get(item_id)

    def view(self, audience: Audience | str) -> AudienceView:
        audience = Audience(audience)
        if audience not in self._views:
            self._remember(audience, audience_view(self.snapshot, audience))
        return self._views[audience]

    def _remember(self, audience: Audience, view: AudienceView) -> None:
        self._views[audience] = view
        self._shown[audience] = {i.id for i in view.items}

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
        before = {item_id: self._by_id.get(item_id) for item_id in items}
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
        referenced = referenced_kinds()
        # Whole views are filtered again when the change can reach other items: a
        # parent (a branch appears or vanishes), an item others refer to (votes to
        # their indicator, scores to criteria), or blocks (results revealed).
        rebuild = (
            blocks is not None
            or bool(items.keys() & self._parents)
            or bool(items.keys() & self._about_any)
            or any(
                version is not None and version.kind in referenced
                for version in (*items.values(), *before.values())
            )
        )
        for item in items.values():
            if item is not None and item.parent_id:
                self._parents.add(item.parent_id)
            if item is not None and (target := _about_any(item)):
                self._about_any.add(target)
        for audience, view in list(self._views.items()):
            if rebuild:
                self._remember(audience, audience_view(self.snapshot, audience))
            else:  # the ids it holds are patched too, not gathered again from every item
                self._views[audience] = self._updated_view(view, audience, items, before)

    def _ours(self, item: Item) -> bool:
        return item.workshop_id == self.snapshot.workshop.id

    def _updated_view(
        self,
        view: AudienceView,
        audience: Audience,
        items: Mapping[str, Item | None],
        before: Mapping[str, Item | None],
    ) -> AudienceView:
        builder = _Builder(self.snapshot, audience, self._builders.get(audience))
        self._builders[audience] = builder
        shown = self._shown[audience]
        withheld = {block: dict(counts) for block, counts in view.withheld.items()}
        known: Known | None = None
        changed: dict[str, Item | None] = {}
        present = _Either(self._by_id, builder.earlier_present)
        for item_id, item in items.items():
            old = before.get(item_id)
            if old is not None and old.id not in shown and counted(old, present):
                count_withheld(withheld, old, -1)
            if item is None:
                changed[item_id] = None
                continue
            if self._visible(item, audience, _Either(shown, builder.earlier_ids)):
                schema = item_schema(item.kind)
                if known is None and schema is not None and _refers(schema):
                    known = builder.known(view.items)
                changed[item_id] = builder.disclose(item, known or Known({}))
            else:
                changed[item_id] = None
                if counted(item, present):
                    count_withheld(withheld, item, 1)
        held = {item_id for item_id in items if item_id in shown}
        patched = _patched(view.items, changed, held)
        for item_id, version in changed.items():
            if version is None:
                shown.discard(item_id)
            else:
                shown.add(item_id)
        return _view(
            self.snapshot,
            builder,
            patched,
            withheld,
            view.earlier_withheld,
            view.earlier,
        )

    def _visible(self, item: Item, audience: Audience, shown: _Either) -> bool:
        chain = [item]
        if item.parent_id:
            while chain[-1].parent_id in self._by_id and len(chain) < 1000:
                chain.append(self._by_id[chain[-1].parent_id])  # type: ignore[index]
        if len(filter_items(audience, chain)) != len(chain):
            return False
        target = about_target(item)
        return target is None or target in shown


class _Either:
    """Ids in either of two collections, without copying them (this workshop's and the
    earlier meetings')."""

    def __init__(self, first: Container[str], second: Container[str]) -> None:
        self.first, self.second = first, second

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.first or item_id in self.second


def _about_any(item: Item) -> str | None:
    """The id ``item`` is about when its kind may be about an item of any kind."""
    schema = item_schema(item.kind)
    about = schema.field(schema.about) if schema is not None and schema.about else None
    if about is None or about.spec.refers_to != ANY_ITEM:
        return None
    return about_target(item, schema) or None


def _refers(schema) -> bool:
    return any(
        f.spec.type == "item" or (f.spec.keys is not None and f.spec.keys.type == "item")
        for f in schema.fields
    )


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
    result = IndexedItems(kept)
    if not present:
        index = dict(block_index(items))
        for item in added:
            group = index[item.block_id] = list(index.get(item.block_id, ()))
            bisect.insort(group, item, key=capture_order)
        remember_block_index(result, index)
    return result
