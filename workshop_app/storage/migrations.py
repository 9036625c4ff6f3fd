"""Numbered, append-only schema migrations.

``PRAGMA user_version`` records the last one applied. Add a new function at
the end of :data:`MIGRATIONS`; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


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


#: Migration ``n`` (1-based) brings a database from version ``n - 1`` to ``n``.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [migrate_to_v1]
SCHEMA_VERSION = len(MIGRATIONS)
