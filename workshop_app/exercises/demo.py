"""The demo collaboration ``main.py demo`` adds: "Safer Riverton Partnership".

Six partners from five sectors, four dated workshops planned from the bundled
templates, and realistic captures in every block. Exercises that know how to
invent their own content provide a ``demo`` function in the registry; for the
others a generic set of notes is used, so every block has something in it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from ..domain import planning
from ..domain.attendance import new_attendee
from ..domain.records import (
    Block,
    Collaboration,
    Item,
    ItemKind,
    Partner,
    Sector,
    Visibility,
    Workshop,
    parents_first,
)
from ..domain.schedule import MeetingPlan, plan_setting_key
from ..storage import Store
from .demo_data import ATTENDANCE, GENERIC_NOTES, LATER_NOTES
from .demo_partners import BUSINESS, CITY, EASTSIDE, LAB, SHERIFF, YOUTH
from .registry import DemoContext, get_kind
from .templates import template

DEMO_NAME = "Safer Riverton Partnership"
DEMO_DESCRIPTION = (
    "City, county, nonprofit, business, neighbourhood and university partners working "
    "together on public safety in Riverton: fewer repeat calls, safer streets after dark, "
    "and more young people diverted from arrest into programmes."
)

PUBLIC, PARTNERS, INTERNAL = (
    Visibility.PUBLIC.value,
    Visibility.PARTNERS.value,
    Visibility.INTERNAL.value,
)

#: (organisation, sector, representatives, brings, needs, answers_to)
DEMO_PARTNERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        CITY,
        Sector.PUBLIC.value,
        "Dana Whitfield (City Manager); Marcus Lee (Budget Director)",
        "Convening role, pilot budget, street lighting and code enforcement, 311 call data",
        "Evidence that spending reduces calls for service; a plan the council can vote on",
        "City Council and Riverton residents",
    ),
    (
        SHERIFF,
        Sector.PUBLIC.value,
        "Sheriff Ray Okafor; Lt. Janet Price (Community Policing)",
        "Patrol deployment, incident and calls-for-service data, crime lab access",
        "Community trust; diversion options so deputies spend less time on repeat calls",
        "Elected Sheriff, the County Commission and voters",
    ),
    (
        YOUTH,
        Sector.NONPROFIT.value,
        "Keisha Morales (Executive Director); Tom Brandt (Outreach Lead)",
        "Street outreach workers, after-school and summer programmes, trust of young people",
        "Stable multi-year funding; referrals instead of arrests",
        "Board of directors and funders",
    ),
    (
        BUSINESS,
        Sector.PRIVATE.value,
        "Priya Shah (President); Glen Moore (owner, Moore Hardware)",
        "Members' security cameras, summer jobs for young people, storefront lighting",
        "Fewer break-ins and a downtown people feel safe in after dark",
        "Member businesses",
    ),
    (
        EASTSIDE,
        Sector.COMMUNITY.value,
        "Rosa Delgado (Chair); Samuel Achebe (block watch coordinator)",
        "Residents' knowledge of the Eastside, block watch volunteers, meeting space",
        "To be heard before decisions; street lights repaired; respectful policing",
        "Eastside residents, who elect the council",
    ),
    (
        LAB,
        Sector.ACADEMIC.value,
        "Dr. Helen Cho (Director); Luis Ortega (data analyst)",
        "Data analysis, evaluation design, student researchers",
        "Data under a data-use agreement; permission to publish anonymised findings",
        "University research board and research funders",
    ),
)

WORKSHOPS = (
    (
        "Kick-off: first partnership meeting",
        "2026-09-15",
        "Riverton Public Library, Community Room",
        "first_partnership_meeting",
        "17:30",
    ),
    (
        "Second meeting: measures and information sharing",
        "2026-10-20",
        "City Hall Council Chambers",
        "follow_up_meeting",
        "09:30",
    ),
    (
        "Check-in: what we did and what moved",
        "2026-11-24",
        "Eastside Community Centre",
        "ninety_minute_check_in",
        "18:00",
    ),
    (
        "Designing how we work together",
        "2027-01-12",
        "City Hall, Room 2",
        "designing_the_partnership",
        "09:00",
    ),
)


def find_demo(store: Store) -> Collaboration | None:
    """The demo collaboration if this database already has it."""
    return next((c for c in store.collaborations() if c.name == DEMO_NAME), None)


def add_demo(store: Store) -> Collaboration:
    """Add the demo collaboration with its partners, two workshops and their captures.

    Always adds a new copy (fresh ids); callers that want one copy check
    :func:`find_demo` first. Each workshop is written in one transaction.
    """
    collaboration = Collaboration(DEMO_NAME, DEMO_DESCRIPTION)
    partners = tuple(
        Partner(collaboration.id, org, sector, reps, brings, needs, answers, position=float(n))
        for n, (org, sector, reps, brings, needs, answers) in enumerate(DEMO_PARTNERS)
    )
    store.put(collaboration, *partners)
    earlier: list[Item] = []
    for meeting, (title, day, place, template_key, start) in enumerate(WORKSHOPS):
        workshop = Workshop(collaboration.id, title, day, place)
        blocks = [_demo_settings(b) for b in template(template_key).make_blocks(workshop.id)]
        items: list[Item] = []
        for block in blocks:
            items += block_items(DemoContext(workshop, block, partners, meeting, tuple(earlier)))
        items += workshop_wide_items(workshop, blocks, partners, meeting)
        items += demo_attendance(workshop, partners, meeting)
        store.apply(planning.create_workshop(workshop, blocks))
        store.put(*parents_first(items))
        earlier += items
        plan = MeetingPlan(sum(b.timebox_minutes for b in blocks), start)
        store.set_setting(plan_setting_key(workshop.id), plan.to_setting())
    return collaboration


def _demo_settings(block: Block) -> Block:
    """The demo meetings have happened: hidden results have been revealed."""
    if block.settings.get("results_hidden"):
        return replace(block, settings={**block.settings, "revealed": True})
    return block


def block_items(ctx: DemoContext) -> list[Item]:
    """The exercise's own demo content, or generic notes when it has none."""
    kind = get_kind(ctx.block.kind)
    if kind.demo is not None:
        items = list(kind.demo(ctx))
        if items:
            return items
    later = LATER_NOTES.get(ctx.meeting, {})
    notes = later.get(ctx.block.kind) or GENERIC_NOTES.get(
        ctx.block.kind, GENERIC_NOTES["discussion"]
    )
    return [
        ctx.item(ItemKind.NOTE.value, text, visibility=visibility, position=float(n))
        for n, (text, visibility) in enumerate(notes)
    ]


