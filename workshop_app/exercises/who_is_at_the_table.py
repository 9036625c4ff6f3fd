"""Who is at the table: the partner roster, partners by sector (PRODUCT.md section 1),
and who came to each meeting.

The roster itself is the collaboration's partners (edited in the panel); the block
captures the notes of the round. Attendance belongs to the whole meeting, not to this
block (people arrive before any exercise starts): its attendees are declared here, with
the roster they are ticked from, and the summary of every meeting says who came.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.attendance import ATTENDEE, PRESENT, present
from ..domain.document import Element, Heading, Paragraph, Table
from ..domain.records import Block, Item, ItemKind, Partner, Sector, Visibility, sector_label
from ..domain.schema import Disclosure, Field, ItemSchema, boolean
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import items_by_cluster, withheld_note
from .registry import CsvTable, ExerciseKind, Guide, SummarySection, register

#: A person at a meeting (see ``domain/attendance.py``): their name is for partners only,
#: whatever the item's visibility; the public reads which organisations came, and how
#: many of each.
ATTENDEE_ITEM = ItemSchema(
    ATTENDEE,
    (Field(PRESENT, boolean()),),
    text=Disclosure.PARTNERS,
    partner=Disclosure.ITEM,
)


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
        *_attendance_line(view),
        *_roster_notes(view, block),
    ]


def _attendance_line(view: AudienceView) -> list[Element]:
    here = present(view.items_in(None, [ATTENDEE]))
    if not here:
        return []
    organisations = {i.partner_id for i in here if i.partner_id}
    return [
        Paragraph(
            tr("Room", "{n} people present from {m} organisations").format(
                n=len(here), m=len(organisations)
            )
        )
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
    columns = (  # each partner field with its header
        ("organisation", tr("Summary", "Organisation")),
        ("sector", tr("Summary", "Sector")),
        ("representatives", tr("Summary", "People present")),
        ("brings", tr("Summary", "Brings")),
        ("needs", tr("Summary", "Needs")),
        ("answers_to", tr("Summary", "Answers to")),
    )
    rows = tuple(
        tuple(view.roster_text(p, name) for name, _ in columns)
        for _, partners in partners_by_sector(view.partners)
        for p in partners
    )
    return [Table(tuple(header for _, header in columns), rows), *_roster_notes(view, block)]


def attendance_section(view: AudienceView) -> list[Element]:
    """Who came, organisation by organisation: how many of each, and their names where
    the view holds them (partners do; the public reads organisations and counts), then
    the partners nobody came from. Nothing when attendance was not taken."""
    attendees = view.items_in(None, [ATTENDEE])
    withheld = view.withheld_in(None, [ATTENDEE])
    here = present(attendees)
    if not here and not withheld:
        return []
    by_partner: dict[str | None, list[Item]] = {}
    for item in here:
        by_partner.setdefault(item.partner_id, []).append(item)
    named = any(i.text for i in here)
    rows = []
    for p in view.partners:
        if p.id in by_partner:
            rows.append((p.organisation, by_partner[p.id]))
    others = [i for key, items in by_partner.items() if view.partner(key) is None for i in items]
    if others:
        rows.append((tr("Summary", "No partner organisation"), others))
    headers = [tr("Summary", "Organisation"), tr("Summary", "Present")]
    if named:
        headers.append(tr("Summary", "Who"))
    table_rows = tuple(
        (
            organisation,
            str(len(items)),
            *((", ".join(i.text for i in items if i.text),) if named else ()),
        )
        for organisation, items in rows
    )
    elements: list[Element] = [
        Heading(tr("Summary", "Attendance"), level=2),
        Paragraph(
            tr("Summary", "{n} people came from {m} partner organisations.").format(
                n=len(here), m=len([p for p in view.partners if p.id in by_partner])
            )
        ),
    ]
    if table_rows:
        elements.append(Table(tuple(headers), table_rows))
    absent = [p.organisation for p in view.partners if p.id not in by_partner]
    if absent and here:
        elements.append(
            Paragraph(tr("Summary", "Not represented: {names}.").format(names=", ".join(absent)))
        )
    if any(not i.text for i in here):  # the view kept the names back: say so
        elements.append(
            Paragraph(
                tr("Summary", "Withheld: the names of those present are not for this audience."),
                emphasis=True,
            )
        )
    return elements + withheld_note(withheld)


def attendance_recap(view: AudienceView) -> list[Element]:
    """Every summary after the first: who came, against the last meeting (organisations,
    which every audience may see; never names)."""
    last = view.earlier[-1] if view.earlier else None
    here = present(view.items_in(None, [ATTENDEE]))
    before = present(i for i in last.items if i.kind == ATTENDEE) if last is not None else []
    if not here or not before:
        return []
    names = {p.id: p.organisation for p in view.partners}

    def organisations(items: list[Item]) -> set[str]:
        return {names[i.partner_id] for i in items if i.partner_id in names}

    now, then = organisations(here), organisations(before)
    lines = [
        tr(
            "Export",
            "{people} people from {organisations} organisations; {before} from {then} "
            "at the last meeting.",
        ).format(people=len(here), organisations=len(now), before=len(before), then=len(then))
    ]
    if now - then:
        lines.append(
            tr("Export", "Here this time, not last time: {names}.").format(
                names=", ".join(sorted(now - then))
            )
        )
    if then - now:
        lines.append(
            tr("Export", "At the last meeting, not this time: {names}.").format(
                names=", ".join(sorted(then - now))
            )
        )
    return [Heading(tr("Export", "Attendance compared"), level=3), *map(Paragraph, lines)]


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
            "Take attendance as people arrive (Workshop → Attendance, Ctrl+Shift+E): Space "
            "ticks a person off the roster, and a sign-in sheet can be imported afterwards."
        ),
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
        when=(
            "At the first meeting of a partnership, and whenever a new organisation joins: "
            "before any exercise that asks partners to commit."
        ),
        group_size=(
            "The whole room, one organisation at a time; a round of a minute or two each "
            "works for up to about 15 organisations."
        ),
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
        item_kinds=(ItemKind.NOTE.value,),
        items=(ATTENDEE_ITEM,),
        history_kinds=(ATTENDEE,),
        recap=attendance_recap,
        tables=(CsvTable("attendance", (ATTENDEE,)),),
        workshop_section=SummarySection(
            "attendance",
            "Attendance",
            attendance_section,
            # Every audience reads the section; the view holds what each may see of it.
            Visibility.PUBLIC,
        ),
    )
)
