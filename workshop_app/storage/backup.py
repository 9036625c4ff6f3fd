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
import threading
import time
from collections.abc import Callable
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
    """:func:`make_backup` for a database given by path (the scheduler's worker uses this)."""
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    made_at = datetime.now()
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40]
    target = folder / f"{db_path.stem}-{made_at.strftime(_STAMP)}-{slug}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # The read connection counts as a user of the file in this process, so the
        # lock (and its descriptor) outlives it even if the store closes meanwhile.
        lock = DatabaseLock.acquire(db_path, create=False)
        try:
            source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                copy = sqlite3.connect(partial)
                try:
                    source.backup(copy)
                    copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                    ok = copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                finally:
                    copy.close()
            finally:
                source.close()
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
        _fsync_dir(folder)
    except sqlite3.Error as e:
        _discard(partial)
        raise (translate_sqlite_error(e, str(db_path)) or e) from e
    except OSError as e:
        _discard(partial)
        raise StorageError(
            tr(
                "Storage",
                "The backup could not be written to {folder} ({reason}). Your "
                "database is unchanged.",
            ).format(folder=folder, reason=e.strerror),
            str(db_path),
        ) from e
    except BaseException:
        _discard(partial)
        raise
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
    try:
        _discard(partial)
        source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        _fsync(partial)
        # An empty file the lock has just created holds nothing to keep.
        kept = None if lock.created_file else set_aside(db_path, aside_label)
        for suffix in SIDE_SUFFIXES:  # stray WAL files of a vanished database
            _discard(Path(f"{db_path}{suffix}"))
        os.replace(partial, db_path)
        _fsync_dir(db_path.parent)
        return kept
    except sqlite3.Error as e:
        _discard(partial)
        raise (translate_sqlite_error(e, str(db_path)) or e) from e
    except OSError as e:
        _discard(partial)
        raise StorageError(
            tr("Storage", "The backup could not be restored to {path} ({reason}).").format(
                path=db_path, reason=e.strerror
            ),
            str(db_path),
        ) from e
    finally:
        lock.release()


def recover_from_backup(db_path: Path) -> tuple[Path | None, str]:
    """After a damaged database was refused: restore the newest sound backup.

    Returns ``(db_path, message)`` when a backup was restored (the damaged file is
    kept aside, renamed with a timestamp), or ``(None, message)`` when there is no
    sound backup (the damaged file is then left exactly as it was).
    """
    db_path = Path(db_path)
    newest = newest_sound_backup(db_path)
    if newest is None:
        return None, tr(
            "Storage",
            "{path} is damaged and there is no sound backup of it. The file has "
            "not been changed; keep it, someone may be able to repair it.",
        ).format(path=db_path)
    try:
        kept = restore_backup(newest.path, db_path, aside_label="damaged")
    except StorageError as e:
        return None, e.message
    when = newest.made_at.strftime("%Y-%m-%d %H:%M")
    if kept is None:
        return db_path, tr("Storage", "Restored the backup from {when}.").format(when=when)
    return db_path, tr(
        "Storage",
        "The database was damaged. The backup from {when} has been restored; "
        "changes made after that time are not in it. The damaged file was kept as "
        "{kept}.",
    ).format(when=when, kept=kept.name)


class BackupScheduler:
    """Makes backups off the UI thread: when a workshop closes, and while work goes
    on at most every ``interval_minutes``.

    Plain Python (a worker thread), so storage stays free of Qt; ``on_done(path,
    error_message)`` is called from the worker thread: a Qt caller forwards it to
    the UI thread with a queued signal.
    """

    def __init__(
        self,
        db_path: Path,
        interval_minutes: float = 5,
        keep: int = DEFAULT_KEEP,
        on_done: Callable[[Path | None, str | None], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db_path = Path(db_path)
        self.interval = interval_minutes * 60
        self.keep = keep
        self.on_done = on_done
        self._clock = clock
        self._wake = threading.Condition()
        self._pending: str | None = None  # reason of the next backup, if one is due
        self._dirty = False
        self._last = clock()  # the database as opened needs no copy straight away
        self._stopping = False
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name="backups", daemon=True)
        self._thread.start()

    def note_change(self) -> None:
        """Something was saved; a backup follows within ``interval_minutes``."""
        with self._wake:
            self._dirty = True
            self._idle.clear()  # idle again once the worker has looked at it
            self._wake.notify()

    def workshop_closed(self) -> None:
        """A workshop was closed: back up now (if anything changed since the last copy)."""
        self.request("workshop closed", only_if_changed=True)

    def request(self, reason: str = "manual", only_if_changed: bool = False) -> None:
        """Ask for a backup now, in the background."""
        with self._wake:
            if only_if_changed and not self._dirty:
                return
            self._pending = reason
            self._idle.clear()
            self._wake.notify()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no backup is pending or running (tests, app exit)."""
        return self._idle.wait(timeout)

    def close(self, final_reason: str | None = "app closed") -> None:
        """Stop the worker, making one last backup first if there were changes."""
        with self._wake:
            if final_reason and self._dirty:
                self._pending = final_reason
                self._idle.clear()
            self._stopping = True
            self._wake.notify()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._wake:
                while True:
                    if self._pending is not None:
                        reason = self._pending
                        break
                    if self._stopping:
                        self._idle.set()
                        return
                    due = self._last + self.interval
                    if self._dirty and self._clock() >= due:
                        reason = "while open"
                        break
                    self._idle.set()
                    self._wake.wait(max(due - self._clock(), 0.05) if self._dirty else None)
                self._pending = None
                self._dirty = False
                self._idle.clear()
            self._backup(reason)

    def _backup(self, reason: str) -> None:
        path, message = None, None
        try:
            path = backup_file(self.db_path, reason, self.keep)
        except StorageError as e:
            log.warning("backup failed: %s", e.message)
            message = e.message
            with self._wake:
                self._dirty = True  # try again at the next interval
        with self._wake:
            self._last = self._clock()
        if self.on_done is not None:
            self.on_done(path, message)


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as e:
        log.warning("could not remove %s: %s", path, e)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
