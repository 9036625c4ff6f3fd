"""The one place that decides what an audience may see.

The room window (projector) and every exporter receive an :class:`AudienceView`
built here; none of them filters items on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from .records import Block, Item, ItemKind, Visibility
from .snapshot import WorkshopSnapshot


class Audience(StrEnum):
    """Who a view or an export is made for."""

    INTERNAL = "internal"  # the facilitator: everything
    PARTNERS = "partners"  # partner organisations: all but internal
    PUBLIC = "public"  # the public and the press: public items only
    ROOM = "room"  # the projector: what partners may see, and only revealed results


#: Item kinds that are confidential whatever visibility they carry.
ALWAYS_INTERNAL_KINDS = frozenset({ItemKind.FACILITATOR_NOTE.value})

#: Sensitivities of shared data (information-sharing exercises, ``fields["sensitivity"]``).
OPEN, RESTRICTED, CONFIDENTIAL = "open", "restricted", "confidential"
#: Item kinds whose ``fields["sensitivity"]`` limits their visibility.
SENSITIVITY_KINDS = frozenset({"sharing_commitment"})
#: Sensitivities whose details may never be published, whatever the item's visibility.
NEVER_PUBLIC_SENSITIVITIES = frozenset({RESTRICTED, CONFIDENTIAL})

_RANK = {Visibility.PUBLIC.value: 0, Visibility.PARTNERS.value: 1, Visibility.INTERNAL.value: 2}
_CLEARANCE = {
    Audience.PUBLIC: 0,
    Audience.PARTNERS: 1,
    Audience.ROOM: 1,
    Audience.INTERNAL: 2,
}


def effective_visibility(item: Item) -> str:
    """The visibility that actually applies to ``item``.

    Facilitator notes are internal whatever they say. Exercises whose fields
    imply a stricter visibility (for example the sensitivity of shared data)
    add their rule here, so the rule stays in one place.
    """
    if item.kind in ALWAYS_INTERNAL_KINDS:
        return Visibility.INTERNAL.value
    if item.visibility not in _RANK:  # unknown values are treated as the strictest
        return Visibility.INTERNAL.value
    if item.kind in SENSITIVITY_KINDS:
        sensitivity = item.fields.get("sensitivity") or OPEN
        if sensitivity not in {OPEN} | NEVER_PUBLIC_SENSITIVITIES:
            return Visibility.INTERNAL.value  # a sensitivity we do not know: strictest
        if sensitivity in NEVER_PUBLIC_SENSITIVITIES and item.visibility == Visibility.PUBLIC:
            return Visibility.PARTNERS.value
    return item.visibility


def visible_to(audience: Audience | str, item: Item) -> bool:
    """May ``audience`` see ``item`` on its own (ignoring its parents)?"""
    return _RANK[effective_visibility(item)] <= _CLEARANCE[Audience(audience)]


def results_visible(audience: Audience | str, block: Block) -> bool:
    """May ``audience`` see the results (vote tallies, ratings) of ``block``?

    Results a facilitator keeps hidden are shown only to the facilitator until
    revealed; the block setting ``results_hidden`` and ``revealed`` control it.
    """
    if Audience(audience) is Audience.INTERNAL:
        return True
    return not block.settings.get("results_hidden", False) or bool(
        block.settings.get("revealed", False)
    )


def filter_items(audience: Audience | str, items: Iterable[Item]) -> list[Item]:
    """The items ``audience`` may see; an item under a hidden parent is hidden too."""
    clearance = _CLEARANCE[Audience(audience)]
    items = list(items)
    # The same rule as visible_to(), with the audience looked up once: the room
    # filters every item of a workshop on each capture.
    own = {item.id: _RANK[effective_visibility(item)] <= clearance for item in items}
    parents = {item.id: item.parent_id for item in items if item.parent_id}

    def chain_visible(item_id: str) -> bool:
        seen = set()
        while item_id in parents and item_id not in seen:
            seen.add(item_id)
            item_id = parents[item_id]
            if not own.get(item_id, True):  # a parent outside the list does not hide
                return False
        return True

    return [
        item
        for item in items
        if own[item.id] and (item.parent_id is None or chain_visible(item.id))
    ]


@dataclass(frozen=True)
class AudienceView(WorkshopSnapshot):
    """A workshop snapshot already filtered for one audience.

    Built only by :func:`audience_view`; carries its audience so renderers can
    say whom a document is for without deciding anything themselves.
    """

    audience: Audience = Audience.PUBLIC


def audience_view(snapshot: WorkshopSnapshot, audience: Audience | str) -> AudienceView:
    """Filter ``snapshot`` for ``audience``: the only way a room view or export gets data."""
    audience = Audience(audience)
    items = filter_items(audience, snapshot.items)
    blocks = tuple(
        replace(
            block, settings={**block.settings, "results_visible": results_visible(audience, block)}
        )
        for block in snapshot.blocks
    )
    return AudienceView(
        collaboration=snapshot.collaboration,
        partners=snapshot.partners,
        workshop=snapshot.workshop,
        blocks=blocks,
        items=tuple(items),
        history=tuple(filter_items(audience, snapshot.history)),
        audience=audience,
    )
