"""Import a workshop file (see docs/json-format.md) into a database.

The whole file is checked before anything is written (:mod:`.json_checks`), and no id
in the file may belong to a record of another workshop or collaboration: such a file
is refused with one line naming the id. The records are then written in one transaction, so a
refused file leaves the database exactly as it was.

Ids are preserved, so importing the same file twice adds nothing; a partner already
in the target collaboration (same id, or same organisation name) is matched, not
copied. When a record exists on both sides, the more recently updated one wins.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, fields, replace
from enum import Enum
from pathlib import Path
from typing import Any

from ..domain.records import (
    Block,
    Collaboration,
    Item,
    ParentLoopError,
    Partner,
    Record,
    Workshop,
    parents_first,
)
from ..domain.snapshot import EarlierMeeting, meeting_order
from ..i18n import tr
from ..storage import Store
from .json_checks import MAX_FILE_BYTES, ImportRefused, parse_workshop_document


@dataclass(frozen=True)
class ImportResult:
    collaboration: str
    workshop: str
    workshop_id: str
    added: int
    updated: int
    unchanged: int
    matched_partners: int
    #: Records of the file this database deleted since (not brought back).
    skipped_deleted: int = 0

    def describe(self) -> str:
        text = tr(
            "Import",
            "Imported '{workshop}' into '{collaboration}' ({id}): {added} new, "
            "{updated} updated, {unchanged} already there; {matched} partners matched "
            "existing ones.",
        ).format(**asdict(self), id=self.workshop_id, matched=self.matched_partners)
        if self.skipped_deleted:
            text += " " + tr("Import", "{n} deleted here since were not brought back.").format(
                n=self.skipped_deleted
            )
        return text


class ImportChange(Enum):
    """What an import does to the workshop it brings."""

    NEW = "new"  # not in this database yet
    UPDATE = "update"  # here already; the file adds or changes something
    ALREADY_THERE = "already there"  # here already, as the file has it: nothing to do


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would do, in the terms a person checks before saying yes."""

    change: ImportChange
    title: str
    date: str
    place: str
    collaboration: str
    #: The collaboration is not in this database: the import creates it.
    new_collaboration: bool
    #: The file's partners that are one already here (same id, or same organisation).
    partners_matched: int
    partners_added: int
    #: Items in the file, and of those: new here, newer than the copy here, not brought
    #: back (deleted here since, or their block or parent was).
    items: int
    items_added: int
    items_changed: int
    items_skipped: int
    #: Items of the workshop here that the file does not hold: an import never removes
    #: anything, so they stay.
    items_only_here: int
    #: Whom the file was exported for, and how many items it says it left out for them.
    audience: str
    items_withheld: int


@dataclass(frozen=True)
class ImportPlan:
    """What :func:`plan_import` found: the records to write, the earlier meetings and
    withheld counts that come with the workshop, the result to report, the preview."""

    document: dict[str, Any]
    records: tuple[Record, ...]
    carried: tuple[EarlierMeeting, ...]
    withheld: dict[str, Any]
    result: ImportResult
    preview: ImportPreview


