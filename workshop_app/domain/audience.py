"""Audiences and the rule for a whole item: who a view is made for, how far each
visibility reaches, and whether an item (with its parents) or a block's results may
be seen. What an audience may see *of* an item, a roster and a workshop is
:mod:`.visibility`'s, which builds every audience view on these rules."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from .records import Block, Item, Visibility
from .schema import OPEN, SENSITIVITIES, item_schema


class Audience(StrEnum):
    """Who a view or an export is made for."""

    INTERNAL = "internal"  # the facilitator: everything
    PARTNERS = "partners"  # partner organisations: all but internal
    PUBLIC = "public"  # the public and the press: public items only
    ROOM = "room"  # the projector: what partners may see, and only revealed results


#: How far each visibility reaches: an audience sees what ranks at most its clearance.
RANK = {Visibility.PUBLIC.value: 0, Visibility.PARTNERS.value: 1, Visibility.INTERNAL.value: 2}
CLEARANCE = {
    Audience.PUBLIC: 0,
    Audience.PARTNERS: 1,
    Audience.ROOM: 1,
    Audience.INTERNAL: 2,
}


def effective_visibility(item: Item) -> str:
    """The visibility that actually applies to ``item``.

    Kinds declared always internal (facilitator notes) are internal whatever they
    say; a kind with a sensitivity field is never public unless its data is classified
    open (restricted, confidential or not yet classified); unknown values are treated
    as the strictest.
    """
    schema = item_schema(item.kind)
    if schema is not None and schema.always_internal:
        return Visibility.INTERNAL.value
    if item.visibility not in RANK:
        return Visibility.INTERNAL.value
    if schema is not None and schema.sensitivity:
        sensitivity = item.fields.get(schema.sensitivity, "")
        if not isinstance(sensitivity, str) or sensitivity not in (*SENSITIVITIES, ""):
            return Visibility.INTERNAL.value  # a sensitivity we do not know: strictest
        # Data nobody has classified yet is not published until someone says it is open.
        if sensitivity != OPEN and item.visibility == Visibility.PUBLIC:
            return Visibility.PARTNERS.value
    return item.visibility


def visible_to(audience: Audience | str, item: Item) -> bool:
    """May ``audience`` see ``item`` on its own (ignoring its parents)?"""
    return RANK[effective_visibility(item)] <= CLEARANCE[Audience(audience)]


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
    """The items ``audience`` may see by visibility; an item under a hidden parent is
    hidden too. (What it may see *of* each item is :func:`disclose_item`'s part.)"""
    clearance = CLEARANCE[Audience(audience)]
    items = list(items)
    # The same rule as visible_to(), with the audience looked up once: the room
    # filters every item of a workshop on each capture.
    own = {item.id: RANK[effective_visibility(item)] <= clearance for item in items}
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
