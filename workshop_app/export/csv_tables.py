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

from ..domain.records import Item, ItemKind
from ..domain.visibility import AudienceView
from ..i18n import tr

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?")

#: table name -> item kinds it lists (None: every item)
TABLE_KINDS: dict[str, tuple[str, ...] | None] = {
    "items": None,
    "indicators": ("indicator",),
    "actions": (ItemKind.ACTION.value,),
    "facts": ("fact",),
    "sharing_commitments": ("sharing_commitment",),
}
#: field columns shown first (in this order) when items have them
PREFERRED_FIELDS = (
    "owner",
    "due",
    "status",
    "source",
    "date",
    "contributor",
    "measures",
    "indicator_kind",
    "financial",
    "timing",
    "data_source",
    "baseline",
    "target",
    "frequency",
    "needed_by",
    "recipients",
    "form",
    "sensitivity",
    "constraints",
)


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


def _field_value(view: AudienceView, value: Any) -> Any:
    """Partner ids inside fields become organisation names."""
    if isinstance(value, str) and (partner := view.partner(value)) is not None:
        return partner.organisation
    if isinstance(value, list):
        return [_field_value(view, v) for v in value]
    return value


def item_table(view: AudienceView, items: Sequence[Item]) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows for ``items``: block, prompt, text, then every field they use."""
    keys: list[str] = []
    for item in items:
        for key in item.fields:
            if key not in keys:
                keys.append(key)
    keys.sort(key=lambda k: (PREFERRED_FIELDS.index(k) if k in PREFERRED_FIELDS else 99, k))
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
                *(_field_value(view, item.fields.get(k)) for k in keys),
                partner.organisation if partner else "",
                item.cluster,
                item.visibility,
                item.created_at,
                item.id,
            ]
        )
    return headers, rows


def workshop_tables(view: AudienceView) -> dict[str, bytes]:
    """Every table of the workshop (items, indicators, actions, facts, sharing commitments)."""
    tables = {}
    for name, kinds in TABLE_KINDS.items():
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


def report_tables(report) -> dict[str, bytes]:  # CollaborationReport
    return {name: to_csv(headers, rows) for name, (headers, rows) in report.tables.items()}


def report_csv_zip(report) -> bytes:
    return tables_zip(report_tables(report))
