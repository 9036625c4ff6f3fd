"""What each command does: a thin layer over the same functions the window uses."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..i18n import tr
from .terminal import EXIT_OK, EXIT_USAGE, UserError, say, say_marked


def database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db).expanduser()
    from ..storage import default_database_path

    return default_database_path()


def open_existing(args: argparse.Namespace):
    """Open the database a command reads; a missing file is an error, not a new database."""
    from ..storage import open_store

    return open_store(database_path(args), create=False)


# ------------------------------------------------------------------ commands
# (The window, command "gui", is opened by the package's main, without loading this module.)
def cmd_list(args: argparse.Namespace) -> int:
    store = open_existing(args)
    try:
        collaborations = store.collaborations()
        if not collaborations:
            say(tr("CLI", "No collaborations yet. Try: workshop-app demo"))
        for c in collaborations:
            say(f"{c.name}  [{c.id}]")
            partners = store.partners(c.id)
            say("  " + tr("CLI", "{n} partners").format(n=len(partners)))
            workshops = sorted(store.workshops(c.id), key=lambda w: (w.date, w.title))
            if not workshops:
                say("  " + tr("CLI", "no workshops"))
            for w in workshops:
                count = store.count_items(w.id)
                date = w.date or tr("CLI", "no date")
                say(f"  {date}  {w.title}  [{w.id}]  " + tr("CLI", "{n} items").format(n=count))
    finally:
        store.close()
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """The one search of the home screen: collaborations by name, workshops by title or
    place, and what was said in them (each word as a word or its start), best match
    first, each saying what it was found by; what was said is quoted, the words found
    marked. The facilitator's own view: every visibility."""
    from ..domain.records import Collaboration, Workshop
    from ..storage.search import BY_COLLABORATION, BY_PLACE, BY_SAID, BY_TITLE

    text = " ".join(args.words)
    if args.limit < 1:
        raise UserError(tr("CLI", "--limit must be 1 or more."), EXIT_USAGE)
    reasons = {
        BY_TITLE: tr("CLI", "title"),
        BY_COLLABORATION: tr("CLI", "collaboration name"),
        BY_PLACE: tr("CLI", "place"),
    }
    store = open_existing(args)
    try:
        found = store.find(text, limit=args.limit)
        if not found:
            say(tr("CLI", "Nothing matches {words!r}.").format(words=text))
        for hit in found:
            if hit.workshop_id is None:
                collaboration = store.get(Collaboration, hit.collaboration_id)
                if collaboration is not None:
                    why = tr("CLI", "collaboration found by its name; no workshop yet")
                    say(f"{collaboration.name}  [{collaboration.id}]  {why}")
                continue
            workshop = store.get(Workshop, hit.workshop_id)
            if workshop is None:
                continue
            why = [reasons[reason] for reason in hit.by if reason in reasons]
            if hit.said is not None:
                n = hit.said.matches
                why.append(tr("CLI", "said in %n item" if n == 1 else "said in %n items", n))
            date = workshop.date or tr("CLI", "no date")
            found_by = tr("CLI", "found by {why}").format(why=", ".join(why))
            say(f"{date}  {workshop.title}  [{workshop.id}]  {found_by}")
            if BY_SAID in hit.by and hit.said is not None:
                said = hit.said
                say_marked([("  ", False), *said.parts, (f"  [{said.item_id}]", False)])
    finally:
        store.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from ..exercises.demo import add_demo, find_demo
    from ..storage import open_store

    store = open_store(database_path(args))
    try:
        existing = find_demo(store)
        if existing is not None:
            say(
                tr(
                    "CLI",
                    "The demo collaboration is already in {path} (id {id}); nothing was added.",
                ).format(path=store.path, id=existing.id),
                err=True,
            )
            return EXIT_OK
        collaboration = add_demo(store)
        say(
            tr("CLI", "Added the demo collaboration '{name}' ({id}) to {path}.").format(
                name=collaboration.name, id=collaboration.id, path=store.path
            )
        )
    finally:
        store.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from ..storage.migrations import SCHEMA_VERSION

    path = database_path(args)
    if not path.exists():
        raise UserError(tr("CLI", "There is no database at {path}.").format(path=path))
    store = open_existing(args)
    try:
        problems = store.integrity_problems()
        version = store.schema_version()
    finally:
        store.close()
    if problems:
        shown = "; ".join(problems[:3]) + (" ..." if len(problems) > 3 else "")
        raise UserError(
            tr("CLI", "{path} is damaged: {problems}. Restore a backup.").format(
                path=path, problems=shown
            )
        )
    say(
        tr(
            "CLI",
            "{path}: no damage found; format version {version} (this app reads up to {known}).",
        ).format(path=path, version=version, known=SCHEMA_VERSION)
    )
    return EXIT_OK


