"""Storage errors split as qutebrowser does: *known* ones the user can act on, and bugs.

A :class:`StorageError` carries one plain sentence for the facilitator. Any
other exception escaping storage is a bug and is reported as one.
"""

from __future__ import annotations

import sqlite3

from ..i18n import tr


class StorageError(Exception):
    """A problem caused by the environment (file, disk, another program), not a bug."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
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


def translate_sqlite_error(error: sqlite3.Error, path: str | None) -> StorageError | None:
    """Turn a known SQLite failure into a plain-language :class:`StorageError`.

    Returns None when the error looks like a bug (bad SQL, constraint failure),
    so the caller re-raises it unchanged.
    """
    text = str(error).lower()
    where = path or tr("Storage", "the database")
    if "database or disk is full" in text or "disk full" in text:
        return DiskFullError(
            tr(
                "Storage",
                "The disk is full, so the last change could not be saved. "
                "Free some space; what you typed is kept on screen.",
            ),
            path,
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(
            tr(
                "Storage",
                "{where} cannot be written (it is read-only). Choose a folder you can write to.",
            ).format(where=where),
            path,
        )
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DamagedDatabaseError(
            tr("Storage", "{where} is damaged or is not a Workshop App database.").format(
                where=where
            ),
            path,
        )
    if "locked" in text or "busy" in text:
        return DatabaseInUseError(
            tr(
                "Storage",
                "{where} is busy: another program is using it. "
                "Close the other copy of Workshop App and try again.",
            ).format(where=where),
            path,
        )
    if getattr(error, "sqlite_errorname", "") in (
        "SQLITE_IOERR_WRITE",
        "SQLITE_IOERR_FSYNC",
        "SQLITE_IOERR_TRUNCATE",
    ):
        # A write refused by the system: a full disk, a file size limit, a removed stick.
        return DiskFullError(
            tr(
                "Storage",
                "{where} could not be written: the disk may be full or removed. "
                "Free some space or reconnect the disk; what you typed is kept on screen.",
            ).format(where=where),
            path,
        )
    if "unable to open" in text or "disk i/o error" in text:
        return StorageError(
            tr(
                "Storage",
                "{where} could not be opened or written (disk error). "
                "Check that the folder exists and the disk is connected.",
            ).format(where=where),
            path,
        )
    return None
