"""The demo collaboration ``main.py demo`` adds: "Safer Riverton Partnership".

Six partners from five sectors, four dated workshops planned from the bundled
templates, and realistic captures in every block. Exercises that know how to
invent their own content provide a ``demo`` function in the registry; for the
others a generic set of notes is used, so every block has something in it.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain import planning
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
from .demo_partners import BUSINESS, CITY, EASTSIDE, LAB, SHERIFF, YOUTH
from .registry import DemoContext, get_kind
from .templates import template
from .who_is_at_the_table import demo_attendance

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

#: Generic notes (text, visibility) for blocks whose kind has no demo of its own.
GENERIC_NOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "who_is_at_the_table": (
        ("Six organisations present; Eastside Neighbours Council joins for the first time", PUBLIC),
        ("Sheriff's Office can commit a community policing lieutenant for the pilot", PARTNERS),
        ("Youth Alliance funding for summer programmes ends in June", PARTNERS),
    ),
    "partnership_history": (
        (
            "City and Youth Alliance ran the 2023 summer jobs programme together: worked well",
            PUBLIC,
        ),
        (
            "Sheriff's Office and Eastside Council: 2022 town hall ended badly; trust is thin",
            PARTNERS,
        ),
        ("Business Association and City disagreed over the 2024 parking plan", PARTNERS),
    ),
    "trust_check_in": (
        ("Most people rated follow-through 3 out of 5: cautious but willing", PARTNERS),
        ("Several people said they do not yet understand the Sheriff's constraints", PARTNERS),
    ),
    "hopes_concerns": (
        ("Hope: young people see this partnership as on their side", PUBLIC),
        ("Concern: this becomes another report nobody acts on", PARTNERS),
        ("Working agreement: no surprises in the press; partners warn each other first", PUBLIC),
    ),
    "scope_issue": (
        ("Broad topic: public safety in Riverton", PUBLIC),
        ("In scope: repeat calls for service downtown and on the Eastside", PUBLIC),
        ("Out of scope for now: county-wide drug policy", PARTNERS),
        (
            "Problem statement: too many repeat calls involving young people end in arrest "
            "rather than help",
            PUBLIC,
        ),
    ),
    "positions_interests": (
        ("Interest: deputies' time spent where it prevents harm", PARTNERS),
        ("Interest: businesses want customers to feel safe after dark", PARTNERS),
        ("Interest: residents want to be treated with respect when they call", PARTNERS),
    ),
    "fact_base": (
        ("Calls for service downtown rose 18% from 2023 to 2025 (Sheriff's CAD data)", PUBLIC),
        ("40% of Eastside street lights reported out at least once in 2025 (311 data)", PUBLIC),
        ("Open question: how many repeat calls involve the same 50 addresses?", PARTNERS),
    ),
    "measure_criteria": (
        ("Relevant to our shared vision of a safer Riverton", PUBLIC),
        ("Data we can actually get within the pilot's 18 months", PUBLIC),
        ("Tells us something about how residents experience safety", PUBLIC),
    ),
    "indicators": (
        ("Repeat calls for service at the 50 busiest addresses", PUBLIC),
        ("Young people referred to programmes instead of arrested", PUBLIC),
        ("Residents who feel safe walking after dark (annual survey)", PUBLIC),
        ("Street lights repaired within 7 days", PARTNERS),
    ),
    "indicator_agreement": (
        ("Decision rule: adopt when nobody is below 'live with'", PUBLIC),
        (
            "Repeat calls and youth referrals adopted; survey parked until funding is found",
            PARTNERS,
        ),
    ),
    "balance_check": (
        ("The set has two leading indicators (referrals, light repairs)", PARTNERS),
        (
            "Business Association has nothing yet to report to its members: add foot traffic?",
            PARTNERS,
        ),
    ),
    "data_inventory": (
        ("Sheriff's Office: monthly calls-for-service extract by block, no names", PARTNERS),
        ("City: weekly 311 street-light reports, open data", PUBLIC),
        ("Youth Alliance: referral counts only; case files stay confidential", PARTNERS),
    ),
    "communication_protocol": (
        ("Each partner names one media contact; list circulated by Friday", PARTNERS),
        ("Partners get 48 hours to review any release that names them", PUBLIC),
        ("Records requests go to the City Clerk, who informs the named partner", PARTNERS),
    ),
    "sharing_agreement": (
        ("Sheriff's Office shares monthly block-level call data with the Justice Lab", PARTNERS),
        ("Justice Lab publishes only aggregated, anonymised findings", PUBLIC),
    ),
    "wrap_up": (
        ("Next meeting on 20 October at City Hall", PUBLIC),
        ("Everyone to bring what their organisation can share, and under which rules", PARTNERS),
    ),
    "discussion": (
        ("Open discussion of what a safer Riverton would look like in two years", PUBLIC),
    ),
}

#: Notes for a later meeting's block, where the first meeting's would repeat themselves.
LATER_NOTES: dict[int, dict[str, tuple[tuple[str, str], ...]]] = {
    1: {
        "wrap_up": (
            ("Next: a 90-minute check-in on 24 November at the Eastside Community Centre", PUBLIC),
            ("Counsel's comments on the draft agreement due before the check-in", PARTNERS),
        ),
    },
    2: {
        "fact_base": (
            ("Repeat calls at the 50 busiest addresses are down 6% on the year (CAD data)", PUBLIC),
            ("Open question: are calls moving to neighbouring addresses?", PARTNERS),
        ),
        "hopes_concerns": (
            ("The no-surprises agreement held: partners warned each other twice", PUBLIC),
            ("Concern: the Business Association still feels its members are not heard", PARTNERS),
        ),
        "data_inventory": (
            ("The Sheriff's first monthly extract reached the Justice Lab on 3 November", PARTNERS),
            ("The City's 311 street-light data is now published weekly", PUBLIC),
        ),
        "wrap_up": (
            ("Next: the follow-up on governance in January, date to be polled", PUBLIC),
            ("The Justice Lab drafts a quarterly dashboard of the two measures", PUBLIC),
        ),
    },
    3: {
        "hopes_concerns": (
            ("Hope: the partnership outlasts the pilot money", PUBLIC),
            ("Concern: governance becomes a second job for the smaller partners", PARTNERS),
        ),
        "scope_issue": (
            ("The scope holds: repeat calls downtown and on the Eastside", PUBLIC),
            ("Question for 2027: add the county's jail diversion programme?", PARTNERS),
        ),
        "fact_base": (
            ("Eight partner meetings a year cost each partner about 40 staff hours", PARTNERS),
            ("The City's pilot budget runs to June 2028", PUBLIC),
        ),
        "wrap_up": (
            ("Next: sign the charter at the March meeting", PUBLIC),
            ("Each partner takes the draft charter to its board before March", PARTNERS),
        ),
    },
}

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
    """Add the demo collaboration with its partners, its workshops and their captures.

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


