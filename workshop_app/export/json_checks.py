"""The checks a workshop file passes before anything of it is imported.

It must be JSON our own exporter could have written (finite numbers, valid Unicode,
bounded sizes and nesting), match ``resources/schema/workshop.schema.json``, and every
item's fields and every block's settings must match what its kind declares (the same
declarations the editors and the disclosure policy read); references must point inside
the file, issue trees stay shallow, and times are real and not in the future. The first
problem found refuses the file with one sentence saying where.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from ..domain.schema import (
    ANY_ITEM,
    fields_problems,
    is_encodable,
    is_iso_date,
    item_schema,
    references,
)
from ..exercises.registry import find_kind
from ..i18n import tr
from ..resources import resource_path
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


@cache
def workshop_schema() -> dict[str, Any]:
    return json.loads(resource_path("schema", "workshop.schema.json").read_text("utf-8"))


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


def strict_json(raw: bytes) -> Any:
    """``raw`` parsed as JSON the app's own writers could have written: UTF-8, finite
    numbers of bounded length. Raises ValueError (a decoding error, NaN or Infinity, a
    number too long, nesting too deep for the parser)."""
    try:
        return json.loads(
            raw.decode("utf-8-sig"),
            parse_constant=_refuse_constant,  # NaN, Infinity: never written by the app
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except RecursionError:
        raise ValueError("nested too deep") from None


@dataclass(frozen=True)
class Refusals:
    """What the reader of one kind of file says when it refuses one, each sentence
    already in the user's language and naming the file."""

    too_large: str
    not_json: str
    not_ours: str
    not_unicode: str


def json_object(
    raw: bytes, max_bytes: int, refusals: Refusals, refused: Callable[[str], Exception]
) -> dict[str, Any]:
    """``raw`` read as a JSON object our own writers could have written: at most
    ``max_bytes`` long, strict JSON (:func:`strict_json`), an object nested at most
    :data:`MAX_NESTING` deep, and all its text valid Unicode. Otherwise raises
    ``refused`` with the matching sentence of ``refusals``."""
    if len(raw) > max_bytes:
        raise refused(refusals.too_large)
    try:
        document = strict_json(raw)
    except ValueError:
        raise refused(refusals.not_json) from None
    if not isinstance(document, dict) or nesting_deeper_than(document, MAX_NESTING):
        raise refused(refusals.not_ours)
    if not all(is_encodable(s) for s in every_string(document)):
        raise refused(refusals.not_unicode)
    return document


def first_schema_error(document: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The first place (in path order) where ``document`` breaks the JSON Schema
    ``schema``, as a ``jsonschema.ValidationError``; None when it matches."""
    import jsonschema  # lazy: only imports need it

    validator = jsonschema.Draft202012Validator(schema)
    return next(iter(sorted(validator.iter_errors(document), key=lambda e: list(e.path))), None)


def parse_workshop_document(raw: bytes, name: str = "the file") -> dict[str, Any]:
    """``raw`` parsed and checked whole (JSON, schema, each kind's fields, references
    inside the file); raises :class:`ImportRefused` with one plain sentence."""
    not_ours = tr("Import", "{name} is not a Workshop App workshop file.").format(name=name)
    refusals = Refusals(
        too_large=tr("Import", "{name} is too large to be a workshop file.").format(name=name),
        not_json=tr(
            "Import", "{name} is not a Workshop App workshop file (it is not valid JSON)."
        ).format(name=name),
        not_ours=not_ours,
        not_unicode=tr(
            "Import",
            "{name} is damaged: it holds text that is not valid Unicode. It was not imported.",
        ).format(name=name),
    )
    document = json_object(raw, MAX_FILE_BYTES, refusals, ImportRefused)
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
    error = first_schema_error(document, workshop_schema())
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


def every_string(value: Any) -> Iterator[str]:
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


def nesting_deeper_than(value: Any, limit: int) -> bool:
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
        if workshop.get("date") and not is_iso_date(workshop["date"]):
            yield f"{where}/date", tr("Import", "there is no such day")


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _unknown_item_kind(kind: str) -> str:
    return tr("Import", "the item kind {kind!r} is not one this version knows").format(kind=kind)


def _withheld_problems(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    blocks = {b["id"] for b in document["blocks"]} | {""}
    for block, counts in document.get("withheld", {}).items():
        if block not in blocks:
            yield "withheld", tr("Import", "it names a block that is not in the file")
        for kind in counts:
            if item_schema(kind) is None:
                yield "withheld", _unknown_item_kind(kind)
    for n, meeting in enumerate(document.get("earlier_meetings", [])):
        for kind in meeting.get("withheld_kinds", []):
            if item_schema(kind) is None:
                yield f"earlier_meetings/{n}/withheld_kinds", _unknown_item_kind(kind)


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
            for problem in _block_problems(block):
                yield f"{prefix}blocks/{n}", problem
        by_id = {i["id"]: i for i in items}
        for n, item in enumerate(items):
            for problem in _item_problems(item, by_id, partner_ids, known_items):
                yield f"{prefix}items/{n}", problem
        depth = _deepest_chain(items)
        if depth > MAX_TREE_DEPTH:
            yield (
                f"{prefix}items",
                tr("Import", "items are nested {depth} deep (at most {limit})").format(
                    depth=depth, limit=MAX_TREE_DEPTH
                ),
            )


def _block_problems(block: dict[str, Any]) -> Iterator[str]:
    """What is wrong with a block: its kind, or its settings for that kind."""
    kind = find_kind(block["kind"])
    if kind is None:
        yield tr("Import", "the block kind {kind!r} is not one this version knows").format(
            kind=block["kind"]
        )
        return
    yield from fields_problems(kind.all_settings, block.get("settings", {}), "settings")


def _item_problems(
    item: dict[str, Any],
    by_id: dict[str, dict[str, Any]],
    partner_ids: set[str],
    known_items: dict[str, str],
) -> Iterator[str]:
    """What is wrong with an item: its kind, its fields (the first problem only), the
    partner, parent and items it names. ``by_id``: the items of its own meeting;
    ``known_items``: every item id of the file with its kind."""
    schema = item_schema(item["kind"])
    if schema is None:
        yield _unknown_item_kind(item["kind"])
        return
    values = item.get("fields", {})
    problems = list(fields_problems(schema.fields, values, "fields"))
    if problems:
        yield problems[0]
        return
    if item.get("partner_id") and schema.partner is None:
        yield tr("Import", "items of this kind do not name a partner")
    parent = item.get("parent_id")
    if parent and (not schema.tree or by_id.get(parent, {}).get("kind") != item["kind"]):
        yield tr("Import", "it hangs under an item it cannot belong to")
    for spec_field in schema.fields:
        if spec_field.name not in values:
            continue
        for target, ref in references(spec_field.spec, values[spec_field.name]):
            if target == "partner" and ref not in partner_ids:
                yield tr("Import", "it names a partner that is not in the file")
            elif target.startswith("item:") and not _names(known_items.get(ref), target[5:]):
                yield tr("Import", "it refers to an item that is not in the file")


def _names(found: str | None, kind: str) -> bool:
    """Does a reference to an item of ``kind`` (or :data:`ANY_ITEM`) name an item of the
    file whose kind is ``found`` (None: no such item)?"""
    return found is not None and kind in (found, ANY_ITEM)


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