def _workshop_id(store, args: argparse.Namespace) -> str:
    """The workshop ``args.workshop_id`` names (its id, or a unique start of it)."""
    return _resolve([w.id for w in store.workshops()], args.workshop_id, tr("CLI", "workshop"))


def _refuse_to_overwrite(args: argparse.Namespace) -> None:
    """Refuse when the output file exists and overwriting was not allowed (--force)."""
    if args.output.exists() and not args.force:
        raise UserError(
            tr(
                "CLI", "{path} already exists; choose another name or allow overwriting (--force)."
            ).format(path=args.output)
        )


def _resolve(ids: Sequence[str], wanted: str, what: str) -> str:
    """The one id in ``ids`` equal to, or starting with, ``wanted``."""
    if wanted in ids:
        return wanted
    matches = [i for i in ids if i.startswith(wanted)] if len(wanted) >= 4 else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise UserError(
            tr("CLI", "{id} matches several {what}s; give more of the id.").format(
                id=wanted, what=what
            )
        )
    raise UserError(
        tr("CLI", "There is no {what} with the id {id} (see: workshop-app list).").format(
            what=what, id=wanted
        )
    )


def cmd_export(args: argparse.Namespace) -> int:
    from .. import export

    if args.collaboration and args.workshop_id:
        raise UserError(
            tr("CLI", "Give either a WORKSHOP_ID or --collaboration, not both."), EXIT_USAGE
        )
    if not args.collaboration and not args.workshop_id:
        raise UserError(
            tr("CLI", "Say what to export: a WORKSHOP_ID or --collaboration ID."), EXIT_USAGE
        )
    if args.table and args.format != "csv":
        raise UserError(tr("CLI", "--table only applies to --format csv."), EXIT_USAGE)
    store = open_existing(args)
    try:
        if args.collaboration:
            cid = _resolve(
                [c.id for c in store.collaborations()],
                args.collaboration,
                tr("CLI", "collaboration"),
            )
            if args.format == "csv":
                from ..export.csv_tables import report_tables

                tables = report_tables(_report(store, cid, args.audience))
                return _write_tables(tables, args)
            data = export.render_report(store, cid, args.audience, args.format, **_options(args))
        else:
            wid = _resolve(
                [w.id for w in store.workshops()], args.workshop_id, tr("CLI", "workshop")
            )
            view = export.workshop_view(store, wid, args.audience)
            if args.format == "csv":
                from ..export.csv_tables import workshop_tables

                return _write_tables(workshop_tables(view), args)
            data = export.render_workshop(view, args.format, **_options(args))
    finally:
        store.close()
    _write(data, args.output, args.force)
    return EXIT_OK


def _report(store, cid: str, audience: str):
    from ..export.report import collaboration_report

    return collaboration_report(store, cid, audience)


def _options(args: argparse.Namespace) -> dict[str, object]:
    return {"paper": args.paper} if args.format == "pdf" else {}


def _write(data: bytes, output: Path | None, force: bool) -> None:
    from ..export import write_atomically

    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    path = write_atomically(output, data, overwrite=force)
    say(tr("CLI", "Wrote {path}.").format(path=path), err=True)


def _write_tables(tables: dict[str, bytes], args: argparse.Namespace) -> int:
    """CSV: one table to stdout or a .csv file, all tables to a folder or a .zip."""
    from ..export import write_atomically
    from ..export.csv_tables import tables_zip

    output: Path | None = args.output
    if args.table is not None and args.table not in tables:
        raise UserError(
            tr("CLI", "There is no table {name}; choose one of: {names}.").format(
                name=args.table, names=", ".join(tables)
            ),
            EXIT_USAGE,
        )
    if output is None or output.suffix.lower() == ".csv":
        _write(tables[args.table or "items"], output, args.force)
        return EXIT_OK
    if output.suffix.lower() == ".zip":
        _write(tables_zip(tables), output, args.force)
        return EXIT_OK
    output.mkdir(parents=True, exist_ok=True)
    targets = {name: output / f"{name}.csv" for name in tables}
    if not args.force:
        taken = [str(p) for p in targets.values() if p.exists()]
        if taken:
            raise UserError(
                tr(
                    "CLI",
                    "{path} already exists; choose another folder or allow overwriting (--force).",
                ).format(path=taken[0])
            )
    for name, path in targets.items():
        write_atomically(path, tables[name], overwrite=args.force)
    say(tr("CLI", "Wrote {n} tables to {folder}.").format(n=len(tables), folder=output), err=True)
    return EXIT_OK