def read_workshop_file(path: str | Path) -> dict[str, Any]:
    """The parsed and validated document in ``path``; refuses anything else plainly."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportRefused(tr("Import", "{path} is not a file.").format(path=path))
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                tr(
                    "Import",
                    "{path} is too large to be a workshop file "
                    "({mb:.0f} MB; the limit is {limit} MB).",
                ).format(path=path, mb=size / 1e6, limit=MAX_FILE_BYTES // (1024 * 1024))
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused(tr("Import", "There is no file at {path}.").format(path=path)) from None
    except OSError as e:
        raise ImportRefused(
            tr("Import", "{path} cannot be read: {reason}.").format(
                path=path, reason=e.strerror or e
            )
        ) from None
    return parse_workshop_document(raw, str(path))


def _record(record_type: type, data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(record_type)}
    return record_type(**{k: v for k, v in data.items() if k in known})


def _remap(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return mapping.get(value, value)
    if isinstance(value, list):
        return [_remap(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: _remap(v, mapping) for k, v in value.items()}
    return value


def _collision(what: str, record_id: str) -> ImportRefused:
    return ImportRefused(
        tr(
            "Import",
            "The file's {what} {id} is already used by another workshop or collaboration in "
            "this database; the file was not imported.",
        ).format(what=what, id=record_id)
    )


def plan_import(store: Store, document: dict[str, Any]) -> ImportPlan:
    """What importing ``document`` (parsed and checked) into ``store`` would write and
    change, worked out without writing anything: the preview a person reads before
    importing, and what :func:`apply_import` then writes."""
    bad = tr("Import", "The file is inconsistent: {what}. It was not imported.")
    # An imported workshop is live, whatever the file says of a bin it came from.
    collaboration = replace(_record(Collaboration, document["collaboration"]), deleted_at=None)
    workshop = replace(_record(Workshop, document["workshop"]), deleted_at=None)
    if workshop.collaboration_id != collaboration.id:
        raise ImportRefused(
            bad.format(what=tr("Import", "the workshop belongs to another collaboration"))
        )
    partners = [_record(Partner, p) for p in document["partners"]]
    blocks = [_record(Block, b) for b in document["blocks"]]
    items = [_record(Item, i) for i in document["items"]]
    if any(p.collaboration_id != collaboration.id for p in partners):
        raise ImportRefused(
            bad.format(what=tr("Import", "a partner belongs to another collaboration"))
        )
    if any(b.workshop_id != workshop.id for b in blocks) or any(
        i.workshop_id != workshop.id for i in items
    ):
        raise ImportRefused(
            bad.format(what=tr("Import", "a block or item belongs to another workshop"))
        )
    ids = [collaboration.id, workshop.id, *(r.id for r in (*partners, *blocks, *items))]
    if len(ids) != len(set(ids)):
        raise ImportRefused(bad.format(what=tr("Import", "the same id is used twice")))
    earlier = _earlier_meetings(document, collaboration, workshop, bad)

    # No id may take over a record of another workshop or collaboration.
    local_workshop = store.get(Workshop, workshop.id)
    if local_workshop is not None and local_workshop.collaboration_id != collaboration.id:
        raise _collision(tr("Import", "workshop"), workshop.id)
    local_collaboration = store.get(Collaboration, collaboration.id)
    for local in (local_collaboration, local_workshop):
        if local is not None and local.deleted_at:
            raise ImportRefused(
                tr(
                    "Import",
                    "'{name}' is in this database's bin of deleted work; restore it before "
                    "importing into it. Nothing was imported.",
                ).format(name=getattr(local, "name", None) or getattr(local, "title", ""))
            )
    carried = []
    for meeting in earlier:
        local = store.get(Workshop, meeting.workshop.id)
        if local is not None:
            if local.collaboration_id != collaboration.id:
                raise _collision(tr("Import", "earlier meeting"), meeting.workshop.id)
            continue  # this database has the meeting itself
        for record_type, records, what in (
            (Block, meeting.blocks, tr("Import", "block")),
            (Item, meeting.items, tr("Import", "item")),
        ):
            for record in records:
                if record.id in ids or store.get(record_type, record.id) is not None:
                    raise _collision(what, record.id)
        carried.append(meeting)
    for partner in partners:
        local = store.get(Partner, partner.id)
        if local is not None and local.collaboration_id != collaboration.id:
            raise _collision(tr("Import", "partner"), partner.id)
    for record_type, records, what in (
        (Block, blocks, tr("Import", "block")),
        (Item, items, tr("Import", "item")),
    ):
        for record in records:
            local = store.get(record_type, record.id)
            if local is not None and local.workshop_id != workshop.id:
                raise _collision(what, record.id)

    # Partners: the same id, or the same organisation in the same collaboration, is one partner.
    existing = {p.organisation.strip().casefold(): p for p in store.partners(collaboration.id)}
    partner_ids: dict[str, str] = {}
    new_partners: list[Partner] = []
    matched = 0
    for partner in partners:
        local = store.get(Partner, partner.id)
        if local is None:
            local = existing.get(partner.organisation.strip().casefold())
        if local is not None:
            matched += 1
            partner_ids[partner.id] = local.id
            if local.id == partner.id:
                new_partners.append(partner)  # same record: newer one wins below
        else:
            partner_ids[partner.id] = partner.id
            new_partners.append(partner)

    block_ids = {b.id for b in blocks}
    item_ids = {i.id for i in items}
    remapped: list[Item] = []
    for item in items:
        if item.block_id is not None and item.block_id not in block_ids:
            raise ImportRefused(bad.format(what=tr("Import", "an item refers to a missing block")))
        if item.parent_id is not None and item.parent_id not in item_ids:
            raise ImportRefused(
                bad.format(what=tr("Import", "an item refers to a missing parent item"))
            )
        if item.partner_id is not None and item.partner_id not in partner_ids:
            raise ImportRefused(
                bad.format(what=tr("Import", "an item refers to a missing partner"))
            )
        remapped.append(_with_partners(item, partner_ids))
    carried = [
        replace(m, items=tuple(_with_partners(i, partner_ids) for i in m.items)) for m in carried
    ]

    # A file made for partners or the public is redacted: it may add what this database
    # lacks, never change what it has (that would blank what was withheld from it). A file
    # of the whole workshop replaces a record when its copy is newer. Nothing deleted here
    # since the file's copy was made comes back.
    redacted = document.get("audience", "internal") != "internal"
    new_workshop = local_workshop is None
    to_write: list[Record] = []
    outcomes: dict[str, str] = {}  # record id: "added", "updated", "unchanged" or "skipped"
    written: set[str] = set()
    for record in [collaboration, *new_partners, workshop, *blocks, *_parents_first(remapped)]:
        local = store.get(type(record), record.id)
        if local is None:
            gone = store.deleted_at(record.id)
            if (gone is not None and gone >= record.updated_at) or _needs_missing(
                record, store, written
            ):
                outcomes[record.id] = "skipped"
                continue
            outcomes[record.id] = "added"
            to_write.append(record)
            written.add(record.id)
        elif local == record or redacted or local.updated_at >= record.updated_at:
            outcomes[record.id] = "unchanged"
        else:
            outcomes[record.id] = "updated"
            to_write.append(record)
            written.add(record.id)
    counts = Counter(outcomes.values())
    result = ImportResult(
        collaboration.name,
        workshop.title,
        workshop.id,
        counts["added"],
        counts["updated"],
        counts["unchanged"],
        matched,
        counts["skipped"],
    )
    # What the workshop read from earlier meetings, and what its file withheld, come with a
    # workshop this import brings (or replaces with a newer whole copy), never on their own.
    brings = workshop.id in written
    carried = carried if brings else []
    withheld = document.get("withheld", {}) if brings and new_workshop else {}
    item_outcomes = Counter(outcomes.get(i.id, "skipped") for i in items)
    if new_workshop:
        change = ImportChange.NEW
    elif to_write or carried or withheld:
        change = ImportChange.UPDATE
    else:
        change = ImportChange.ALREADY_THERE
    preview = ImportPreview(
        change=change,
        title=workshop.title,
        date=workshop.date,
        place=workshop.place,
        collaboration=collaboration.name,
        new_collaboration=local_collaboration is None,
        partners_matched=matched,
        partners_added=sum(outcomes.get(p.id) == "added" for p in partners),
        items=len(items),
        items_added=item_outcomes["added"],
        items_changed=item_outcomes["updated"],
        items_skipped=item_outcomes["skipped"],
        items_only_here=0
        if new_workshop
        else sum(1 for i in store.items(workshop.id) if i.id not in item_ids),
        audience=str(document.get("audience", "internal")),
        items_withheld=_withheld_count(document.get("withheld", {})),
    )
    return ImportPlan(document, tuple(to_write), tuple(carried), withheld, result, preview)


def _needs_missing(record: Record, store: Store, written: set[str]) -> bool:
    """A record whose block, parent or partner is neither here nor written by this import
    (deleted here): it is not brought back either."""
    if isinstance(record, Item):
        needed = [(Block, record.block_id), (Item, record.parent_id), (Partner, record.partner_id)]
    elif isinstance(record, Block):
        needed = [(Workshop, record.workshop_id)]
    elif isinstance(record, Partner | Workshop):
        needed = [(Collaboration, record.collaboration_id)]
    else:
        return False
    return any(
        needed_id is not None
        and needed_id not in written
        and store.get(record_type, needed_id) is None
        for record_type, needed_id in needed
    )


def _with_partners(item: Item, partner_ids: dict[str, str]) -> Item:
    """``item`` naming the matched local partners instead of the file's ones."""
    partner_id = partner_ids.get(item.partner_id) if item.partner_id else None
    return Item(
        **{
            **{f.name: getattr(item, f.name) for f in fields(Item)},
            "partner_id": partner_id,
            "fields": _remap(item.fields, partner_ids),
        }
    )


