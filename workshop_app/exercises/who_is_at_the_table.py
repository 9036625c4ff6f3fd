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
from .registry import ExerciseKind, register


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


WHO_IS_AT_THE_TABLE = register(
    ExerciseKind(
        key="who_is_at_the_table",
        family="trust",
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
