"""Guards around opening a database: one copy of the app per file, and damage checks.

*One copy per file.* Two copies of the app writing the same workshop would each
think their screen is the truth. :class:`DatabaseLock` takes an exclusive
``fcntl.flock`` on a side file ``<database>.lock``; the operating system drops it
when the process ends, even on a kill or a crash, so a stale lock can never keep
the facilitator out. Inside one process the lock is shared (counted), so the
command line, a backup thread or a test may open a second connection safely;
SQLite's own locking keeps those consistent.

*Damage.* :func:`check_sound` runs SQLite's ``quick_check`` before anything is
written, so a damaged file is refused untouched and can be set aside with
:func:`set_aside` (renamed with a timestamp, never overwritten). The check reads
the whole file (about 0.1 s for 60 MB), so a clean close *seals* the file: the lock
file records its size and modification time, the latter set one second back so
any later write changes it. A sealed, untouched file skips the check; a crash, a
leftover WAL or any change since means the full check.
"""

from __future__ import annotations

import errno
import fcntl
import os
import sqlite3
import threading
from pathlib import Path

from ..i18n import tr
from .errors import DamagedDatabaseError, DatabaseInUseError, ReadOnlyError, StorageError

#: Companion files SQLite keeps beside a database in WAL mode.
SIDE_SUFFIXES = ("-wal", "-shm")


def lock_path(db_path: Path) -> Path:
    """The side file whose exclusive lock says "this database is open"."""
    return db_path.with_name(db_path.name + ".lock")


class _Held:
    """This process's hold on one lock file."""

    def __init__(self, fd: int, seal: dict | None) -> None:
        self.fd = fd
        self.count = 0
        self.seal = seal  # left by the last clean close, read when first locked


_held: dict[Path, _Held] = {}
_held_guard = threading.Lock()


