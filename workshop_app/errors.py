"""The one root of errors a person can act on.

A :class:`UserFacingError` carries one plain sentence saying what happened and what to
do; every front end (the window, the command line) shows that sentence and nothing
else. Any other exception is a bug: it is logged with its traceback and reported as a
bug, never turned into a "message". Storage, export, import, rendering and the command
line each raise their own subclass.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """Something the user can fix; ``message`` is one plain sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RenderError(UserFacingError):
    """A room view picture cannot be made as asked (size, block or page out of range)."""
