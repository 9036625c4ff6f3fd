"""Guards around opening a database: one copy of the app per file, and damage checks.

*One copy per file, whatever its name.* Two copies of the app writing the same
workshop would each think their screen is the truth; worse, SQLite names its
write-ahead log after the path it was given (``<path>-wal``, symlinks resolved),
so two copies reaching one file through two hard links each keep their own log
and one overwrites what the other acknowledged. The guard therefore identifies
the *file*, not its name: :class:`DatabaseLock` takes an exclusive
``fcntl.flock`` on the database file itself, through a descriptor of its own.
Whatever name a second process uses (the same path, a symlink, a hard link), it
opens the same inode and its ``flock`` is refused. The operating system drops the
lock when the process ends, even on a kill or a crash, so a stale lock can never
keep the facilitator out. ``flock`` locks are separate from the POSIX (``fcntl``)
byte-range locks SQLite uses on Linux and macOS, so the two never interfere. (On
network file systems Linux emulates ``flock`` with POSIX locks; WAL mode does not
work there anyway.)

*The descriptor's lifetime.* Closing *any* descriptor of a file drops *all* POSIX
locks the process holds on it, including SQLite's. So this descriptor is closed
only when no SQLite connection of this process has the file open: inside one
process the lock is counted, keyed by the file's identity (device, inode), and
every connection on the database holds a count while it is open: each
:class:`~workshop_app.storage.store.Store`, and each read connection of a backup
(:func:`~workshop_app.storage.backup.backup_file`), even when the store that asked
for it closes first. The last :meth:`DatabaseLock.release` closes it. A lookup in
this process by another name of the same file finds the same count; a descriptor
opened for it meanwhile is kept with the others, never closed early. For the same
reason :func:`read_header` reads through the held descriptor while the file is
open here. After taking the lock the name is checked to still lead to the locked
file, so a copy racing with a restore (which renames files) locks the right one.

A missing database is created empty by the lock (``O_CREAT``), so there is a file
to lock before SQLite writes it; :attr:`DatabaseLock.created_file` says so, which
lets the open tell a brand-new database from an emptied one (see
:func:`looks_emptied`, checked only when the file was already there).

*The side file* ``<real path>.lock`` (beside the real file, where SQLite keeps its
log, symlinks resolved) no longer does the locking; it tells the next copy who
holds the file (``open PID DEVICE INODE``, read only when refused, and believed
only for the same file and a living process) and carries the seal (below). A copy
reaching the file through a hard link reads the side file of its own name, so its
refusal may not name the process; it is refused all the same.

*Damage.* :func:`check_sound` runs SQLite's ``quick_check`` before anything is
written, so a damaged file is refused untouched and can be set aside with
:func:`set_aside` (renamed with a timestamp, never overwritten). The check reads
the whole file (about 0.1 s for 60 MB), so a clean close *seals* the file: the side
file records its inode, size and modification time, the latter set one second
back so any later write changes it. A sealed, untouched file skips the check; a
crash, a leftover WAL or any change since means the full check.
"""

from __future__ import annotations

import errno
import fcntl
import os
import sqlite3
import stat
import threading
from pathlib import Path

from ..i18n import tr
from .errors import DamagedDatabaseError, DatabaseInUseError, ReadOnlyError, StorageError

#: Companion files SQLite keeps beside a database in WAL mode.
SIDE_SUFFIXES = ("-wal", "-shm")

#: How often a file renamed away between opening and locking it is tried again.
_ATTEMPTS = 5

FileIdentity = tuple[int, int]  # (st_dev, st_ino): the file, whatever its name


def real_path(db_path: Path) -> Path:
    """``db_path`` with symlinks resolved: where SQLite keeps the file's WAL."""
    return Path(os.path.realpath(db_path))


def lock_path(db_path: Path) -> Path:
    """The side file that names the holder and keeps the seal (see the module text)."""
    real = real_path(db_path)
    return real.with_name(real.name + ".lock")


class _Held:
    """This process's hold on one database file."""

    def __init__(self, fd: int, side_fd: int, real: Path, seal: dict | None) -> None:
        self.fds = [fd]  # the first carries the flock; all are closed at the last release
        self.side_fd = side_fd
        self.real = real
        self.count = 0
        self.seal = seal  # left by the last clean close, read when first locked


_held: dict[FileIdentity, _Held] = {}
_held_guard = threading.Lock()