class DatabaseLock:
    """An exclusive, per-process lock on a database file; :meth:`release` when closing."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._released = False

    def __repr__(self) -> str:
        return f"DatabaseLock({str(self.db_path)!r})"

    @classmethod
    def acquire(cls, db_path: Path) -> DatabaseLock:
        """Lock ``db_path`` for this process or raise :class:`DatabaseInUseError`."""
        key = _key(db_path)
        with _held_guard:
            held = _held.get(key)
            if held is None:
                fd = _lock_file(db_path)
                held = _Held(fd, seal=_take_seal(fd))
                _held[key] = held
            held.count += 1
        return cls(db_path)

    def unchanged_since_clean_close(self) -> bool:
        """True when the last copy of the app closed this file cleanly and nobody wrote
        to it since (same file, size and sealed modification time, no WAL left)."""
        with _held_guard:
            held = _held.get(_key(self.db_path))
            seal = held.seal if held is not None else None
        if not seal or Path(f"{self.db_path}-wal").exists():
            return False
        try:
            now = self.db_path.stat()
        except OSError:
            return False
        return seal == _fingerprint(now)

    def seal(self) -> None:
        """After a clean close: remember the file as it is, so the next open can skip the
        full check. Its modification time is set one second back, so that any later
        write, however soon, changes it."""
        key = _key(self.db_path)
        with _held_guard:
            held = _held.get(key)
            if held is None or held.count != 1 or Path(f"{self.db_path}-wal").exists():
                return
            try:
                now = self.db_path.stat()
                sealed_ns = now.st_mtime_ns - 1_000_000_000
                os.utime(self.db_path, ns=(now.st_atime_ns, sealed_ns))
                seal = _fingerprint(self.db_path.stat())
                os.ftruncate(held.fd, 0)
                os.pwrite(held.fd, _seal_text(seal).encode(), 0)
            except OSError:
                pass  # no seal: the next open runs the full check

    def release(self) -> None:
        """Give the lock back (once); the side file stays, unlocked."""
        if self._released:
            return
        self._released = True
        key = _key(self.db_path)
        with _held_guard:
            held = _held.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count <= 0:
                del _held[key]
                os.close(held.fd)  # closing the descriptor drops the flock


def held_by_this_process(db_path: Path) -> bool:
    """True while some store in this process has ``db_path`` open."""
    with _held_guard:
        return _key(db_path) in _held


_SEAL_FIELDS = ("inode", "size", "mtime_ns")


def _fingerprint(stat: os.stat_result) -> dict:
    return {"inode": stat.st_ino, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _seal_text(seal: dict) -> str:
    """``sealed INODE SIZE MTIME_NS``: plain numbers, read without a JSON parser at
    start-up."""
    return "sealed " + " ".join(str(seal[name]) for name in _SEAL_FIELDS) + "\n"


def _read_seal(text: str) -> dict | None:
    """The seal in a lock file's text; None for anything else (then the open checks the
    whole file, which is always safe)."""
    words = text.split()
    if len(words) != 1 + len(_SEAL_FIELDS) or words[0] != "sealed":
        return None
    return dict(zip(_SEAL_FIELDS, map(int, words[1:]), strict=True))


def _take_seal(fd: int) -> dict | None:
    """The seal a clean close left in the lock file; the file then says "open" (pid)."""
    seal = None
    try:
        text = os.pread(fd, 4096, 0).decode()
        seal = _read_seal(text)
    except (OSError, UnicodeDecodeError, ValueError):
        seal = None
    # Who holds it, for the next copy's message; and no seal while open, so a crash
    # always leads to a full check.
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    except OSError:
        pass
    return seal if isinstance(seal, dict) else None


def _key(db_path: Path) -> Path:
    return Path(os.path.abspath(db_path))


def _lock_file(db_path: Path) -> int:
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as e:
        if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyError(
                tr(
                    "Storage",
                    "The folder {folder} cannot be written (it is read-only), so "
                    "Workshop App cannot save there. Copy the database to a folder you can "
                    "write to.",
                ).format(folder=db_path.parent),
                str(db_path),
            ) from e
        raise StorageError(
            tr("Storage", "{path} cannot be opened ({reason}).").format(
                path=db_path, reason=e.strerror
            ),
            str(db_path),
        ) from e
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        holder = _read_holder(fd)
        os.close(fd)
        if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise DatabaseInUseError(
                tr(
                    "Storage",
                    "{path} is already open in another copy of Workshop App{holder}. "
                    "Use that window, or close it and try again; nothing has been "
                    "changed.",
                ).format(path=db_path, holder=holder),
                str(db_path),
            ) from e
        raise StorageError(
            tr("Storage", "{path} cannot be locked ({reason}).").format(
                path=db_path, reason=e.strerror
            ),
            str(db_path),
        ) from e
    return fd


def _read_holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except (OSError, UnicodeDecodeError):
        return ""
    if not pid.isdigit():
        return ""
    return tr("Storage", " (process {pid})").format(pid=pid)


def check_sound(conn: sqlite3.Connection, db_path: Path) -> None:
    """Raise :class:`DamagedDatabaseError` unless SQLite's quick check passes.

    Reads only: a damaged file is not written to by this check.
    """
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as e:
        raise damaged(db_path, str(e)) from e
    if rows != ["ok"]:
        raise damaged(db_path, "; ".join(rows[:3]))


def damaged(db_path: Path, detail: str = "") -> DamagedDatabaseError:
    """The plain-language error for a damaged database (``detail`` is for the log)."""
    error = DamagedDatabaseError(
        tr(
            "Storage",
            "{path} is damaged and cannot be opened safely. It has not been changed. "
            "Restore the newest backup to go on working.",
        ).format(path=db_path),
        str(db_path),
    )
    error.detail = detail  # type: ignore[attr-defined]
    return error


def looks_emptied(db_path: Path) -> bool:
    """An empty file where backups show a database used to be (e.g. after a power cut).

    Opening it would silently start a new, empty database; it is treated as damaged.
    """
    try:
        if db_path.stat().st_size != 0:
            return False
    except OSError:
        return False
    from .backup import backup_folder

    folder = backup_folder(db_path)
    return folder.is_dir() and any(folder.glob(db_path.stem + "-*.sqlite3"))


def set_aside(db_path: Path, label: str = "damaged") -> Path:
    """Rename ``db_path`` (and its WAL files) to ``<stem>.<label>-<time><suffix>``.

    Never overwrites: a name already taken gets a counter. Returns the new path.
    """
    from datetime import datetime  # only when a file is set aside

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"{db_path.stem}.{label}-{stamp}"
    target = db_path.with_name(base + db_path.suffix)
    n = 1
    while target.exists() or any(Path(f"{target}{s}").exists() for s in SIDE_SUFFIXES):
        n += 1
        target = db_path.with_name(f"{base}-{n}{db_path.suffix}")
    # Link then unlink, so an existing target can never be replaced by a race.
    try:
        os.link(db_path, target)
        os.unlink(db_path)
    except OSError:
        if target.exists():
            raise
        os.rename(db_path, target)
    for suffix in SIDE_SUFFIXES:
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            os.rename(side, Path(f"{target}{suffix}"))
    return target
