"""The command line: a thin layer over the same functions the window uses.

``workshop-app`` (or ``python main.py``) with no command opens the window.
Every command takes ``--db PATH``; errors the user can fix are one plain line
on stderr and a non-zero exit, never a traceback.

Everything printed goes through :func:`say`, which passes it through
:func:`terminal_safe`: titles, names, ids and paths come from the database, from
files and from the file system, and a title such as ``"\\x1b]0;owned\\x07"`` must
not be able to retitle, recolour or reorder the facilitator's terminal, nor a
newline in a file name split a one-line refusal in two.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from .errors import UserFacingError
from .i18n import tr

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


# C0 controls (tab and newline included), DEL and C1 controls; the Arabic letter mark,
# LRM/RLM, the line and paragraph separators, the bidi embeddings and overrides
# (U+202A-U+202E) and isolates (U+2066-U+2069); and lone surrogates, which stand for
# undecodable bytes in file names and cannot be written to a UTF-8 terminal.
_UNSAFE_FOR_TERMINAL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character that could steer a terminal written as a visible
    escape, so it prints as exactly one inert line.

    >>> terminal_safe("Kick-off\\x1b]0;owned\\x07\\n\\u202eevil")
    'Kick-off\\\\x1b]0;owned\\\\x07\\\\n\\\\u202eevil'

    Unlike :func:`~workshop_app.domain.document.displayable` (which drops controls so
    an export stays readable) nothing is removed: the facilitator sees that the
    text holds something odd. Backslashes are left alone, so Windows paths stay
    readable; an escape is therefore shown, not guaranteed to be reversible.
    """
    return _UNSAFE_FOR_TERMINAL.sub(_escape, text)


def say(text: str, *, err: bool = False) -> None:
    """Print one line (stdout, or stderr with ``err``), made :func:`terminal_safe`."""
    print(terminal_safe(text), file=sys.stderr if err else sys.stdout)


class UserError(UserFacingError):
    """A mistake on the command line the user can fix; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr, not the whole usage text."""

    def error(self, message: str) -> NoReturn:
        # The message can quote what was typed (an unknown argument, a file name).
        self.exit(EXIT_USAGE, terminal_safe(f"{self.prog}: {message} (try --help)") + "\n")


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        default=default,
        help=tr("CLI", "the database file (default: $WORKSHOP_APP_DB or the user data folder)"),
    )


def _csv_table_names() -> list[str]:
    from .export.csv_tables import table_kinds

    return list(table_kinds())


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(
        prog="workshop-app",
        description=tr(
            "CLI",
            "Facilitate cross-sector partnership workshops offline. Without a command, "
            "opens the window.",
        ),
    )
    _db_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: an omitted --db after the command keeps one given before it.
        _db_option(sub, argparse.SUPPRESS)
        return sub

    command("gui", tr("CLI", "open the window (the default)"))
    command("list", tr("CLI", "list collaborations and their workshops with ids"))
    command(
        "demo",
        tr(
            "CLI",
            "add the demo collaboration 'Safer Riverton Partnership' "
            "(once: does nothing if it is already there)",
        ),
    )
    command("check", tr("CLI", "check the database for damage and show its format version"))
    command(
        "kinds",
        tr("CLI", "describe every exercise kind: what it captures, who sees it, its settings"),
    )

    export = command(
        "export",
        tr("CLI", "export a workshop summary, its tables or data, or a collaboration report"),
    )
    export.add_argument(
        "workshop_id",
        nargs="?",
        metavar="WORKSHOP_ID",
        help=tr("CLI", "the workshop's id (or a unique start of it; see list)"),
    )
    export.add_argument(
        "--collaboration",
        metavar="ID",
        help=tr("CLI", "export the report across all workshops of this collaboration instead"),
    )
    export.add_argument(
        "--format",
        "-f",
        default="md",
        choices=["md", "html", "pdf", "docx", "csv", "json"],
        help=tr("CLI", "output format (default: md)"),
    )
    export.add_argument(
        "--audience",
        "-a",
        default="partners",
        choices=["public", "partners", "internal"],
        help=tr(
            "CLI",
            "who it is for: public = public items only, partners = "
            "all but internal, internal = everything (default: partners)",
        ),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        type=Path,
        help=tr(
            "CLI",
            "write to this file (for csv: a folder, or a .csv file "
            "with --table, or a .zip); default: standard output",
        ),
    )
    export.add_argument(
        "--table",
        metavar="NAME",
        help=tr("CLI", "csv only: one table ({names})").format(names=", ".join(_csv_table_names())),
    )
    export.add_argument(
        "--paper",
        choices=["a4", "letter"],
        default="a4",
        help=tr("CLI", "pdf only: paper size (default: a4)"),
    )
    export.add_argument(
        "--force", action="store_true", help=tr("CLI", "overwrite an existing output file")
    )

    imp = command("import", tr("CLI", "import a workshop from a JSON file exported by this app"))
    imp.add_argument("file", type=Path, metavar="FILE")

    render = command("render", tr("CLI", "save what the projector shows for one block as PNG"))
    render.add_argument("workshop_id", metavar="WORKSHOP_ID")
    render.add_argument(
        "--block",
        type=int,
        default=1,
        metavar="N",
        help=tr("CLI", "the block's number in the agenda, from 1 (default: 1)"),
    )
    render.add_argument(
        "--page",
        type=int,
        default=1,
        metavar="P",
        help=tr("CLI", "the page, for a room view too long for one screen (default: 1)"),
    )
    render.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    render.add_argument("--size", default="1920x1080", metavar="WxH")
    render.add_argument("--theme", default="light")
    render.add_argument(
        "--force", action="store_true", help=tr("CLI", "overwrite an existing output file")
    )

    backup = command("backup", tr("CLI", "make a backup copy of the database now"))
    backup.add_argument(
        "--list",
        action="store_true",
        dest="list_only",
        help=tr("CLI", "list existing backups instead"),
    )
    restore = command(
        "restore",
        tr("CLI", "replace the database by a backup (the replaced file is kept aside)"),
    )
    restore.add_argument("backup_file", type=Path, metavar="BACKUP")
    return parser


