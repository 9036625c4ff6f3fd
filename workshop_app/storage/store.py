"""Read and write the workshop database (opened by :func:`.opening.open_store`).

All SQL lives in this package. Every :meth:`Store.apply` is one transaction,
committed (WAL, ``synchronous=FULL``) before it returns, so whatever the UI
shows after an edit is on disk: a crash or a power cut loses nothing acknowledged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..domain.records import (
    TABLES,
    Block,
    Collaboration,
    Item,
    Partner,
    R,
    Record,
    Workshop,
)
from ..i18n import tr
from .changes import ChangeSet, changes_of
from .errors import (
    InvalidTextError,
    translate_sqlite_error,
)
from .guard import DatabaseLock
from .meetings import earlier_meetings, meeting_json
from .migrations import in_transaction
from .rows import json_module, reading_plan, to_row

if TYPE_CHECKING:
    from ..domain.edits import Edit, Step
    from ..domain.snapshot import EarlierMeeting, WorkshopSnapshot
    from .search import Found, SaidIn


class Store:
    """A workshop database. Create with :func:`open_store`."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: DatabaseLock | None = None
    ) -> None:
        self.path = path
        self.conn = conn
        self._listeners: list[Callable[[ChangeSet], None]] = []
        self._lock = lock  # one copy of the app per file
        self._closed = False
        self._held: list[ChangeSet] | None = None  # told after the batch commits

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # ---------------------------------------------------------------- plumbing
    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has been called (a late timer must not read)."""
        return self._closed

    def close(self) -> None:
        self._closed = True
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass  # a failed checkpoint only leaves the WAL file; nothing is lost
        self.conn.close()
        if self._lock is not None:
            self._lock.seal()  # lets the next open skip the full check if nothing changes
            self._lock.release()

    def on_change(self, listener: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Call ``listener`` after every applied edit; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    @contextmanager
    def _known_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as e:
            known = translate_sqlite_error(e, str(self.path))
            if known is None:
                raise
            raise known from e
        except UnicodeEncodeError as e:  # a lone surrogate: text no file can hold
            raise InvalidTextError(
                tr(
                    "Storage",
                    "Some text holds characters that are not valid Unicode and cannot be "
                    "saved; nothing was changed. Retype it.",
                ),
                str(self.path),
            ) from e

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction: committed when the block ends, rolled back on any error
        (SQLite errors said plainly). Inside :meth:`batch`, a savepoint of its own."""
        if self._held is not None:
            with self._known_errors():
                self.conn.execute("SAVEPOINT write")
                try:
                    yield
                except BaseException:
                    self.conn.execute("ROLLBACK TO write")
                    self.conn.execute("RELEASE write")
                    raise
                self.conn.execute("RELEASE write")
            return
        with self._known_errors(), in_transaction(self.conn):
            yield

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes committed together, with one sync to disk (what many phones sent
        while the window was busy). Each write still stands or falls alone; listeners
        hear of them once all are committed, and nothing is told if the commit fails."""
        if self._held is not None:
            yield
            return
        self._held = []
        try:
            with self._known_errors(), in_transaction(self.conn):
                yield
            held = self._held
        finally:
            self._held = None
        for changes in held:
            self._tell(changes)

    def _tell(self, changes: ChangeSet) -> ChangeSet:
        """Tell every listener what was just committed (after the batch, in one); returns
        ``changes``."""
        if self._held is not None:
            self._held.append(changes)
            return changes
        for listener in list(self._listeners):
            listener(changes)
        return changes

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity_problems(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks; empty when sound."""
        with self._known_errors():
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
            problems = [r for r in rows if r != "ok"]
            for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} points to a missing {parent} record")
        return problems

    # ------------------------------------------------------------------ writes
    def apply(self, edit: Edit | Iterable[Step]) -> ChangeSet:
        """Apply steps in one transaction, commit, then tell listeners."""
        from ..domain.edits import Edit, Put  # with the first change, not at start-up

        steps = edit.forward if isinstance(edit, Edit) else tuple(edit)
        with self._transaction():
            for step in steps:
                if isinstance(step, Put):
                    self._put(step.record)
                else:
                    self._remove(step.record)
        return self._tell(changes_of(steps))

    def put(self, *records: Record) -> ChangeSet:
        """Insert or replace records without an undo entry (demo data, imports, tests)."""
        from ..domain.edits import Put

        return self.apply([Put(r) for r in records])

    def _put(self, record: Record) -> None:
        table = TABLES[type(record)]
        row = to_row(record)
        columns = list(row)
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        self.conn.execute(
            f"INSERT INTO {table} ({names}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            list(row.values()),
        )
        self.conn.execute("DELETE FROM deleted_records WHERE id = ?", [record.id])  # undone

    def _remove(self, record: Record) -> None:
        table = TABLES[type(record)]
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", [record.id])
        # Remembered, so an older file imported later does not bring it back.
        self.conn.execute(
            "INSERT INTO deleted_records (id, record_type, deleted_at) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET deleted_at = excluded.deleted_at",
            [record.id, table, _now()],
        )

    def deleted_at(self, record_id: str) -> str | None:
        """When a record with this id was deleted here (None: never, or restored since)."""
        with self._known_errors():
            row = self.conn.execute(
                "SELECT deleted_at FROM deleted_records WHERE id = ?", [record_id]
            ).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a small preference (last export folder, room screen...)."""
        with self._known_errors(), self.conn:
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json_module().dumps(value)],
            )

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json_module().loads(row[0]) if row else default

    # ------------------------------------------------------------------- reads
    def _select(
        self, record_type: type[R], where: str = "", params: Iterable[Any] = (), order: str = ""
    ) -> list[R]:
        columns, json_positions = reading_plan(record_type)
        sql = f"SELECT {columns} FROM {TABLES[record_type]}"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        with self._known_errors():
            cursor = self.conn.execute(sql, list(params))
            if not json_positions:
                return [record_type(*row) for row in cursor]
            records = []
            for row in cursor:  # columns come in field order: records are built positionally
                values = list(row)
                for n in json_positions:
                    text = values[n]
                    values[n] = json_module().loads(text) if text and text != "{}" else {}
                records.append(record_type(*values))
            return records

    def get(self, record_type: type[R], record_id: str) -> R | None:
        found = self._select(record_type, "id = ?", [record_id])
        return found[0] if found else None

    def collaborations(self, include_deleted: bool = False) -> list[Collaboration]:
        where = "" if include_deleted else "deleted_at IS NULL"
        return self._select(Collaboration, where, order="name COLLATE NOCASE")

    def partners(self, collaboration_id: str) -> list[Partner]:
        return self._select(
            Partner,
            "collaboration_id = ?",
            [collaboration_id],
            "position, organisation COLLATE NOCASE",
        )

    def workshops(
        self, collaboration_id: str | None = None, include_deleted: bool = False, search: str = ""
    ) -> list[Workshop]:
        """Workshops, newest date first; ``search`` matches title or place."""
        where, params = _workshop_filter(collaboration_id, include_deleted, search)
        return self._select(Workshop, where, params, "date DESC, title")

    def workshop_list(self, search: str = "") -> list[WorkshopLine]:
        """What a list of all workshops shows (not deleted, newest first, ``search`` as in
        :meth:`workshops`): a quarter of the time of reading whole records, for the
        home screen, which start-up waits for."""
        where, params = _workshop_filter(None, False, search)
        with self._known_errors():
            rows = self.conn.execute(
                "SELECT id, collaboration_id, title, date, place FROM workshops "
                f"WHERE {where} ORDER BY date DESC, title",
                params,
            )
            return [WorkshopLine(*row) for row in rows]

    def search(self, text: str, limit: int = 1000) -> list[SaidIn]:
        """The workshops (not deleted) where something said matches ``text``, best match
        first (FTS5's rank of the best-matching item in each; equals newest first), at
        most ``limit``: each with that item, a snippet of its text around the match with
        the matching words marked (``SaidIn.parts``), and how many of its items match.

        Every word of ``text`` must appear in the item, as a word or the start of one
        (``"bus sh"`` finds "the bus shelter"), in any case, accents or not. Items of
        every visibility are searched: this is the facilitator's own screen. The index
        (``items_fts``, migration 5) is kept current by triggers on ``items``, so what
        was typed a moment ago is found and what was deleted is not.
        """
        with self._known_errors():
            from .search import said_in  # at the first search, not at start-up

            return said_in(self.conn, text, limit)

    def find(self, text: str, limit: int = 1000) -> list[Found]:
        """What the one search box finds (the home screen's, ``main.py search``):
        workshops by title, by place, by their collaboration's name and by what was said
        in them, and collaborations by name, best first, each saying what it was found
        by (see :func:`~workshop_app.storage.search.find`)."""
        with self._known_errors():
            from .search import find  # at the first search, not at start-up

            return find(self.conn, text, limit)

    def blocks(self, workshop_id: str) -> list[Block]:
        return self._select(Block, "workshop_id = ?", [workshop_id], "position, created_at")

    def items(
        self, workshop_id: str, block_id: str | None = None, kinds: Iterable[str] | None = None
    ) -> list[Item]:
        """Items of a workshop (optionally one block, optionally some kinds), in order."""
        clauses, params = ["workshop_id = ?"], [workshop_id]
        if block_id is not None:
            clauses.append("block_id = ?")
            params.append(block_id)
        if kinds is not None:
            kinds = list(kinds)
            clauses.append(f"kind IN ({', '.join('?' for _ in kinds)})")
            params += kinds
        return self._select(Item, " AND ".join(clauses), params, "position, created_at")

    def last_position(self, workshop_id: str, block_id: str) -> float:
        """The position of the last item of a block (0 when it has none)."""
        with self._known_errors():
            row = self.conn.execute(
                "SELECT max(position) FROM items WHERE workshop_id = ? AND block_id = ?",
                [workshop_id, block_id],
            ).fetchone()
        return float(row[0] or 0)

    def items_for_partner(self, partner_id: str) -> list[Item]:
        """Items that name ``partner_id`` (so removing a partner can be undone exactly)."""
        return self._select(Item, "partner_id = ?", [partner_id], "created_at")

    def count_items(self, workshop_id: str) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM items WHERE workshop_id = ?", [workshop_id]
        ).fetchone()[0]

    def snapshot(self, workshop_id: str, history_kinds: Iterable[str] = ()) -> WorkshopSnapshot:
        """Everything about one workshop; ``history_kinds`` also pulls those items from
        the collaboration's earlier (not deleted) meetings, with the blocks that hold
        them, and the earlier meetings an imported workshop brought with it."""
        # first workshop opened, not start-up
        from ..domain.snapshot import WorkshopSnapshot, indexed

        workshop = self.get(Workshop, workshop_id)
        if workshop is None:
            raise KeyError(workshop_id)
        collaboration = self.get(Collaboration, workshop.collaboration_id)
        assert collaboration is not None, "foreign key guarantees the collaboration"
        kinds = list(history_kinds)
        return WorkshopSnapshot(
            collaboration=collaboration,
            partners=tuple(self.partners(collaboration.id)),
            workshop=workshop,
            blocks=tuple(self.blocks(workshop_id)),
            items=indexed(self.items(workshop_id)),
            earlier=earlier_meetings(self, workshop, kinds) if kinds else (),
            received_withheld=self._received_withheld(workshop_id),
        )

    def _received_withheld(self, workshop_id: str) -> dict[str | None, dict[str, int]]:
        with self._known_errors():
            row = self.conn.execute(
                "SELECT counts FROM received_withheld WHERE workshop_id = ?", [workshop_id]
            ).fetchone()
        if row is None:
            return {}
        counts = json_module().loads(row[0])
        return {(block or None): dict(kinds) for block, kinds in counts.items()}

    def import_records(
        self,
        records: Iterable[Record],
        carried: dict[str, list[EarlierMeeting]] | None = None,
        withheld: dict[str, dict[str, dict[str, int]]] | None = None,
    ) -> ChangeSet:
        """Write imported ``records`` and, for each imported workshop id, the earlier
        meetings it carried and what its file said was withheld from it, in one
        transaction (all or nothing)."""
        from ..domain.edits import Put

        carried = carried or {}
        json = json_module()
        steps = [Put(r) for r in records]
        with self._transaction():
            for step in steps:
                self._put(step.record)
            for workshop_id, meetings in carried.items():
                for meeting in meetings:
                    self.conn.execute(
                        "INSERT INTO earlier_meetings (workshop_id, meeting_id, record) "
                        "VALUES (?, ?, ?) ON CONFLICT(workshop_id, meeting_id) "
                        "DO UPDATE SET record = excluded.record",
                        [workshop_id, meeting.workshop.id, meeting_json(meeting)],
                    )
            for workshop_id, counts in (withheld or {}).items():
                self.conn.execute(
                    "INSERT INTO received_withheld (workshop_id, counts) VALUES (?, ?) "
                    "ON CONFLICT(workshop_id) DO UPDATE SET counts = excluded.counts",
                    [workshop_id, json.dumps(counts, sort_keys=True)],
                )
        changes = changes_of(steps)
        if carried:
            changes = ChangeSet(
                changes.tables | {"items"},
                changes.ids,
                changes.workshop_ids | frozenset(carried),
                changes.collaboration_ids,
            )
        return self._tell(changes)

    def dump(self) -> list[str]:
        """Every row of every table as SQL text; two equal dumps mean equal databases."""
        return list(self.conn.iterdump())


def _now() -> str:
    from ..domain.records import now

    return now()


class WorkshopLine(NamedTuple):
    """One row of a workshop list (see :meth:`Store.workshop_list`)."""

    id: str
    collaboration_id: str
    title: str
    date: str
    place: str


def _workshop_filter(
    collaboration_id: str | None, include_deleted: bool, search: str
) -> tuple[str, list[str]]:
    """The WHERE clause (and its parameters) that chooses workshops to list."""
    clauses, params = [], []
    if collaboration_id is not None:
        clauses.append("collaboration_id = ?")
        params.append(collaboration_id)
    if not include_deleted:
        clauses.append("deleted_at IS NULL")
    if search:
        clauses.append("(title LIKE ? ESCAPE '\\' OR place LIKE ? ESCAPE '\\')")
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
    return " AND ".join(clauses) or "1", params
