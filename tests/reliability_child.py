"""Child processes for the reliability tests (each prints one JSON line of findings).

    python tests/reliability_child.py hold DB            open DB, say "open", wait for a line
    python tests/reliability_child.py disk-full-rlimit DB   capture past a file size limit
    python tests/reliability_child.py disk-full-tmpfs DIR   capture on a full tmpfs (needs unshare)
    python tests/reliability_child.py read-only DIR         open a database on a read-only mount

The tmpfs and read-only modes run inside ``unshare -Urm`` (a private user and mount
namespace), so they need no real root and leave the machine's mounts alone.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BIG = 30_000  # characters: more than the space left, less than QLineEdit's 32,767 limit


def _emit(result: dict) -> None:
    print(json.dumps(result), flush=True)


def hold(db_path: str) -> None:
    from workshop_app.storage import StorageError, open_store

    try:
        store = open_store(db_path)
    except StorageError as e:
        _emit({"open": False, "error": type(e).__name__, "message": e.message})
        return
    _emit({"open": True})
    sys.stdin.readline()
    store.close()
    _emit({"closed": True})


def _prepare(db_path: Path) -> tuple[str, str]:
    from workshop_app.domain.records import Block, Collaboration, Workshop
    from workshop_app.storage import open_store

    store = open_store(db_path)
    collaboration = Collaboration("Safer Riverton Partnership")
    workshop = Workshop(collaboration.id, "Kick-off", "2026-09-15", "Library")
    block = Block(workshop.id, "notes", "Open discussion")
    store.put(collaboration, workshop, block)
    store.close()
    return workshop.id, block.id


def _capture_session(db_path: Path, workshop_id: str, block_id: str):
    from PySide6.QtWidgets import QApplication

    from workshop_app.storage import open_store
    from workshop_app.ui.capture_panel import ItemListWidget
    from workshop_app.ui.session import Session

    app = QApplication.instance() or QApplication(["reliability-child"])
    session = Session(open_store(db_path))
    widget = ItemListWidget(session, workshop_id, block_id, "note")
    widget.show()
    errors: list[str] = []
    session.error.connect(errors.append)
    return app, session, widget, errors


def _press_enter(widget) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(widget.capture, Qt.Key.Key_Return)


def _capture_past_the_limit(widget, session, errors, make_room) -> dict:
    """Type a small item (saved), paste a huge one (refused), make room, Enter again."""
    from PySide6.QtTest import QTest

    QTest.keyClicks(widget.capture, "Lighting on Fifth Street before winter")
    _press_enter(widget)
    small_saved = widget.capture.text() == "" and widget.model.rowCount() == 1
    big = "Paste of the whole incident log. " * (BIG // 33)
    widget.capture.setText(big)
    _press_enter(widget)
    refused = {
        "errors": list(errors),
        "box_keeps_text": widget.capture.text() == big,
        "rows_shown": widget.model.rowCount(),
        "rows_stored": session.store.count_items(widget.workshop_id),
    }
    make_room()
    _press_enter(widget)
    after = {
        "box_cleared": widget.capture.text() == "",
        "rows_shown": widget.model.rowCount(),
        "rows_stored": session.store.count_items(widget.workshop_id),
        "integrity": [r[0] for r in session.store.conn.execute("PRAGMA integrity_check")],
    }
    return {"small_saved": small_saved, "refused": refused, "after_room": after}


def disk_full_rlimit(db_path: str) -> None:
    import resource

    path = Path(db_path)
    workshop_id, block_id = _prepare(path)
    _, session, widget, errors = _capture_session(path, workshop_id, block_id)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    # Room for a dozen pages past the end of the write-ahead log, where saves go:
    # a short item fits, a long paste does not.
    wal = Path(f"{path}-wal").stat().st_size
    resource.setrlimit(resource.RLIMIT_FSIZE, (wal + 48 * 1024, hard))

    def lift() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))

    result = _capture_past_the_limit(widget, session, errors, lift)
    session.close()
    _emit(result)


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)


def disk_full_tmpfs(folder: str) -> None:
    where = Path(folder)
    _mount_tmpfs(where, "2m")
    path = where / "workshops.sqlite3"
    workshop_id, block_id = _prepare(path)
    _, session, widget, errors = _capture_session(path, workshop_id, block_id)
    filler = where / "filler.bin"
    with open(filler, "wb") as f:  # fill the disk, leaving a few pages
        free = os.statvfs(where).f_bavail * os.statvfs(where).f_frsize
        f.write(b"\0" * max(free - 48 * 1024, 0))
    result = _capture_past_the_limit(widget, session, errors, filler.unlink)
    session.close()
    _emit(result)


def read_only(folder: str) -> None:
    import hashlib

    from workshop_app.storage import StorageError, open_store
    from workshop_app.storage.backup import make_backup

    where = Path(folder)
    _mount_tmpfs(where, "8m")
    path = where / "workshops.sqlite3"
    _prepare(path)
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result: dict = {}
    try:
        store = open_store(path)
    except StorageError as e:
        result["open"] = {"error": type(e).__name__, "message": e.message}
    else:
        result["open"] = {"error": None}
        try:
            make_backup(store, "manual")
        except StorageError as e:
            result["backup"] = {"error": type(e).__name__, "message": e.message}
        store.close()
    result["unchanged"] = hashlib.sha256(path.read_bytes()).hexdigest() == before
    _emit(result)


def export_full(folder: str) -> None:
    """Overwrite an export while a file size limit stops the write half-way."""
    import resource

    from workshop_app.export import ExportError, write_atomically

    where = Path(folder)
    target = where / "summary.md"
    write_atomically(target, b"# Kick-off\n\nThe complete earlier summary.\n")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))
    error = None
    try:
        write_atomically(
            target, b"# Kick-off\n" + b"A long new summary line.\n" * 20_000, overwrite=True
        )
    except ExportError as e:
        error = e.message
    _emit(
        {
            "error": error,
            "files": sorted(p.name for p in where.iterdir()),
            "old_content_kept": target.read_bytes().endswith(b"The complete earlier summary.\n"),
        }
    )


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode, argument = sys.argv[1], sys.argv[2]
    {
        "hold": hold,
        "disk-full-rlimit": disk_full_rlimit,
        "disk-full-tmpfs": disk_full_tmpfs,
        "read-only": read_only,
        "export-full": export_full,
    }[mode](argument)
