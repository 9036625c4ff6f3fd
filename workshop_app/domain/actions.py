"""Action items followed up between meetings: their status (open, in progress, done,
dropped), when it was set and why, and whether an action is overdue.

    >>> edit = set_status("Mark done", [action], DONE, "Report sent", today="2026-11-30")
    >>> status_of(action), overdue_days(action, "2026-12-01")
"""

from __future__ import annotations

from collections.abc import Iterable

from ..i18n import format_date, tr
from .edits import Edit, set_fields
from .records import Item

OPEN, IN_PROGRESS, DONE, DROPPED = "open", "in_progress", "done", "dropped"
#: Every status, in the order a facilitator moves through them, with its words first (a
#: letter or two picks one in a list) and a symbol after the closed ones.
STATUSES = (
    (OPEN, "Open"),
    (IN_PROGRESS, "In progress"),
    (DONE, "Done ✔"),
    (DROPPED, "Dropped ✘"),
)
#: The statuses that end an action: it is no longer due.
CLOSED = frozenset({DONE, DROPPED})


def status_of(action: Item) -> str:
    """The action's status (open when none was set, or when the value is unknown)."""
    value = action.fields.get("status")
    return value if value in dict(STATUSES) else OPEN


def status_label(status: str) -> str:
    return tr("Actions", dict(STATUSES).get(status, "Open"))


def status_line(action: Item) -> str:
    """The status in words with when it was set: "Done ✔ 2026-11-30"."""
    status = status_of(action)
    when = format_date(str(action.fields.get("status_date", "") or ""))
    return f"{status_label(status)} {when}".strip() if status != OPEN else status_label(status)


def status_words(action: Item) -> str:
    """The status line with the note kept with it: "Done ✔ 2026-11-30: report sent"."""
    note = str(action.fields.get("status_note", "") or "")
    return f"{status_line(action)}: {note}" if note else status_line(action)


def set_status(
    description: str, actions: Iterable[Item], status: str, note: str | None, today: str
) -> Edit:
    """The edit giving ``actions`` ``status`` as of ``today`` (an ISO date), with ``note``
    (None keeps each action's note). Raises ValueError for an unknown status."""
    if status not in dict(STATUSES):
        raise ValueError(f"unknown action status {status!r}")
    values: dict[str, object] = {"status": status, "status_date": today}
    if note is not None:
        values["status_note"] = " ".join(note.split())[:500]
    return set_fields(description, actions, **values)


def mark_status(actions: list[Item], status: str, note: str | None, today: str) -> Edit:
    """:func:`set_status` as the facilitator's screens say it in the undo history: "Mark 2
    action(s): Done ✔"."""
    description = tr("Actions", "Mark %n action(s): {status}", len(actions)).format(
        status=status_label(status)
    )
    return set_status(description, actions, status, note, today)


def overdue_days(action: Item, today: str) -> int:
    """How many days past its due date an action still open is (0: not overdue, no date,
    or closed). Dates are ISO ``YYYY-MM-DD``, so they compare as text."""
    due = str(action.fields.get("due", "") or "")
    if status_of(action) in CLOSED or len(due) != 10 or due >= today:
        return 0
    from datetime import date

    try:
        return (date.fromisoformat(today) - date.fromisoformat(due)).days
    except ValueError:
        return 0
