"""Open, migrate, read and write the workshop database.

All SQL lives in this package. Every :meth:`Store.apply` is one transaction,
committed (WAL, ``synchronous=FULL``) before it returns, so whatever the UI
shows after an edit is on disk: a crash or a power cut loses nothing acknowledged.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..domain.records import (
    JSON_COLUMNS,
    RECORD_TYPES,
    TABLES,
    Block,
    Collaboration,
    Item,
    Partner,
    R,
    Record,
    Workshop,
    column_names,
    workshop_id_of,
)
from ..i18n import tr
from .errors import (
    DamagedDatabaseError,
    InvalidTextError,
    NewerSchemaError,
    StorageError,
    translate_sqlite_error,
)
from .guard import DatabaseLock, check_sound, damaged, looks_emptied, read_header
from .migrations import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from ..domain.edits import Edit, Step
    from ..domain.snapshot import EarlierMeeting, WorkshopSnapshot

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_NAME = "WorkshopApp"


def default_database_path() -> Path:
    """``WORKSHOP_APP_DB`` if set, else ``workshops.sqlite3`` in the user data folder."""
    env = os.environ.get("WORKSHOP_APP_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workshops.sqlite3"


def read_header_version(path: Path) -> int | None:
    """The schema version stamped in the file header, read without opening SQLite.

    Returns None for a missing or empty file (a new database). Raises
    :class:`DamagedDatabaseError` when the file is not an SQLite database.
    Reading the header by hand means a refused file is never touched (opening
    it with SQLite in WAL mode could write to it).
    """
    try:
        header = read_header(path, 100)  # through the lock's descriptor when held here
    except FileNotFoundError:
        return None
    except NotADirectoryError as e:
        raise StorageError(
            tr(
                "Storage", "{path} cannot be used: part of its folder path is a file, not a folder."
            ).format(path=path),
            str(path),
        ) from e
    except IsADirectoryError as e:
        raise StorageError(
            tr("Storage", "{path} is a folder, not a database file.").format(path=path), str(path)
        ) from e
    except PermissionError as e:
        raise StorageError(
            tr("Storage", "{path} cannot be read: permission denied.").format(path=path), str(path)
        ) from e
    if not header:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DamagedDatabaseError(
            tr("Storage", "{path} is not a Workshop App database, or it is damaged.").format(
                path=path
            ),
            str(path),
        )
    return struct.unpack(">i", header[60:64])[0]


@dataclass(frozen=True)
class ChangeSet:
    """What one applied edit touched, so each screen can decide whether to redraw."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    workshop_ids: frozenset[str] = frozenset()
    collaboration_ids: frozenset[str] = frozenset()


