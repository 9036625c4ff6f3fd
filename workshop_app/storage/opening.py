"""Finding and opening the workshop database: its default place, its header read by
hand, the refusals made before SQLite touches a file, the lock, the check and the
migrations.

    >>> store = open_store()            # the user's database (``WORKSHOP_APP_DB`` overrides)
    >>> store = open_store(path, create=False)   # an existing file, or a plain refusal
"""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

from ..i18n import tr
from .errors import DamagedDatabaseError, NewerSchemaError, StorageError, translate_sqlite_error
from .guard import DatabaseLock, check_sound, damaged, looks_emptied, read_header
from .migrations import SCHEMA_VERSION, migrate
from .store import Store

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_NAME = "WorkshopApp"


def user_data_folder() -> Path:
    """The app's folder in the user's data folder (``~/.local/share/WorkshopApp`` on
    Linux), where the database lives by default and the user's own templates live."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """``WORKSHOP_APP_DB`` if set, else ``workshops.sqlite3`` in the user data folder."""
    env = os.environ.get("WORKSHOP_APP_DB")
    if env:
        return Path(env).expanduser()
    return user_data_folder() / "workshops.sqlite3"


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
            migrate(conn)
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
