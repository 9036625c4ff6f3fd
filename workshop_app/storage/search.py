"""Full-text search over everything said, and the one search of the home screen and the
command line: collaborations by name, workshops by title or place, and what was said in
them (the ``items_fts`` index of migration 5, kept current by triggers), best match first.

A result's snippet comes in parts, each marked whether it is a matching word, so that
every screen can show the matches its own way (bold, brackets) without ever reading
markup out of what someone typed.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
from typing import NamedTuple

#: How many words of an item's text a snippet shows around the match.
SNIPPET_WORDS = 12

#: What a search finds a workshop by, most telling first: results found by an earlier
#: one come first (then by how well what was said matches, then newest first).
BY_TITLE = "title"
BY_COLLABORATION = "collaboration"
BY_PLACE = "place"
BY_SAID = "said"
FOUND_BY = (BY_TITLE, BY_COLLABORATION, BY_PLACE, BY_SAID)

# The marks FTS5's snippet() puts around a matching word: unguessable per run, so a text
# cannot pretend to hold one. Were one typed anyway, only the bold would be misplaced:
# every part is escaped by whoever shows it, so nothing typed is ever read as markup.
_TOKEN = os.urandom(8).hex()  # not secrets: its hashlib and hmac would load at start-up
_OPEN, _CLOSE = f"\x02{_TOKEN}", f"\x03{_TOKEN}"


class Part(NamedTuple):
    """A piece of a snippet: ``matched`` when it is a word the search found."""

    text: str
    matched: bool


class SaidIn(NamedTuple):
    """A workshop where something said matches a search (see :meth:`Store.search`)."""

    workshop_id: str
    item_id: str  # the best-matching item there (of equals, the first written)
    marked: str  # its snippet as FTS5 wrote it, with this module's marks (see parts)
    matches: int  # how many of its items match
    #: FTS5's rank (bm25) of that item: lower is a better match.
    rank: float = 0.0

    @property
    def parts(self) -> tuple[Part, ...]:
        """The item's words around the match, in parts, the words found marked (split
        when asked for: a search may find a thousand workshops, a screen shows twenty)."""
        return marked_parts(self.marked)

    @property
    def snippet(self) -> str:
        """The item's words around the match; "…" where the text was cut."""
        return self.marked.replace(_OPEN, "").replace(_CLOSE, "")


class Found(NamedTuple):
    """A workshop a search lists (see :meth:`Store.find`), or a collaboration found by
    its name that has no workshop (``workshop_id`` None)."""

    workshop_id: str | None
    collaboration_id: str
    by: tuple[str, ...]  # of FOUND_BY, in that order
    said: SaidIn | None  # what was said there, when it matches


def match_query(text: str) -> str:
    """``text`` as an FTS5 query: each word quoted (so AND, NOT, quotes and stars are
    plain words) and taken as the start of a word; empty when ``text`` has no word."""
    return " ".join(f'"{word}"*' for word in re.findall(r"\w+", text))


def marked_parts(marked: str) -> tuple[Part, ...]:
    """The parts of a snippet written with this module's marks around matching words."""
    parts = []
    for n, piece in enumerate(marked.split(_OPEN)):
        word, _, rest = piece.partition(_CLOSE) if n else ("", "", piece)
        if word:
            parts.append(Part(word, True))
        if rest:
            parts.append(Part(rest, False))
    return tuple(parts)


