"""Element helpers every exercise uses: lists by cluster, the plain capture block, and
the words for what was withheld."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..domain.document import BulletList, Element, Heading, Paragraph, Table
from ..domain.records import Block, Item, ItemKind
from ..domain.snapshot import EarlierMeeting
from ..domain.visibility import AudienceView
from ..i18n import format_date, tr

#: A projector shows the latest points of a long capture list (about a page at the back
#: of a room); the summary has them all.
ROOM_LATEST = 12

#: What a room view or a summary section makes of one block.
BlockElements = Callable[[AudienceView, Block], list[Element]]


def tally_counts(raw: object, size: int) -> list[int]:
    """``size`` counts read from a stored tally (``raw``, a list): whole numbers, never
    negative; anything else, or missing, counts as 0."""
    values = list(raw)[:size] if isinstance(raw, list) else []
    values += [0] * (size - len(values))
    counts = []
    for value in values:
        try:
            counts.append(max(0, int(value)))
        except (TypeError, ValueError, OverflowError):
            counts.append(0)
    return counts


def items_by_cluster(items: list[Item]) -> list[Element]:
    """Items as bullet lists, one per affinity cluster."""
    return clustered_bullets((item.cluster, item.text) for item in items)


def clustered_bullets(entries: Iterable[tuple[str, str]]) -> list[Element]:
    """``(cluster, text)`` pairs as bullet lists, one per cluster in the order clusters
    first appear; a named cluster gets a heading."""
    groups: dict[str, list[str]] = {}
    for cluster, text in entries:
        groups.setdefault(cluster, []).append(text)
    elements: list[Element] = []
    for cluster, texts in groups.items():
        if cluster:
            elements.append(Heading(cluster, level=3))
        elements.append(BulletList(tuple(texts)))
    return elements


def titled_list(title: str, texts: Iterable[str]) -> list[Element]:
    """A heading over a bullet list of ``texts``; nothing when there are none."""
    texts = tuple(texts)
    return [Heading(title, level=3), BulletList(texts)] if texts else []


def follow_ups_table(what: str, actions: Iterable[Item]) -> Table:
    """The actions an exercise made (an open question, an invitation) as a summary shows
    them: ``what`` heads the column of their texts, then who owns each and when it is due."""
    return Table(
        (what, tr("Summary", "Owner"), tr("Summary", "Due")),
        tuple(
            (a.text, str(a.fields.get("owner", "")), format_date(str(a.fields.get("due", ""))))
            for a in actions
        ),
    )


def withheld_note(count: int) -> list[Element]:
    """Says that ``count`` items of a section are not in this document (never silent)."""
    if not count:
        return []
    return [
        Paragraph(
            tr(
                "Export",
                "Withheld: {n} more item(s) recorded here are not for this audience and are "
                "left out.",
            ).format(n=count),
            emphasis=True,
        )
    ]


def nothing_recorded(text: str, withheld: int | bool) -> list[Element]:
    """A summary's words for an empty section: ``text`` when nothing was recorded; nothing
    when something was but is withheld from this audience (the summary says so, once,
    for the whole block: "withheld" must never read as "nothing happened")."""
    return [] if withheld else [Paragraph(text)]


def section_body(shown: list[Element], nothing: str, withheld: int) -> list[Element]:
    """What a section holds: the elements ``shown``, or ``nothing`` in words when nothing
    was recorded at all (see :func:`nothing_recorded`); then how many more items are
    withheld from this audience (see :func:`withheld_note`)."""
    return [*(shown or nothing_recorded(nothing, withheld)), *withheld_note(withheld)]


def room_or_question(
    elements: Callable[[AudienceView, Block, str], list[Element]], question: Callable[[], str]
) -> BlockElements:
    """The room view of an exercise whose room and summary show the same elements, each
    in its own words (``elements(view, block, "Room")``); while nothing is recorded, the
    ``question`` the block works on. The text is asked for each time the room is drawn,
    so it is in the language of the moment."""

    def room(view: AudienceView, block: Block) -> list[Element]:
        return elements(view, block, "Room") or [Paragraph(question(), emphasis=True)]

    return room


def summary_or_nothing(
    elements: Callable[[AudienceView, Block, str], list[Element]], nothing: Callable[[], str]
) -> BlockElements:
    """The summary section to go with :func:`room_or_question`: the same elements in the
    summary's words, or ``nothing`` said when nothing was recorded (see
    :func:`nothing_recorded`)."""

    def summary(view: AudienceView, block: Block) -> list[Element]:
        return elements(view, block, "Summary") or nothing_recorded(
            nothing(), view.withheld_in(block.id)
        )

    return summary


def capture_room(view: AudienceView, block: Block) -> list[Element]:
    """Room view of a plain capture block: what was said, grouped by cluster."""
    items = view.items_in(block.id, [ItemKind.NOTE.value])
    if not items:
        return [Paragraph(tr("Room", "Nothing captured yet."), emphasis=True)]
    if len(items) <= ROOM_LATEST:
        return items_by_cluster(items)
    note = tr("Room", "The latest {shown} of {total} points; the summary has them all.").format(
        shown=ROOM_LATEST, total=f"{len(items):,}"
    )
    return [Paragraph(note, emphasis=True), *items_by_cluster(items[-ROOM_LATEST:])]


def capture_summary(view: AudienceView, block: Block) -> list[Element]:
    """Summary section of a plain capture block."""
    items = view.items_in(block.id, [ItemKind.NOTE.value])
    if not items:
        return nothing_recorded(
            tr("Summary", "Nothing was recorded in this block."), view.withheld_in(block.id)
        )
    return items_by_cluster(items)


def meeting_label(view: AudienceView) -> str:
    """``2026-09-15 Kick-off: first partnership meeting``: a meeting as a report names it."""
    w = view.workshop
    return f"{w.date} {w.title}".strip()


def short_meeting_label(view: AudienceView | EarlierMeeting) -> str:
    """``2026-09-15 Kick-off``: short enough for a column or an axis (of this meeting's
    view, or of an earlier meeting)."""
    w = view.workshop
    return f"{w.date} {w.title.split(':')[0].strip()}".strip()
