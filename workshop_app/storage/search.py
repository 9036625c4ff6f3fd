"""Full-text search over everything said: which workshops, with a snippet of the first
matching item (the ``items_fts`` index of migration 5, kept current by triggers)."""

from __future__ import annotations

import re
import sqlite3
from typing import NamedTuple

#: How many words of an item's text a snippet shows around the match.
SNIPPET_WORDS = 12


class SaidIn(NamedTuple):
    """A workshop where something said matches a search (see :meth:`Store.search`)."""

    workshop_id: str
    item_id: str  # the first item written there that matches
    snippet: str  # that item's words around the match; "…" where the text was cut
    matches: int  # how many of its items match


def match_query(text: str) -> str:
    """``text`` as an FTS5 query: each word quoted (so AND, NOT, quotes and stars are
    plain words) and taken as the start of a word; empty when ``text`` has no word."""
    return " ".join(f'"{word}"*' for word in re.findall(r"\w+", text))


def said_in(conn: sqlite3.Connection, text: str, limit: int) -> list[SaidIn]:
    """The workshops (not deleted) where an item matches ``text``, newest first, at most
    ``limit``, each with its first matching item, a snippet of it and the match count."""
    query = match_query(text)
    if not query:
        return []
    shown = conn.execute(
        "WITH found AS ("
        "  SELECT i.workshop_id, min(items_fts.rowid) AS first, count(*) AS matches"
        "  FROM items_fts JOIN items i ON i.rowid = items_fts.rowid"
        "  WHERE items_fts MATCH ? GROUP BY i.workshop_id"
        ") "
        "SELECT found.workshop_id, found.first, found.matches FROM found "
        "JOIN workshops w ON w.id = found.workshop_id WHERE w.deleted_at IS NULL "
        "ORDER BY w.date DESC, w.title LIMIT ?",
        [query, limit],
    ).fetchall()
    if not shown:
        return []
    # Snippets only for the items shown, in one more pass over the matches ("+": a
    # filter on that pass; a rowid lookup would run the query once per item). The
    # rowids are integers SQLite just gave: written out, whatever their number.
    firsts = ", ".join(str(int(first)) for _, first, _ in shown)
    rows = conn.execute(
        "SELECT items_fts.rowid, i.id, snippet(items_fts, 0, '', '', '…', ?) "
        "FROM items_fts JOIN items i ON i.rowid = items_fts.rowid "
        f"WHERE items_fts MATCH ? AND +items_fts.rowid IN ({firsts})",
        [SNIPPET_WORDS, query],
    )
    said = {row: (item_id, snippet) for row, item_id, snippet in rows}
    return [SaidIn(wid, *said[first], matches) for wid, first, matches in shown]
