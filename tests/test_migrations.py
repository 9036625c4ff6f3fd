"""Each migration, tested from the version before it with real data in it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from export_helpers import zip_csv_text

from workshop_app import export
from workshop_app.domain.records import Item, Partner
from workshop_app.storage import open_store
from workshop_app.storage.migrations import migrate_to_v1

NOW = "2026-09-15T10:00:00.000+00:00"


def _version_1_database(path: Path) -> dict[str, str]:
    """A database as version 1 of the app wrote it: a collaboration with two meetings, the
    first with its own criteria, the second scoring indicators by criterion *text*."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    migrate_to_v1(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    ids = {
        "collaboration": "c1",
        "partner": "p1",
        "first": "w1",
        "second": "w2",
        "criterion": "k1",
        "hidden criterion": "k2",
        "indicator": "i1",
        "old indicator": "i0",
    }
    rows = [
        ("collaborations", {"id": "c1", "name": "Safer Streets"}),
        (
            "partners",
            {"id": "p1", "collaboration_id": "c1", "organisation": "City", "answers_to": "Council"},
        ),
        (
            "workshops",
            {"id": "w1", "collaboration_id": "c1", "title": "Kick-off", "date": "2026-09-15"},
        ),
        (
            "workshops",
            {"id": "w2", "collaboration_id": "c1", "title": "Follow-up", "date": "2026-10-20"},
        ),
        (
            "blocks",
            {"id": "b1", "workshop_id": "w1", "kind": "measure_criteria", "title": "Criteria"},
        ),
        ("blocks", {"id": "b2", "workshop_id": "w2", "kind": "indicators", "title": "Indicators"}),
        ("blocks", {"id": "b0", "workshop_id": "w1", "kind": "indicators", "title": "Indicators"}),
        (
            "items",
            {
                "id": "k1",
                "workshop_id": "w1",
                "block_id": "b1",
                "kind": "criterion",
                "text": "Relevant to our vision",
                "visibility": "public",
                "fields": json.dumps({"group": "judge"}),
            },
        ),
        (
            "items",
            {
                "id": "k2",
                "workshop_id": "w1",
                "block_id": "b1",
                "kind": "criterion",
                "text": "Counsel has signed off",
                "visibility": "internal",
                "fields": json.dumps({"group": "capacity"}),
            },
        ),
        (
            "items",
            {
                "id": "i1",
                "workshop_id": "w2",
                "block_id": "b2",
                "kind": "indicator",
                "text": "Repeat calls",
                "visibility": "partners",
                "partner_id": "p1",
                "fields": json.dumps(
                    {
                        "measures": "calls",
                        "scores": {
                            "Relevant to our vision": 2,
                            "Counsel has signed off": 1,
                            "A renamed one": 2,
                        },
                    }
                ),
            },
        ),
        (
            "items",
            {
                "id": "i0",
                "workshop_id": "w1",
                "block_id": "b0",
                "kind": "indicator",
                "text": "Break-ins",
                "visibility": "public",
                "fields": json.dumps({"scores": {"Data obtainable within our timeframe": 1}}),
            },
        ),
    ]
    for table, row in rows:
        row = {"created_at": NOW, "updated_at": NOW, **row}
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
    conn.close()
    return ids


def test_version_1_data_keeps_its_records_and_gains_roster_visibility(tmp_path):
    path = tmp_path / "v1.sqlite3"
    _version_1_database(path)
    store = open_store(path)
    try:
        partner = store.get(Partner, "p1")
        assert partner.organisation == "City" and partner.field_visibility == {}
        assert [w.title for w in sorted(store.workshops(), key=lambda w: w.date)] == [
            "Kick-off",
            "Follow-up",
        ]
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_version_1_scores_become_keyed_by_criterion_id(tmp_path):
    """Scores by text become scores by the id of the criterion the meeting read (its own,
    else an earlier meeting's, else a standard one); a text no criterion has is dropped."""
    path = tmp_path / "v1.sqlite3"
    _version_1_database(path)
    store = open_store(path)
    try:
        assert store.get(Item, "i1").fields["scores"] == {"k1": 2, "k2": 1}
        assert store.get(Item, "i0").fields["scores"] == {"default:obtainable": 1}
        # The partners' summary scores the partners indicator against the public criterion
        # only, and the internal criterion's words are nowhere in the partners' files.
        view = export.workshop_view(store, "w2", "partners")
        summary = export.render_workshop(view, "md").decode()
        assert "| Repeat calls | 2 / 2 |" in summary
        for fmt in ("md", "json"):
            assert "Counsel has signed off" not in export.render_workshop(view, fmt).decode()
        assert "Counsel has signed off" not in zip_csv_text(export.render_workshop(view, "csv"))
    finally:
        store.close()


def test_version_1_scores_of_a_hidden_criterion_never_reach_partners_files(tmp_path):
    path = tmp_path / "v1.sqlite3"
    _version_1_database(path)
    store = open_store(path)
    try:
        view = export.workshop_view(store, "w2", "partners")
        data = json.loads(export.render_workshop(view, "json"))
        (indicator,) = [i for i in data["items"] if i["id"] == "i1"]
        assert indicator["fields"]["scores"] == {"k1": 2}
        assert "k2" not in json.dumps(data)
    finally:
        store.close()