def workshop_wide_items(
    workshop: Workshop, blocks: list[Block], partners: tuple[Partner, ...], meeting: int
) -> list[Item]:
    """Decisions, actions, parking lot and facilitator notes of one demo meeting."""
    by_kind = {b.kind: b for b in blocks}
    wrap_up = by_kind.get("wrap_up")
    org = {p.organisation: p for p in partners}

    def item(
        kind: str,
        text: str,
        visibility: str = PARTNERS,
        block: Block | None = wrap_up,
        partner: str | None = None,
        position: float = 0,
        **fields: str,
    ) -> Item:
        return Item(
            workshop_id=workshop.id,
            block_id=block.id if block else None,
            kind=str(kind),
            text=text,
            fields=dict(fields),
            visibility=visibility,
            partner_id=org[partner].id if partner else None,
            position=position,
        )

    if meeting == 0:
        return [
            item(
                ItemKind.DECISION,
                "Focus the first 18 months on repeat calls for service "
                "downtown and on the Eastside",
                PUBLIC,
                by_kind.get("scope_issue"),
                position=0,
            ),
            item(
                ItemKind.DECISION,
                "Meet monthly; the City convenes and keeps the notes",
                PUBLIC,
                position=1,
            ),
            item(
                ItemKind.DECISION,
                "Draft a data-sharing agreement before any case-level data changes hands",
                PARTNERS,
                position=2,
            ),
            item(
                ItemKind.ACTION,
                "Circulate the problem statement for comment",
                PUBLIC,
                partner="City of Riverton",
                owner="Dana Whitfield",
                due="2026-09-22",
                status="done",
                status_date="2026-09-21",
                status_note="Sent to every partner; four sent comments",
                position=0,
            ),
            item(
                ItemKind.ACTION,
                "Pull two years of calls for the 50 busiest addresses",
                PARTNERS,
                partner="Harlan County Sheriff's Office",
                owner="Lt. Janet Price",
                due="2026-10-06",
                status="done",
                status_date="2026-10-05",
                status_note="Shared with the Justice Lab",
                position=1,
            ),
            item(
                ItemKind.ACTION,
                "Draft the data-use agreement template",
                PARTNERS,
                partner="Riverton State University Justice Lab",
                owner="Dr. Helen Cho",
                due="2026-10-13",
                status="in_progress",
                status_date="2026-10-20",
                status_note="First draft with the City's counsel",
                position=2,
            ),
            item(
                ItemKind.ACTION,
                "Brief the Sheriff privately on the 2022 town hall concerns",
                INTERNAL,
                partner="Eastside Neighbours Council",
                owner="Dana Whitfield",
                due="2026-09-30",
                status="done",
                status_date="2026-09-29",
                position=3,
            ),
            item(
                ItemKind.PARKING,
                "Should the county jail diversion programme join?",
                PUBLIC,
                None,
                position=0,
            ),
            item(
                ItemKind.PARKING,
                "Funding for a shared analyst after the pilot year",
                PARTNERS,
                None,
                position=1,
            ),
            item(
                ItemKind.FACILITATOR_NOTE,
                "Rosa and Lt. Price avoided each other at the "
                "break; seat them at the same table next time",
                INTERNAL,
                None,
                position=0,
            ),
            item(
                ItemKind.NOTE,
                "Budget figures mentioned by the City are pre-council and "
                "confidential until the October vote",
                INTERNAL,
                None,
                position=0,
            ),
        ]
    if meeting == 2:
        return [
            item(
                ItemKind.DECISION,
                "The Justice Lab publishes a quarterly dashboard of the two measures",
                PUBLIC,
                by_kind.get("measures_check_in"),
                position=0,
            ),
            item(
                ItemKind.ACTION,
                "Draft the quarterly dashboard and circulate it for comment",
                PUBLIC,
                partner="Riverton State University Justice Lab",
                owner="Dr. Helen Cho",
                due="2026-12-15",
                position=0,
            ),
            item(
                ItemKind.ACTION,
                "Poll partners for a January date on governance",
                PARTNERS,
                partner="City of Riverton",
                owner="Marcus Lee",
                due="2026-12-01",
                position=1,
            ),
            item(
                ItemKind.PARKING,
                "Could the Business Association share foot-traffic estimates instead?",
                PARTNERS,
                None,
                position=0,
            ),
            item(
                ItemKind.FACILITATOR_NOTE,
                "Priya came back after the call; thank the Business Association by name in January",
                INTERNAL,
                None,
                position=0,
            ),
        ]
    if meeting == 3:
        return [
            item(
                ItemKind.DECISION,
                "Draft a partnership charter from today's governance points for the March meeting",
                PUBLIC,
                position=0,
            ),
            item(
                ItemKind.ACTION,
                "Write the draft charter and circulate it to every partner",
                PARTNERS,
                partner="City of Riverton",
                owner="Dana Whitfield",
                due="2027-02-09",
                position=0,
            ),
            item(
                ItemKind.PARKING,
                "Should partners pay a share of the manager's salary?",
                PARTNERS,
                None,
                position=0,
            ),
            item(
                ItemKind.FACILITATOR_NOTE,
                "Rosa and Lt. Price proposed the dispute steps together: say so in the charter "
                "meeting",
                INTERNAL,
                None,
                position=0,
            ),
        ]
    return [
        item(
            ItemKind.DECISION,
            "Adopt repeat calls at the 50 busiest addresses and youth "
            "referrals as the partnership's first two measures",
            PUBLIC,
            by_kind.get("indicator_agreement"),
            position=0,
        ),
        item(
            ItemKind.DECISION,
            "Each partner names one media contact; 48-hour review before any public release",
            PUBLIC,
            by_kind.get("communication_protocol"),
            position=1,
        ),
        item(
            ItemKind.DECISION,
            "Send the draft information-sharing agreement to each partner's counsel",
            PARTNERS,
            position=2,
        ),
        item(
            ItemKind.ACTION,
            "Send the draft agreement to counsel at every partner",
            PARTNERS,
            partner="City of Riverton",
            owner="Marcus Lee",
            due="2026-10-27",
            status="done",
            status_date="2026-10-24",
            status_note="Sent; comments from four of six partners",
            position=0,
        ),
        item(
            ItemKind.ACTION,
            "Set up the monthly block-level data extract",
            PARTNERS,
            partner="Harlan County Sheriff's Office",
            owner="Lt. Janet Price",
            due="2026-11-10",
            status="done",
            status_date="2026-11-03",
            status_note="First extract delivered on 3 November",
            position=1,
        ),
        item(
            ItemKind.ACTION,
            "Publish the adopted measures on the City website",
            PUBLIC,
            partner="City of Riverton",
            owner="Dana Whitfield",
            due="2026-11-03",
            position=2,
        ),
        item(
            ItemKind.ACTION,
            "Ask members about sharing foot-traffic counts",
            PARTNERS,
            partner="Downtown Riverton Business Association",
            owner="Priya Shah",
            due="2026-11-17",
            status="dropped",
            status_date="2026-11-24",
            status_note="Members will not share camera counts",
            position=3,
        ),
        item(
            ItemKind.PARKING,
            "A resident survey on feeling safe: who pays for it?",
            PUBLIC,
            None,
            position=0,
        ),
        item(
            ItemKind.PARKING, "Sheriff's union position on data sharing", INTERNAL, None, position=1
        ),
        item(
            ItemKind.FACILITATOR_NOTE,
            "The Business Association felt rushed on the vote; call Priya before the next meeting",
            INTERNAL,
            None,
            position=0,
        ),
    ]
