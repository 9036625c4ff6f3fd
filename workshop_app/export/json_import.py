"""Import a workshop file (see docs/json-format.md) into a database.

Everything is checked before anything is written, and the records are written
in one transaction: a refused file leaves the database exactly as it was.
Ids are preserved, so importing the same file twice adds nothing; a partner
already in the target collaboration (same id, or same organisation name) is
matched, not copied. When a record exists on both sides, the more recently
updated one wins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
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
from ..i18n import tr
from ..resources import resource_path
from ..storage import Store
from . import ExportError
from .json_format import DERIVED_SETTINGS, FORMAT_NAME, FORMAT_VERSION, REPORT_FORMAT_NAME

#: Larger files are refused before they are read (a workshop is a few MB at most).
MAX_FILE_BYTES = 50 * 1024 * 1024


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

    def describe(self) -> str:
        return tr(
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


def parse_workshop_document(raw: bytes, name: str = "the file") -> dict[str, Any]:
    if len(raw) > MAX_FILE_BYTES:
        raise ImportRefused(
            tr("Import", "{name} is too large to be a workshop file.").format(name=name)
        )
    not_ours = tr("Import", "{name} is not a Workshop App workshop file.").format(name=name)
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ImportRefused(
            tr(
                "Import", "{name} is not a Workshop App workshop file (it is not valid JSON)."
            ).format(name=name)
        ) from None
    if not isinstance(document, dict) or _nesting_deeper_than(document, MAX_NESTING):
        raise ImportRefused(not_ours)
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
    try:
        error = next(
            iter(sorted(validator.iter_errors(document), key=lambda e: list(e.path))), None
        )
    except RecursionError:  # nesting deeper than the validator can follow: not our file
        raise ImportRefused(not_ours) from None
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or tr("Import", "the top level")
        raise ImportRefused(
            tr("Import", "{name} is damaged or incomplete: at {where}, {problem}.").format(
                name=name, where=where, problem=error.message[:200]
            )
        )
    return document


#: A workshop file nests about six levels; far deeper means a hostile or broken file
#: (and would exhaust Python's recursion limit in validation and import).
MAX_NESTING = 64


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


def plan_import(store: Store, document: dict[str, Any]) -> tuple[list[Record], ImportResult]:
    """The records to write for ``document`` and what that will do; writes nothing."""
    bad = tr("Import", "The file is inconsistent: {what}. It was not imported.")
    collaboration = _record(Collaboration, document["collaboration"])
    workshop = _record(Workshop, document["workshop"])
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
    known_partners = set(partner_ids.values()) | {p.id for p in store.partners(collaboration.id)}

    block_ids = {b.id for b in blocks}
    item_ids = {i.id for i in items}
    remapped: list[Item] = []
    for item in items:
        partner_id = partner_ids.get(item.partner_id, item.partner_id) if item.partner_id else None
        if item.block_id is not None and item.block_id not in block_ids:
            raise ImportRefused(bad.format(what=tr("Import", "an item refers to a missing block")))
        if item.parent_id is not None and item.parent_id not in item_ids:
            raise ImportRefused(
                bad.format(what=tr("Import", "an item refers to a missing parent item"))
            )
        if partner_id is not None and partner_id not in known_partners:
            raise ImportRefused(
                bad.format(what=tr("Import", "an item refers to a missing partner"))
            )
        remapped.append(
            Item(
                **{
                    **{f.name: getattr(item, f.name) for f in fields(Item)},
                    "partner_id": partner_id,
                    "fields": _remap(item.fields, partner_ids),
                }
            )
        )
    blocks = [
        Block(
            **{
                **{f.name: getattr(b, f.name) for f in fields(Block)},
                "settings": {k: v for k, v in b.settings.items() if k not in DERIVED_SETTINGS},
            }
        )
        for b in blocks
    ]

    to_write: list[Record] = []
    added = updated = unchanged = 0
    for record in [collaboration, *new_partners, workshop, *blocks, *_parents_first(remapped)]:
        local = store.get(type(record), record.id)
        if local is None:
            added += 1
            to_write.append(record)
        elif local == record or local.updated_at >= record.updated_at:
            unchanged += 1
        else:
            updated += 1
            to_write.append(record)
    result = ImportResult(
        collaboration.name, workshop.title, workshop.id, added, updated, unchanged, matched
    )
    return to_write, result


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
    records, result = plan_import(store, document)
    if records:
        store.put(*records)  # one transaction: all or nothing
    return result


def import_workshop_file(store: Store, path: str | Path) -> ImportResult:
    """Validate ``path`` and bring its workshop into ``store`` (see the module docstring)."""
    return import_workshop_document(store, read_workshop_file(path))
