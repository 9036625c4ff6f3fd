"""Numbered, append-only schema migrations.

``PRAGMA user_version`` records the last one applied. Add a new function at
the end of :data:`MIGRATIONS`; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def execute_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``executescript`` would commit first; migrations must be all or nothing.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement!r}")


def migrate_to_v1(conn: sqlite3.Connection) -> None:
    """Collaborations, partners, workshops, agenda blocks and captured items."""
    execute_script(
        conn,
        """
        CREATE TABLE collaborations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE TABLE partners (
            id TEXT PRIMARY KEY,
            collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE,
            organisation TEXT NOT NULL,
            sector TEXT NOT NULL DEFAULT 'public',
            representatives TEXT NOT NULL DEFAULT '',
            brings TEXT NOT NULL DEFAULT '',
            needs TEXT NOT NULL DEFAULT '',
            answers_to TEXT NOT NULL DEFAULT '',
            position REAL NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX partners_by_collaboration ON partners(collaboration_id, position);
        CREATE TABLE workshops (
            id TEXT PRIMARY KEY,
            collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            date TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX workshops_by_collaboration ON workshops(collaboration_id, date);
        CREATE TABLE blocks (
            id TEXT PRIMARY KEY,
            workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            prompt TEXT NOT NULL DEFAULT '',
            timebox_minutes INTEGER NOT NULL DEFAULT 15,
            position REAL NOT NULL DEFAULT 0,
            settings TEXT NOT NULL DEFAULT '{}',
            elapsed_seconds INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX blocks_by_workshop ON blocks(workshop_id, position);
        CREATE TABLE items (
            id TEXT PRIMARY KEY,
            workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            block_id TEXT REFERENCES blocks(id) ON DELETE CASCADE,
            parent_id TEXT REFERENCES items(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '{}',
            visibility TEXT NOT NULL DEFAULT 'partners'
                CHECK (visibility IN ('public', 'partners', 'internal')),
            partner_id TEXT REFERENCES partners(id) ON DELETE SET NULL,
            cluster TEXT NOT NULL DEFAULT '',
            position REAL NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX items_by_block ON items(workshop_id, block_id, position);
        CREATE INDEX items_by_kind ON items(kind, workshop_id);
        CREATE INDEX items_by_parent ON items(parent_id);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def migrate_to_v2(conn: sqlite3.Connection) -> None:
    """Roster fields get a visibility; a meeting imported on its own keeps the earlier
    meetings it read (trust trend, criteria, partnership history)."""
    execute_script(
        conn,
        """
        ALTER TABLE partners ADD COLUMN field_visibility TEXT NOT NULL DEFAULT '{}';
        CREATE TABLE earlier_meetings (
            workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            meeting_id TEXT NOT NULL,
            record TEXT NOT NULL,
            PRIMARY KEY (workshop_id, meeting_id)
        );
        """,
    )


def migrate_to_v3(conn: sqlite3.Connection) -> None:
    """Indicator scores are keyed by criterion id instead of criterion text, so renaming
    or translating a criterion keeps its scores and a hidden criterion's words never
    travel with an indicator. Scores whose text matches no criterion were never shown
    and are dropped."""
    import json

    rows = conn.execute(
        "SELECT i.id, i.workshop_id, i.fields, w.collaboration_id FROM items i "
        "JOIN workshops w ON w.id = i.workshop_id WHERE i.kind = 'indicator'"
    ).fetchall()
    for item_id, workshop_id, fields_text, collaboration_id in rows:
        fields = json.loads(fields_text or "{}")
        scores = fields.get("scores")
        if not isinstance(scores, dict) or not scores:
            continue
        keys = _criteria_keys_by_text(conn, workshop_id, collaboration_id)
        fields["scores"] = {keys[k]: v for k, v in scores.items() if k in keys}
        conn.execute(
            "UPDATE items SET fields = ? WHERE id = ?",
            [json.dumps(fields, sort_keys=True, ensure_ascii=False), item_id],
        )


#: The standard criteria as they were when scores were keyed by text (frozen here: a
#: migration never reads the app's current code) and the keys that stand for them now.
_V2_DEFAULT_CRITERIA = {
    "Relevant to our shared vision": "default:vision",
    "Relevant to the facts we agreed": "default:facts",
    "Data obtainable within our timeframe": "default:obtainable",
    "Tells us about people's lived experience": "default:lived_experience",
    "We have the expertise to collect and analyse it": "default:expertise",
    "We have access to the data": "default:access",
    "We have the resources (time, money, people) to collect it": "default:resources",
}


def _criteria_keys_by_text(
    conn: sqlite3.Connection, workshop_id: str, collaboration_id: str
) -> dict[str, str]:
    """Criterion text -> criterion id for one workshop's indicators: its own criteria,
    then those of its earlier meetings (the latest first), then the standard ones."""
    keys = dict(_V2_DEFAULT_CRITERIA)
    rows = conn.execute(
        "SELECT i.id, i.text, i.workshop_id = ? AS own FROM items i "
        "JOIN workshops w ON w.id = i.workshop_id "
        "WHERE i.kind = 'criterion' AND w.collaboration_id = ? AND (i.workshop_id = ? OR "
        "(COALESCE(NULLIF(w.date, ''), '9999-12-31') || w.created_at) < "
        "(SELECT COALESCE(NULLIF(date, ''), '9999-12-31') || created_at FROM workshops "
        "WHERE id = ?)) "
        "ORDER BY own, COALESCE(NULLIF(w.date, ''), '9999-12-31'), w.created_at, "
        "i.position DESC, i.created_at DESC",
        [workshop_id, collaboration_id, workshop_id, workshop_id],
    ).fetchall()
    for criterion_id, text, _own in rows:  # later rows (own, latest) win
        keys[text] = criterion_id
    return keys


def migrate_to_v4(conn: sqlite3.Connection) -> None:
    """Deleted records are remembered (so an old file imported again does not bring them
    back), and what a received file said was withheld from it is kept with its workshop
    (so its summary still says "withheld", not "nothing was recorded")."""
    execute_script(
        conn,
        """
        CREATE TABLE deleted_records (
            id TEXT PRIMARY KEY,
            record_type TEXT NOT NULL,
            deleted_at TEXT NOT NULL
        );
        CREATE TABLE received_withheld (
            workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
            counts TEXT NOT NULL
        );
        """,
    )


def migrate_to_v5(conn: sqlite3.Connection) -> None:
    """What was said is searchable: a full-text index (FTS5, ``items_fts``) of every
    item's text, built for the items already there and kept current by triggers on
    every insert, update and delete of an item, whoever writes it."""
    import sqlite_utils  # 0.14 s: only when this migration runs

    # On our connection, not a new one: inside this migration's transaction (sqlite-utils
    # runs its scripts statement by statement when a transaction is open), without
    # switching on recursive triggers for the whole session, without plugins.
    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    db["items"].enable_fts(["text"], create_triggers=True)


def migrate_to_v6(conn: sqlite3.Connection) -> None:
    """What the room sends from phones waits in an inbox until the facilitator accepts
    or rejects it. Each input is kept under the id the phone gave it, so a phone that
    resends after a dropped connection adds nothing twice; nothing about the device or
    its network address is kept."""
    execute_script(
        conn,
        """
        CREATE TABLE room_inputs (
            id TEXT PRIMARY KEY,
            workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            block_id TEXT NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            received_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            item_id TEXT
        );
        CREATE INDEX room_inputs_by_block ON room_inputs(block_id, status, received_at);
        """,
    )


#: Migration ``n`` (1-based) brings a database from version ``n - 1`` to ``n``.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    migrate_to_v1,
    migrate_to_v2,
    migrate_to_v3,
    migrate_to_v4,
    migrate_to_v5,
    migrate_to_v6,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, migration in enumerate(MIGRATIONS, start=1):
        if number <= current:
            continue
        with in_transaction(conn):
            migration(conn)
            conn.execute(f"PRAGMA user_version = {number}")


@contextmanager
def in_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: committed when the block ends, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        # A COMMIT refused by a full disk has already been rolled back by SQLite.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
