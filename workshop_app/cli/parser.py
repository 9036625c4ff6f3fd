"""The whole command line: every command, its options and help (built only when the
arguments are more than opening the window; see :func:`..cli.window_arguments`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from .. import __version__
from ..i18n import LANGUAGES, tr
from .terminal import EXIT_USAGE, terminal_safe


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


def _force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help=tr("CLI", "overwrite an existing output file")
    )


def _number(
    parser: argparse.ArgumentParser, flag: str, default: int, metavar: str, help: str
) -> None:
    """A whole-number option."""
    parser.add_argument(flag, type=int, default=default, metavar=metavar, help=help)


def _block_arguments(parser: argparse.ArgumentParser) -> None:
    """One block of one workshop: its id (or the start of it) and ``--block N``."""
    parser.add_argument("workshop_id", metavar="WORKSHOP_ID")
    _number(
        parser,
        "--block",
        1,
        "N",
        tr("CLI", "the block's number in the agenda, from 1 (default: 1)"),
    )


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help=tr(
            "CLI",
            "the language to write in (default: the room and exports language chosen in "
            "Edit → Preferences…, else this computer's)",
        ),
    )


def _csv_table_names() -> list[str]:
    from ..export.csv_tables import table_kinds

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
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=tr("CLI", "print the version and exit"),
    )
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
    methods = command(
        "methods",
        tr(
            "CLI",
            "the method library: every exercise kind with its purpose, or one kind's whole "
            "entry (when to use it, group size, time needed, steps)",
        ),
    )
    methods.add_argument(
        "--kind",
        metavar="KEY",
        help=tr("CLI", "show this kind's whole entry (its key, as methods lists it)"),
    )
    search = command(
        "search",
        tr(
            "CLI",
            "find collaborations by name, workshops by title or place, and what was said in "
            "them (best match first; the words found in bold, or *so* when not a terminal)",
        ),
    )
    search.add_argument("words", nargs="+", metavar="WORD", help=tr("CLI", "what to look for"))
    search.add_argument(
        "--limit", type=int, default=50, help=tr("CLI", "at most this many workshops (50)")
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
    _lang_option(export)
    _force_option(export)

    handouts = command(
        "handouts",
        tr(
            "CLI",
            "print the paper for the tables to one PDF: the agenda with times, a sign-in "
            "sheet, ballots, dot votes, idea cards and the join card",
        ),
    )
    handouts.add_argument(
        "workshop_id",
        metavar="WORKSHOP_ID",
        help=tr("CLI", "the workshop's id (or a unique start of it; see list)"),
    )
    handouts.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)
    handouts.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help=tr("CLI", "paper size (default: the paper of this computer's region)"),
    )
    _lang_option(handouts)
    _force_option(handouts)

    imp = command("import", tr("CLI", "import a workshop from a JSON file exported by this app"))
    imp.add_argument("file", type=Path, metavar="FILE")

    render = command("render", tr("CLI", "save what the projector shows for one block as PNG"))
    _block_arguments(render)
    _number(
        render,
        "--page",
        1,
        "P",
        tr("CLI", "the page, for a room view too long for one screen (default: 1)"),
    )
    render.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    render.add_argument("--size", default="1920x1080", metavar="WxH")
    render.add_argument("--theme", default="light")
    _lang_option(render)
    _force_option(render)

    serve = command(
        "serve",
        tr(
            "CLI",
            "open one block to the room's phones: prints the join address and code, "
            "serves until interrupted",
        ),
    )
    _block_arguments(serve)
    serve.add_argument(
        "--host",
        default="0.0.0.0",
        metavar="H",
        help=tr("CLI", "the address to listen on (default: every network of this computer)"),
    )
    _number(serve, "--port", 0, "P", tr("CLI", "the port (default: any free one)"))
    _lang_option(serve)

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