#: Each meeting's decisions, actions, parking lot and notes that no exercise invents:
#: (kind, text, visibility, the block kind it belongs to[, an action's partner and
#: follow-through]).
#: ``WRAP_UP`` is the meeting's wrap-up block, ``None`` no block.
WRAP_UP = "wrap_up"
DECISION, ACTION, PARKING = ItemKind.DECISION, ItemKind.ACTION, ItemKind.PARKING
FACILITATOR_NOTE, NOTE = ItemKind.FACILITATOR_NOTE, ItemKind.NOTE


#: An action's follow-through, after its partner: (owner, due[, status, status date, note]).
ACTION_FIELDS = ("owner", "due", "status", "status_date", "status_note")

MEETING_ITEMS: dict[int, tuple[tuple[Any, ...], ...]] = {
    0: (
        (
            DECISION,
            "Focus the first 18 months on repeat calls for service downtown and on the Eastside",
            PUBLIC,
            "scope_issue",
        ),
        (DECISION, "Meet monthly; the City convenes and keeps the notes", PUBLIC, WRAP_UP),
        (
            DECISION,
            "Draft a data-sharing agreement before any case-level data changes hands",
            PARTNERS,
            WRAP_UP,
        ),
        (
            ACTION,
            "Circulate the problem statement for comment",
            PUBLIC,
            WRAP_UP,
            (
                CITY,
                "Dana Whitfield",
                "2026-09-22",
                "done",
                "2026-09-21",
                "Sent to every partner; four sent comments",
            ),
        ),
        (
            ACTION,
            "Pull two years of calls for the 50 busiest addresses",
            PARTNERS,
            WRAP_UP,
            (
                SHERIFF,
                "Lt. Janet Price",
                "2026-10-06",
                "done",
                "2026-10-05",
                "Shared with the Justice Lab",
            ),
        ),
        (
            ACTION,
            "Draft the data-use agreement template",
            PARTNERS,
            WRAP_UP,
            (
                LAB,
                "Dr. Helen Cho",
                "2026-10-13",
                "in_progress",
                "2026-10-20",
                "First draft with the City's counsel",
            ),
        ),
        (
            ACTION,
            "Brief the Sheriff privately on the 2022 town hall concerns",
            INTERNAL,
            WRAP_UP,
            (EASTSIDE, "Dana Whitfield", "2026-09-30", "done", "2026-09-29"),
        ),
        (PARKING, "Should the county jail diversion programme join?", PUBLIC, None),
        (PARKING, "Funding for a shared analyst after the pilot year", PARTNERS, None),
        (
            FACILITATOR_NOTE,
            "Rosa and Lt. Price avoided each other at the break; "
            "seat them at the same table next time",
            INTERNAL,
            None,
        ),
        (
            NOTE,
            "Budget figures mentioned by the City are pre-council and "
            "confidential until the October vote",
            INTERNAL,
            None,
        ),
    ),
    1: (
        (
            DECISION,
            "Adopt repeat calls at the 50 busiest addresses and youth "
            "referrals as the partnership's first two measures",
            PUBLIC,
            "indicator_agreement",
        ),
        (
            DECISION,
            "Each partner names one media contact; 48-hour review before any public release",
            PUBLIC,
            "communication_protocol",
        ),
        (
            DECISION,
            "Send the draft information-sharing agreement to each partner's counsel",
            PARTNERS,
            WRAP_UP,
        ),
        (
            ACTION,
            "Send the draft agreement to counsel at every partner",
            PARTNERS,
            WRAP_UP,
            (
                CITY,
                "Marcus Lee",
                "2026-10-27",
                "done",
                "2026-10-24",
                "Sent; comments from four of six partners",
            ),
        ),
        (
            ACTION,
            "Set up the monthly block-level data extract",
            PARTNERS,
            WRAP_UP,
            (
                SHERIFF,
                "Lt. Janet Price",
                "2026-11-10",
                "done",
                "2026-11-03",
                "First extract delivered on 3 November",
            ),
        ),
        (
            ACTION,
            "Publish the adopted measures on the City website",
            PUBLIC,
            WRAP_UP,
            (CITY, "Dana Whitfield", "2026-11-03"),
        ),
        (
            ACTION,
            "Ask members about sharing foot-traffic counts",
            PARTNERS,
            WRAP_UP,
            (
                BUSINESS,
                "Priya Shah",
                "2026-11-17",
                "dropped",
                "2026-11-24",
                "Members will not share camera counts",
            ),
        ),
        (PARKING, "A resident survey on feeling safe: who pays for it?", PUBLIC, None),
        (PARKING, "Sheriff's union position on data sharing", INTERNAL, None),
        (
            FACILITATOR_NOTE,
            "The Business Association felt rushed on the vote; call Priya before the next meeting",
            INTERNAL,
            None,
        ),
    ),
    2: (
        (
            DECISION,
            "The Justice Lab publishes a quarterly dashboard of the two measures",
            PUBLIC,
            "measures_check_in",
        ),
        (
            ACTION,
            "Draft the quarterly dashboard and circulate it for comment",
            PUBLIC,
            WRAP_UP,
            (LAB, "Dr. Helen Cho", "2026-12-15"),
        ),
        (
            ACTION,
            "Poll partners for a January date on governance",
            PARTNERS,
            WRAP_UP,
            (CITY, "Marcus Lee", "2026-12-01", "done", "2026-11-28", "12 January suits everyone"),
        ),
        (
            PARKING,
            "Could the Business Association share foot-traffic estimates instead?",
            PARTNERS,
            None,
        ),
        (
            FACILITATOR_NOTE,
            "Priya came back after the call; thank the Business Association by name in January",
            INTERNAL,
            None,
        ),
    ),
    3: (
        (
            DECISION,
            "Draft a partnership charter from today's governance points for the March meeting",
            PUBLIC,
            WRAP_UP,
        ),
        (
            ACTION,
            "Write the draft charter and circulate it to every partner",
            PARTNERS,
            WRAP_UP,
            (CITY, "Dana Whitfield", "2027-02-09"),
        ),
        (PARKING, "Should partners pay a share of the manager's salary?", PARTNERS, None),
        (
            FACILITATOR_NOTE,
            "Rosa and Lt. Price proposed the dispute steps together: say so in the charter meeting",
            INTERNAL,
            None,
        ),
    ),
}