class Store:
    """A workshop database. Create with :func:`open_store`."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: DatabaseLock | None = None
    ) -> None:
        self.path = path
        self.conn = conn
        self._listeners: list[Callable[[ChangeSet], None]] = []
        self._lock = lock  # one copy of the app per file

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # ---------------------------------------------------------------- plumbing
    def close(self) -> None:
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
        (SQLite errors said plainly)."""
        with self._known_errors(), _in_transaction(self.conn):
            yield

    def _tell(self, changes: ChangeSet) -> ChangeSet:
        """Tell every listener what was just committed; returns ``changes``."""
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
        return self._tell(_describe(steps))

    def put(self, *records: Record) -> ChangeSet:
        """Insert or replace records without an undo entry (demo data, imports, tests)."""
        from ..domain.edits import Put

        return self.apply([Put(r) for r in records])

    def _put(self, record: Record) -> None:
        table = TABLES[type(record)]
        row = _to_row(record)
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
                [key, _json().dumps(value)],
            )

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return _json().loads(row[0]) if row else default

    # ------------------------------------------------------------------- reads
    def _select(
        self, record_type: type[R], where: str = "", params: Iterable[Any] = (), order: str = ""
    ) -> list[R]:
        columns, json_positions = _reading_plan(record_type)
        sql = f"SELECT {columns} FROM {TABLES[record_type]}"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        with self._known_errors():
            cursor = self.conn.execute(sql, list(params))
            if not json_positions:
                return [record_type(*row) for row in cursor]
            json = _json()
            records = []
            for row in cursor:  # columns come in field order: records are built positionally
                values = list(row)
                for n in json_positions:
                    text = values[n]
                    values[n] = json.loads(text) if text and text != "{}" else {}
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
        """The workshops (not deleted) where something said matches ``text``, newest
        first as in :meth:`workshop_list`, at most ``limit``: each with the first item
        written there that matches, a snippet of that item's text around the match, and
        how many of its items match.

        Every word of ``text`` must appear in the item, as a word or the start of one
        (``"bus sh"`` finds "the bus shelter"), in any case, accents or not. Items of
        every visibility are searched: this is the facilitator's own screen. The index
        (``items_fts``, migration 5) is kept current by triggers on ``items``, so what
        was typed a moment ago is found and what was deleted is not.
        """
        query = _match_query(text)
        if not query:
            return []
        with self._known_errors():
            shown = self.conn.execute(
                "WITH found AS ("
                "  SELECT i.workshop_id, min(items_fts.rowid) AS first, count(*) AS matches"
                "  FROM items_fts JOIN items i ON i.rowid = items_fts.rowid"
                "  WHERE items_fts MATCH ? GROUP BY i.workshop_id"
                ") "
                "SELECT found.workshop_id, found.first, found.matches FROM found "
                "JOIN workshops w ON w.id = found.workshop_id WHERE w.deleted_at IS NULL "
                "ORDER BY w.date DESC, w.title LIMIT ?",
                [query, limit],
            ).fetchall()
            if not shown:
                return []
            # Snippets only for the items shown, in one more pass over the matches ("+":
            # a filter on that pass; a rowid lookup would run the query once per item).
            # The rowids are integers SQLite just gave: written out, whatever their number.
            firsts = ", ".join(str(int(first)) for _, first, _ in shown)
            rows = self.conn.execute(
                "SELECT items_fts.rowid, i.id, snippet(items_fts, 0, '', '', '…', ?) "
                "FROM items_fts JOIN items i ON i.rowid = items_fts.rowid "
                f"WHERE items_fts MATCH ? AND +items_fts.rowid IN ({firsts})",
                [_SNIPPET_WORDS, query],
            )
            said = {row: (item_id, snippet) for row, item_id, snippet in rows}
        return [SaidIn(wid, *said[first], matches) for wid, first, matches in shown]

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
            earlier=self.earlier_meetings(workshop, kinds) if kinds else (),
            received_withheld=self._received_withheld(workshop_id),
        )

    def _received_withheld(self, workshop_id: str) -> dict[str | None, dict[str, int]]:
        with self._known_errors():
            row = self.conn.execute(
                "SELECT counts FROM received_withheld WHERE workshop_id = ?", [workshop_id]
            ).fetchone()
        if row is None:
            return {}
        counts = _json().loads(row[0])
        return {(block or None): dict(kinds) for block, kinds in counts.items()}

    def earlier_meetings(self, workshop: Workshop, kinds: list[str]) -> tuple[EarlierMeeting, ...]:
        """The meetings of ``workshop``'s collaboration before it, oldest first, with their
        items of ``kinds`` and the blocks holding them (see :class:`EarlierMeeting`)."""
        from ..domain.snapshot import EarlierMeeting, meeting_order

        here = meeting_order(workshop)
        every = self._select(
            Workshop, "collaboration_id = ? AND id != ?", [workshop.collaboration_id, workshop.id]
        )
        before = [w for w in every if w.deleted_at is None and meeting_order(w) < here]
        meetings: list[EarlierMeeting] = []
        if before:
            marks = ", ".join("?" for _ in kinds)
            wids = [w.id for w in before]
            items = self._select(
                Item,
                f"kind IN ({marks}) AND workshop_id IN ({', '.join('?' for _ in wids)})",
                [*kinds, *wids],
                "position, created_at",
            )
            block_ids = sorted({i.block_id for i in items if i.block_id})
            blocks = (
                self._select(Block, f"id IN ({', '.join('?' for _ in block_ids)})", block_ids)
                if block_ids
                else []
            )
            for w in before:
                meetings.append(
                    EarlierMeeting(
                        w,
                        tuple(b for b in blocks if b.workshop_id == w.id),
                        tuple(i for i in items if i.workshop_id == w.id),
                    )
                )
        # Meetings an imported workshop brought along, unless this database has them.
        known = {w.id for w in every}
        for meeting in self._carried_meetings(workshop.id):
            if meeting.workshop.id not in known and meeting_order(meeting.workshop) < here:
                wanted = set(kinds)
                items = tuple(i for i in meeting.items if i.kind in wanted)
                meetings.append(replace(meeting, items=items))
        meetings.sort(key=lambda m: meeting_order(m.workshop))
        return tuple(meetings)

    def _carried_meetings(self, workshop_id: str) -> list[EarlierMeeting]:
        from ..domain.snapshot import EarlierMeeting

        with self._known_errors():
            rows = self.conn.execute(
                "SELECT record FROM earlier_meetings WHERE workshop_id = ?", [workshop_id]
            ).fetchall()
        json = _json()
        found = []
        for (text,) in rows:
            data = json.loads(text)
            found.append(
                EarlierMeeting(
                    Workshop(**data["workshop"]),
                    tuple(Block(**b) for b in data["blocks"]),
                    tuple(Item(**i) for i in data["items"]),
                    frozenset(data.get("withheld_kinds", ())),
                )
            )
        return found

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
        json = _json()
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
                        [
                            workshop_id,
                            meeting.workshop.id,
                            json.dumps(
                                {
                                    "workshop": asdict(meeting.workshop),
                                    "blocks": [asdict(b) for b in meeting.blocks],
                                    "items": [asdict(i) for i in meeting.items],
                                    "withheld_kinds": sorted(meeting.withheld_kinds),
                                },
                                ensure_ascii=False,
                                sort_keys=True,
                            ),
                        ],
                    )
            for workshop_id, counts in (withheld or {}).items():
                self.conn.execute(
                    "INSERT INTO received_withheld (workshop_id, counts) VALUES (?, ?) "
                    "ON CONFLICT(workshop_id) DO UPDATE SET counts = excluded.counts",
                    [workshop_id, json.dumps(counts, sort_keys=True)],
                )
        changes = _describe(steps)
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