def _earlier_meetings(
    document: dict[str, Any], collaboration: Collaboration, workshop: Workshop, bad: str
) -> list[EarlierMeeting]:
    meetings = []
    seen = {workshop.id}
    for data in document.get("earlier_meetings", []):
        meeting = EarlierMeeting(
            _record(Workshop, data["workshop"]),
            tuple(_record(Block, b) for b in data["blocks"]),
            tuple(_record(Item, i) for i in data["items"]),
            frozenset(data.get("withheld_kinds", ())),
        )
        w = meeting.workshop
        if (
            w.collaboration_id != collaboration.id
            or w.id in seen
            or meeting_order(w) >= meeting_order(workshop)
            or any(b.workshop_id != w.id for b in meeting.blocks)
            or any(i.workshop_id != w.id for i in meeting.items)
        ):
            raise ImportRefused(
                bad.format(what=tr("Import", "an earlier meeting does not fit this workshop"))
            )
        seen.add(w.id)
        meetings.append(meeting)
    return meetings


def _parents_first(items: list[Item]) -> list[Item]:
    try:
        return parents_first(items, strict=True)
    except ParentLoopError:
        raise ImportRefused(
            tr(
                "Import",
                "The file is inconsistent: items are nested too "
                "deeply or in a loop. It was not imported.",
            )
        ) from None