def workshop_wide_items(
    workshop: Workshop, blocks: list[Block], partners: tuple[Partner, ...], meeting: int
) -> list[Item]:
    """Decisions, actions, parking lot and facilitator notes of one demo meeting."""
    by_kind = {b.kind: b for b in blocks}
    org = {p.organisation: p for p in partners}
    made: Counter[str] = Counter()  # an item's position is its place among its kind's
    items = []
    for kind, text, visibility, block_kind, *action in MEETING_ITEMS[meeting]:
        block = by_kind.get(block_kind) if block_kind else None
        partner, *values = action[0] if action else (None,)
        items.append(
            Item(
                workshop_id=workshop.id,
                block_id=block.id if block else None,
                kind=kind.value,
                text=text,
                fields=dict(zip(ACTION_FIELDS, values, strict=False)),
                visibility=visibility,
                partner_id=org[partner].id if partner else None,
                position=float(made[kind]),
            )
        )
        made[kind] += 1
    return items


def demo_attendance(workshop: Workshop, partners: tuple[Partner, ...], meeting: int) -> list[Item]:
    """Who came to demo meeting ``meeting`` (0, 1, 2), ticked present."""
    by_name = {p.organisation: p for p in partners}
    return [
        new_attendee(workshop.id, person, by_name[org].id if org in by_name else None, n)
        for n, (org, person) in enumerate(ATTENDANCE[min(meeting, len(ATTENDANCE) - 1)])
    ]
