"""Storage errors split as qutebrowser does: *known* ones the user can act on, and bugs.

A :class:`StorageError` carries one plain sentence for the facilitator. Any
other exception escaping storage is a bug and is reported as one. SQLite's
failures are told apart by their error code (``sqlite_errorcode``), never by the
words of their message, which differ between SQLite versions.
"""

from __future__ import annotations

import sqlite3

from ..errors import UserFacingError
from ..i18n import tr


class StorageError(UserFacingError):
    """A problem caused by the environment (file, disk, another program), not a bug."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class NewerSchemaError(StorageError):
    """The file was written by a newer version of the app; it is left untouched."""


class DamagedDatabaseError(StorageError):
    """The file is not a database, or its contents are damaged."""


class DatabaseInUseError(StorageError):
    """Another copy of the app has this database open."""


class DiskFullError(StorageError):
    """No space left to save."""


class InvalidTextError(StorageError):
    """Text that cannot be written as UTF-8 (a lone surrogate); nothing was saved."""


class ReadOnlyError(StorageError):
    """The file or its folder cannot be written."""


# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the
# low byte, so ``code & 0xFF`` finds the family.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
#: I/O errors where the system refused to write: a full disk, a size limit, a removed stick.
_WRITE_REFUSED = {
    "SQLITE_IOERR_WRITE",
    "SQLITE_IOERR_FSYNC",
    "SQLITE_IOERR_DIR_FSYNC",
    "SQLITE_IOERR_TRUNCATE",
    "SQLITE_IOERR_SHMSIZE",
}


def translate_sqlite_error(error: sqlite3.Error, path: str | None) -> StorageError | None:
    """Turn a known SQLite failure into a plain-language :class:`StorageError`.

    Returns None when the error looks like a bug (bad SQL, a constraint failure, an
    error without a code), so the caller re-raises it unchanged.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    name = getattr(error, "sqlite_errorname", "")
    where = path or tr("Storage", "the database")
    if primary == SQLITE_FULL or name in _WRITE_REFUSED:
        if primary == SQLITE_FULL:
            text = tr(
                "Storage",
                "The disk is full, so the last change could not be saved. "
                "Free some space; what you typed is kept on screen.",
            )
        else:
            text = tr(
                "Storage",
                "{where} could not be written: the disk may be full or removed. "
                "Free some space or reconnect the disk; what you typed is kept on screen.",
            ).format(where=where)
        return DiskFullError(text, path)
    if primary == SQLITE_READONLY:
        return ReadOnlyError(
            tr(
                "Storage",
                "{where} cannot be written (it is read-only). Choose a folder you can write to.",
            ).format(where=where),
            path,
        )
    if primary in (SQLITE_NOTADB, SQLITE_CORRUPT):
        return DamagedDatabaseError(
            tr("Storage", "{where} is damaged or is not a Workshop App database.").format(
                where=where
            ),
            path,
        )
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseInUseError(
            tr(
                "Storage",
                "{where} is busy: another program is using it. "
                "Close the other copy of Workshop App and try again.",
            ).format(where=where),
            path,
        )
    if primary in (SQLITE_CANTOPEN, SQLITE_IOERR):
        return StorageError(
            tr(
                "Storage",
                "{where} could not be opened or written (disk error). "
                "Check that the folder exists and the disk is connected.",
            ).format(where=where),
            path,
        )
    return None
