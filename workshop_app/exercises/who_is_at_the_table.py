"""Who is at the table: the partner roster, partners by sector (PRODUCT.md section 1).

The roster itself is the collaboration's partners (edited in the panel); the block
captures the notes of the round.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.document import Element, Heading, Paragraph, Table
from ..domain.records import Block, ItemKind, Partner, Sector, sector_label
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import items_by_cluster
from .registry import ExerciseKind, Guide, register


def partners_by_sector(partners: Iterable[Partner]) -> list[tuple[str, list[Partner]]]:
    """Partners grouped by sector, sectors in the usual order, unknown sectors last."""
    order = [s.value for s in Sector]
    groups: dict[str, list[Partner]] = {}
    for p in partners:
        groups.setdefault(p.sector, []).append(p)
    keys = sorted(groups, key=lambda s: (order.index(s) if s in order else len(order), s))
    return [(k, groups[k]) for k in keys]


def roster_room(view: AudienceView, block: Block) -> list[Element]:
    """Partners sector by sector in one table: what each brings and needs, readable at a
    glance. One table, not one per sector: a projector page holds twice as many
    partners without a heading and a header row for every sector."""
    if not view.partners:
        return [Paragraph(tr("Room", "No partners on the roster yet."), emphasis=True)]
    groups = partners_by_sector(view.partners)
    known = [sector for sector, partners in groups if not _sector_withheld(view, partners)]
    rows = []
    for sector, partners in groups:
        label = (
            tr("Room", "Sector withheld")
            if _sector_withheld(view, partners)
            else sector_label(sector)
        )
        for n, p in enumerate(partners):
            # The sector's first row says how many partners it has.
            sector_cell = f"{label} ({len(partners)})" if n == 0 else label
            rows.append(
                (
                    sector_cell,
                    *(view.roster_text(p, name) for name in ("organisation", "brings", "needs")),
                )
            )
    return [
        Paragraph(
            tr("Room", "{n} organisations from {s} sectors").format(
                n=len(view.partners), s=len(known)
            ),
            emphasis=True,
        ),
        Table(
            (
                tr("Room", "Sector"),
                tr("Room", "Organisation"),
                tr("Room", "Brings"),
                tr("Room", "Needs"),
            ),
            tuple(rows),
        ),
        *_roster_notes(view, block),
    ]


def _sector_withheld(view: AudienceView, partners: list[Partner]) -> bool:
    return all(view.withheld_field(p, "sector") for p in partners)


def _roster_notes(view: AudienceView, block: Block) -> list[Element]:
    notes = view.items_in(block.id, [ItemKind.NOTE.value])
    if not notes:
        return []
    return [Heading(tr("Room", "Also said"), level=3), *items_by_cluster(notes)]


def roster_summary(view: AudienceView, block: Block) -> list[Element]:
    """The roster as one table, sector by sector."""
    if not view.partners:
        return [Paragraph(tr("Summary", "No partners were recorded."))]
    fields = ("organisation", "sector", "representatives", "brings", "needs", "answers_to")
    rows = tuple(
        tuple(view.roster_text(p, name) for name in fields)
        for _, partners in partners_by_sector(view.partners)
        for p in partners
    )
    return [
        Table(
            (
                tr("Summary", "Organisation"),
                tr("Summary", "Sector"),
                tr("Summary", "People present"),
                tr("Summary", "Brings"),
                tr("Summary", "Needs"),
                tr("Summary", "Answers to"),
            ),
            rows,
        ),
        *_roster_notes(view, block),
    ]


GUIDE = Guide(
    purpose=(
        "Everyone learns who the partners are, what each brings, what each needs, and to whom each "
        "answers. Those answers explain much of what happens later."
    ),
    steps=(
        (
            "Go round the room one organisation at a time: type its name in the Add box, choose its"
            " sector and press Enter."
        ),
        (
            "Ask what it brings (money, staff, data, reach, the trust of a neighbourhood) and what "
            "it needs from the partnership; type both in its row."
        ),
        "Ask to whom it answers: elected officials, a board, members, shareholders, funders.",
        "Capture anything else said in the round as notes.",
        "Show the room view, the partners by sector, and ask who is missing from the table.",
    ),
    tips=(
        "Keep each turn to a minute or two; the detail can come later.",
        (
            "Whom a partner answers to tells you what it must report: come back to it when the room"
            " chooses indicators."
        ),
        (
            "F8 on a cell changes who may see that cell, for example a constraint a partner shares "
            "in confidence."
        ),
    ),
    pitfalls=(
        (
            "Skipping the round because everybody seems to know each other: newcomers rarely do, "
            "and needs are rarely said out loud."
        ),
        (
            "Letting the largest organisation talk for ten minutes: it sets the tone for the rest "
            "of the meeting."
        ),
    ),
)


WHO_IS_AT_THE_TABLE = register(
    ExerciseKind(
        key="who_is_at_the_table",
        family="trust",
        guide=GUIDE,
        order=1,
        name="Who is at the table",
        guidance=(
            "Go round the room: each organisation says who it is, what it brings, what it "
            "needs from this partnership and to whom it answers. Keep it short and concrete."
        ),
        prompt="Who are we, what do we bring, what do we need, and to whom do we answer?",
        minutes=20,
        room=roster_room,
        summary=roster_summary,
    )
)
