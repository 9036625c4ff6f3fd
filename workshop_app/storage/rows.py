"""Records as SQLite rows: the values written for a record, and the plan for reading
rows back into records (used by :class:`.store.Store`)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..domain.records import JSON_COLUMNS, Record, column_names


def to_row(record: Record) -> dict[str, Any]:
    """``record`` as the values of its table's row (JSON columns as JSON text)."""
    row = asdict(record)
    for key in JSON_COLUMNS & row.keys():
        row[key] = json_module().dumps(row[key], sort_keys=True, ensure_ascii=False)
    return row


_PLANS: dict[type, tuple[str, tuple[int, ...]]] = {}


def reading_plan(record_type: type) -> tuple[str, tuple[int, ...]]:
    """The column list (in the record's field order) and where its JSON columns are.

    Worked out once per record type: reading 10,000 items row by row as dictionaries
    cost a third of a second; positional construction is several times faster.
    """
    plan = _PLANS.get(record_type)
    if plan is None:
        names = column_names(record_type)
        json_positions = tuple(n for n, name in enumerate(names) if name in JSON_COLUMNS)
        plan = _PLANS[record_type] = (", ".join(names), json_positions)
    return plan


def json_module():
    """The json module, imported when a JSON column first holds more than ``{}``: the
    home screen, which start-up waits for, reads only empty ones (a partner's roster
    field visibility)."""
    import json

    return json
