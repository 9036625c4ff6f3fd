"""Workshop tables as CSV: UTF-8 with a BOM so spreadsheet programs read them right.

Every row carries its block and prompt. Cells a spreadsheet would run as a
formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) are
neutralised with a leading apostrophe, the usual defence against CSV injection.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from typing import Any

from ..domain.actions import status_of
from ..domain.records import Item, ItemKind
from ..domain.schema import item_schema
from ..domain.visibility import AudienceView
from ..exercises.registry import csv_tables
from ..i18n import speaking_output, tr

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?")

#: Tables every workshop has (table name -> the item kinds it lists; None: every item);
#: the exercises add theirs (``ExerciseKind.tables``).
CORE_TABLES: dict[str, tuple[str, ...] | None] = {
    "items": None,
    "actions": (ItemKind.ACTION.value,),
}


def table_kinds() -> dict[str, tuple[str, ...] | None]:
    """Every table of a workshop's CSV export, the core ones first."""
    return {**CORE_TABLES, **{t.name: t.kinds for t in csv_tables()}}


def neutralise(value: str) -> str:
    """``value`` made safe to open in a spreadsheet (numbers stay numbers)."""
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def to_csv(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A CSV file (BOM, CRLF line ends, every cell quoted when needed, formulas neutralised)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(str(h)) for h in headers])
    for row in rows:
        writer.writerow([neutralise(_cell(v)) for v in row])
    return (BOM + buffer.getvalue()).encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Export", "yes") if value else tr("Export", "no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _field_value(view: AudienceView, value: Any, texts: dict[str, str]) -> Any:
    """Partner ids inside fields become organisation names, and a map keyed by item ids
    (scores by criterion) is keyed by those items' words."""
    if isinstance(value, str) and (partner := view.partner(value)) is not None:
        return partner.organisation
    if isinstance(value, list):
        return [_field_value(view, v, texts) for v in value]
    if isinstance(value, dict):
        return {texts.get(k, k): v for k, v in value.items()}
    return value


def _columns(items: Sequence[Item]) -> list[str]:
    """The field columns of ``items``: each kind's declared fields, in declared order."""
    keys: list[str] = []
    for item in items:
        schema = item_schema(item.kind)
        declared = [f.name for f in schema.fields] if schema else sorted(item.fields)
        for key in declared:
            if key in item.fields and key not in keys:
                keys.append(key)
    return keys


def _value(item: Item, key: str) -> Any:
    if key == "status" and item.kind == ItemKind.ACTION.value:
        return status_of(item)
    return item.fields.get(key)


def item_table(view: AudienceView, items: Sequence[Item]) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows for ``items``: block, prompt, text, then every field they use (an
    action's status always: "open" until one is set)."""
    keys = _columns(items)
    actions = any(i.kind == ItemKind.ACTION.value for i in items)
    if actions and "status" not in keys:
        keys.insert(min(2, len(keys)), "status")
    texts = {i.id: i.text for i in (*view.items, *view.history)}
    positions = {b.id: n for n, b in enumerate(view.blocks, start=1)}
    headers = [
        tr("Export", "Block number"),
        tr("Export", "Block"),
        tr("Export", "Prompt"),
        tr("Export", "Kind"),
        tr("Export", "Text"),
        *keys,
        tr("Export", "Partner"),
        tr("Export", "Cluster"),
        tr("Export", "Visibility"),
        tr("Export", "Captured at"),
        tr("Export", "Id"),
    ]
    rows = []
    for item in items:
        block = view.block(item.block_id) if item.block_id else None
        partner = view.partner(item.partner_id)
        rows.append(
            [
                positions.get(item.block_id or "", ""),
                block.title if block else tr("Export", "Whole workshop"),
                block.prompt if block else "",
                item.kind,
                item.text,
                *(_field_value(view, _value(item, k), texts) for k in keys),
                partner.organisation if partner else "",
                item.cluster,
                item.visibility,
                item.created_at,
                item.id,
            ]
        )
    return headers, rows


@speaking_output()
def workshop_tables(view: AudienceView) -> dict[str, bytes]:
    """Every table of the workshop (items, indicators, actions, facts, sharing commitments)."""
    made = {t.name: t.rows for t in csv_tables() if t.rows is not None}
    tables = {}
    for name, kinds in table_kinds().items():
        if name in made:  # rows an exercise makes from the view (a vote's results)
            tables[name] = to_csv(*made[name](view))
            continue
        items = (
            list(view.items_of_kind(*{i.kind for i in view.items}))
            if kinds is None
            else view.items_of_kind(*kinds)
        )
        tables[name] = to_csv(*item_table(view, items))
    return tables


def tables_zip(tables: dict[str, bytes]) -> bytes:
    """Several CSV tables in one .zip (the export dialog saves one file)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in tables.items():
            archive.writestr(f"{name}.csv", data)
    return buffer.getvalue()


def workshop_csv_zip(view: AudienceView) -> bytes:
    return tables_zip(workshop_tables(view))


@speaking_output()
def report_tables(report) -> dict[str, bytes]:  # CollaborationReport
    return {name: to_csv(headers, rows) for name, (headers, rows) in report.tables.items()}


def report_csv_zip(report) -> bytes:
    return tables_zip(report_tables(report))