class DatabaseLock:
    """An exclusive, per-process lock on a database file; :meth:`release` when closing."""

    def __init__(self, db_path: Path, identity: FileIdentity, created_file: bool) -> None:
        self.db_path = db_path
        self.identity = identity
        #: True when this acquire created the (empty) database file.
        self.created_file = created_file
        self._released = False

    def __repr__(self) -> str:
        return f"DatabaseLock({str(self.db_path)!r})"

    @classmethod
    def acquire(cls, db_path: Path, create: bool = True) -> DatabaseLock:
        """Lock the file at ``db_path`` for this process or raise :class:`DatabaseInUseError`.

        A missing file is created empty when ``create`` is true, else refused with a
        :class:`StorageError`.
        """
        db_path = Path(db_path)
        with _held_guard:
            try:
                held_key = _identity(db_path)
            except OSError:
                held_key = None
            if held_key in _held:
                created = False
            else:
                held_key, created = _lock_file(db_path, create)
            _held[held_key].count += 1
        return cls(db_path, held_key, created)

    def unchanged_since_clean_close(self) -> bool:
        """True when the last copy of the app closed this file cleanly and nobody wrote
        to it since (same file, size and sealed modification time, no WAL left)."""
        with _held_guard:
            held = _held.get(self.identity)
            if held is None or not held.seal or Path(f"{held.real}-wal").exists():
                return False
            try:
                return held.seal == _fingerprint(os.fstat(held.fds[0]))
            except OSError:
                return False

    def seal(self) -> None:
        """After a clean close: remember the file as it is, so the next open can skip the
        full check. Its modification time is set one second back, so that any later
        write, however soon, changes it."""
        with _held_guard:
            held = _held.get(self.identity)
            if held is None or held.count != 1 or Path(f"{held.real}-wal").exists():
                return
            try:
                fd = held.fds[0]
                now = os.fstat(fd)
                os.utime(fd, ns=(now.st_atime_ns, now.st_mtime_ns - 1_000_000_000))
                held.seal = _fingerprint(os.fstat(fd))
                _write_side(held.side_fd, _seal_text(held.seal))
            except OSError:
                pass  # no seal: the next open runs the full check

    def release(self) -> None:
        """Give the lock back (once). The last release in this process closes the
        descriptors, so it must come after every connection on the file is closed."""
        if self._released:
            return
        self._released = True
        with _held_guard:
            held = _held.get(self.identity)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self.identity]
            os.close(held.side_fd)
            for fd in reversed(held.fds):
                os.close(fd)  # closing the first descriptor drops the flock


def held_by_this_process(db_path: Path) -> bool:
    """True while some store or backup in this process has ``db_path`` open."""
    with _held_guard:
        try:
            return _identity(db_path) in _held
        except OSError:
            return False


def read_header(db_path: Path, size: int) -> bytes:
    """The first ``size`` bytes of ``db_path`` (OSError as from :func:`open`).

    While this process holds the file they are read through the held descriptor:
    opening and closing another one would drop SQLite's locks on it.
    """
    with _held_guard:
        try:
            held = _held.get(_identity(db_path))
        except OSError:
            held = None
        if held is not None:
            return os.pread(held.fds[0], size, 0)
        with open(db_path, "rb") as f:
            return f.read(size)


_SEAL_FIELDS = ("inode", "size", "mtime_ns")


def _fingerprint(stat_result: os.stat_result) -> dict:
    return {
        "inode": stat_result.st_ino,
        "size": stat_result.st_size,
        "mtime_ns": stat_result.st_mtime_ns,
    }


def _seal_text(seal: dict) -> str:
    """``sealed INODE SIZE MTIME_NS``: plain numbers, read without a JSON parser at
    start-up."""
    return "sealed " + " ".join(str(seal[name]) for name in _SEAL_FIELDS) + "\n"


def _read_seal(text: str) -> dict | None:
    """The seal in a side file's text; None for anything else (then the open checks the
    whole file, which is always safe)."""
    words = text.split()
    if len(words) != 1 + len(_SEAL_FIELDS) or words[0] != "sealed":
        return None
    return dict(zip(_SEAL_FIELDS, map(int, words[1:]), strict=True))


def _write_side(fd: int, text: str) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode(), 0)


def _take_seal(side_fd: int, identity: FileIdentity) -> dict | None:
    """The seal a clean close left in the side file; the file then says "open" (who
    holds which file), so a crash always leads to a full check."""
    try:
        seal = _read_seal(os.pread(side_fd, 4096, 0).decode())
    except (OSError, UnicodeDecodeError, ValueError):
        seal = None
    try:
        _write_side(side_fd, f"open {os.getpid()} {identity[0]} {identity[1]}\n")
    except OSError:
        pass
    return seal


def _identity(db_path: Path) -> FileIdentity:
    found = os.stat(db_path)
    return (found.st_dev, found.st_ino)


