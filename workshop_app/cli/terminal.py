"""Printing to the facilitator's terminal safely, and the errors a command reports.

Everything printed goes through :func:`say`, which passes it through
:func:`terminal_safe`: titles, names, ids and paths come from the database, from
files and from the file system, and a title such as ``"\\x1b]0;owned\\x07"`` must
not be able to retitle, recolour or reorder the facilitator's terminal, nor a
newline in a file name split a one-line refusal in two.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable

from ..errors import UserFacingError

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


#: A search's words found, in a line printed to a terminal (:func:`say_marked`): bold,
#: or between asterisks where bold cannot be shown (a pipe, a file, ``TERM=dumb``,
#: ``NO_COLOR``).
BOLD, NOT_BOLD = "\x1b[1m", "\x1b[22m"
STAR = "*"


def bold_shown() -> bool:
    """Whether standard output is a terminal that shows bold (and has not been asked not
    to: ``NO_COLOR``, ``TERM=dumb``)."""
    return (
        sys.stdout.isatty()
        and not os.environ.get("NO_COLOR")
        and os.environ.get("TERM", "") != "dumb"
    )


def marked_line(parts: Iterable[tuple[str, bool]], *, bold: bool) -> str:
    """``parts`` (text, whether it is a word found) as one terminal-safe line, each part
    made :func:`terminal_safe` before the marks are added around the words found.

    >>> marked_line([("the ", False), ("bus", True), ("\x1b[2J", False)], bold=False)
    'the *bus*\\x1b[2J'
    """
    open_mark, close_mark = (BOLD, NOT_BOLD) if bold else (STAR, STAR)
    return "".join(
        f"{open_mark}{terminal_safe(text)}{close_mark}" if found else terminal_safe(text)
        for text, found in parts
    )


def say_marked(parts: Iterable[tuple[str, bool]]) -> None:
    """Print one line of stdout with the words found marked (see :func:`marked_line`):
    what the text itself holds can still not steer the terminal."""
    print(marked_line(parts, bold=bold_shown()))


class UserError(UserFacingError):
    """A mistake on the command line the user can fix; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


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


def log_lines_terminal_safe() -> None:
    """Warnings logged without a configured handler (e.g. an old backup that could
    not be removed, naming its path) reach stderr through logging's last-resort
    handler: make its lines terminal-safe too."""
    if logging.lastResort is not None:
        logging.lastResort.setFormatter(_TerminalSafeFormatter())