def _to_row(record: Record) -> dict[str, Any]:
    row = asdict(record)
    for key in JSON_COLUMNS & row.keys():
        row[key] = _json().dumps(row[key], sort_keys=True, ensure_ascii=False)
    return row


_PLANS: dict[type, tuple[str, tuple[int, ...]]] = {}


def _reading_plan(record_type: type) -> tuple[str, tuple[int, ...]]:
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


def _now() -> str:
    from ..domain.records import now

    return now()


def _json():
    """The json module, imported when first needed: the home screen, which start-up
    waits for, reads no JSON column."""
    import json

    return json


class WorkshopLine(NamedTuple):
    """One row of a workshop list (see :meth:`Store.workshop_list`)."""

    id: str
    collaboration_id: str
    title: str
    date: str
    place: str


class SaidIn(NamedTuple):
    """A workshop where something said matches a search (see :meth:`Store.search`)."""

    workshop_id: str
    item_id: str  # the first item written there that matches
    snippet: str  # that item's words around the match; "…" where the text was cut
    matches: int  # how many of its items match


_SNIPPET_WORDS = 12


def _match_query(text: str) -> str:
    """``text`` as an FTS5 query: each word quoted (so AND, NOT, quotes and stars are
    plain words) and taken as the start of a word; empty when ``text`` has no word."""
    import re

    return " ".join(f'"{word}"*' for word in re.findall(r"\w+", text))


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


