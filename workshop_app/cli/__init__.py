"""The command line: a thin layer over the same functions the window uses.

``workshop-app`` (or ``python main.py``) with no command opens the window.
Every command takes ``--db PATH``; errors the user can fix are one plain line
on stderr and a non-zero exit, never a traceback.

``terminal`` prints safely and holds the exit codes; ``parser`` builds the command
line; ``commands`` does what each command says.
"""

from __future__ import annotations

# isort: off
from .. import collector  # first of all: start-up's own imports collect rarely too

# isort: on
import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import UserFacingError
from .terminal import EXIT_FAILED, log_lines_terminal_safe, refuse, terminal_safe

__all__ = ["COMMANDS", "build_parser", "main", "terminal_safe", "window_arguments"]


def __getattr__(name: str) -> Any:
    """``COMMANDS`` and ``build_parser``, read when first asked for: opening the window
    needs neither the other commands nor the full parser (about 3 ms of start-up)."""
    if name == "COMMANDS":
        from .commands import COMMANDS

        return COMMANDS
    if name == "build_parser":
        from .parser import build_parser

        return build_parser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in ``argv`` (default: the process arguments); returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = window_arguments(argv)
    if args is None:
        collector.collect_as_usual()  # only the window's start-up collects rarely
        from .parser import build_parser

        _speak_the_systems_language()
        args = build_parser().parse_args(argv)
        if "lang" in vars(args):
            _choose_output_language(args.lang)
    log_lines_terminal_safe()
    try:
        return _command(args.command)(args)
    except UserFacingError as e:
        return refuse(e.message, getattr(e, "code", EXIT_FAILED))
    except BrokenPipeError:
        # `workshop-app export ... | head`: the reader went away; not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def _speak_the_systems_language() -> None:
    """Messages in this computer's language; the catalogs are read through Qt's
    translator, which needs no application. English loads nothing (not even Qt, where
    the environment says the language)."""
    from .. import i18n

    code = _environment_language()
    if code is None:
        from ..ui.languages import system_language

        code = system_language()
    i18n.set_default_language(code)
    if code != "en":
        from ..ui.languages import install_languages

        install_languages(code, None)


def _environment_language() -> str | None:
    """The messages' language as a Unix system says it (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG: as gettext and Qt read them), or None where the system says it elsewhere."""
    if sys.platform in ("win32", "darwin"):
        return None
    from .. import i18n

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0].split(".")[0]
        if value:
            return "en" if value in ("C", "POSIX") else i18n.normalized(value)
    return "en"


def _choose_output_language(lang: str | None) -> None:
    """What exports, stills and the phone page speak (for the commands that make them):
    ``--lang``, else the room and exports language of Edit → Preferences…, else the
    app's, else the system's."""
    from .. import i18n
    from ..ui.languages import app_language_setting, install_languages, output_language_setting

    chosen = lang or output_language_setting() or app_language_setting()
    install_languages(i18n.default_language(), chosen or None)


def _command(name: str | None):
    """What runs command ``name``: the window ("gui", or no command) without loading the
    other commands, any other from :data:`commands.COMMANDS`."""
    if name in (None, "gui"):
        from ..ui.app import run_gui

        return lambda args: run_gui(args.db)
    from .commands import COMMANDS

    return COMMANDS[name]