def said_in(conn: sqlite3.Connection, text: str, limit: int) -> list[SaidIn]:
    """The workshops (not deleted) where an item matches ``text``, best match first (the
    rank of their best item; equals newest first), at most ``limit``, each with that
    item, a snippet of it with the matches marked, and the match count."""
    query = match_query(text)
    if not query:
        return []
    # min(rank) with a bare rowid: SQLite takes the rowid from the row of the minimum
    # (the first written, of equals: the index gives rowids in order).
    shown = conn.execute(
        "WITH found AS ("
        "  SELECT i.workshop_id, min(items_fts.rank) AS best, items_fts.rowid AS item,"
        "    count(*) AS matches"
        "  FROM items_fts JOIN items i ON i.rowid = items_fts.rowid"
        "  WHERE items_fts MATCH ? GROUP BY i.workshop_id"
        ") "
        "SELECT found.workshop_id, found.item, found.matches, found.best FROM found "
        "JOIN workshops w ON w.id = found.workshop_id WHERE w.deleted_at IS NULL "
        "ORDER BY found.best, w.date DESC, w.title LIMIT ?",
        [query, limit],
    ).fetchall()
    if not shown:
        return []
    # Snippets only for the items shown, in one more pass over the matches ("+": a
    # filter on that pass; a rowid lookup would run the query once per item). The
    # rowids are integers SQLite just gave: written out, whatever their number.
    items = ", ".join(str(int(item)) for _, item, _, _ in shown)
    rows = conn.execute(
        "SELECT items_fts.rowid, i.id, snippet(items_fts, 0, ?, ?, '…', ?) "
        "FROM items_fts JOIN items i ON i.rowid = items_fts.rowid "
        f"WHERE items_fts MATCH ? AND +items_fts.rowid IN ({items})",
        [_OPEN, _CLOSE, SNIPPET_WORDS, query],
    )
    said = {row: (item_id, marked) for row, item_id, marked in rows}
    return [SaidIn(wid, *said[item], matches, best) for wid, item, matches, best in shown]


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=4096)
def plain_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as the index compares them: any case, accents removed.
    Remembered: a search reads the same names, titles and places again and again."""
    folded = text.casefold()
    if not folded.isascii():
        import unicodedata  # only for text that needs it: never at start-up

        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return tuple(_WORD.findall(folded))


def _has_words(text: str, wanted: tuple[str, ...]) -> bool:
    words = plain_words(text)
    return all(any(word.startswith(w) for word in words) for w in wanted)


def find(conn: sqlite3.Connection, text: str, limit: int) -> list[Found]:
    """What one search box finds for ``text``: workshops (not deleted, of collaborations
    not deleted) by title, by place, by their collaboration's name and by what was said
    in them, and collaborations found by name that have no workshop; at most ``limit``.

    A name, title or place is found when every word of ``text`` is in it as a word or the
    start of one, in any case or accent, as what was said is. Best first: by what the
    workshop was found by (the order of :data:`FOUND_BY`), then by how well what was
    said matches, then newest first.
    """
    wanted = plain_words(text)
    if not wanted:
        return []
    rows = conn.execute(
        "SELECT c.id, c.name, w.id, w.title, w.place, w.date FROM collaborations c "
        "LEFT JOIN workshops w ON w.collaboration_id = c.id AND w.deleted_at IS NULL "
        "WHERE c.deleted_at IS NULL ORDER BY w.date DESC, w.title"
    ).fetchall()
    said = {hit.workshop_id: hit for hit in said_in(conn, text, len(rows))}
    named = {cid for cid, name in {(row[0], row[1]) for row in rows} if _has_words(name, wanted)}
    ranked = []
    for n, (cid, _, wid, title, place, _) in enumerate(rows):
        if wid is None:  # a collaboration with no workshop yet
            by = (BY_COLLABORATION,) if cid in named else ()
        else:
            matched = {
                BY_TITLE: _has_words(title, wanted),
                BY_COLLABORATION: cid in named,
                BY_PLACE: _has_words(place, wanted),
                BY_SAID: wid in said,
            }
            by = tuple(reason for reason in FOUND_BY if matched[reason])
        if by:
            hit = said.get(wid) if wid else None
            # rows come newest first: n breaks ties by date
            key = (FOUND_BY.index(by[0]), hit.rank if hit else 0.0, n)
            ranked.append((key, Found(wid, cid, by, hit)))
    ranked.sort(key=lambda pair: pair[0])
    return [found for _, found in ranked[:limit]]
