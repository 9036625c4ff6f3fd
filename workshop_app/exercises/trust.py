"""Trust-building exercises (PRODUCT.md section 1).

Four kinds: who is at the table (the partner roster), partnership history
(past work between partners, queryable by later exercises through
:func:`history_between`), the trust check-in (anonymous 1–5 tallies, hidden
until revealed, with a trend across the collaboration's workshops) and hopes,
concerns and working agreements. Everything here is plain Python; the Qt
panels live in :mod:`workshop_app.exercises.trust_panels`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph, Table
from ..domain.records import Block, Item, ItemKind, Partner, Sector, Visibility, sector_label
from ..domain.schema import (
    COUNT_LIMIT,
    Disclosure,
    Field,
    ItemSchema,
    boolean,
    choice,
    integer,
    list_of,
    partner_ref,
    text,
)
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView
from ..i18n import tr
from .registry import DemoContext, ExerciseKind, items_by_cluster, nothing_recorded, register

PANELS = "workshop_app.exercises.trust_panels"

# ------------------------------------------------------------------ item kinds
#: Past work between two or more partners: text = what they did together;
#: fields: partners (list of partner ids), outcome (see OUTCOMES), lesson.
HISTORY = "partnership_history"
#: The tally of one trust statement: text = the statement; fields: counts
#: (five numbers: how many rated 1, 2, 3, 4, 5), meeting_date, meeting_title
#: (so the trend across workshops can be labelled without reading other workshops).
TRUST_RATING = "trust_rating"
HOPE = "hope"
CONCERN = "concern"
#: fields: agreed (bool) once the room agrees to hold each other to it.
WORKING_AGREEMENT = "working_agreement"

OUTCOMES = ("good", "mixed", "failed", "none")
RATINGS = (1, 2, 3, 4, 5)

DEFAULT_STATEMENTS = (
    "Partners will follow through on commitments",
    "My organisation's view is respected here",
    "I understand the other partners' constraints",
)


def outcome_label(outcome: str | None) -> str:
    """An outcome in words (never told by colour alone)."""
    return {
        "good": tr("Trust", "Good"),
        "mixed": tr("Trust", "Mixed"),
        "failed": tr("Trust", "Failed"),
        "none": tr("Trust", "No history"),
        None: tr("Trust", "Not recorded"),
        "": tr("Trust", "Not recorded"),
    }.get(outcome, str(outcome))


def sector_name(sector: str) -> str:
    return sector_label(sector)


# ------------------------------------------------------------ who is at the table
def partners_by_sector(partners: Iterable[Partner]) -> list[tuple[str, list[Partner]]]:
    """Partners grouped by sector, sectors in the usual order, unknown sectors last."""
    order = [s.value for s in Sector]
    groups: dict[str, list[Partner]] = {}
    for p in partners:
        groups.setdefault(p.sector, []).append(p)
    keys = sorted(groups, key=lambda s: (order.index(s) if s in order else len(order), s))
    return [(k, groups[k]) for k in keys]


def roster_room(view: AudienceView, block: Block) -> list[Element]:
    """Partners grouped by sector: what each brings and needs, readable at a glance."""
    if not view.partners:
        return [Paragraph(tr("Room", "No partners on the roster yet."), emphasis=True)]
    groups = partners_by_sector(view.partners)
    known = [sector for sector, partners in groups if not _sector_withheld(view, partners)]
    elements: list[Element] = [
        Paragraph(
            tr("Room", "{n} organisations from {s} sectors").format(
                n=len(view.partners), s=len(known)
            ),
            emphasis=True,
        )
    ]
    for sector, partners in groups:
        label = (
            tr("Room", "Sector withheld")
            if _sector_withheld(view, partners)
            else sector_name(sector)
        )
        elements.append(Heading(f"{label} ({len(partners)})", level=3))
        elements.append(
            Table(
                (tr("Room", "Organisation"), tr("Room", "Brings"), tr("Room", "Needs")),
                tuple(
                    tuple(view.roster_text(p, name) for name in ("organisation", "brings", "needs"))
                    for p in partners
                ),
            )
        )
    return elements + _roster_notes(view, block)


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
        name="Who is at the table",
        guidance=(
            "Go round the room: each organisation says who it is, what it brings, what it "
            "needs from this partnership and to whom it answers. Keep it short and concrete."
        ),
        prompt="Who are we, what do we bring, what do we need, and to whom do we answer?",
        minutes=20,
        item_kinds=(ItemKind.NOTE.value,),
        panel=f"{PANELS}:RosterPanel",
        room=roster_room,
        summary=roster_summary,
    )
)


# ------------------------------------------------------------ partnership history
def history_partners(item: Item) -> list[str]:
    """The partner ids a history record is about."""
    value = item.fields.get("partners", [])
    return [str(p) for p in value] if isinstance(value, list) else []


def _all_items(view_or_items: WorkshopSnapshot | Iterable[Item]) -> list[Item]:
    if isinstance(view_or_items, WorkshopSnapshot):
        return [*view_or_items.items, *view_or_items.history]
    return list(view_or_items)


def history_between(
    view_or_items: WorkshopSnapshot | Iterable[Item], partner_a_id: str, partner_b_id: str
) -> str | None:
    """How past work between two partners went: "good", "mixed", "failed", "none" or None.

    Reads the partnership-history records of a workshop view (its items and its
    history from the collaboration's other workshops) or of any list of items.
    When several records cover the pair the most cautious wins (failed, then
    mixed, then good), because one failed project is enough to make a partner
    wary of sharing data. "none" means the room said they never worked
    together; None means nobody recorded anything about the pair.
    """
    if partner_a_id == partner_b_id:
        return None
    outcomes = {
        str(i.fields.get("outcome", ""))
        for i in _all_items(view_or_items)
        if i.kind == HISTORY and {partner_a_id, partner_b_id} <= set(history_partners(i))
    }
    for outcome in ("failed", "mixed", "good", "none"):
        if outcome in outcomes:
            return outcome
    return None


def history_matrix(view: WorkshopSnapshot) -> list[list[str]]:
    """Outcome of each partner pair (in ``view.partners`` order); "" when not recorded."""
    ids = [p.id for p in view.partners]
    return [["self" if a == b else (history_between(view, a, b) or "") for b in ids] for a in ids]


def _pair_names(view: WorkshopSnapshot, wanted: set[str]) -> list[str]:
    names = []
    partners = list(view.partners)
    for n, a in enumerate(partners):
        for b in partners[n + 1 :]:
            if (history_between(view, a.id, b.id) or "") in wanted:
                names.append(f"{a.organisation} – {b.organisation}")
    return names


def _history_records(view: WorkshopSnapshot) -> list[Item]:
    return [i for i in _all_items(view) if i.kind == HISTORY]


def _record_partner_names(view: WorkshopSnapshot, item: Item) -> str:
    names = [p.organisation for pid in history_partners(item) if (p := view.partner(pid))]
    return ", ".join(names) or tr("Trust", "(partners removed)")


def _history_chart(view: AudienceView) -> Chart:
    matrix = history_matrix(view)
    failed = _pair_names(view, {"failed"})
    missing = _pair_names(view, {"none", ""})
    alt = tr(
        "Room",
        "Partner-by-partner history. Failed: {failed}. No history or not recorded: {missing}.",
    ).format(
        failed="; ".join(failed) or tr("Room", "none"),
        missing="; ".join(missing) or tr("Room", "none"),
    )
    return Chart(
        "partner_matrix",
        tr("Room", "Have we worked together before?"),
        {
            "partners": [p.organisation for p in view.partners],
            "cells": matrix,
            # "?" keeps the many empty cells quiet so failed ones stand out (and type stays big)
            "labels": {**{o: outcome_label(o) for o in OUTCOMES}, "": "?"},
            "note": tr("Room", "? = nothing recorded, or not released to this audience")
            if HISTORY in view.withheld_kinds
            else tr("Room", "? = nothing recorded yet"),
            # Names on both axes need most of a projector page to be read from the back.
            "room_min_share": 0.8 if len(view.partners) > 4 else 0.45,
        },
        alt,
    )


def history_room(view: AudienceView, block: Block) -> list[Element]:
    """Partner × partner matrix; failed and missing histories called out in words."""
    if len(view.partners) < 2:
        return [
            Paragraph(tr("Room", "Add at least two partners to map their history."), emphasis=True)
        ]
    elements: list[Element] = [_history_chart(view)]
    failed = _pair_names(view, {"failed"})
    if failed:
        elements.append(Callout(tr("Room", "Failed before"), "; ".join(failed)))
    lessons = [
        f"{_record_partner_names(view, i)}: {i.fields['lesson']}"
        for i in view.items_in(block.id, [HISTORY])
        if i.fields.get("lesson")
    ]
    if lessons:
        elements += [Heading(tr("Room", "What we learned"), level=3), BulletList(tuple(lessons))]
    return elements


def history_summary(view: AudienceView, block: Block) -> list[Element]:
    """Records table, the matrix, and the pairs where trust must be built first."""
    records = _history_records(view)
    withheld = HISTORY in view.withheld_kinds
    if not records:
        return nothing_recorded(tr("Summary", "No partnership history was recorded."), withheld)
    elements: list[Element] = [
        Table(
            (
                tr("Summary", "Partners"),
                tr("Summary", "What they did together"),
                tr("Summary", "Outcome"),
                tr("Summary", "Lesson learned"),
            ),
            tuple(
                (
                    _record_partner_names(view, i),
                    i.text,
                    outcome_label(i.fields.get("outcome")),
                    str(i.fields.get("lesson", "")),
                )
                for i in records
            ),
        )
    ]
    if len(view.partners) >= 2:
        elements.append(_history_chart(view))
    failed = _pair_names(view, {"failed"})
    missing = _pair_names(view, {"none", ""})
    if failed:
        elements.append(
            Callout(
                tr("Summary", "Failed history"),
                tr(
                    "Summary", "Build trust before asking these partners to share data: {pairs}."
                ).format(pairs="; ".join(failed)),
            )
        )
    if missing and not withheld:  # some histories are withheld: "none" would mislead
        elements.append(Callout(tr("Summary", "No shared history"), "; ".join(missing)))
    return elements


def history_demo(ctx: DemoContext) -> list[Item]:
    if ctx.meeting != 0:
        return []
    p = ctx.partners_by_name
    city = p.get("City of Riverton")
    sheriff = p.get("Harlan County Sheriff's Office")
    youth = p.get("Riverton Youth Alliance")
    business = p.get("Downtown Riverton Business Association")
    eastside = p.get("Eastside Neighbours Council")
    lab = p.get("Riverton State University Justice Lab")
    records = [
        (
            city,
            sheriff,
            "Shared 911 dispatch contract, 2019–2021",
            "mixed",
            "Agree how costs are split before the first invoice; the overtime dispute ended it.",
            Visibility.PARTNERS,
        ),
        (
            city,
            business,
            "Downtown ambassadors programme, 2022–today",
            "good",
            "Monthly joint walk-throughs kept both sides honest about what was working.",
            Visibility.PUBLIC,
        ),
        (
            sheriff,
            youth,
            "Youth diversion referral pilot, 2020",
            "failed",
            "Referrals stopped when the deputy liaison was reassigned; nobody owned the hand-off.",
            Visibility.PARTNERS,
        ),
        (
            eastside,
            sheriff,
            "Listening sessions after the 2024 Eastside shooting",
            "failed",
            "Residents felt the sessions were for show: no follow-up report was ever published.",
            Visibility.PARTNERS,
        ),
        (
            youth,
            lab,
            "Evaluation of the summer jobs programme, 2023",
            "good",
            "Agreeing the questions before collecting data saved months.",
            Visibility.PUBLIC,
        ),
        (
            business,
            youth,
            "Summer job placements with downtown shops, 2024",
            "good",
            "Small employers need one contact person, not a programme office.",
            Visibility.PUBLIC,
        ),
        (
            lab,
            city,
            "Never worked together",
            "none",
            "The Lab has asked twice for 911 call data and had no answer.",
            Visibility.PARTNERS,
        ),
        (
            business,
            eastside,
            "Main Street camera plan dispute, 2023",
            "mixed",
            "The Association's lawyer still advises against joint statements on cameras.",
            Visibility.INTERNAL,
        ),
    ]
    items = []
    for n, (a, b, what, outcome, lesson, visibility) in enumerate(records):
        if a is None or b is None:
            continue
        items.append(
            ctx.item(
                HISTORY,
                what,
                fields={"partners": [a.id, b.id], "outcome": outcome, "lesson": lesson},
                visibility=visibility.value,
                position=float(n),
            )
        )
    return items


PARTNERSHIP_HISTORY = register(
    ExerciseKind(
        key="partnership_history",
        family="trust",
        name="Partnership history",
        guidance=(
            "Ask which partners have worked together before and how it went. A failed or "
            "missing history is not a verdict; it tells you where trust must be built "
            "before data can be shared."
        ),
        prompt="Where have we worked together before, and what did we learn?",
        minutes=15,
        item_kinds=(HISTORY,),
        history_kinds=(HISTORY,),
        items=(
            ItemSchema(
                HISTORY,
                (
                    Field("partners", list_of(partner_ref(), max_items=100)),
                    Field("outcome", choice(*OUTCOMES)),
                    Field("lesson", text()),
                ),
            ),
        ),
        panel=f"{PANELS}:HistoryPanel",
        room=history_room,
        summary=history_summary,
        demo=history_demo,
    )
)


# ------------------------------------------------------------------ trust check-in
def statements_of(block: Block) -> list[str]:
    """The statements the room rates in ``block``, in order."""
    value = block.settings.get("statements")
    if isinstance(value, list):
        return [str(s) for s in value]
    return list(DEFAULT_STATEMENTS)


def counts_of(item: Item | None) -> list[int]:
    """How many rated 1..5 (five numbers, never negative)."""
    raw = item.fields.get("counts", []) if item is not None else []
    values = list(raw)[:5] if isinstance(raw, list) else []
    values += [0] * (5 - len(values))
    out = []
    for v in values:
        try:
            out.append(max(0, int(v)))
        except (TypeError, ValueError):
            out.append(0)
    return out


def average(counts: Sequence[int]) -> float | None:
    """Mean rating of a tally, or None when nobody rated."""
    total = sum(counts)
    if not total:
        return None
    return sum(r * n for r, n in zip(RATINGS, counts, strict=False)) / total


def tallies(view: WorkshopSnapshot, block: Block) -> list[tuple[str, list[int]]]:
    """(statement, counts) for each statement of ``block``, as the view lets through."""
    items = view.items_in(block.id, [TRUST_RATING])
    result = []
    for statement in statements_of(block):
        counts = [0] * 5
        for item in items:
            if item.text == statement:
                counts = [a + b for a, b in zip(counts, counts_of(item), strict=True)]
        result.append((statement, counts))
    return result


def trend(view: AudienceView, block: Block) -> tuple[list[str], list[dict[str, Any]]]:
    """Average of each statement across the collaboration's meetings up to this one.

    Returns (meeting labels oldest first, series [{"statement", "averages"}]). Earlier
    meetings come from ``view.earlier`` (never later ones, so a look back at the first
    meeting does not show the future); a meeting whose ratings this audience may not
    see (never revealed) has no point.
    """
    meetings: list[tuple[str, dict[str, list[int]]]] = []
    for meeting in view.earlier:
        sums = _sums(i for i in meeting.items if i.kind == TRUST_RATING)
        if sums:
            meetings.append((_meeting_label(meeting.workshop.date, meeting.workshop.title), sums))
    current = _sums(view.items_of_kind(TRUST_RATING))
    if current:
        meetings.append((_meeting_label(view.workshop.date, view.workshop.title), current))
    labels = [label for label, _ in meetings]
    series = [
        {"statement": s, "averages": [average(sums.get(s, [0] * 5)) for _, sums in meetings]}
        for s in statements_of(block)
    ]
    return labels, series


def _sums(items: Iterable[Item]) -> dict[str, list[int]]:
    """Counts per statement, added up; statements nobody rated are left out."""
    sums: dict[str, list[int]] = {}
    for item in items:
        counts = counts_of(item)
        if sum(counts):
            old = sums.get(item.text, [0] * 5)
            sums[item.text] = [a + b for a, b in zip(old, counts, strict=True)]
    return sums


def _meeting_label(date: str, title: str) -> str:
    short = title.split(":")[0].strip() if title else ""
    return f"{date}\n{short}" if date and short else (date or short or "?")


def _distribution_chart(data: list[tuple[str, list[int]]], title: str) -> Chart:
    alt = "; ".join(
        tr("Room", "{statement}: {counts} (average {avg})").format(
            statement=s,
            counts=", ".join(f"{n}× {r}" for r, n in zip(RATINGS, c, strict=True)),
            avg=f"{a:.1f}" if (a := average(c)) is not None else "–",
        )
        for s, c in data
    )
    return Chart(
        "trust_distribution",
        title,
        {
            "statements": [s for s, _ in data],
            "counts": [c for _, c in data],
            "scale": [tr("Room", "1 not at all"), tr("Room", "5 completely")],
        },
        alt,
    )


def _trend_chart(view: AudienceView, block: Block) -> Chart | None:
    labels, series = trend(view, block)
    if len(labels) < 2:
        return None
    alt = "; ".join(
        f"{s['statement']}: "
        + ", ".join(
            f"{label.splitlines()[0]} {a:.1f}" if a is not None else f"{label.splitlines()[0]} –"
            for label, a in zip(labels, s["averages"], strict=True)
        )
        for s in series
    )
    return Chart(
        "trust_trend",
        tr("Room", "Trust across our meetings (average, 1–5)"),
        {"meetings": labels, "series": series},
        alt,
    )


def _hidden_notice(block: Block) -> list[Element]:
    return [
        Callout(
            tr("Room", "Results hidden"),
            tr("Room", "The results will be shown once everyone has rated."),
        ),
        Heading(tr("Room", "Rate each statement from 1 (not at all) to 5 (completely)"), level=3),
        BulletList(tuple(statements_of(block)), ordered=True),
    ]


def trust_room(view: AudienceView, block: Block) -> list[Element]:
    """Distribution per statement (only once revealed) and the trend across meetings."""
    if not view.shows_results(block.id):
        return _hidden_notice(block)
    data = tallies(view, block)
    if not any(sum(c) for _, c in data):
        return [
            Paragraph(tr("Room", "No ratings entered yet."), emphasis=True),
            BulletList(tuple(statements_of(block)), ordered=True),
        ]
    elements: list[Element] = [_distribution_chart(data, tr("Room", "How far do we agree?"))]
    chart = _trend_chart(view, block)
    if chart is not None:
        elements.append(chart)
    return elements


def trust_summary(view: AudienceView, block: Block) -> list[Element]:
    """Tallies as a table with averages, the distribution and the trend."""
    if not view.shows_results(block.id):
        return [
            Paragraph(
                tr(
                    "Summary",
                    "The ratings were not revealed to the room and are left out of this summary.",
                )
            ),
            BulletList(tuple(statements_of(block)), ordered=True),
        ]
    data = tallies(view, block)
    if not any(sum(c) for _, c in data):
        return nothing_recorded(
            tr("Summary", "No ratings were entered."), view.withheld_in(block.id, [TRUST_RATING])
        )
    rows = tuple(
        (s, *(str(n) for n in c), str(sum(c)), f"{a:.1f}" if (a := average(c)) is not None else "–")
        for s, c in data
    )
    elements: list[Element] = [
        Table(
            (
                tr("Summary", "Statement"),
                "1",
                "2",
                "3",
                "4",
                "5",
                tr("Summary", "Ratings"),
                tr("Summary", "Average"),
            ),
            rows,
        ),
        _distribution_chart(data, tr("Summary", "Trust check-in")),
    ]
    chart = _trend_chart(view, block)
    if chart is not None:
        elements.append(chart)
    return elements


_DEMO_TALLIES = (
    # meeting 0: cautious start; meeting 1: follow-through and respect improve
    ((3, 6, 7, 4, 2), (2, 4, 8, 6, 2), (5, 8, 5, 3, 1)),
    ((1, 3, 6, 7, 3), (1, 2, 6, 8, 3), (2, 4, 7, 5, 2)),
)


def trust_demo(ctx: DemoContext) -> list[Item]:
    tallies_ = _DEMO_TALLIES[min(ctx.meeting, 1)]
    return [
        ctx.item(
            TRUST_RATING,
            statement,
            position=float(n),
            fields={
                "counts": list(counts),
                "meeting_date": ctx.workshop.date,
                "meeting_title": ctx.workshop.title,
            },
        )
        for n, (statement, counts) in enumerate(
            zip(statements_of(ctx.block), tallies_, strict=False)
        )
    ]


TRUST_CHECK_IN = register(
    ExerciseKind(
        key="trust_check_in",
        family="trust",
        name="Trust check-in",
        guidance=(
            "Read each statement; people rate it 1 to 5 by show of hands or on paper. "
            "Enter the tallies; keep results hidden until everyone has rated."
        ),
        prompt="How far do you agree? 1 = not at all, 5 = completely.",
        minutes=10,
        item_kinds=(TRUST_RATING,),
        history_kinds=(TRUST_RATING,),
        items=(
            ItemSchema(
                TRUST_RATING,
                (
                    # how many rated 1..5: a result, hidden until revealed
                    Field(
                        "counts",
                        list_of(integer(0, COUNT_LIMIT), max_items=len(RATINGS)),
                        Disclosure.RESULT,
                    ),
                    Field("meeting_date", text(100)),
                    Field("meeting_title", text(1000)),
                ),
            ),
        ),
        settings=(Field("statements", list_of(text(1000), max_items=50)),),
        panel=f"{PANELS}:TrustCheckInPanel",
        room=trust_room,
        summary=trust_summary,
        default_settings=lambda: {"statements": list(DEFAULT_STATEMENTS), "results_hidden": True},
        demo=trust_demo,
    )
)


# ------------------------------------------------- hopes, concerns, working agreements
def agreement_text(item: Item) -> str:
    """A working agreement with its state in words."""
    if item.fields.get("agreed"):
        return tr("Room", "✔ Agreed: {text}").format(text=item.text)
    return tr("Room", "Proposed: {text}").format(text=item.text)


def _hopes_elements(view: AudienceView, block: Block, empty: str) -> list[Element]:
    elements: list[Element] = []
    for kind, title in ((HOPE, tr("Room", "Hopes")), (CONCERN, tr("Room", "Concerns"))):
        items = view.items_in(block.id, [kind])
        if items:
            elements.append(Heading(f"{title} ({len(items)})", level=3))
            elements += items_by_cluster(items)
    agreements = view.items_in(block.id, [WORKING_AGREEMENT])
    if agreements:
        agreed = sum(1 for i in agreements if i.fields.get("agreed"))
        elements.append(
            Heading(
                tr("Room", "Working agreements ({agreed} of {n} agreed)").format(
                    agreed=agreed, n=len(agreements)
                ),
                level=3,
            )
        )
        elements.append(BulletList(tuple(agreement_text(i) for i in agreements)))
    return elements or [Paragraph(empty, emphasis=True)]


def hopes_room(view: AudienceView, block: Block) -> list[Element]:
    return _hopes_elements(view, block, tr("Room", "Nothing captured yet."))


def hopes_summary(view: AudienceView, block: Block) -> list[Element]:
    elements = _hopes_elements(view, block, "")
    if elements == [Paragraph("", emphasis=True)]:
        return nothing_recorded(
            tr("Summary", "Nothing was recorded in this block."), view.withheld_in(block.id)
        )
    return elements


def hopes_demo(ctx: DemoContext) -> list[Item]:
    if ctx.meeting != 0:
        return []
    public, partners, internal = (
        Visibility.PUBLIC.value,
        Visibility.PARTNERS.value,
        Visibility.INTERNAL.value,
    )
    entries = [
        (
            HOPE,
            "Eastside residents feel as safe walking home at night as people downtown",
            public,
            {},
        ),
        (HOPE, "Young people get a second chance before they get a record", public, {}),
        (HOPE, "One shared picture of what is happening, instead of six", partners, {}),
        (CONCERN, "This becomes another plan that is announced and then forgotten", public, {}),
        (
            CONCERN,
            "Data shared here ends up in the newspaper before partners are warned",
            partners,
            {},
        ),
        (
            CONCERN,
            "The Sheriff's Office cannot commit overtime before the budget vote",
            internal,
            {},
        ),
        (WORKING_AGREEMENT, "We start and end on time", public, {"agreed": True}),
        (
            WORKING_AGREEMENT,
            "Nobody speaks to the press about a partner without warning them first",
            partners,
            {"agreed": True},
        ),
        (WORKING_AGREEMENT, "Every meeting ends with owners and dates", public, {"agreed": True}),
        (WORKING_AGREEMENT, "Meetings alternate between downtown and Eastside", public, {}),
    ]
    return [
        ctx.item(kind, text, visibility=vis, fields=fields, position=float(n))
        for n, (kind, text, vis, fields) in enumerate(entries)
    ]


HOPES_AND_CONCERNS = register(
    ExerciseKind(
        key="hopes_concerns",
        family="trust",
        name="Hopes, concerns and working agreements",
        guidance=(
            "Collect hopes and concerns first, then turn concerns into working agreements "
            "the room can hold each other to. Mark an agreement agreed only when nobody objects."
        ),
        prompt="What do we hope for, what worries us, and how will we work together?",
        minutes=15,
        item_kinds=(HOPE, CONCERN, WORKING_AGREEMENT),
        items=(
            ItemSchema(HOPE),
            ItemSchema(CONCERN),
            ItemSchema(WORKING_AGREEMENT, (Field("agreed", boolean()),)),
        ),
        panel=f"{PANELS}:HopesConcernsPanel",
        room=hopes_room,
        summary=hopes_summary,
        demo=hopes_demo,
    )
)