def _withheld_count(withheld: dict[str, dict[str, int]]) -> int:
    return sum(n for counts in withheld.values() for n in counts.values())


def apply_import(store: Store, plan: ImportPlan) -> ImportResult:
    """Write what ``plan`` previewed, in one transaction.

    The plan is worked out again first: if the database changed since the preview so
    that the import would now do something else, nothing is written and the import is
    refused (preview again), so what was shown and what was done never disagree.
    """
    now = plan_import(store, plan.document)
    if (now.preview, now.result) != (plan.preview, plan.result):
        raise ImportRefused(
            tr(
                "Import",
                "This database changed while the file was being previewed; nothing was "
                "imported. Look at the preview again.",
            )
        )
    return _write(store, now)


def _write(store: Store, plan: ImportPlan) -> ImportResult:
    if plan.records or plan.carried or plan.withheld:
        workshop_id = plan.result.workshop_id
        store.import_records(
            plan.records,
            {workshop_id: list(plan.carried)} if plan.carried else None,
            {workshop_id: plan.withheld} if plan.withheld else None,
        )
    return plan.result


def import_workshop_document(store: Store, document: dict[str, Any]) -> ImportResult:
    """Bring the workshop of ``document`` (parsed and checked) into ``store``."""
    return _write(store, plan_import(store, document))


def import_workshop_file(store: Store, path: str | Path) -> ImportResult:
    """Validate ``path`` and bring its workshop into ``store`` (see the module docstring)."""
    return import_workshop_document(store, read_workshop_file(path))
