"""Rolling backups of the workshop database, and restoring one.

Copies are made with SQLite's online backup API (:meth:`sqlite3.Connection.backup`)
from a separate read connection, so they are consistent snapshots even while the
app is writing; a plain file copy of a live WAL database is not. Each copy is
written to a temporary name, checked, then renamed into place: a half-written
backup never looks like a backup. They live in ``backups/`` beside the database,
newest kept, oldest removed beyond a bounded number.

Restoring never overwrites blindly: the current file (and its WAL) is set aside
under a timestamped name first.

    >>> path = make_backup(store, "workshop closed")
    >>> [b.made_at for b in list_backups(store.path)]      # newest first
    >>> restore_backup(path, store.path)                   # after store.close()
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import tr
from .errors import DamagedDatabaseError, DatabaseInUseError, StorageError, translate_sqlite_error
from .guard import (
    SIDE_SUFFIXES,
    DatabaseLock,
    backup_folder,
    held_by_this_process,
    real_path,
    set_aside,
)

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger(__name__)

#: How many backups are kept per database (oldest removed first).
DEFAULT_KEEP = 20
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]*)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when, why, and whether SQLite's check passed."""

    path: Path
    made_at: datetime
    reason: str
    sound: bool
    size: int

    def __str__(self) -> str:
        state = tr("Storage", "sound") if self.sound else tr("Storage", "DAMAGED")
        return (
            f"{self.made_at:%Y-%m-%d %H:%M:%S}  {state:<7}  {self.size / 1e6:6.1f} MB  "
            f"{self.reason:<16}  {self.path}"
        )


def make_backup(store: Store, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path:
    """Copy the database of ``store`` into its backup folder; return the new file.

    Safe to call from a worker thread: it reads through its own connection.
    Raises :class:`StorageError` (disk full, read-only folder...) with a plain message.
    """
    return backup_file(store.path, reason, keep)


def backup_file(db_path: Path, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path:
    """:func:`make_backup` for a database given by path (the background backups use this)."""
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    made_at = datetime.now()
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40]
    target = folder / f"{db_path.stem}-{made_at.strftime(_STAMP)}-{slug}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    failure = tr(
        "Storage",
        "The backup could not be written to {folder} ({reason}). Your database is unchanged.",
    )
    with _writing(partial, db_path, lambda reason: failure.format(folder=folder, reason=reason)):
        folder.mkdir(parents=True, exist_ok=True)
        # The read connection counts as a user of the file in this process, so the
        # lock (and its descriptor) outlives it even if the store closes meanwhile.
        lock = DatabaseLock.acquire(db_path, create=False)
        try:
            ok = _copy(db_path, partial, check=True)
        finally:
            lock.release()  # only after the connection on the database closed
        if not ok:
            raise DamagedDatabaseError(
                tr(
                    "Storage",
                    "The backup of {path} failed its check, so it was not kept. "
                    "The database itself may be damaged.",
                ).format(path=db_path),
                str(db_path),
            )
        _fsync(partial)
        os.replace(partial, target)
        _fsync(folder)
    prune_backups(db_path, keep)
    return target


def list_backups(db_path: Path, check: bool = True) -> list[BackupInfo]:
    """Backups of ``db_path``, newest first; ``check`` runs SQLite's quick check on each."""
    db_path = Path(db_path)
    found: list[BackupInfo] = []
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != db_path.stem:
            continue
        try:
            made_at = datetime.strptime(match["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(
            BackupInfo(
                path,
                made_at,
                match["reason"].replace("-", " "),
                is_sound(path) if check else True,
                size,
            )
        )
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def newest_sound_backup(db_path: Path) -> BackupInfo | None:
    """The most recent backup that passes SQLite's check, if any."""
    for info in list_backups(db_path, check=False):
        if is_sound(info.path):
            return BackupInfo(info.path, info.made_at, info.reason, True, info.size)
    return None


def is_sound(path: Path) -> bool:
    """True when ``path`` is an SQLite file whose quick check passes (opened read-only)."""
    try:
        with open(path, "rb") as f:
            if not f.read(16).startswith(b"SQLite format 3"):
                return False
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def prune_backups(db_path: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Remove the oldest backups beyond ``keep``; returns what was removed."""
    removed = []
    for info in list_backups(db_path, check=False)[max(keep, 1) :]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError as e:
            log.warning("could not remove old backup %s: %s", info.path, e)
    return removed


def restore_backup(backup_path: Path, db_path: Path, aside_label: str = "replaced") -> Path | None:
    """Put the backup ``backup_path`` in place of ``db_path``.

    The database must be closed (in this and every other process). The current
    file, damaged or not, is kept aside under a timestamped name, which is
    returned (None when there was no current file; ``aside_label`` names it). The
    backup itself is left
    where it is. Raises :class:`StorageError` with a plain message on failure.
    """
    # The real file, not a symlink to it: that is what every name of it must see.
    backup_path, db_path = Path(backup_path), real_path(Path(db_path))
    if not is_sound(backup_path):
        raise DamagedDatabaseError(
            tr(
                "Storage", "The backup {backup} is damaged or unreadable; choose another one."
            ).format(backup=backup_path),
            str(backup_path),
        )
    if held_by_this_process(db_path):
        raise DatabaseInUseError(
            tr("Storage", "{path} is still open. Close it before restoring a backup.").format(
                path=db_path
            ),
            str(db_path),
        )
    lock = DatabaseLock.acquire(db_path)  # refuses while another copy of the app has it
    partial = db_path.with_name(db_path.name + ".restoring")
    failure = tr("Storage", "The backup could not be restored to {path} ({reason}).")
    try:
        with _writing(partial, db_path, lambda reason: failure.format(path=db_path, reason=reason)):
            _discard(partial)
            _copy(backup_path, partial)
            _fsync(partial)
            # An empty file the lock has just created holds nothing to keep.
            kept = None if lock.created_file else set_aside(db_path, aside_label)
            for suffix in SIDE_SUFFIXES:  # stray WAL files of a vanished database
                _discard(Path(f"{db_path}{suffix}"))
            os.replace(partial, db_path)
            _fsync(db_path.parent)
        return kept
    finally:
        lock.release()


@contextmanager
def _writing(partial: Path, db_path: Path, failure: Callable[[str], str]) -> Iterator[None]:
    """Write ``partial`` inside this block: on any failure it is removed, and SQLite or
    system errors become a plain :class:`StorageError` (``failure(reason)`` for the latter)."""
    try:
        yield
    except sqlite3.Error as e:
        _discard(partial)
        raise (translate_sqlite_error(e, str(db_path)) or e) from e
    except OSError as e:
        _discard(partial)
        raise StorageError(failure(e.strerror or str(e)), str(db_path)) from e
    except BaseException:
        _discard(partial)
        raise


def _copy(source_path: Path, target: Path, check: bool = False) -> bool:
    """Copy the database at ``source_path`` (opened read-only) into the self-contained
    file ``target`` with SQLite's online backup; True unless ``check`` found it unsound."""
    source = sqlite3.connect(f"{Path(source_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            return not check or copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            copy.close()
    finally:
        source.close()


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as e:
        log.warning("could not remove %s: %s", path, e)


def _fsync(path: Path) -> None:
    """Flush ``path`` (a file, or a folder after a rename in it) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