def _lock_file(db_path: Path, create: bool) -> tuple[FileIdentity, bool]:
    """Open, lock and register the file at ``db_path`` (caller holds ``_held_guard``)."""
    for _attempt in range(_ATTEMPTS):
        fd, created = _open_database_file(db_path, create)
        found = os.fstat(fd)
        identity = (found.st_dev, found.st_ino)
        if identity in _held:
            # The same file, reached under a name first found missing: keep this
            # descriptor with the others (closing it now would drop SQLite's locks).
            _held[identity].fds.append(fd)
            return identity, False
        if not stat.S_ISREG(found.st_mode):
            os.close(fd)
            raise StorageError(
                tr("Storage", "{path} is not a database file.").format(path=db_path),
                str(db_path),
            )
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            os.close(fd)  # not held here: no SQLite connection of ours has it open
            raise _refusal(db_path, identity, e) from e
        try:
            still_there = _identity(db_path) == identity
        except OSError:
            still_there = False
        if still_there:
            break
        os.close(fd)  # renamed or replaced while we locked it (a restore): try again
    else:
        raise StorageError(
            tr(
                "Storage",
                "{path} kept being replaced by another program while opening it; try again.",
            ).format(path=db_path),
            str(db_path),
        )
    try:
        side_fd = _open_side_file(db_path)
    except BaseException:
        os.close(fd)
        raise
    real = real_path(db_path)
    _held[identity] = _Held(fd, side_fd, real, _take_seal(side_fd, identity))
    return identity, created


def _open_database_file(db_path: Path, create: bool) -> tuple[int, bool]:
    """A read-only descriptor on the database file (``flock`` needs no more), and
    whether it was created now. Never truncates."""
    flags = os.O_RDONLY | os.O_CLOEXEC
    try:
        if create:
            try:
                return os.open(db_path, flags | os.O_CREAT | os.O_EXCL, 0o644), True
            except FileExistsError:
                pass  # there already, or a symlink (followed below)
        try:
            return os.open(db_path, flags), False
        except FileNotFoundError:
            if not create:
                raise StorageError(
                    tr("Storage", "There is no database at {path}.").format(path=db_path),
                    str(db_path),
                ) from None
            # A symlink to a file not there yet: create its target, as SQLite would.
            return os.open(db_path, flags | os.O_CREAT, 0o644), True
    except OSError as e:
        raise _cannot_open(db_path, e, only_if_missing=True) from e


def _open_side_file(db_path: Path) -> int:
    try:
        return os.open(lock_path(db_path), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as e:
        raise _cannot_open(db_path, e) from e


def _cannot_open(db_path: Path, error: OSError, only_if_missing: bool = False) -> StorageError:
    """The plain error for a database (or its side file) the system would not open: a
    read-only folder said as such (for the file itself, only when it does not exist yet)."""
    refused = error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    if refused and not (only_if_missing and db_path.exists()):
        return _read_only_folder(db_path)
    return StorageError(
        tr("Storage", "{path} cannot be opened ({reason}).").format(
            path=db_path, reason=error.strerror
        ),
        str(db_path),
    )


def _read_only_folder(db_path: Path) -> ReadOnlyError:
    return ReadOnlyError(
        tr(
            "Storage",
            "The folder {folder} cannot be written (it is read-only), so "
            "Workshop App cannot save there. Copy the database to a folder you can "
            "write to.",
        ).format(folder=db_path.parent),
        str(db_path),
    )


def _refusal(db_path: Path, identity: FileIdentity, error: OSError) -> StorageError:
    if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
        return DatabaseInUseError(
            tr(
                "Storage",
                "{path} is already open in another copy of Workshop App{holder}. "
                "Use that window, or close it and try again; nothing has been "
                "changed.",
            ).format(path=db_path, holder=_holder(db_path, identity)),
            str(db_path),
        )
    return StorageError(
        tr("Storage", "{path} cannot be locked ({reason}).").format(
            path=db_path, reason=error.strerror
        ),
        str(db_path),
    )


def _holder(db_path: Path, identity: FileIdentity) -> str:
    """The words naming the holder, when the side file names a living process that
    holds this very file; else nothing (a copy that came through a hard link wrote
    the side file of its own name)."""
    try:
        with open(lock_path(db_path), "rb") as f:
            words = f.read(128).decode().split()
    except (OSError, UnicodeDecodeError):
        return ""
    if len(words) != 4 or words[0] != "open" or not all(w.isdigit() for w in words[1:]):
        return ""
    pid, device, inode = map(int, words[1:])
    if (device, inode) != identity or pid == os.getpid():
        return ""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return ""  # left by a copy that was killed; whoever holds it now did not say
    except PermissionError:
        pass  # alive, run by another user
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


def backup_folder(db_path: Path) -> Path:
    """``backups/`` beside the database (here, not in ``backup``, because telling an
    emptied file from a new one asks whether backups of it exist)."""
    return Path(db_path).parent / "backups"


def looks_emptied(db_path: Path) -> bool:
    """An empty file where backups show a database used to be (e.g. after a power cut).

    Opening it would silently start a new, empty database; it is treated as damaged.
    """
    try:
        if db_path.stat().st_size != 0:
            return False
    except OSError:
        return False
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
