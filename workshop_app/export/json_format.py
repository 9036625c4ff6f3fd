"""The whole workshop as JSON, for another copy of the app to import.

Documented in ``docs/json-format.md``; validated on import against
``resources/schema/workshop.schema.json`` and each kind's declared fields.
Exported for an audience, the file holds only what
:func:`~workshop_app.domain.visibility.audience_view` lets through, including the
earlier meetings the workshop read (``earlier_meetings``), so a copy imported
elsewhere gives the same summary. Record ids are preserved so imports can merge.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from .. import __version__
from ..domain.records import now, parents_first
from ..domain.visibility import AudienceView

FORMAT_NAME = "workshop-app/workshop"
REPORT_FORMAT_NAME = "workshop-app/collaboration-report"
#: 2: roster field visibility, earlier meetings carried along, scores keyed by criterion id.
FORMAT_VERSION = 2

#: Block settings older versions derived for one audience; not data, so import drops them.
DERIVED_SETTINGS = frozenset({"results_visible"})


def workshop_document(view: AudienceView) -> dict[str, Any]:
    """The workshop as a JSON-able dict (see docs/json-format.md)."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": now(),
        "audience": view.audience.value,
        "collaboration": asdict(view.collaboration),
        "partners": [asdict(p) for p in view.partners],
        "workshop": asdict(view.workshop),
        "blocks": [asdict(b) for b in view.blocks],
        # parents before their children: import relies on it
        "items": [asdict(i) for i in parents_first(view.items)],
        "earlier_meetings": [
            {
                "workshop": asdict(m.workshop),
                "blocks": [asdict(b) for b in m.blocks],
                "items": [asdict(i) for i in m.items],
                "withheld_kinds": sorted(m.withheld_kinds),
            }
            for m in view.earlier
        ],
        # What this file leaves out, so a copy imported elsewhere still says "withheld".
        "withheld": {block or "": dict(counts) for block, counts in view.withheld.items()},
    }


def dumps(document: dict[str, Any]) -> bytes:
    """``document`` as the file holds it: its members one per line, and each record of a
    list (a block, an item, an earlier meeting's) on a line of its own, written whole by
    the json module's C encoder (``indent=`` would use its pure-Python one, five times
    slower on a workshop that carries its earlier meetings)."""
    return (_layout(document, "") + "\n").encode("utf-8")


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _holds_records(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(v, dict) for v in value)


def _layout(value: Any, indent: str) -> str:
    inner = indent + "  "
    if isinstance(value, dict) and (indent == "" or any(map(_holds_records, value.values()))):
        members = (f"{inner}{_compact(key)}: {_layout(v, inner)}" for key, v in value.items())
        return "{\n" + ",\n".join(members) + f"\n{indent}}}" if value else "{}"
    if _holds_records(value):
        records = (inner + _layout(v, inner) for v in value)
        return "[\n" + ",\n".join(records) + f"\n{indent}]"
    return _compact(value)


def workshop_json_bytes(view: AudienceView) -> bytes:
    return dumps(workshop_document(view))


def report_json_bytes(report) -> bytes:
    return dumps(
        {
            "format": REPORT_FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "exported_at": now(),
            **report.data,
        }
    )
