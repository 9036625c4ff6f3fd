"""The demo collaboration's content: who said what at the Safer Riverton Partnership's
meetings. Declarative data only, kept in ``resources/demo/riverton.json`` (rows as JSON
arrays, read here as tuples; the names below say what each row holds); each exercise's
``demo`` function turns its part into items (``workshop-app demo``, the home screen's
"Try the demo collaboration")."""

from __future__ import annotations

import json
from typing import Any

from ..resources import resource_path


def _as_tuples(value: Any) -> Any:
    """``value`` with every JSON array made a tuple: rows as the demo functions read them."""
    if isinstance(value, list):
        return tuple(_as_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _as_tuples(v) for k, v in value.items()}
    return value


_DATA: dict[str, Any] = _as_tuples(
    json.loads(resource_path("demo", "riverton.json").read_text("utf-8"))
)


def _by_meeting(name: str) -> dict[int, Any]:
    """An entry keyed by meeting number (JSON keys are text)."""
    return {int(meeting): value for meeting, value in _DATA[name].items()}


# ------------------------------------------------------------------ any exercise
#: Generic notes (text, visibility) for blocks whose kind has no demo of its own.
GENERIC_NOTES: dict[str, tuple[tuple[str, str], ...]] = _DATA["generic_notes"]
#: Notes for a later meeting's block, where the first meeting's would repeat themselves.
LATER_NOTES: dict[int, dict[str, tuple[tuple[str, str], ...]]] = _by_meeting("later_notes")

# ------------------------------------------------------------------ building trust
#: (the two partners), what they did together, outcome, lesson, visibility
HISTORY: tuple[tuple[tuple[str, str], str, str, str, str], ...] = _DATA["history"]
#: Trust check-in tallies by meeting: (1, 2, 3, 4, 5) for each default statement.
#: Meeting 0: a cautious start; meetings 1 and 2: follow-through and respect improve.
TRUST_TALLIES: tuple[tuple[tuple[int, ...], ...], ...] = _DATA["trust_tallies"]
#: kind, text, visibility, fields
HOPES: tuple[tuple[str, str, str, dict[str, Any]], ...] = _DATA["hopes"]

# ------------------------------------------------------------------ scoping
#: The issue tree: (text, scope, visibility, children)
SCOPE_TREE: tuple[Any, ...] = _DATA["scope_tree"]
PROBLEM_STATEMENT: str = _DATA["problem_statement"]
#: partner, position, interest, cluster, visibility
POSITIONS: tuple[tuple[str, str, str, str, str], ...] = _DATA["positions"]
#: fact, source, date, contributor, status, visibility
FACTS: tuple[tuple[str, str, str, str, str, str], ...] = _DATA["facts"]
#: open question, owner, due, visibility
QUESTIONS: tuple[tuple[str, str, str, str], ...] = _DATA["questions"]

# ------------------------------------------------------------------ measures
#: name, measures, kind, financial, timing, source, baseline, target, frequency, owner,
#: needed by, visibility, scores (vision, facts, obtainable, lived, expertise, access, resources)
INDICATORS: tuple[tuple[Any, ...], ...] = _DATA["indicators"]
#: Demo votes of meeting 1 by indicator name: {sector: fist-to-five tally}.
VOTES: dict[str, dict[str, dict[str, int]]] = _DATA["votes"]
#: The criteria indicators are judged by: text, group (judge or capacity), visibility.
CRITERIA: tuple[tuple[str, str, str], ...] = _DATA["criteria"]

# ------------------------------------------------------------------ sharing
#: provider, data, recipients, purpose, frequency, form, sensitivity, legal, tags,
#: visibility, agreed (meeting 1)
COMMITMENTS: tuple[tuple[Any, ...], ...] = _DATA["commitments"]
#: partner, who answers the media, records contact, how we warn each other, review time,
#: visibility
CONTACTS: tuple[tuple[str, str, str, str, str, str], ...] = _DATA["contacts"]
#: The check-in's facts: what changed since the partners agreed the first ones.
CHECK_IN_FACTS: tuple[tuple[str, str, str, str, str, str], ...] = _DATA["check_in_facts"]
#: The design meeting's facts: what running the partnership costs and how long it is funded.
DESIGN_FACTS: tuple[tuple[str, str, str, str, str, str], ...] = _DATA["design_facts"]
#: The design meeting's hopes and concerns about running the partnership.
DESIGN_HOPES: tuple[tuple[str, str, str, dict[str, Any]], ...] = _DATA["design_hopes"]
#: The check-in's look at the working agreements: kind, text, visibility, fields.
CHECK_IN_HOPES: tuple[tuple[str, str, str, dict[str, Any]], ...] = _DATA["check_in_hopes"]

# ------------------------------------------------------------------ following through
#: Parking-lot topics a later meeting takes up, by meeting: (topic, the meeting that parked it).
CARRIED_TOPICS: dict[int, tuple[tuple[str, str], ...]] = _by_meeting("carried_topics")
#: Measurements at the check-in: indicator, date, value (the last 12 months), source, note.
MEASUREMENTS: tuple[tuple[str, str, float, str, str], ...] = _DATA["measurements"]
#: Who came to the demo meetings: (organisation, person) by meeting; the Business
#: Association and the Justice Lab sent nobody to the second, and came back to the third.
ATTENDANCE: tuple[tuple[tuple[str, str], ...], ...] = _DATA["attendance"]
