"""Render every screen of the app into docs/screens/ (``make screenshots``).

The window at 1366x768 and 1920x1080: the home screen, each exercise panel filled with
demo content, the export dialog, the meeting open to the room's phones; a few of them in
the dark scheme too; the room view of every exercise (and the join slide) at 1024x768 and
1920x1080. The phone pages come from the browser test (``make screenshots`` runs it).
Drawn on Qt's offscreen platform from a fresh demo database, so the pictures are the
same on every machine and need no display. With ``pngquant`` installed (Debian:
``apt-get install pngquant``) they are reduced to a palette, a third of the size. Look at
every one.

    .venv/bin/python docs/make_screenshots.py [--only PATTERN]
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screens"
WINDOW_SIZES = [(1366, 768), (1920, 1080)]
ROOM_SIZES = [(1024, 768), (1920, 1080)]
#: Also drawn in the dark scheme (at the first window size).
DARK = ("home", "trust_check_in", "hopes_concerns", "indicators")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="*", help="only pictures whose name matches")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication(["workshop-app"])
    from workshop_app.ui.app import make_application

    make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []

    def save(widget, name: str) -> None:
        if not fnmatch.fnmatch(name, args.only):
            return
        settle(app)
        path = OUT / f"{name}.png"
        widget.grab().save(str(path))
        made.append(path)

    with tempfile.TemporaryDirectory() as folder:
        store, workshop_id, blocks = every_kind_workshop(Path(folder) / "screens.sqlite3")
        from workshop_app.ui.main_window import MainWindow
        from workshop_app.ui.session import Session
        from workshop_app.ui.style import apply_appearance

        for scheme in ("light", "dark"):
            apply_appearance(app, scheme)
            for width, height in WINDOW_SIZES if scheme == "light" else WINDOW_SIZES[:1]:
                size = f"{width}x{height}"
                window = MainWindow(Session(store))
                window.resize(width, height)
                window.show()
                window.home.add_icons()
                window.statusBar().clearMessage()  # it names the temporary database
                if scheme == "light" or "home" in DARK:
                    save(window, f"home-{size}-{scheme}")
                window.open_workshop(workshop_id)
                view = window.workshop_view
                for block in blocks:
                    if scheme == "light" or block.kind in DARK:
                        view.set_current_block(block.id)
                        save(window, f"panel-{block.kind}-{size}-{scheme}")
                if scheme == "light":
                    dialogs(window, workshop_id, blocks, size, save)
                    phones(app, window, blocks, size, save, made, args.only)
                window.close()
                window.deleteLater()
                settle(app)
        room_pictures(store, workshop_id, blocks, made, args.only)
        store.close()
    shrink(made)
    for path in made:
        print(path.relative_to(ROOT))
    return 0


def dialogs(window, workshop_id: str, blocks, size: str, save) -> None:
    """The export dialog, the guide (at its key list and at an exercise), a new
    workshop's template picker and the re-plan proposal, each over ``window``."""
    from workshop_app.ui.export_dialog import ExportDialog
    from workshop_app.ui.home_actions import WorkshopDialog
    from workshop_app.ui.replan_dialog import ReplanDialog

    dialog = ExportDialog(window.session, workshop_id, window)
    dialog.show()
    save(dialog, f"export-dialog-{size}")
    dialog.close()
    window.show_guide("shortcuts")
    save(window._guide, f"guide-keys-{size}")
    window.show_guide("exercise/trust_check_in")
    save(window._guide, f"guide-exercise-{size}")
    window._guide.close()
    picker = WorkshopDialog(window, "New workshop", when="2027-01-15")
    picker.show()
    save(picker, f"new-workshop-{size}")
    picker.close()
    # Half an hour into a meeting planned for the agenda's length less an hour.
    planned = sum(b.timebox_minutes for b in blocks) - 60
    replan = ReplanDialog(window.session, blocks, blocks[1].id, 1800, planned, "09:00", window)
    replan.show()
    save(replan, f"replan-{size}")
    replan.close()


#: What the pictures show as the room's join address and code (a real one depends on the
#: machine and is new each time).
JOIN_ADDRESS, JOIN_CODE = "http://192.168.1.20:41237/", "K7QX3M"