def database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db).expanduser()
    from .storage import default_database_path

    return default_database_path()


def open_existing(args: argparse.Namespace):
    """Open the database a command reads; a missing file is an error, not a new database."""
    from .storage import open_store

    return open_store(database_path(args), create=False)


# ------------------------------------------------------------------ commands
def cmd_gui(args: argparse.Namespace) -> int:
    from .ui.app import run_gui

    return run_gui(args.db)


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


def cmd_demo(args: argparse.Namespace) -> int:
    from .exercises.demo import add_demo, find_demo
    from .storage import open_store

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
    from .storage.migrations import SCHEMA_VERSION

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
    from . import export

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
                from .export.csv_tables import report_tables

                tables = report_tables(_report(store, cid, args.audience))
                return _write_tables(tables, args)
            data = export.render_report(store, cid, args.audience, args.format, **_options(args))
        else:
            wid = _resolve(
                [w.id for w in store.workshops()], args.workshop_id, tr("CLI", "workshop")
            )
            view = export.workshop_view(store, wid, args.audience)
            if args.format == "csv":
                from .export.csv_tables import workshop_tables

                return _write_tables(workshop_tables(view), args)
            data = export.render_workshop(view, args.format, **_options(args))
    finally:
        store.close()
    _write(data, args.output, args.force)
    return EXIT_OK


def _report(store, cid: str, audience: str):
    from .export.report import collaboration_report

    return collaboration_report(store, cid, audience)


def _options(args: argparse.Namespace) -> dict[str, object]:
    return {"paper": args.paper} if args.format == "pdf" else {}


def _write(data: bytes, output: Path | None, force: bool) -> None:
    from .export import write_atomically

    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    path = write_atomically(output, data, overwrite=force)
    say(tr("CLI", "Wrote {path}.").format(path=path), err=True)


def _write_tables(tables: dict[str, bytes], args: argparse.Namespace) -> int:
    """CSV: one table to stdout or a .csv file, all tables to a folder or a .zip."""
    from .export import write_atomically
    from .export.csv_tables import tables_zip

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


def cmd_import(args: argparse.Namespace) -> int:
    from .export.json_import import import_workshop_file
    from .storage import open_store

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
    if args.output.exists() and not args.force:
        raise UserError(
            tr(
                "CLI", "{path} already exists; choose another name or allow overwriting (--force)."
            ).format(path=args.output)
        )
    from .ui.room_render import render_block_png

    store = open_existing(args)
    try:
        wid = _resolve([w.id for w in store.workshops()], args.workshop_id, tr("CLI", "workshop"))
        render_block_png(
            store, wid, args.block, (width, height), args.theme, args.output, args.page
        )
    finally:
        store.close()
    say(tr("CLI", "Wrote {path}.").format(path=args.output), err=True)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from .storage import backup

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
    from .storage import backup

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
    from .exercises.reference import kinds_markdown

    for line in kinds_markdown().splitlines():
        say(line)
    return EXIT_OK


COMMANDS = {
    None: cmd_gui,
    "gui": cmd_gui,
    "list": cmd_list,
    "demo": cmd_demo,
    "check": cmd_check,
    "kinds": cmd_kinds,
    "export": cmd_export,
    "import": cmd_import,
    "render": cmd_render,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """``argv`` parsed, if it only opens the window (``[gui] [--db PATH]``), else None.

    Building the whole command line (every command, its options and help) takes a
    noticeable share of the window's start-up, which these common cases skip. Any
    other shape, including mistakes, goes to the full parser and its messages.
    """
    rest = list(argv)
    if rest[:1] == ["gui"]:
        rest = rest[1:]
    elif rest[-1:] == ["gui"]:
        rest = rest[:-1]
    if not rest:
        return argparse.Namespace(command="gui", db=None)
    if len(rest) == 2 and rest[0] == "--db":
        path = rest[1]
    elif len(rest) == 1 and rest[0].startswith("--db="):
        path = rest[0][len("--db=") :]
    else:
        return None
    if not path or path.startswith("-") or path == "gui":
        return None
    return argparse.Namespace(command="gui", db=Path(path))


def refuse(message: str, code: int) -> int:
    """Tell the user, on one terminal-safe line of stderr, why the command stopped.

    The one place every known error ends: messages of storage and import errors
    embed paths, titles and ids taken from files, so they are escaped here.
    """
    say(f"workshop-app: {message}", err=True)
    return code


class _TerminalSafeFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return terminal_safe(super().format(record))


def _log_lines_terminal_safe() -> None:
    """Warnings logged without a configured handler (e.g. an old backup that could
    not be removed, naming its path) reach stderr through logging's last-resort
    handler: make its lines terminal-safe too."""
    if logging.lastResort is not None:
        logging.lastResort.setFormatter(_TerminalSafeFormatter())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in ``argv`` (default: the process arguments); returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = window_arguments(argv) or build_parser().parse_args(argv)
    _log_lines_terminal_safe()
    try:
        return COMMANDS[args.command](args)
    except UserFacingError as e:
        return refuse(e.message, getattr(e, "code", EXIT_FAILED))
    except BrokenPipeError:
        # `workshop-app export ... | head`: the reader went away; not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
