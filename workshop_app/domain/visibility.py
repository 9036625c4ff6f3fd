"""The one place that decides what an audience may see (with :mod:`.audience`, the
rule for a whole item that it builds on).

:func:`audience_view` turns a workshop snapshot into what one audience may see of
it: which items, which parts of each item (its results, who said it, what it
refers to: see :mod:`.schema`), which roster fields of each partner, which
earlier meetings' items, and which whole sections. The room window, every
exporter, the collaboration report and every chart receive such a view and
render what it holds; none of them decides anything about an audience.

What is withheld is said, not hidden silently: the view counts the items it left
out of each block (:meth:`AudienceView.withheld_in`), names the roster fields it
left out (:meth:`AudienceView.withheld_field`) and the sections it does not give
(:meth:`AudienceView.discloses`), so a summary can say "withheld" rather than
"nothing was recorded".
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..i18n import tr
from .audience import CLEARANCE, RANK, Audience, effective_visibility, filter_items, results_visible
from .audience import visible_to as visible_to  # re-exported: the policy's entry points
from .records import Block, Item, Partner, sector_label
from .schema import (
    ROSTER_FIELDS,
    Disclosure,
    ItemSchema,
    Spec,
    decider,
    item_schema,
    roster_visibility,
    sections,
)
from .snapshot import EarlierMeeting, IndexedItems, WorkshopSnapshot, block_index

#: The least clearance each kind of disclosure asks for, besides the item's own.
_FLOOR = {
    Disclosure.ITEM: 0,
    Disclosure.RESULT: 0,
    Disclosure.PARTNERS: 1,
    Disclosure.INTERNAL: 2,
}


@dataclass(frozen=True)
class Known:
    """The items an audience may see, by id with their rank (for references)."""

    ranks: Mapping[str, int]

    def allows(self, item_id: Any, at_most: int) -> bool:
        rank = self.ranks.get(item_id) if isinstance(item_id, str) else None
        return rank is not None and rank <= at_most


def disclose_item(
    item: Item, audience: Audience | str, results_shown: bool, known: Known | None = None
) -> Item:
    """What ``audience`` may see of ``item`` (which it may see as a whole).

    Fields, text and partner follow the item's declaration (:class:`ItemSchema`):
    results only once shown, who said it only to the facilitation team, references
    only to items the audience sees, and nothing of a field nobody declared. The
    facilitation team sees everything.
    """
    audience = Audience(audience)
    schema = item_schema(item.kind)
    if audience is Audience.INTERNAL:
        return _without_dangling(item, schema, known)
    clearance = CLEARANCE[audience]
    rank = RANK[effective_visibility(item)]
    if schema is None:  # a kind nobody declared: its words, nothing else
        return replace(item, fields={}, partner_id=None)
    changes: dict[str, Any] = {}
    if max(rank, _FLOOR[schema.text]) > clearance:
        changes["text"] = ""
    if item.partner_id is not None and (
        schema.partner is None or max(rank, _FLOOR[schema.partner]) > clearance
    ):
        changes["partner_id"] = None
    fields: dict[str, Any] = {}
    for name, value in item.fields.items():
        declared = schema.field(name)
        if declared is None or max(rank, _FLOOR[declared.disclosure]) > clearance:
            continue
        if declared.disclosure is Disclosure.RESULT and not results_shown:
            continue
        kept = _references_kept(declared.spec, value, rank, known)
        if kept is not _DROP:
            fields[name] = kept
    if fields != item.fields:
        changes["fields"] = fields
    return replace(item, **changes) if changes else item


_DROP = object()


def _without_dangling(item: Item, schema: ItemSchema | None, known: Known | None) -> Item:
    """The team sees everything of ``item`` but references to items that are gone."""
    if schema is None or known is None:
        return item
    fields = dict(item.fields)
    for declared in schema.fields:
        if declared.name in fields:
            kept = _references_kept(declared.spec, fields[declared.name], 2, known)
            if kept is _DROP:
                del fields[declared.name]
            else:
                fields[declared.name] = kept
    return item if fields == item.fields else replace(item, fields=fields)


def _references_kept(spec: Spec, value: Any, rank: int, known: Known | None) -> Any:
    """``value`` without references to items the audience may not see (or that are
    stricter than the item holding them: a public indicator is never scored against
    a partners-only criterion, whoever reads it)."""
    if known is None:
        return value
    if spec.type == "item":  # a reference: kept while the audience sees what it names
        return value if not value or known.allows(value, 2) else _DROP
    if spec.type == "map" and spec.keys is not None and spec.keys.type == "item":
        if not isinstance(value, dict):
            return _DROP
        return {
            k: v for k, v in value.items() if k in spec.keys.standard_keys or known.allows(k, rank)
        }
    return value


def about_target(item: Item, schema: ItemSchema | None = None) -> str | None:
    """The id of the item ``item`` is about (a vote's indicator), if its kind has one."""
    schema = schema or item_schema(item.kind)
    if schema is None or not schema.about:
        return None
    value = item.fields.get(schema.about)
    return value if isinstance(value, str) else ""


def counted(item: Item, present: Container[str] | None = None) -> bool:
    """Whether leaving ``item`` out is worth saying: not a facilitator note, and not about
    an item that is gone (no audience sees that, so nothing is withheld from anyone).
    ``present``: the ids of the workshop's items."""
    schema = item_schema(item.kind)
    if schema is not None and schema.always_internal:
        return False
    target = about_target(item, schema)
    return target is None or present is None or target in present


class _Roster:
    """What an audience may see of a roster: shared by workshop and collaboration views."""

    partner_withheld: Mapping[str, frozenset[str]]

    def withheld_field(self, partner: Partner, name: str) -> bool:
        """Was roster field ``name`` of ``partner`` left out for this audience?"""
        return name in self.partner_withheld.get(partner.id, frozenset())

    def roster_text(self, partner: Partner, name: str) -> str:
        """Roster field ``name`` of ``partner`` as a reader sees it: its value in words,
        or "(withheld)"."""
        if self.withheld_field(partner, name) and name != "organisation":
            return tr("Export", "(withheld)")
        value = str(getattr(partner, name))
        return sector_label(value) if name == "sector" else value


@dataclass(frozen=True)
class RosterView(_Roster):
    """A collaboration's partner roster as one audience may see it (the report's)."""

    partners: tuple[Partner, ...]
    audience: Audience
    partner_withheld: Mapping[str, frozenset[str]] = field(default_factory=dict)


def roster_view(partners: Iterable[Partner], audience: Audience | str) -> RosterView:
    """``partners`` as ``audience`` may see them (withheld fields blanked and named)."""
    audience = Audience(audience)
    partners = tuple(partners)
    return RosterView(
        tuple(disclose_partner(p, audience, n) for n, p in enumerate(partners, 1)),
        audience,
        {p.id: fields for p in partners if (fields := withheld_roster_fields(p, audience))},
    )


@dataclass(frozen=True)
class AudienceView(_Roster, WorkshopSnapshot):
    """A workshop snapshot already filtered for one audience.

    Built only by :func:`audience_view`; carries its audience so renderers can say
    whom a document is for, and what was withheld, without deciding anything.
    """

    audience: Audience = Audience.PUBLIC
    #: Blocks (of this and earlier meetings) whose results this audience sees.
    results_shown: frozenset[str] = frozenset()
    #: How many items of each kind were left out, by block (None: the whole workshop).
    withheld: Mapping[str | None, Mapping[str, int]] = field(default_factory=dict)
    #: Item kinds of which something was left out of the earlier meetings.
    earlier_withheld: frozenset[str] = frozenset()
    #: Roster fields left out, by partner id.
    partner_withheld: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Summary sections this audience receives (see ``schema.register_section``).
    sections: frozenset[str] = frozenset()
    #: What each block with results decided, by item (an indicator: "adopted"...), made on
    #: the whole block and given only for items this audience sees, once results are shown.
    decided: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def shows_results(self, block_id: str | None) -> bool:
        """Does this audience see the results of the block (e.g. a vote's tallies)?"""
        return block_id in self.results_shown

    def withheld_in(self, block_id: str | None, kinds: Iterable[str] | None = None) -> int:
        """How many items of ``block_id`` (of ``kinds``, or of any kind) this audience
        does not see."""
        counts = self.withheld.get(block_id, {})
        if kinds is None:
            return sum(counts.values())
        return sum(counts.get(k, 0) for k in kinds)

    @property
    def withheld_count(self) -> int:
        """How many items of the whole workshop this audience does not see."""
        return sum(n for counts in self.withheld.values() for n in counts.values())

    def withheld_of(self, kinds: Iterable[str]) -> int:
        """How many items of ``kinds`` this audience does not see, in the whole workshop."""
        wanted = set(kinds)
        return sum(n for counts in self.withheld.values() for k, n in counts.items() if k in wanted)

    @property
    def withheld_kinds(self) -> frozenset[str]:
        """Item kinds of which something was left out, here or in earlier meetings."""
        here = {kind for counts in self.withheld.values() for kind in counts}
        return frozenset(here) | self.earlier_withheld

    def discloses(self, section: str) -> bool:
        """Does this audience receive the summary section ``section``?"""
        return section in self.sections


def disclose_partner(partner: Partner, audience: Audience | str, number: int) -> Partner:
    """What ``audience`` may see of a partner's roster entry (``number``: its place on the
    roster, for a partner whose very name is withheld)."""
    withheld = withheld_roster_fields(partner, audience)
    if not withheld:
        return partner
    changes: dict[str, Any] = {name: "" for name in withheld}
    if "organisation" in withheld:
        changes["organisation"] = tr("Export", "Partner {n} (name withheld)").format(n=number)
    return replace(partner, **changes)


def withheld_roster_fields(partner: Partner, audience: Audience | str) -> frozenset[str]:
    clearance = CLEARANCE[Audience(audience)]
    return frozenset(
        name
        for name in ROSTER_FIELDS
        if RANK[roster_visibility(partner.field_visibility, name)] > clearance
    )


class _Builder:
    """The pieces of one audience view, built once and reused by :class:`LiveWorkshop`."""

    def __init__(
        self, snapshot: WorkshopSnapshot, audience: Audience, reuse: _Builder | None = None
    ) -> None:
        self.audience = audience
        self.clearance = CLEARANCE[audience]
        self.shown_blocks = self._shown(snapshot.blocks)
        #: The earlier meetings this builder read (``reuse``'s reading is taken over while
        #: they are the same: a capture changes only this meeting).
        self.source_earlier = snapshot.earlier
        if reuse is not None and reuse.source_earlier is snapshot.earlier:
            self.earlier_present = reuse.earlier_present
            self.earlier_ids = reuse.earlier_ids
            self.earlier = reuse.earlier
            return
        #: Ids of every item of the earlier meetings (an item here may be about one).
        self.earlier_present = frozenset(i.id for m in snapshot.earlier for i in m.items)
        self.earlier_ids: frozenset[str] = frozenset()
        self.earlier = self._earlier_meetings(snapshot.earlier)

    def _shown(self, blocks: Iterable[Block]) -> frozenset[str]:
        """Blocks whose results this audience sees. Each meeting is asked about its own
        blocks only: a block of one meeting never speaks for another's."""
        return frozenset(b.id for b in blocks if results_visible(self.audience, b))

    def _earlier_meetings(
        self, meetings: Iterable[EarlierMeeting]
    ) -> tuple[tuple[EarlierMeeting, list[Item]], ...]:
        """Each earlier meeting with the items this audience sees of it, oldest first; an
        item about another (a measurement about its indicator) is seen with what it is
        about, which may be in a meeting before it."""
        found = []
        for meeting in meetings:
            found.append((meeting, self.visible(meeting.items)))
            self.earlier_ids |= {i.id for i in found[-1][1]}
        return tuple(found)

    def visible(self, items: Iterable[Item]) -> list[Item]:
        """``items`` the audience sees as a whole: visibility, parents, what each is about
        (among ``items`` or the earlier meetings' items it sees)."""
        shown = filter_items(self.audience, items)
        ids = {i.id for i in shown}
        while True:
            earlier = self.earlier_ids
            kept = [
                i
                for i in shown
                if (target := about_target(i)) is None or target in ids or target in earlier
            ]
            if len(kept) == len(shown):
                return kept
            shown = kept
            ids = {i.id for i in shown}

    def known(self, items: Iterable[Item]) -> Known:
        ranks = {i.id: RANK[effective_visibility(i)] for i in items}
        for _, shown in self.earlier:
            for i in shown:
                ranks[i.id] = RANK[effective_visibility(i)]
        return Known(ranks)

    def disclose(self, item: Item, known: Known, shown: frozenset[str] | None = None) -> Item:
        shown = self.shown_blocks if shown is None else shown
        return disclose_item(
            item, self.audience, (item.block_id in shown) if item.block_id else True, known
        )


def audience_view(snapshot: WorkshopSnapshot, audience: Audience | str) -> AudienceView:
    """Filter ``snapshot`` for ``audience``: the only way a room view or export gets data."""
    audience = Audience(audience)
    builder = _Builder(snapshot, audience)
    shown = builder.visible(snapshot.items)
    known = builder.known(shown)
    items = IndexedItems(builder.disclose(i, known) for i in shown)
    shown_ids = {i.id for i in shown}
    present = {i.id for i in snapshot.items} | builder.earlier_present
    withheld = {block: dict(counts) for block, counts in snapshot.received_withheld.items()}
    for item in snapshot.items:
        if item.id not in shown_ids and counted(item, present):
            count_withheld(withheld, item, 1)
    kinds: set[str] = set()
    earlier = []
    for meeting, visible in builder.earlier:
        visible_ids = {i.id for i in visible}
        gone = (
            frozenset(
                i.kind
                for i in meeting.items
                if i.id not in visible_ids and counted(i, builder.earlier_present)
            )
            | meeting.withheld_kinds
        )
        kinds |= gone
        shown = builder._shown(meeting.blocks)
        earlier.append(
            replace(
                meeting,
                items=tuple(builder.disclose(i, known, shown) for i in visible),
                withheld_kinds=gone,
            )
        )
    return _view(snapshot, builder, items, withheld, frozenset(kinds), tuple(earlier))


def count_withheld(withheld: dict[str | None, dict[str, int]], item: Item, step: int) -> None:
    """Add ``step`` (1 or -1) to the count of withheld items like ``item``."""
    counts = withheld.setdefault(item.block_id, {})
    counts[item.kind] = counts.get(item.kind, 0) + step
    if not counts[item.kind]:
        del counts[item.kind]
    if not counts:
        del withheld[item.block_id]


def _view(
    snapshot: WorkshopSnapshot,
    builder: _Builder,
    items: tuple[Item, ...],
    withheld: Mapping[str | None, Mapping[str, int]],
    earlier_withheld: frozenset[str],
    earlier: tuple[EarlierMeeting, ...],
) -> AudienceView:
    audience = builder.audience
    return AudienceView(
        collaboration=snapshot.collaboration,
        partners=tuple(
            disclose_partner(p, audience, n) for n, p in enumerate(snapshot.partners, 1)
        ),
        workshop=snapshot.workshop,
        blocks=snapshot.blocks,
        items=items,
        earlier=earlier,
        audience=audience,
        results_shown=builder.shown_blocks,
        withheld=withheld,
        earlier_withheld=earlier_withheld,
        partner_withheld={
            p.id: fields
            for p in snapshot.partners
            if (fields := withheld_roster_fields(p, audience))
        },
        sections=frozenset(
            name
            for name, visibility in sections().items()
            if RANK[visibility.value] <= builder.clearance
        ),
        decided=_decisions(snapshot, builder, items),
    )


def _decisions(
    snapshot: WorkshopSnapshot, builder: _Builder, items: tuple[Item, ...]
) -> dict[str, dict[str, str]]:
    """Each deciding block's decisions, made on all its items, kept for what is visible."""
    found: dict[str, dict[str, str]] = {}
    index = None
    visible: set[str] = set()
    for block in snapshot.blocks:
        decide = decider(block.kind)
        if decide is None or block.id not in builder.shown_blocks:
            continue
        if index is None:  # only when a block decides something (a capture never does)
            index = block_index(snapshot.items)
            visible = {i.id for i in items}
        made = decide(block, index.get(block.id, []))
        kept = {key: value for key, value in made.items() if key in visible}
        if kept:
            found[block.id] = kept
    return found
