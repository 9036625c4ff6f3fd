"""The trust check-in: anonymous 1–5 tallies per statement, hidden until revealed, with a
trend across the collaboration's meetings (PRODUCT.md section 1)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import (
    COUNT_LIMIT,
    Disclosure,
    Field,
    ItemSchema,
    boolean,
    integer,
    list_of,
    text,
)
from ..domain.visibility import AudienceView
from ..i18n import format_number, tr, tr_stored
from . import demo_data
from .common import nothing_recorded, short_meeting_label
from .registry import DemoContext, ExerciseKind, Guide, PhoneInput, ReportPart, register
from .trust_charts import draw_trust_distribution, draw_trust_trend
from .trust_tally import (  # the tallies; this module draws them
    DEFAULT_STATEMENTS,
    FROM_PHONES,
    RATINGS,
    TRUST_RATING,
    average,
    counts_of,
    phone_questions,
    phone_rating,
    sources_line,
    statements_of,
    tallies,
)

KEY = "trust_check_in"


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
        {
            "statement": tr_stored(s),
            "averages": [average(sums.get(s, [0] * 5)) for _, sums in meetings],
        }
        for s in statements_of(block)
    ]
    return labels, series


def shown_statements(block: Block) -> tuple[str, ...]:
    """The statements of ``block`` as the room reads them: the default ones in the
    language of the moment (they are stored in English), any others as typed."""
    return tuple(tr_stored(s) for s in statements_of(block))


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
            statement=tr_stored(s),
            counts=", ".join(f"{n}× {r}" for r, n in zip(RATINGS, c, strict=True)),
            avg=format_number(a) if (a := average(c)) is not None else "–",
        )
        for s, c in data
    )
    return Chart(
        "trust_distribution",
        title,
        {
            "statements": [tr_stored(s) for s, _ in data],
            "counts": [c for _, c in data],
            "scale": [tr("Room", "1 not at all"), tr("Room", "5 completely")],
            # how tall the room must draw it (charts.chart_lines): a statement and its
            # average per row
            "rows": len(data),
            "row_lines": 2,
            "frame_lines": 5,
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
            f"{label.splitlines()[0]} {format_number(a) if a is not None else '–'}"
            for label, a in zip(labels, s["averages"], strict=True)
        )
        for s in series
    )
    return Chart(
        "trust_trend",
        tr("Room", "Trust across our meetings (average, 1–5)"),
        # how tall the room must draw it (charts.chart_lines): the legend lists the series
        {"meetings": labels, "series": series, "frame_lines": max(9, 3 * len(series) + 2)},
        alt,
    )


def _hidden_notice(block: Block) -> list[Element]:
    return [
        Callout(
            tr("Room", "Results hidden"),
            tr("Room", "The results will be shown once everyone has rated."),
        ),
        Heading(tr("Room", "Rate each statement from 1 (not at all) to 5 (completely)"), level=3),
        BulletList(shown_statements(block), ordered=True),
    ]


def trust_room(view: AudienceView, block: Block) -> list[Element]:
    """Distribution per statement (only once revealed) and the trend across meetings."""
    if not view.shows_results(block.id):
        return _hidden_notice(block)
    data = tallies(view, block)
    if not any(sum(c) for _, c in data):
        return [
            Paragraph(tr("Room", "No ratings entered yet."), emphasis=True),
            BulletList(shown_statements(block), ordered=True),
        ]
    elements: list[Element] = [
        _distribution_chart(data, tr("Room", "How far do we agree?")),
        *sources_line(view, block, "Room"),
    ]
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
            BulletList(shown_statements(block), ordered=True),
        ]
    data = tallies(view, block)
    if not any(sum(c) for _, c in data):
        return nothing_recorded(
            tr("Summary", "No ratings were entered."), view.withheld_in(block.id, [TRUST_RATING])
        )
    rows = tuple(
        (
            tr_stored(s),
            *(str(n) for n in c),
            str(sum(c)),
            format_number(a) if (a := average(c)) is not None else "–",
        )
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
        *sources_line(view, block, "Summary"),
        _distribution_chart(data, tr("Summary", "Trust check-in")),
    ]
    chart = _trend_chart(view, block)
    if chart is not None:
        elements.append(chart)
    return elements


def trust_demo(ctx: DemoContext) -> list[Item]:
    tallies_ = demo_data.TRUST_TALLIES[min(ctx.meeting, len(demo_data.TRUST_TALLIES) - 1)]
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


# ------------------------------------------------------------------ the report
def report_trend(views: list[AudienceView]) -> tuple[list[str], list[dict[str, Any]]]:
    """(meeting labels, [{"statement", "averages"}]) over meetings whose results are shown."""
    meetings: list[tuple[str, dict[str, list[int]]]] = []
    statements: list[str] = []
    for view in views:
        sums: dict[str, list[int]] = {}
        for block in view.blocks:
            if block.kind != KEY or not view.shows_results(block.id):
                continue
            for statement, counts in tallies(view, block):
                if statement not in statements:
                    statements.append(statement)
                old = sums.get(statement, [0] * 5)
                sums[statement] = [a + b for a, b in zip(old, counts, strict=True)]
        if any(sum(c) for c in sums.values()):
            meetings.append((short_meeting_label(view), sums))
    series = [
        {
            "statement": tr_stored(s),
            "averages": [_round(average(sums.get(s, [0] * 5))) for _, sums in meetings],
        }
        for s in statements
    ]
    return [label for label, _ in meetings], series


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _fmt(value: float | None) -> str:
    return "–" if value is None else format_number(value)


def _ratings_withheld(views: list[AudienceView]) -> int:
    """Meetings whose ratings this audience does not see (withheld or never revealed)."""
    count = 0
    for view in views:
        hidden = any(
            b.kind == KEY and not view.shows_results(b.id) and view.items_in(b.id, [TRUST_RATING])
            for b in view.blocks
        )
        if hidden or view.withheld_of([TRUST_RATING]):
            count += 1
    return count


def report_section(views: list[AudienceView]) -> ReportPart:
    """Trust over time: the average per statement, meeting by meeting, for the report."""
    labels, series = report_trend(views)
    elements: list[Element] = [Heading(tr("Report", "Trust over time"), 2)]
    headers = [tr("Report", "Statement"), *labels]
    rows: list[list[Any]] = [[s["statement"], *(_fmt(a) for a in s["averages"])] for s in series]
    withheld = _ratings_withheld(views)
    if labels:
        elements.append(
            Paragraph(
                tr(
                    "Report",
                    "Average rating per statement (1 = not at all, "
                    "5 = completely), meeting by meeting.",
                )
            )
        )
        elements.append(Table(tuple(headers), tuple(tuple(r) for r in rows)))
        if len(labels) >= 2:
            alt = "; ".join(
                f"{s['statement']}: "
                + ", ".join(
                    f"{label} {_fmt(a)}" for label, a in zip(labels, s["averages"], strict=True)
                )
                for s in series
            )
            elements.append(
                Chart(
                    "trust_trend",
                    tr("Report", "Trust across our meetings (average, 1–5)"),
                    {"meetings": labels, "series": series},
                    alt,
                )
            )
    elif not withheld:
        elements.append(Paragraph(tr("Report", "No trust check-in results to show yet.")))
    if withheld:
        elements.append(
            Paragraph(
                tr(
                    "Report",
                    "Withheld: the ratings of {n} meeting(s) are not for this audience and are "
                    "left out.",
                ).format(n=withheld),
                emphasis=True,
            )
        )
    return ReportPart(
        elements,
        {"trust_trend": (headers, rows)},
        {"trust_trend": {"meetings": labels, "series": series}},
    )


GUIDE = Guide(
    purpose=(
        "A quick, anonymous reading of how much the partners trust each other, repeated at each "
        "meeting so the room sees the trend."
    ),
    steps=(
        (
            "Read each statement aloud. Change the statements beforehand if they do not fit this "
            "partnership."
        ),
        (
            "People rate each statement from 1 (not at all) to 5 (completely), by show of hands or "
            "on paper."
        ),
        (
            "Type how many people gave each rating: Tab moves to the next rating, + and − count "
            "hands one at a time."
        ),
        (
            "Keep the results hidden until everyone has rated, then reveal them (F9) and talk about"
            " what stands out."
        ),
    ),
    tips=(
        "Paper ballots give more honest answers than hands when trust is low.",
        (
            "Look at the spread, not only the average: two people at 1 say more than an average of "
            "3.8."
        ),
        "Use the same statements at every meeting, or the trend compares different questions.",
    ),
    pitfalls=(
        "Revealing while people are still rating: later ratings follow the earlier ones.",
        "Asking who gave the low ratings. They are anonymous; ask the room what would raise them.",
    ),
)


TRUST_CHECK_IN = register(
    ExerciseKind(
        key=KEY,
        family="trust",
        guide=GUIDE,
        when=(
            "At the start of each meeting, the first included, so that the room sees how "
            "trust moves from meeting to meeting."
        ),
        group_size=(
            "Any size; anonymous by hands, paper or phones, so it works from 5 to 40 people."
        ),
        order=3,
        name="Trust check-in",
        guidance=(
            "Read each statement; people rate it 1 to 5 by show of hands or on paper. "
            "Enter the tallies; keep results hidden until everyone has rated."
        ),
        prompt="How far do you agree? 1 = not at all, 5 = completely.",
        minutes=10,
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
                    Field(FROM_PHONES, boolean()),  # the phones' tally, beside the hands'
                ),
            ),
        ),
        settings=(Field("statements", list_of(text(1000), max_items=50)),),
        phone=PhoneInput(
            "rating",
            ((TRUST_RATING, "Trust"),),
            "How far do you agree?",
            questions=phone_questions,
            scale=(
                (1, "1 not at all"),
                (2, "2"),
                (3, "3"),
                (4, "4"),
                (5, "5 completely"),
            ),
            count=phone_rating,
        ),
        room=trust_room,
        summary=trust_summary,
        default_settings=lambda: {"statements": list(DEFAULT_STATEMENTS), "results_hidden": True},
        charts={
            "trust_distribution": draw_trust_distribution,
            "trust_trend": draw_trust_trend,
        },
        report=report_section,
        demo=trust_demo,
    )
)
