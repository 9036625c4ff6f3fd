"""The collaboration report: trust trend, measures and their status, open actions.

Built from one :class:`AudienceView` per workshop, so the visibility rule and
hidden results apply exactly as they do to each workshop's summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.document import (
    BulletList,
    Callout,
    Chart,
    Element,
    Heading,
    Paragraph,
    Table,
    displayable_elements,
)
from ..domain.records import Collaboration, ItemKind
from ..domain.snapshot import meeting_order
from ..domain.visibility import Audience, AudienceView, roster_view
from ..exercises.registry import withheld_note
from ..i18n import tr
from ..storage import Store
from . import ExportError, workshop_view
from .summary import audience_label, audience_statement

TRUST_KIND = "trust_check_in"
TRUST_RATING = "trust_rating"
INDICATOR = "indicator"
DONE_STATUSES = {"done", "closed", "complete", "completed"}


@dataclass(frozen=True)
class CollaborationReport:
    collaboration: Collaboration
    audience: Audience
    elements: list[Element]
    #: CSV tables: name -> (headers, rows)
    tables: dict[str, tuple[list[str], list[list[Any]]]] = field(default_factory=dict)
    #: plain JSON-able data (the JSON format of the report)
    data: dict[str, Any] = field(default_factory=dict)


def meeting_label(view: AudienceView) -> str:
    w = view.workshop
    return f"{w.date} {w.title}".strip()


def short_meeting_label(view: AudienceView) -> str:
    """``2026-09-15 Kick-off``: short enough for a column or an axis."""
    w = view.workshop
    return f"{w.date} {w.title.split(':')[0].strip()}".strip()


def status_label(status: str) -> str:
    return {
        "adopted": tr("Report", "adopted"),
        "parked": tr("Report", "parked"),
        "dropped": tr("Report", "dropped"),
    }.get(status, status)


def trust_trend(views: list[AudienceView]) -> tuple[list[str], list[dict[str, Any]]]:
    """(meeting labels, [{"statement", "averages"}]) over workshops whose results are shown."""
    from ..exercises import trust

    meetings: list[tuple[str, dict[str, list[int]]]] = []
    statements: list[str] = []
    for view in views:
        sums: dict[str, list[int]] = {}
        for block in view.blocks:
            if block.kind != TRUST_KIND or not view.shows_results(block.id):
                continue
            for statement, counts in trust.tallies(view, block):
                if statement not in statements:
                    statements.append(statement)
                old = sums.get(statement, [0] * 5)
                sums[statement] = [a + b for a, b in zip(old, counts, strict=True)]
        if any(sum(c) for c in sums.values()):
            meetings.append((short_meeting_label(view), sums))
    series = [
        {
            "statement": s,
            "averages": [_round(trust.average(sums.get(s, [0] * 5))) for _, sums in meetings],
        }
        for s in statements
    ]
    return [label for label, _ in meetings], series


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def measures_status(views: list[AudienceView]) -> list[dict[str, str]]:
    """Every proposed indicator with its latest decided status."""
    from ..exercises import measures

    rows: dict[str, dict[str, str]] = {}
    names: dict[str, str] = {}
    for view in views:
        decided = measures.outcomes(view)
        for indicator in view.items_of_kind(INDICATOR):
            key = indicator.text.strip().casefold()
            owner = view.partner(indicator.partner_id)
            row = rows.setdefault(
                key,
                {
                    "indicator": indicator.text,
                    "status": tr("Report", "proposed, not yet decided"),
                    "meeting": meeting_label(view),
                    "owner": owner.organisation if owner else "",
                    "timing": str(indicator.fields.get("timing", "")),
                    "financial": str(indicator.fields.get("financial", "")),
                },
            )
            names[indicator.id] = key
            if owner:
                row["owner"] = owner.organisation
        for indicator_id, outcome in decided.items():
            key = names.get(indicator_id)
            if key in rows:
                rows[key]["status"] = str(outcome.value)
                rows[key]["meeting"] = meeting_label(view)
    order = {"adopted": 0, "parked": 1, "dropped": 3}
    return sorted(rows.values(), key=lambda r: (order.get(r["status"], 2), r["indicator"]))


def open_actions(views: list[AudienceView]) -> list[dict[str, str]]:
    """Action items from every meeting that are not marked done, earliest due first."""
    found = []
    for view in views:
        for action in view.items_of_kind(ItemKind.ACTION.value):
            status = str(action.fields.get("status", "")).strip().casefold()
            if status in DONE_STATUSES or action.fields.get("done") is True:
                continue
            partner = view.partner(action.partner_id)
            found.append(
                {
                    "action": action.text,
                    "owner": str(action.fields.get("owner", "")),
                    "due": str(action.fields.get("due", "")),
                    "partner": partner.organisation if partner else "",
                    "meeting": meeting_label(view),
                }
            )
    return sorted(found, key=lambda a: (a["due"] or "9999", a["action"]))


def collaboration_report(
    store: Store, collaboration_id: str, audience: Audience | str
) -> CollaborationReport:
    """The report on a collaboration across all its (not deleted) workshops."""
    audience = Audience(audience)
    collaboration = store.get(Collaboration, collaboration_id)
    if collaboration is None or collaboration.deleted_at:
        raise ExportError(
            tr("Export", "There is no collaboration with the id {id}.").format(id=collaboration_id)
        )
    workshops = sorted(store.workshops(collaboration_id), key=meeting_order)
    views = [workshop_view(store, w.id, audience) for w in workshops]
    roster = roster_view(store.partners(collaboration_id), audience)

    elements: list[Element] = [
        Heading(tr("Report", "{name}: collaboration report").format(name=collaboration.name), 1),
        BulletList(
            (
                tr("Export", "Audience: {audience}").format(audience=audience_label(audience)),
                tr("Report", "Meetings covered: {n}").format(n=len(views)),
                tr("Report", "Report date: {date}").format(date=date.today().isoformat()),
            )
        ),
        Callout(tr("Export", "Who this is for"), audience_statement(audience)),
    ]
    if collaboration.description:
        elements.append(Paragraph(collaboration.description))
    elements.append(Heading(tr("Report", "Meetings"), 2))
    elements.append(
        Table(
            (tr("Export", "Date"), tr("Report", "Meeting"), tr("Export", "Place")),
            tuple((v.workshop.date, v.workshop.title, v.workshop.place) for v in views),
        )
        if views
        else Paragraph(tr("Report", "No meetings yet."))
    )
    if roster.partners:
        elements.append(Heading(tr("Export", "Partners"), 2))
        fields = ("organisation", "sector", "answers_to")
        elements.append(
            Table(
                (tr("Export", "Organisation"), tr("Export", "Sector"), tr("Report", "Answers to")),
                tuple(
                    tuple(roster.roster_text(p, name) for name in fields) for p in roster.partners
                ),
            )
        )

    # Trust trend
    labels, series = trust_trend(views)
    elements.append(Heading(tr("Report", "Trust over time"), 2))
    trust_headers = [tr("Report", "Statement"), *labels]
    trust_rows = [[s["statement"], *(_fmt(a) for a in s["averages"])] for s in series]
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
        elements.append(Table(tuple(trust_headers), tuple(tuple(r) for r in trust_rows)))
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
    elif not _ratings_withheld(views):
        elements.append(Paragraph(tr("Report", "No trust check-in results to show yet.")))
    elements += _withheld_meetings(_ratings_withheld(views))

    # Measures
    measures = measures_status(views)
    elements.append(Heading(tr("Report", "Measures of success and their status"), 2))
    measure_headers = [
        tr("Report", "Indicator"),
        tr("Report", "Status"),
        tr("Report", "Owner"),
        tr("Report", "Last discussed"),
    ]
    measure_rows = [
        [m["indicator"], status_label(m["status"]), m["owner"], m["meeting"]] for m in measures
    ]
    adopted = [m["indicator"] for m in measures if m["status"] == "adopted"]
    if measures:
        elements.append(
            Paragraph(
                tr("Report", "{adopted} of {total} proposed indicators adopted.").format(
                    adopted=len(adopted), total=len(measures)
                )
            )
        )
        elements.append(Table(tuple(measure_headers), tuple(tuple(r) for r in measure_rows)))
    elif not _withheld(views, INDICATOR):
        elements.append(Paragraph(tr("Report", "No indicators proposed yet.")))
    elements += withheld_note(_withheld(views, INDICATOR))

    # Decisions and open actions
    decisions = [
        (meeting_label(v), d.text) for v in views for d in v.items_of_kind(ItemKind.DECISION.value)
    ]
    elements.append(Heading(tr("Export", "Decisions"), 2))
    if decisions:
        elements.append(
            Table((tr("Report", "Meeting"), tr("Report", "Decision")), tuple(decisions))
        )
    elif not _withheld(views, ItemKind.DECISION.value):
        elements.append(Paragraph(tr("Export", "No decisions were recorded.")))
    elements += withheld_note(_withheld(views, ItemKind.DECISION.value))
    actions = open_actions(views)
    elements.append(Heading(tr("Report", "Open action items"), 2))
    action_headers = [
        tr("Export", "Action"),
        tr("Export", "Owner"),
        tr("Export", "Due"),
        tr("Export", "Partner"),
        tr("Report", "Agreed at"),
    ]
    action_rows = [[a["action"], a["owner"], a["due"], a["partner"], a["meeting"]] for a in actions]
    today = date.today().isoformat()
    if actions:
        overdue = sum(1 for a in actions if a["due"] and a["due"] < today)
        if overdue:
            elements.append(
                Callout(
                    tr("Report", "Overdue"),
                    tr("Report", "{n} open action items are past their due date.").format(
                        n=overdue
                    ),
                )
            )
        elements.append(Table(tuple(action_headers), tuple(tuple(r) for r in action_rows)))
    elif not _withheld(views, ItemKind.ACTION.value):
        elements.append(Paragraph(tr("Report", "No open action items.")))
    elements += withheld_note(_withheld(views, ItemKind.ACTION.value))

    data = {
        "audience": audience.value,
        "collaboration": {"id": collaboration.id, "name": collaboration.name},
        "meetings": [
            {"id": v.workshop.id, "title": v.workshop.title, "date": v.workshop.date} for v in views
        ],
        "trust_trend": {"meetings": labels, "series": series},
        "measures": measures,
        "decisions": [{"meeting": m, "decision": d} for m, d in decisions],
        "open_actions": actions,
    }
    tables = {
        "trust_trend": (trust_headers, trust_rows),
        "measures": (measure_headers, measure_rows),
        "open_actions": (action_headers, action_rows),
    }
    return CollaborationReport(
        collaboration, audience, displayable_elements(elements), tables, data
    )


def _withheld(views: list[AudienceView], kind: str) -> int:
    """How many items of ``kind``, over every meeting, this audience does not see."""
    return sum(v.withheld_of([kind]) for v in views)


def _ratings_withheld(views: list[AudienceView]) -> int:
    """Meetings whose trust ratings this audience does not see (withheld or never revealed)."""
    count = 0
    for view in views:
        hidden = any(
            b.kind == TRUST_KIND
            and not view.shows_results(b.id)
            and view.items_in(b.id, [TRUST_RATING])
            for b in view.blocks
        )
        if hidden or view.withheld_of([TRUST_RATING]):
            count += 1
    return count


def _withheld_meetings(count: int) -> list[Element]:
    if not count:
        return []
    return [
        Paragraph(
            tr(
                "Report",
                "Withheld: the ratings of {n} meeting(s) are not for this audience and are "
                "left out.",
            ).format(n=count),
            emphasis=True,
        )
    ]


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"
