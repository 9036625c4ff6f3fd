"""Import a workshop file (see docs/json-format.md) into a database.

The whole file is checked before anything is written: it must be JSON our own
exporter could have written (finite numbers, valid Unicode, bounded sizes and
nesting), match ``resources/schema/workshop.schema.json``, and every item's fields
and every block's settings must match what its kind declares (the same
declarations the editors and the disclosure policy read). References must point
inside the file or to the collaboration's partners, and no id in the file may
belong to a record of another workshop or collaboration: such a file is refused
with one line naming the id. The records are then written in one transaction, so a
refused file leaves the database exactly as it was.

Ids are preserved, so importing the same file twice adds nothing; a partner already
in the target collaboration (same id, or same organisation name) is matched, not
copied. When a record exists on both sides, the more recently updated one wins.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
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
from ..domain.schema import fields_problems, is_encodable, item_schema, references
from ..domain.snapshot import EarlierMeeting, meeting_order
from ..exercises.registry import find_kind
from ..i18n import tr
from ..resources import resource_path
from ..storage import Store
from . import ExportError
from .json_format import DERIVED_SETTINGS, FORMAT_NAME, FORMAT_VERSION, REPORT_FORMAT_NAME

#: Larger files are refused before they are read (a workshop is a few MB at most).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: A workshop file nests about eight levels; far deeper means a hostile or broken file.
MAX_NESTING = 32
#: The deepest issue tree a file may hold (a room breaks an issue down a few levels).
MAX_TREE_DEPTH = 50
#: Longer numbers than this are not numbers our exporter writes.
MAX_NUMBER_CHARS = 40


class ImportRefused(ExportError):
    """The file cannot be imported; the database was not changed."""


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
        ).format(
            workshop=self.workshop,
            collaboration=self.collaboration,
            id=self.workshop_id,
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
            matched=self.matched_partners,
        )
        if self.skipped_deleted:
            text += " " + tr("Import", "{n} deleted here since were not brought back.").format(
                n=self.skipped_deleted
            )
        return text


@cache
def workshop_schema() -> dict[str, Any]:
    return json.loads(resource_path("schema", "workshop.schema.json").read_text("utf-8"))


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


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a workshop file holds")


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError("number too long")
    return int(text)


def _bounded_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError("number too long")
    return float(text)


def parse_workshop_document(raw: bytes, name: str = "the file") -> dict[str, Any]:
    """``raw`` parsed and checked whole (JSON, schema, each kind's fields, references
    inside the file); raises :class:`ImportRefused` with one plain sentence."""
    if len(raw) > MAX_FILE_BYTES:
        raise ImportRefused(
            tr("Import", "{name} is too large to be a workshop file.").format(name=name)
        )
    not_ours = tr("Import", "{name} is not a Workshop App workshop file.").format(name=name)
    try:
        document = json.loads(
            raw.decode("utf-8-sig"),
            parse_constant=_refuse_constant,  # NaN, Infinity: never written by the app
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ImportRefused(
            tr(
                "Import", "{name} is not a Workshop App workshop file (it is not valid JSON)."
            ).format(name=name)
        ) from None
    if not isinstance(document, dict) or _nesting_deeper_than(document, MAX_NESTING):
        raise ImportRefused(not_ours)
    if not all(is_encodable(s) for s in _strings(document)):
        raise ImportRefused(
            tr(
                "Import",
                "{name} is damaged: it holds text that is not valid Unicode. It was not imported.",
            ).format(name=name)
        )
    if document.get("format") == REPORT_FORMAT_NAME:
        raise ImportRefused(
            tr(
                "Import",
                "{name} is a collaboration report, not a workshop; "
                "only workshop files can be imported.",
            ).format(name=name)
        )
    if document.get("format") != FORMAT_NAME:
        raise ImportRefused(not_ours)
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ImportRefused(
            tr(
                "Import",
                "{name} was made by a newer version of Workshop App "
                "(format {found}; this version reads up to {known}). Update the "
                "app to import it.",
            ).format(name=name, found=version, known=FORMAT_VERSION)
        )
    import jsonschema  # lazy: only imports need it

    validator = jsonschema.Draft202012Validator(workshop_schema())
    error = next(iter(sorted(validator.iter_errors(document), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or tr("Import", "the top level")
        raise _damaged(name, where, error.message[:200])
    _upgrade(document)
    problem = next(_content_problems(document), None)
    if problem is not None:
        raise _damaged(name, *problem)
    return document


def _damaged(name: str, where: str, problem: str) -> ImportRefused:
    return ImportRefused(
        tr("Import", "{name} is damaged or incomplete: at {where}, {problem}.").format(
            name=name, where=where, problem=problem
        )
    )


def _strings(value: Any) -> Iterator[str]:
    """Every string in ``value``, keys included (no recursion)."""
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            yield current
        elif isinstance(current, dict):
            stack.extend(current.keys())
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def _nesting_deeper_than(value: Any, limit: int) -> bool:
    """True when lists/objects in ``value`` nest deeper than ``limit`` (no recursion)."""
    stack = [(value, 0)]
    while stack:
        current, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(current, dict):
            stack.extend((v, depth + 1) for v in current.values())
        elif isinstance(current, list):
            stack.extend((v, depth + 1) for v in current)
    return False


def _upgrade(document: dict[str, Any]) -> None:
    """Bring a file of an older format up to this one (in place)."""
    for block in [*document["blocks"], *_earlier_blocks(document)]:
        settings = block.get("settings")
        if isinstance(settings, dict):
            block["settings"] = {k: v for k, v in settings.items() if k not in DERIVED_SETTINGS}
    if document.get("format_version", 1) < 2:
        # Format 1 keyed indicator scores by criterion text.
        criteria = {
            i["text"]: i["id"]
            for i in document["items"]
            if i.get("kind") == "criterion" and isinstance(i.get("text"), str)
        }
        standard = _standard_criteria()
        for item in document["items"]:
            scores = (item.get("fields") or {}).get("scores")
            if item.get("kind") == "indicator" and isinstance(scores, dict):
                keys = {**standard, **criteria}
                item["fields"]["scores"] = {keys[k]: v for k, v in scores.items() if k in keys}


def _standard_criteria() -> dict[str, str]:
    from ..exercises.measure_criteria import DEFAULT_CRITERIA

    return {text: key for key, text, _ in DEFAULT_CRITERIA}


def _earlier_blocks(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for meeting in document.get("earlier_meetings", []):
        yield from meeting.get("blocks", [])


#: How far in the future a record's time may be (clocks of two laptops differ a little).
CLOCK_SLACK = timedelta(days=1)


def _time_problems(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Times that are not times, or that lie in the future: the newer copy of a record wins
    an import, so a forged time would let a file overwrite anything."""
    latest = datetime.now(UTC) + CLOCK_SLACK
    records: list[tuple[str, dict[str, Any]]] = [
        ("collaboration", document["collaboration"]),
        ("workshop", document["workshop"]),
        *((f"partners/{n}", p) for n, p in enumerate(document["partners"])),
        *((f"blocks/{n}", b) for n, b in enumerate(document["blocks"])),
        *((f"items/{n}", i) for n, i in enumerate(document["items"])),
    ]
    for n, meeting in enumerate(document.get("earlier_meetings", [])):
        records.append((f"earlier_meetings/{n}/workshop", meeting["workshop"]))
    for where, record in records:
        for key in ("created_at", "updated_at"):
            if key not in record:
                continue
            moment = _moment(record[key])
            if moment is None:
                yield f"{where}/{key}", tr("Import", "this is not a date and time")
            elif moment > latest:
                yield f"{where}/{key}", tr("Import", "this time is in the future")
    workshops = [("workshop", document["workshop"])] + [
        (f"earlier_meetings/{n}/workshop", m["workshop"])
        for n, m in enumerate(document.get("earlier_meetings", []))
    ]
    for where, workshop in workshops:
        if workshop.get("date") and not _is_real_date(workshop["date"]):
            yield f"{where}/date", tr("Import", "there is no such day")


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _is_real_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _withheld_problems(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    unknown = tr("Import", "the item kind {kind!r} is not one this version knows")
    blocks = {b["id"] for b in document["blocks"]} | {""}
    for block, counts in document.get("withheld", {}).items():
        if block not in blocks:
            yield "withheld", tr("Import", "it names a block that is not in the file")
        for kind in counts:
            if item_schema(kind) is None:
                yield "withheld", unknown.format(kind=kind)
    for n, meeting in enumerate(document.get("earlier_meetings", [])):
        for kind in meeting.get("withheld_kinds", []):
            if item_schema(kind) is None:
                yield f"earlier_meetings/{n}/withheld_kinds", unknown.format(kind=kind)


def _content_problems(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(where, what) for every item or block whose content its kind does not allow."""
    yield from _time_problems(document)
    yield from _withheld_problems(document)
    partner_ids = {p["id"] for p in document["partners"]}
    sections = [("", document["blocks"], document["items"])]
    for n, meeting in enumerate(document.get("earlier_meetings", [])):
        sections.append((f"earlier_meetings/{n}/", meeting["blocks"], meeting["items"]))
    known_items: dict[str, str] = {}
    for _, _, items in sections:
        for item in items:
            known_items.setdefault(item["id"], item["kind"])
    for prefix, blocks, items in sections:
        for n, block in enumerate(blocks):
            where = f"{prefix}blocks/{n}"
            kind = find_kind(block["kind"])
            if kind is None:
                yield where, tr("Import", "the block kind {kind!r} is not one this version knows")
                continue
            for problem in fields_problems(
                kind.all_settings, block.get("settings", {}), "settings"
            ):
                yield where, problem
        by_id = {i["id"]: i for i in items}
        for n, item in enumerate(items):
            where = f"{prefix}items/{n}"
            schema = item_schema(item["kind"])
            if schema is None:
                yield where, tr("Import", "the item kind {kind!r} is not one this version knows")
                continue
            values = item.get("fields", {})
            problems = list(fields_problems(schema.fields, values, "fields"))
            if problems:
                yield where, problems[0]
                continue
            if item.get("partner_id") and schema.partner is None:
                yield where, tr("Import", "items of this kind do not name a partner")
            parent = item.get("parent_id")
            if parent and (not schema.tree or by_id.get(parent, {}).get("kind") != item["kind"]):
                yield where, tr("Import", "it hangs under an item it cannot belong to")
            for spec_field in schema.fields:
                if spec_field.name not in values:
                    continue
                for target, ref in references(spec_field.spec, values[spec_field.name]):
                    if target == "partner" and ref not in partner_ids:
                        yield where, tr("Import", "it names a partner that is not in the file")
                    elif target.startswith("item:") and known_items.get(ref) != target[5:]:
                        yield where, tr("Import", "it refers to an item that is not in the file")
        depth = _deepest_chain(items)
        if depth > MAX_TREE_DEPTH:
            yield (
                f"{prefix}items",
                tr("Import", "items are nested {depth} deep (at most {limit})").format(
                    depth=depth, limit=MAX_TREE_DEPTH
                ),
            )


def _deepest_chain(items: list[dict[str, Any]]) -> int:
    parents = {i["id"]: i.get("parent_id") for i in items}
    deepest = 0
    depths: dict[str, int] = {}
    for start in parents:
        chain = []
        current: str | None = start
        while current is not None and current in parents and current not in depths:
            if current in chain or len(chain) > MAX_TREE_DEPTH * 2:
                return MAX_TREE_DEPTH * 2 + 1  # a loop, or far too deep
            chain.append(current)
            current = parents[current]
        base = depths.get(current, 0) if current is not None else 0
        for n, item_id in enumerate(reversed(chain), start=1):
            depths[item_id] = base + n
        deepest = max(deepest, depths.get(start, 0))
    return deepest


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


def plan_import(
    store: Store, document: dict[str, Any]
) -> tuple[list[Record], tuple[list[EarlierMeeting], dict[str, Any]], ImportResult]:
    """The records to write for ``document``, the earlier meetings and withheld counts it
    carries, and what that will do; writes nothing."""
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
    added = updated = unchanged = skipped = 0
    written: set[str] = set()
    for record in [collaboration, *new_partners, workshop, *blocks, *_parents_first(remapped)]:
        local = store.get(type(record), record.id)
        if local is None:
            gone = store.deleted_at(record.id)
            if (gone is not None and gone >= record.updated_at) or _needs_missing(
                record, store, written
            ):
                skipped += 1
                continue
            added += 1
            to_write.append(record)
            written.add(record.id)
        elif local == record or redacted or local.updated_at >= record.updated_at:
            unchanged += 1
        else:
            updated += 1
            to_write.append(record)
            written.add(record.id)
    result = ImportResult(
        collaboration.name,
        workshop.title,
        workshop.id,
        added,
        updated,
        unchanged,
        matched,
        skipped,
    )
    # What the workshop read from earlier meetings, and what its file withheld, come with a
    # workshop this import brings (or replaces with a newer whole copy), never on their own.
    brings = workshop.id in written
    extras = (
        carried if brings else [],
        document.get("withheld", {}) if brings and new_workshop else {},
    )
    return to_write, extras, result


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


def import_workshop_document(store: Store, document: dict[str, Any]) -> ImportResult:
    records, (earlier, withheld), result = plan_import(store, document)
    if records or earlier or withheld:
        workshop_id = document["workshop"]["id"]
        store.import_records(
            records,
            {workshop_id: earlier} if earlier else None,
            {workshop_id: withheld} if withheld else None,
        )
    return result


def import_workshop_file(store: Store, path: str | Path) -> ImportResult:
    """Validate ``path`` and bring its workshop into ``store`` (see the module docstring)."""
    return import_workshop_document(store, read_workshop_file(path))