def phones(app, window, blocks, size: str, save, made: list[Path], only: str) -> None:
    """The meeting open to the room's phones: the window with three ideas waiting, and
    (once) the projector's holding slide and a live slide at each room size."""
    from workshop_app.storage.room_inbox import RoomInbox
    from workshop_app.ui.room_content import RoomMode

    block = next(b for b in blocks if b.kind == "hopes_concerns")
    window.workshop_view.set_current_block(block.id)
    rooms = window.room_controller
    controls = rooms.phones
    controls.open()
    inbox = RoomInbox(window.session.store)
    for n, (kind, text) in enumerate(
        (
            ("hope", "A bus stop you can see from the school gate"),
            ("concern", "The same people speak at every meeting"),
            ("hope", "Young people on the steering group"),
        )
    ):
        inbox.add(f"screenshot-input-{n:06d}", block.workshop_id, block.id, kind, text)
    controls.queue.refresh()
    link = f"{JOIN_ADDRESS}?code={JOIN_CODE}"
    rooms.room.set_join(link, JOIN_ADDRESS, JOIN_CODE)
    controls.status.setText(
        f"OPEN TO PHONES: {JOIN_ADDRESS} · code {JOIN_CODE} · 23 phone(s) joined."
    )
    save(window, f"phones-{size}")
    if size == f"{WINDOW_SIZES[0][0]}x{WINDOW_SIZES[0][1]}":
        for width, height in ROOM_SIZES:
            rooms.room.resize(width, height)
            rooms.room.view.resize(width, height)
            for mode, name in ((RoomMode.HOLDING, "holding"), (RoomMode.LIVE, "live")):
                picture = f"room-phones-{name}-{width}x{height}"
                if not fnmatch.fnmatch(picture, only):
                    continue
                rooms.room.set_mode(mode)
                settle(app)
                path = OUT / f"{picture}.png"
                rooms.room_picture().save(str(path))
                made.append(path)
        rooms.room.set_mode(RoomMode.LIVE)
    controls.close()


def shrink(paths: list[Path]) -> None:
    """Reduce the pictures to a palette with pngquant, when it is installed."""
    import shutil
    import subprocess

    if shutil.which("pngquant") is None or not paths:
        return
    subprocess.run(
        ["pngquant", "--force", "--skip-if-larger", "--quality", "70-95", "--ext", ".png"]
        + [str(p) for p in paths],
        check=False,
    )


def settle(app) -> None:
    for _ in range(6):
        app.processEvents()


def every_kind_workshop(path: Path):
    """The demo collaboration and a workshop with one block of every kind, each filled
    with its demo content: (store, workshop id, blocks)."""
    from workshop_app.domain import planning
    from workshop_app.domain.records import Block, Item, Workshop
    from workshop_app.exercises.demo import add_demo, block_items
    from workshop_app.exercises.registry import DemoContext, all_kinds
    from workshop_app.storage import open_store

    store = open_store(path)
    collaboration = add_demo(store)
    workshop = Workshop(collaboration.id, "Every exercise", "2027-01-15", "Riverton Library")
    blocks = [
        Block(
            workshop.id,
            k.key,
            k.name,
            k.prompt,
            position=float(n),
            # Results revealed, so the room pictures show the charts.
            settings={**k.default_settings(), "revealed": True},
        )
        for n, k in enumerate(all_kinds())
    ]
    store.apply(planning.create_workshop(workshop, blocks))
    partners = tuple(store.partners(collaboration.id))
    made = []
    for block in blocks:
        made += block_items(DemoContext(workshop, block, partners, 1))
    # Decisions and actions of the day, so the wrap-up has something to read back.
    discussion = blocks[0].id
    made += [
        Item(workshop.id, "decision", text, discussion, fields=fields)
        for text, fields in (
            ("Meet monthly, rotating the host", {"read_back": True}),
            ("Adopt the five criteria for good indicators", {}),
        )
    ]
    made += [
        Item(workshop.id, "action", text, discussion, fields=fields)
        for text, fields in (
            ("Circulate the draft sharing agreement", {"owner": "Dana Ortiz", "due": "2027-01-29"}),
            ("Ask the county for the 2026 call data", {"owner": "Sam Lee", "due": "2027-02-05"}),
        )
    ]
    store.put(*made)
    return store, workshop.id, blocks


def room_pictures(store, workshop_id: str, blocks, made: list[Path], only: str) -> None:
    from workshop_app.ui.room_render import render_block_png

    for width, height in ROOM_SIZES:
        for n, block in enumerate(blocks, start=1):
            name = f"room-{block.kind}-{width}x{height}"
            if not fnmatch.fnmatch(name, only):
                continue
            path = OUT / f"{name}.png"
            made.append(render_block_png(store, workshop_id, n, (width, height), out_path=path))


if __name__ == "__main__":
    sys.exit(main())