def cmd_handouts(args: argparse.Namespace) -> int:
    """The paper for the tables of one meeting, as the room may see it, in one PDF."""
    from ..export import write_atomically
    from ..export.handouts import handouts_for
    from ..ui.handouts_pdf import handouts_pdf, join_address
    from ..ui.pdf_writer import paper_for_locale

    _refuse_to_overwrite(args)
    store = open_existing(args)
    try:
        wid = _workshop_id(store, args)
        handouts = handouts_for(store, wid, join_address(store))
    finally:
        store.close()
    paper = args.paper or paper_for_locale()
    path = write_atomically(args.output, handouts_pdf(handouts, paper), overwrite=args.force)
    say(tr("CLI", "Wrote {path} ({paper}).").format(path=path, paper=paper), err=True)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from ..export.json_import import import_workshop_file
    from ..storage import open_store

    store = open_store(database_path(args))
    try:
        result = import_workshop_file(store, args.file)
    finally:
        store.close()
    say(result.describe())
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise UserError(tr("CLI", "--size must look like 1920x1080."), EXIT_USAGE) from None
    _refuse_to_overwrite(args)
    from ..ui.room_render import render_block_png

    store = open_existing(args)
    try:
        wid = _workshop_id(store, args)
        render_block_png(
            store, wid, args.block, (width, height), args.theme, args.output, args.page
        )
    finally:
        store.close()
    say(tr("CLI", "Wrote {path}.").format(path=args.output), err=True)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from ..storage import backup

    if args.list_only:
        found = list(backup.list_backups(database_path(args)))
        if not found:
            say(tr("CLI", "No backups yet."))
        for entry in found:
            state = tr("CLI", "sound") if entry.sound else tr("CLI", "DAMAGED")
            say(f"{entry.made_at:%Y-%m-%d %H:%M}  {entry.reason:<10}  {state:<8}  {entry.path}")
        return EXIT_OK
    store = open_existing(args)
    try:
        path = backup.make_backup(store, "manual")
    finally:
        store.close()
    say(tr("CLI", "Backup written to {path}.").format(path=path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from ..storage import backup

    if not args.backup_file.exists():
        raise UserError(tr("CLI", "There is no backup at {path}.").format(path=args.backup_file))
    backup.restore_backup(args.backup_file, database_path(args))
    say(
        tr("CLI", "Restored {backup} into {path}.").format(
            backup=args.backup_file, path=database_path(args)
        )
    )
    return EXIT_OK


def cmd_kinds(args: argparse.Namespace) -> int:
    from ..exercises.reference import kinds_markdown

    for line in kinds_markdown().splitlines():
        say(line)
    return EXIT_OK


def cmd_methods(args: argparse.Namespace) -> int:
    """The method library: every kind with its purpose, or one kind's whole entry."""
    from ..exercises.library import find_method, method_entry, methods

    if args.kind is not None:
        method = find_method(args.kind)
        if method is None:
            raise UserError(
                tr("CLI", "There is no exercise kind {key!r}; 'methods' lists them.").format(
                    key=args.kind
                ),
                EXIT_USAGE,
            )
        for line in method_entry(method):
            say(line)
        return EXIT_OK
    family = None
    for method in methods():
        if method.family != family:
            if family is not None:
                say("")
            family = method.family
            say(family)
        say(f"  {method.name}  [{method.key}]  {method.time_needed}")
        say(f"    {method.purpose}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve one block to the room's phones until interrupted (no window needed)."""
    from ..participation.meeting import MeetingRoom
    from ..participation.room import Owner, Room
    from ..participation.server import RoomServer

    store = open_existing(args)  # the writer of this file while it serves
    try:
        wid = _workshop_id(store, args)
        blocks = store.blocks(wid)
        if not 1 <= args.block <= len(blocks):
            raise UserError(
                tr("CLI", "The workshop has {n} blocks; choose one from 1 to {n}.").format(
                    n=len(blocks)
                ),
                EXIT_USAGE,
            )
        meeting = MeetingRoom(store, wid, blocks[args.block - 1].id)
        owner = Owner()
        owner.batch = store.batch
        room = Room(owner, meeting.state, meeting.accept_input, sector_of=meeting.sector_of)
        try:
            server = RoomServer(room, args.host, args.port)
        except OSError as e:
            raise UserError(
                tr("CLI", "Cannot serve on {host} port {port}: {reason}.").format(
                    host=args.host, port=args.port, reason=e.strerror or e
                )
            ) from None
        server.start()
        say(
            tr("CLI", "Join at {address} with code {code} (Ctrl+C stops).").format(
                address=server.join_address, code=room.code
            )
        )
        sys.stdout.flush()
        try:
            while True:
                owner.run_pending(wait=0.5)
        except KeyboardInterrupt:
            pass
        finally:
            room.close()
            server.stop()
    finally:
        store.close()
    return EXIT_OK


COMMANDS = {
    "list": cmd_list,
    "demo": cmd_demo,
    "check": cmd_check,
    "kinds": cmd_kinds,
    "methods": cmd_methods,
    "search": cmd_search,
    "export": cmd_export,
    "handouts": cmd_handouts,
    "import": cmd_import,
    "render": cmd_render,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "serve": cmd_serve,
}
