"""Generated collaborations for the disclosure property, with an oracle of their own.

A *world* is a collaboration with partners (each roster field with a random
visibility) and several meetings, each with one block of every exercise kind and
items of every declared item kind: random visibilities, hidden or revealed
results, issue trees, votes, scores, attributions, and some items deleted.

Every word that could leak is a *token* (letters only, so it survives PDF text
extraction and line wrapping); every result is a distinctive five-digit number;
every item id is recorded. The oracle says, for each of them, which audiences of
which meeting may see it. It is written here from the product's rules, not from
the app's policy code, so that a mistake in the policy shows as a difference.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from workshop_app.domain import edits
from workshop_app.domain.records import Block, Collaboration, Item, Partner, Workshop
from workshop_app.domain.schema import ROSTER_FIELDS, Spec, item_schema
from workshop_app.exercises.registry import all_kinds, get_kind
from workshop_app.exercises.trust_check_in import DEFAULT_STATEMENTS
from workshop_app.storage import Store

AUDIENCES = ("public", "partners", "room", "internal")
CLEARANCE = {"public": 0, "partners": 1, "room": 1, "internal": 2}
RANK = {"public": 0, "partners": 1, "internal": 2}
VISIBILITIES = ("public", "partners", "internal")
NOBODY = 3  # deleted: no audience, not even the facilitator's exports
#: Results a hidden block keeps until revealed.
RESULT_KINDS = {"trust_rating": "counts", "indicator_vote": "tallies", "option_vote": "tallies"}
#: Votes, one per candidate and block: the field naming what each is about.
VOTE_KINDS = {"indicator_vote": "indicator_id", "option_vote": "option_id"}
#: Item kinds a later meeting reads from earlier ones.
HISTORY_KINDS = {
    "trust_rating",
    "partnership_history",
    "criterion",
    # followed up at later meetings: actions, decisions, the parking lot, measures
    "action",
    "decision",
    "parking",
    "carried_topic",
    "indicator",
    "indicator_vote",
    "measurement",
    "attendee",  # who came, compared with the last meeting
}
#: Kinds whose text a summary lists (so the summary must show it when allowed).
LISTED_IN_SUMMARY = {
    "note",
    "decision",
    "action",
    "parking",
    "facilitator_note",
    "hope",
    "concern",
    "working_agreement",
    "scope_node",
    "fact",
    "criterion",
    "indicator",
    "sharing_commitment",
    "communication_contact",
    "partnership_history",
    "vote_option",
}
WORKSHOP_WIDE = ("note", "decision", "action", "parking", "facilitator_note", "attendee")
#: Kinds whose words (a position, a person's name at a meeting) are never public, whatever
#: the item's visibility: the public reads the interest, the organisations that came.
TEXT_NEVER_PUBLIC = {"position", "attendee"}


def token(n: int) -> str:
    letters = ""
    n += 26 * 26  # at least three letters
    while n:
        n, r = divmod(n, 26)
        letters += chr(97 + r)
    return f"Qz{letters}Wq"


TOKEN = re.compile(r"Qz[a-z]+Wq")


def number_in(number: int, text: str) -> bool:
    """``number`` written as a number of its own in ``text`` (not inside an id or a time)."""
    return re.search(rf"(?<![0-9A-Za-z]){number}(?![0-9A-Za-z])", text) is not None


@dataclass
class Secret:
    """Something that must reach only some audiences: its words, and where it came from."""

    words: str  # a token, a number as text, or an id
    meeting: int  # the meeting it belongs to (-1: the whole collaboration)
    rank: int  # the least clearance that may see it (NOBODY: no one)
    results: bool = False  # a result: also needs the block's results shown
    shown_by_block: dict[str, bool] = field(default_factory=dict)  # audience -> results shown
    history: bool = False  # later meetings may show it too
    kind: str = ""
    item_id: str = ""
    is_text: bool = False  # the item's own text


@dataclass
class World:
    store: Store
    collaboration: Collaboration
    partners: list[Partner]
    meetings: list[Workshop]
    blocks: dict[int, list[Block]]
    items: dict[str, Item]  # every item ever made, deleted ones too
    deleted: set[str]
    secrets: list[Secret]
    counter: int = 0

    def allowed(self, secret: Secret, audience: str, meeting: int | None) -> bool:
        """May ``audience`` see ``secret`` in an output of ``meeting`` (None: the report)?"""
        if secret.rank > CLEARANCE[audience]:
            return False
        if secret.results and not secret.shown_by_block[audience]:
            return False
        if meeting is None or secret.meeting in (-1, meeting):
            return True
        return secret.history and secret.meeting < meeting


def effective_rank(item: Item, items: dict[str, Item], deleted: set[str]) -> int:
    """The product's rules, written again: own visibility, facilitator notes, sensitivity,
    the parent chain, what a vote is about, deletion."""
    if item.id in deleted:
        return NOBODY
    rank = RANK[item.visibility]
    if item.kind == "facilitator_note":
        rank = 2
    if item.kind == "sharing_commitment" and item.fields.get("sensitivity") != "open":
        rank = max(rank, 1)  # restricted, confidential or not yet classified: never public
    if item.parent_id:
        rank = max(rank, effective_rank(items[item.parent_id], items, deleted))
    about = {
        **VOTE_KINDS,
        "measurement": "indicator",
        "fact_check": "fact_id",
    }.get(item.kind)
    if about is not None:
        target = items.get(item.fields.get(about, ""))
        rank = max(rank, effective_rank(target, items, deleted) if target else NOBODY)
    return rank


class Builder:
    """Builds one world from a seeded random source (hypothesis draws the seed)."""

    def __init__(self, store: Store, rnd: random.Random, meetings: int, partners: int) -> None:
        self.store = store
        self.rnd = rnd
        self.n = 0
        self.number = 10000 + rnd.randrange(1000)
        self.secrets: list[Secret] = []
        self.world = World(store, Collaboration("Disclosure test"), [], [], {}, {}, set(), [])
        self.meeting_count = meetings
        self.partner_count = partners

    def word(self) -> str:
        self.n += 1
        return token(self.n)

    def result_number(self) -> int:
        # Far apart from any sum of two (a vote's total): a total never looks like a secret.
        self.number += self.rnd.randrange(1, 12)
        return self.number

    # ------------------------------------------------------------ partners
    def add_partners(self) -> None:
        w = self.world
        self.store.put(w.collaboration)
        sectors = ("public", "nonprofit", "private", "community", "academic")
        for n in range(self.partner_count):
            values = {name: self.word() for name in ROSTER_FIELDS if name != "sector"}
            chosen = {name: self.rnd.choice(VISIBILITIES) for name in ROSTER_FIELDS}
            partner = Partner(
                w.collaboration.id,
                values["organisation"],
                self.rnd.choice(sectors),
                representatives=values["representatives"],
                brings=values["brings"],
                needs=values["needs"],
                answers_to=values["answers_to"],
                position=float(n),
                field_visibility=chosen,
            )
            w.partners.append(partner)
            for name, value in values.items():
                self.secrets.append(Secret(value, -1, RANK[chosen[name]]))
        self.store.put(*w.partners)

    # ------------------------------------------------------------ meetings
    def add_meeting(self, m: int) -> None:
        w = self.world
        title = self.word()
        workshop = Workshop(w.collaboration.id, title, f"2026-{m + 1:02d}-15", "Library")
        w.meetings.append(workshop)
        blocks = []
        for position, kind in enumerate(all_kinds()):
            settings = kind.default_settings()
            if "results_hidden" in settings or kind.key in ("trust_check_in",):
                settings["results_hidden"] = self.rnd.random() < 0.6
                settings["revealed"] = self.rnd.random() < 0.5
            blocks.append(
                Block(
                    workshop.id,
                    kind.key,
                    f"Block {kind.key}",
                    timebox_minutes=10,
                    position=float(position),
                    settings=settings,
                )
            )
        # The general vote is on the options typed there and on the fact base's facts.
        facts = next(b for b in blocks if b.kind == "fact_base")
        blocks = [
            replace(b, settings={**b.settings, "vote_on": {"block": facts.id, "kind": "fact"}})
            if b.kind == "vote"
            else b
            for b in blocks
        ]
        w.blocks[m] = blocks
        self.store.put(workshop, *blocks)
        made: list[Item] = []
        for block in blocks:
            for kind in get_kind(block.kind).item_kinds:
                if kind in VOTE_KINDS:
                    continue  # one per candidate, below
                for _ in range(self.rnd.randrange(0, 4)):
                    made.append(self.item(m, workshop, block, kind, made))
        for kind in WORKSHOP_WIDE:
            for _ in range(self.rnd.randrange(0, 3)):
                made.append(self.item(m, workshop, None, kind, made))
        for block in blocks:
            if block.kind == "indicator_agreement":
                for indicator in [i for i in made if i.kind == "indicator"]:
                    if self.rnd.random() < 0.8:
                        made.append(self.vote(m, workshop, block, indicator))
            if block.kind == "vote":  # on its own options and on the fact base's facts
                source = block.settings["vote_on"]["block"]
                for option in [
                    i
                    for i in made
                    if (i.kind, i.block_id) in (("vote_option", block.id), ("fact", source))
                ]:
                    if self.rnd.random() < 0.8:
                        made.append(self.vote(m, workshop, block, option, "option_vote"))
        self.store.put(*made)
        for item in made:
            w.items[item.id] = item

    def item(
        self, m: int, workshop: Workshop, block: Block | None, kind: str, made: list[Item]
    ) -> Item:
        schema = item_schema(kind)
        assert schema is not None, kind
        fields: dict[str, Any] = {}
        for spec_field in schema.fields:
            if self.rnd.random() < 0.15:
                continue
            value = self.value(spec_field.spec, m, made)
            if value is not None:
                fields[spec_field.name] = value
        text = self.word()
        if kind == "trust_rating":
            text = self.rnd.choice(DEFAULT_STATEMENTS)
            fields["counts"] = [self.result_number() for _ in range(5)]
        parent = None
        if schema.tree:
            candidates = [i for i in made if i.kind == kind and i.block_id == (block and block.id)]
            if candidates and self.rnd.random() < 0.6:
                parent = self.rnd.choice(candidates).id
        partner_id = None
        if schema.partner is not None and self.rnd.random() < 0.7:
            partner_id = self.rnd.choice(self.world.partners).id
        return Item(
            workshop.id,
            kind,
            text,
            block.id if block else None,
            parent_id=parent,
            fields=fields,
            visibility=self.rnd.choice(VISIBILITIES),
            partner_id=partner_id,
            cluster=self.rnd.choice(["", "", self.word()]),
            position=float(len(made)),
            created_at=f"2026-{m + 1:02d}-15T10:{len(made) // 60:02d}:{len(made) % 60:02d}.000",
        )

    def vote(
        self, m: int, workshop: Workshop, block: Block, about: Item, kind: str = "indicator_vote"
    ) -> Item:
        sectors = ["", *{p.sector for p in self.world.partners}]
        tallies = {
            self.rnd.choice(sectors): {
                level: self.result_number() for level in self.rnd.sample("012345", 2)
            }
            for _ in range(2)
        }
        return Item(
            workshop.id,
            kind,
            "Votes",
            block.id,
            fields={VOTE_KINDS[kind]: about.id, "tallies": tallies},
            visibility="public",
            position=float(self.rnd.randrange(100)),
        )

    def value(self, spec: Spec, m: int, made: list[Item]) -> Any:
        kind = spec.type
        if kind == "text":
            return self.word()
        if kind == "choice":
            return self.rnd.choice(("", *spec.choices))
        if kind == "bool":
            return self.rnd.random() < 0.5
        if kind == "int":
            return int(spec.low)
        if kind == "number":
            return float(spec.low)
        if kind == "date":
            return "2026-10-01"
        if kind == "partner":
            return self.rnd.choice(self.world.partners).id
        if kind == "list" and spec.of is not None:
            if spec.of.type == "partner":
                return [p.id for p in self.world.partners if self.rnd.random() < 0.5]
            if spec.of.type == "choice":
                return self.rnd.sample(spec.of.choices, self.rnd.randrange(len(spec.of.choices)))
            return [self.value(spec.of, m, made) for _ in range(self.rnd.randrange(3))]
        if kind == "item":
            # a reference: an item of the kind, of this meeting or an earlier one, or none
            pool = [i.id for i in made if i.kind == spec.refers_to]
            if spec.refers_to in HISTORY_KINDS:  # what a later meeting reads of earlier ones
                pool += [
                    i.id
                    for i in self.world.items.values()
                    if i.kind == spec.refers_to and i.workshop_id != self.world.meetings[m].id
                ]
            return self.rnd.choice(pool) if pool and self.rnd.random() < 0.8 else None
        if kind == "map" and spec.keys is not None and spec.keys.type == "item":
            # scores: this meeting's criteria, earlier meetings' ones, standard ones
            pool = [i.id for i in made if i.kind == spec.keys.refers_to]
            pool += [
                i.id
                for i in self.world.items.values()
                if i.kind == spec.keys.refers_to and i.workshop_id != self.world.meetings[m].id
            ]
            pool += list(spec.keys.standard_keys)
            chosen = self.rnd.sample(pool, min(len(pool), self.rnd.randrange(4)))
            return {key: self.rnd.randrange(3) for key in chosen}
        return None

    # ------------------------------------------------------------ deletions and the oracle
    def delete_some(self, share: float) -> None:
        w = self.world
        for item in list(w.items.values()):
            if item.id in w.deleted or self.rnd.random() >= share:
                continue
            doomed = [item]
            for other in w.items.values():  # the branch under it goes too
                chain = other
                while chain.parent_id and chain.parent_id in w.items:
                    chain = w.items[chain.parent_id]
                    if chain.id == item.id and other.id not in w.deleted:
                        doomed.append(other)
                        break
            live = [i for i in doomed if i.id not in w.deleted]
            self.store.apply(edits.delete("Delete", *reversed(parents_order(live))))
            w.deleted.update(i.id for i in live)

    def oracle(self) -> None:
        w = self.world
        secrets = list(self.secrets)  # roster fields
        meeting_of = {mw.id: n for n, mw in enumerate(w.meetings)}
        blocks = {b.id: b for bl in w.blocks.values() for b in bl}
        for item in w.items.values():
            m = meeting_of[item.workshop_id]
            rank = effective_rank(item, w.items, w.deleted)
            history = item.kind in HISTORY_KINDS
            common = {"history": history, "kind": item.kind, "item_id": item.id}
            text_rank = max(rank, 1) if item.kind in TEXT_NEVER_PUBLIC else rank
            if TOKEN.fullmatch(item.text):
                secrets.append(Secret(item.text, m, text_rank, is_text=True, **common))
            secrets.append(Secret(item.id, m, rank, **common))
            if item.cluster:
                secrets.append(Secret(item.cluster, m, rank, **common))
            for value in item.fields.values():
                for word in _tokens(value):
                    secrets.append(Secret(word, m, rank, **common))
            if item.kind in RESULT_KINDS:
                block = blocks[item.block_id]
                shown = {
                    a: a == "internal"
                    or not block.settings.get("results_hidden")
                    or bool(block.settings.get("revealed"))
                    for a in AUDIENCES
                }
                for number in _numbers(item.fields[RESULT_KINDS[item.kind]]):
                    secrets.append(
                        Secret(str(number), m, rank, results=True, shown_by_block=shown, **common)
                    )
        for m, meeting in enumerate(w.meetings):
            # A meeting's title is public (the report lists every meeting), but it never
            # reaches an earlier meeting's documents: nothing of the future does.
            secrets.append(Secret(meeting.title, m, 0, history=True, kind="meeting title"))
        w.secrets = secrets


def parents_order(items: list[Item]) -> list[Item]:
    ids = {i.id for i in items}
    ordered: list[Item] = []
    placed: set[str] = set()
    pending = list(items)
    while pending:
        for item in list(pending):
            if item.parent_id not in ids or item.parent_id in placed:
                ordered.append(item)
                placed.add(item.id)
                pending.remove(item)
    return ordered


def _tokens(value: Any) -> list[str]:
    if isinstance(value, str):
        return TOKEN.findall(value)
    if isinstance(value, list):
        return [t for v in value for t in _tokens(v)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _tokens(v)]
    return []


def _numbers(value: Any) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list):
        return [n for v in value for n in _numbers(v)]
    if isinstance(value, dict):
        return [n for v in value.values() for n in _numbers(v)]
    return []


def build_world(
    store: Store,
    seed: int,
    meetings: int,
    partners: int,
    deletions: float,
    after_first: Callable[[World], Any] | None = None,
) -> tuple[World, Any]:
    """A world in ``store``. ``after_first`` runs once the first meeting exists and before
    any later one (what it returns is handed back): a meeting's summary must not change
    when later meetings are held."""
    builder = Builder(store, random.Random(seed), meetings, partners)
    builder.add_partners()
    builder.add_meeting(0)
    first = after_first(builder.world) if after_first else None
    for m in range(1, meetings):
        builder.add_meeting(m)
    second = after_first(builder.world) if after_first else None
    builder.delete_some(deletions)
    builder.oracle()
    return builder.world, (first, second)


def trend_meetings(world: World, audience: str, m: int) -> set[str]:
    """Titles of the meetings up to ``m`` whose trust ratings ``audience`` may see: the only
    points its trust trend may have."""
    return {
        world.meetings[s.meeting].title
        for s in world.secrets
        if s.kind == "trust_rating" and s.results and s.meeting <= m
        if world.allowed(s, audience, m)
    }
