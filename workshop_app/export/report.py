"""The collaboration report: the meetings, the partners, each exercise's section (the trust
trend, the measures and their status...), decisions and open actions.

Built from one :class:`AudienceView` per meeting, so the disclosure policy and hidden
results apply exactly as they do to each meeting's summary. The sections between the
partners and the decisions come from the exercises (``ExerciseKind.report``), in the
registry's order; this module names no exercise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.actions import CLOSED, status_label, status_of
from ..domain.document import Callout, Element, Heading, Paragraph, Table, displayable_elements
from ..domain.records import Collaboration, ItemKind
from ..domain.snapshot import meeting_order
from ..domain.visibility import Audience, AudienceView, roster_view
from ..exercises.common import meeting_label, section_body
from ..exercises.registry import ReportPart, report_parts, table_report_part
from ..i18n import format_date, speaking_output, tr
from ..storage import Store
from . import ExportError, workshop_view
from .summary import audience_label, opening


@dataclass(frozen=True)
class CollaborationReport:
    collaboration: Collaboration
    audience: Audience
    elements: list[Element]
    #: CSV tables: name -> (headers, rows)
    tables: dict[str, tuple[list[str], list[list[Any]]]] = field(default_factory=dict)
    #: plain JSON-able data (the JSON format of the report)
    data: dict[str, Any] = field(default_factory=dict)


def open_actions(views: list[AudienceView]) -> list[dict[str, str]]:
    """Action items from every meeting that are not marked done, earliest due first."""
    found = []
    for view in views:
        for action in view.items_of_kind(ItemKind.ACTION.value):
            if status_of(action) in CLOSED:
                continue
            partner = view.partner(action.partner_id)
            found.append(
                {
                    "action": action.text,
                    "owner": str(action.fields.get("owner", "")),
                    "due": str(action.fields.get("due", "")),
                    "status": status_label(status_of(action)),
                    "partner": partner.organisation if partner else "",
                    "meeting": meeting_label(view),
                }
            )
    return sorted(found, key=lambda a: (a["due"] or "9999", a["action"]))


@speaking_output()
def collaboration_report(
    store: Store, collaboration_id: str, audience: Audience | str
) -> CollaborationReport:
    """The report on a collaboration across all its (not deleted) meetings."""
    audience = Audience(audience)
    collaboration = store.get(Collaboration, collaboration_id)
    if collaboration is None or collaboration.deleted_at:
        raise ExportError(
            tr("Export", "There is no collaboration with the id {id}.").format(id=collaboration_id)
        )
    workshops = sorted(store.workshops(collaboration_id), key=meeting_order)
    views = [workshop_view(store, w.id, audience) for w in workshops]
    elements = _opening(store, collaboration, audience, views)
    tables: dict[str, tuple[list[str], list[list[Any]]]] = {}
    data: dict[str, Any] = {
        "audience": audience.value,
        "collaboration": {"id": collaboration.id, "name": collaboration.name},
        "meetings": [
            {"id": v.workshop.id, "title": v.workshop.title, "date": v.workshop.date} for v in views
        ],
    }
    for part_of in report_parts():
        part = part_of(views)
        elements += part.elements
        tables.update(part.tables)
        data.update(part.data)

    decisions = [
        (meeting_label(v), d.text) for v in views for d in v.items_of_kind(ItemKind.DECISION.value)
    ]
    elements.append(Heading(tr("Export", "Decisions"), 2))
    withheld = sum(v.withheld_of([ItemKind.DECISION.value]) for v in views)
    shown: list[Element] = []
    if decisions:
        shown = [Table((tr("Report", "Meeting"), tr("Report", "Decision")), tuple(decisions))]
    elements += section_body(shown, tr("Export", "No decisions were recorded."), withheld)
    actions = _actions(views)
    elements += actions.elements
    tables.update(actions.tables)
    data.update(actions.data)
    data["decisions"] = [{"meeting": m, "decision": d} for m, d in decisions]
    return CollaborationReport(
        collaboration, audience, displayable_elements(elements), tables, data
    )


def _opening(
    store: Store, collaboration: Collaboration, audience: Audience, views: list[AudienceView]
) -> list[Element]:
    """Title, audience, meetings and partners."""
    title = tr("Report", "{name}: collaboration report").format(name=collaboration.name)
    facts = [
        tr("Export", "Audience: {audience}").format(audience=audience_label(audience)),
        tr("Report", "Meetings covered: {n}").format(n=len(views)),
        tr("Report", "Report date: {date}").format(
            date=format_date(date.today().isoformat(), long=True)
        ),
    ]
    elements = opening(title, facts, audience)
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
    roster = roster_view(store.partners(collaboration.id), audience)
    if roster.partners:
        fields = ("organisation", "sector", "answers_to")
        elements.append(Heading(tr("Export", "Partners"), 2))
        elements.append(
            Table(
                (tr("Export", "Organisation"), tr("Export", "Sector"), tr("Report", "Answers to")),
                tuple(
                    tuple(roster.roster_text(p, name) for name in fields) for p in roster.partners
                ),
            )
        )
    return elements


def _actions(views: list[AudienceView]) -> ReportPart:
    """The open action items, the overdue ones called out."""
    actions = open_actions(views)
    headers = [
        tr("Export", "Action"),
        tr("Export", "Owner"),
        tr("Export", "Due"),
        tr("Export", "Status"),
        tr("Export", "Partner"),
        tr("Report", "Agreed at"),
    ]
    rows: list[list[Any]] = [
        [a["action"], a["owner"], format_date(a["due"]), a["status"], a["partner"], a["meeting"]]
        for a in actions
    ]
    today = date.today().isoformat()
    overdue = sum(1 for a in actions if a["due"] and a["due"] < today)
    late = tr("Report", "{n} open action items are past their due date.").format(n=overdue)
    return table_report_part(
        tr("Report", "Open action items"),
        "open_actions",
        (headers, rows),
        actions,
        intro=[Callout(tr("Report", "Overdue"), late)] if overdue else [],
        nothing=tr("Report", "No open action items."),
        withheld=sum(v.withheld_of([ItemKind.ACTION.value]) for v in views),
    )