def _describe(steps: Iterable[Step]) -> ChangeSet:
    tables, ids, workshops, collaborations = set(), set(), set(), set()
    for step in steps:
        record = step.record
        tables.add(TABLES[type(record)])
        ids.add(record.id)
        if (wid := workshop_id_of(record)) is not None:
            workshops.add(wid)
        if isinstance(record, Collaboration):
            collaborations.add(record.id)
        elif (cid := getattr(record, "collaboration_id", None)) is not None:
            collaborations.add(cid)
    return ChangeSet(
        frozenset(tables), frozenset(ids), frozenset(workshops), frozenset(collaborations)
    )


def open_store(path: str | os.PathLike[str] | None = None, create: bool = True) -> Store:
    """Open (creating if allowed) and migrate the database at ``path``.

    Refuses, without writing a byte, a file stamped by a newer version of the
    app or a file that is not an SQLite database.
    """
    path = Path(path) if path is not None else default_database_path()
    version = _version_or_refusal(path)  # refused untouched, before any lock is taken
    if version is None and not create:
        if looks_emptied(path):
            raise damaged(path, "empty file where backups show a database was")
        raise StorageError(
            tr("Storage", "There is no database at {path}.").format(path=path), str(path)
        )
    if version is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StorageError(
                tr(
                    "Storage",
                    "The folder {folder} cannot be created ({reason}). Choose "
                    "another place for the database.",
                ).format(folder=path.parent, reason=e.strerror),
                str(path),
            ) from e
    # A second copy of the app stops here, whatever name it opened the file by. A
    # missing file is created empty by the lock: that is a new database, not one
    # emptied by a power cut, which is only suspected of a file that was there.
    lock = DatabaseLock.acquire(path)
    try:
        if not lock.created_file:
            version = _version_or_refusal(path)  # as it is, now nobody else can write it
            if version is None and looks_emptied(path):
                raise damaged(path, "empty file where backups show a database was")
    except BaseException:
        lock.release()
        raise
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as e:
        lock.release()
        raise (translate_sqlite_error(e, str(path)) or e) from e
    store = Store(path, conn, lock)
    try:
        if version is not None and not lock.unchanged_since_clean_close():
            check_sound(conn, path)  # reads only: a damaged file is refused untouched
        with store._known_errors():
            conn.execute("PRAGMA busy_timeout = 2000")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StorageError(
                    tr("Storage", "{path} cannot be opened in safe-write (WAL) mode.").format(
                        path=path
                    ),
                    str(path),
                )
            conn.execute("PRAGMA synchronous = FULL")
            _migrate(conn)
    except BaseException:
        conn.close()
        lock.release()
        raise
    return store


def _version_or_refusal(path: Path) -> int | None:
    """The header's schema version (None: no file or an empty one); a file from a
    newer version of the app, or not a database, is refused."""
    version = read_header_version(path)
    if version is not None and version > SCHEMA_VERSION:
        raise NewerSchemaError(
            tr(
                "Storage",
                "{path} was saved by a newer version of Workshop App (format {found}; "
                "this version reads up to {known}). Update the app to open it; the file has "
                "not been changed.",
            ).format(path=path, found=version, known=SCHEMA_VERSION),
            str(path),
        )
    return version


def _migrate(conn: sqlite3.Connection) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, migration in enumerate(MIGRATIONS, start=1):
        if number <= current:
            continue
        with _in_transaction(conn):
            migration(conn)
            conn.execute(f"PRAGMA user_version = {number}")


@contextmanager
def _in_transaction(conn: sqlite3.Connection) -> Iterator[None]:
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


def record_type_for(table: str) -> type:
    return RECORD_TYPES[table]
