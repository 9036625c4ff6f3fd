"""The demo collaboration's content: who said what at the Safer Riverton Partnership's three
meetings. Declarative data only; each exercise's ``demo`` function turns its part into
items (``workshop-app demo``, the home screen's "Try the demo collaboration")."""

from __future__ import annotations

from typing import Any

from .demo_partners import BUSINESS, CITY, EASTSIDE, LAB, SHERIFF, YOUTH

P, PA, INTERNAL = "public", "partners", "internal"

# ------------------------------------------------------------------ any exercise
#: Generic notes (text, visibility) for blocks whose kind has no demo of its own.
GENERIC_NOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "who_is_at_the_table": (
        ("Six organisations present; Eastside Neighbours Council joins for the first time", P),
        ("Sheriff's Office can commit a community policing lieutenant for the pilot", PA),
        ("Youth Alliance funding for summer programmes ends in June", PA),
    ),
    "partnership_history": (
        (
            "City and Youth Alliance ran the 2023 summer jobs programme together: worked well",
            P,
        ),
        (
            "Sheriff's Office and Eastside Council: 2022 town hall ended badly; trust is thin",
            PA,
        ),
        ("Business Association and City disagreed over the 2024 parking plan", PA),
    ),
    "trust_check_in": (
        ("Most people rated follow-through 3 out of 5: cautious but willing", PA),
        ("Several people said they do not yet understand the Sheriff's constraints", PA),
    ),
    "hopes_concerns": (
        ("Hope: young people see this partnership as on their side", P),
        ("Concern: this becomes another report nobody acts on", PA),
        ("Working agreement: no surprises in the press; partners warn each other first", P),
    ),
    "scope_issue": (
        ("Broad topic: public safety in Riverton", P),
        ("In scope: repeat calls for service downtown and on the Eastside", P),
        ("Out of scope for now: county-wide drug policy", PA),
        (
            "Problem statement: too many repeat calls involving young people end in arrest "
            "rather than help",
            P,
        ),
    ),
    "positions_interests": (
        ("Interest: deputies' time spent where it prevents harm", PA),
        ("Interest: businesses want customers to feel safe after dark", PA),
        ("Interest: residents want to be treated with respect when they call", PA),
    ),
    "fact_base": (
        ("Calls for service downtown rose 18% from 2023 to 2025 (Sheriff's CAD data)", P),
        ("40% of Eastside street lights reported out at least once in 2025 (311 data)", P),
        ("Open question: how many repeat calls involve the same 50 addresses?", PA),
    ),
    "measure_criteria": (
        ("Relevant to our shared vision of a safer Riverton", P),
        ("Data we can actually get within the pilot's 18 months", P),
        ("Tells us something about how residents experience safety", P),
    ),
    "indicators": (
        ("Repeat calls for service at the 50 busiest addresses", P),
        ("Young people referred to programmes instead of arrested", P),
        ("Residents who feel safe walking after dark (annual survey)", P),
        ("Street lights repaired within 7 days", PA),
    ),
    "indicator_agreement": (
        ("Decision rule: adopt when nobody is below 'live with'", P),
        (
            "Repeat calls and youth referrals adopted; survey parked until funding is found",
            PA,
        ),
    ),
    "balance_check": (
        ("The set has two leading indicators (referrals, light repairs)", PA),
        (
            "Business Association has nothing yet to report to its members: add foot traffic?",
            PA,
        ),
    ),
    "data_inventory": (
        ("Sheriff's Office: monthly calls-for-service extract by block, no names", PA),
        ("City: weekly 311 street-light reports, open data", P),
        ("Youth Alliance: referral counts only; case files stay confidential", PA),
    ),
    "communication_protocol": (
        ("Each partner names one media contact; list circulated by Friday", PA),
        ("Partners get 48 hours to review any release that names them", P),
        ("Records requests go to the City Clerk, who informs the named partner", PA),
    ),
    "sharing_agreement": (
        ("Sheriff's Office shares monthly block-level call data with the Justice Lab", PA),
        ("Justice Lab publishes only aggregated, anonymised findings", P),
    ),
    "wrap_up": (
        ("Next meeting on 20 October at City Hall", P),
        ("Everyone to bring what their organisation can share, and under which rules", PA),
    ),
    "discussion": (("Open discussion of what a safer Riverton would look like in two years", P),),
}

#: Notes for a later meeting's block, where the first meeting's would repeat themselves.
LATER_NOTES: dict[int, dict[str, tuple[tuple[str, str], ...]]] = {
    1: {
        "wrap_up": (
            ("Next: a 90-minute check-in on 24 November at the Eastside Community Centre", P),
            ("Counsel's comments on the draft agreement due before the check-in", PA),
        ),
    },
    2: {
        "fact_base": (
            ("Repeat calls at the 50 busiest addresses are down 6% on the year (CAD data)", P),
            ("Open question: are calls moving to neighbouring addresses?", PA),
        ),
        "hopes_concerns": (
            ("The no-surprises agreement held: partners warned each other twice", P),
            ("Concern: the Business Association still feels its members are not heard", PA),
        ),
        "data_inventory": (
            ("The Sheriff's first monthly extract reached the Justice Lab on 3 November", PA),
            ("The City's 311 street-light data is now published weekly", P),
        ),
        "wrap_up": (
            ("Next: the follow-up on governance in January, date to be polled", P),
            ("The Justice Lab drafts a quarterly dashboard of the two measures", P),
        ),
    },
    3: {
        "wrap_up": (
            ("Next: sign the charter at the March meeting", P),
            ("Each partner takes the draft charter to its board before March", PA),
        ),
    },
}


# ------------------------------------------------------------------ building trust
#: (the two partners), what they did together, outcome, lesson, visibility
HISTORY: tuple[tuple[tuple[str, str], str, str, str, str], ...] = (
    (
        (CITY, SHERIFF),
        "Shared 911 dispatch contract, 2019–2021",
        "mixed",
        "Agree how costs are split before the first invoice; the overtime dispute ended it.",
        PA,
    ),
    (
        (CITY, BUSINESS),
        "Downtown ambassadors programme, 2022–today",
        "good",
        "Monthly joint walk-throughs kept both sides honest about what was working.",
        P,
    ),
    (
        (SHERIFF, YOUTH),
        "Youth diversion referral pilot, 2020",
        "failed",
        "Referrals stopped when the deputy liaison was reassigned; nobody owned the hand-off.",
        PA,
    ),
    (
        (EASTSIDE, SHERIFF),
        "Listening sessions after the 2024 Eastside shooting",
        "failed",
        "Residents felt the sessions were for show: no follow-up report was ever published.",
        PA,
    ),
    (
        (YOUTH, LAB),
        "Evaluation of the summer jobs programme, 2023",
        "good",
        "Agreeing the questions before collecting data saved months.",
        P,
    ),
    (
        (BUSINESS, YOUTH),
        "Summer job placements with downtown shops, 2024",
        "good",
        "Small employers need one contact person, not a programme office.",
        P,
    ),
    (
        (LAB, CITY),
        "Never worked together",
        "none",
        "The Lab has asked twice for 911 call data and had no answer.",
        PA,
    ),
    (
        (BUSINESS, EASTSIDE),
        "Main Street camera plan dispute, 2023",
        "mixed",
        "The Association's lawyer still advises against joint statements on cameras.",
        INTERNAL,
    ),
)

#: Trust check-in tallies by meeting: (1, 2, 3, 4, 5) for each default statement.
#: Meeting 0: a cautious start; meetings 1 and 2: follow-through and respect improve.
TRUST_TALLIES = (
    ((3, 6, 7, 4, 2), (2, 4, 8, 6, 2), (5, 8, 5, 3, 1)),
    ((1, 3, 6, 7, 3), (1, 2, 6, 8, 3), (2, 4, 7, 5, 2)),
    ((1, 2, 5, 8, 4), (0, 2, 5, 9, 4), (1, 3, 6, 7, 3)),
)

#: kind, text, visibility, fields
HOPES: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("hope", "Eastside residents feel as safe walking home at night as people downtown", P, {}),
    ("hope", "Young people get a second chance before they get a record", P, {}),
    ("hope", "One shared picture of what is happening, instead of six", PA, {}),
    ("concern", "This becomes another plan that is announced and then forgotten", P, {}),
    ("concern", "Data shared here ends up in the newspaper before partners are warned", PA, {}),
    ("concern", "The Sheriff's Office cannot commit overtime before the budget vote", INTERNAL, {}),
    ("working_agreement", "We start and end on time", P, {"agreed": True}),
    (
        "working_agreement",
        "Nobody speaks to the press about a partner without warning them first",
        PA,
        {"agreed": True},
    ),
    ("working_agreement", "Every meeting ends with owners and dates", P, {"agreed": True}),
    ("working_agreement", "Meetings alternate between downtown and Eastside", P, {}),
)

# ------------------------------------------------------------------ scoping
#: The issue tree: (text, scope, visibility, children)
SCOPE_TREE: tuple[Any, ...] = (
    "Public safety in Riverton",
    "in",
    P,
    (
        ("Shared patrols downtown and on the Eastside", "in", P, ()),
        ("Regional crime lab", "out", P, ()),
        (
            "Shared facilities",
            "later",
            P,
            (
                ("Joint substation on the Eastside", "later", P, ()),
                ("Shared firearms training range", "out", PA, ()),
            ),
        ),
        (
            "Youth diversion",
            "in",
            P,
            (
                ("Referral path from deputies to the Youth Alliance", "in", P, ()),
                ("After-school and summer programmes", "in", P, ()),
            ),
        ),
        ("Street lighting and safer street design", "in", P, ()),
        ("Repeat break-ins in the downtown core", "in", P, ()),
        ("Mental-health crisis response", "later", PA, ()),
        ("Sheriff's overtime budget shortfall", "out", INTERNAL, ()),
    ),
)
PROBLEM_STATEMENT = (
    "Cut repeat calls for service and break-ins downtown and on the Eastside by a "
    "quarter by 2028, by coordinating patrols, youth diversion and street lighting, "
    "without shifting costs from one partner to another."
)

#: partner, position, interest, cluster, visibility
POSITIONS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        SHERIFF,
        "Deputies must be able to see the Youth Alliance's case files",
        "Know whether a young person is already in a programme before deciding to arrest",
        "Youth diversion",
        PA,
    ),
    (
        EASTSIDE,
        "No cameras on Eastside streets",
        "Residents should not be watched as suspects in their own neighbourhood",
        "Respect",
        PA,
    ),
    (
        BUSINESS,
        "Two more patrol cars downtown after 6 pm",
        "Customers feel safe enough to stay downtown in the evening",
        "Safe streets",
        P,
    ),
    (
        CITY,
        "The City will not pay for lighting on private frontages",
        "A predictable budget with no unplanned costs in the middle of the year",
        "Money",
        PA,
    ),
    (
        LAB,
        "All incident data goes to the Lab",
        "Data that can be compared year on year, so the evaluation is honest",
        "Evidence",
        P,
    ),
    (
        YOUTH,
        "No police officers in our drop-in centre",
        "Young people keep trusting the centre as a safe place",
        "Respect",
        P,
    ),
    (
        SHERIFF,
        "Nothing signed before the November election",
        "Avoid this becoming a campaign issue",
        "",
        INTERNAL,
    ),
)


#: fact, source, date, contributor, status, visibility
FACTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "Reported break-ins in the downtown core rose 18% from 2023 to 2025",
        "City crime statistics dashboard",
        "2026-01",
        "Marcus Lee, City of Riverton",
        "agreed",
        P,
    ),
    (
        "Two thirds of juvenile arrests in 2025 were first-time, non-violent offences",
        "Sheriff's Office annual report 2025",
        "2026-03",
        "Lt. Janet Price",
        "agreed",
        P,
    ),
    (
        "Eastside callers wait longer for a patrol car than downtown callers",
        "Eastside Neighbours Council resident survey (412 replies)",
        "2026-06",
        "Rosa Delgado",
        "disputed",
        PA,
    ),
    (
        "About half of the street lights on Eastside main roads are out or dimmed",
        "City 311 street-light tickets",
        "2026-08",
        "Samuel Achebe",
        "needs_data",
        P,
    ),
    (
        "The Youth Alliance served 340 young people in 2025; 12% were referred by police",
        "Youth Alliance programme records",
        "2026-02",
        "Keisha Morales",
        "agreed",
        PA,
    ),
    (
        "50 addresses account for a fifth of all calls for service",
        "Justice Lab analysis of 2024 calls",
        "2025-11",
        "Dr. Helen Cho",
        "",
        PA,
    ),
    (
        "A lawsuit over the 2024 Eastside use-of-force incident is still pending",
        "County counsel",
        "2026-09",
        "Sheriff Ray Okafor",
        "",
        INTERNAL,
    ),
)


#: open question, owner, due, visibility
QUESTIONS: tuple[tuple[str, str, str, str], ...] = (
    (
        "How many Eastside street lights are actually out?",
        "Dana Whitfield",
        "2026-10-09",
        P,
    ),
    (
        "Can response times be shared by neighbourhood without identifying callers?",
        "Lt. Janet Price",
        "2026-10-13",
        PA,
    ),
)


# ------------------------------------------------------------------ measures


#: name, measures, kind, financial, timing, source, baseline, target, frequency, owner,
#: needed by, visibility, scores (vision, facts, obtainable, lived, expertise, access, resources)
INDICATORS: tuple[tuple[Any, ...], ...] = (
    (
        "Repeat calls at the 50 busiest addresses",
        "Calls for service to the same address",
        "outcome",
        "no",
        "lagging",
        "Sheriff's CAD calls-for-service data",
        "2,140 calls (2025)",
        "-25% by end of 2027",
        "Monthly",
        SHERIFF,
        (CITY, SHERIFF, EASTSIDE),
        P,
        (2, 2, 2, 1, 2, 2, 1),
    ),
    (
        "Young people referred to programmes instead of arrested",
        "Diversion referrals",
        "output",
        "no",
        "leading",
        "Youth Alliance referral log + Sheriff's juvenile contacts",
        "38 referrals (2025)",
        "150 a year",
        "Monthly",
        YOUTH,
        (YOUTH, SHERIFF, LAB),
        P,
        (2, 2, 2, 2, 2, 1, 1),
    ),
    (
        "Residents who feel safe walking after dark",
        "Perceived safety (survey)",
        "outcome",
        "no",
        "lagging",
        "Annual resident survey (Justice Lab)",
        "41% (2024 survey)",
        "55%",
        "Yearly",
        LAB,
        (EASTSIDE, CITY),
        P,
        (2, 1, 0, 2, 2, 1, 0),
    ),
    (
        "Street lights repaired within 7 days",
        "Speed of street-light repairs",
        "output",
        "no",
        "leading",
        "311 work orders",
        "46%",
        "90%",
        "Weekly",
        CITY,
        (EASTSIDE, CITY),
        PA,
        (1, 2, 2, 1, 2, 2, 2),
    ),
    (
        "Cost per call for service avoided",
        "Deputy hours and cost saved",
        "output",
        "yes",
        "lagging",
        "Sheriff's payroll and CAD data",
        "Not yet known",
        "Break even in year 2",
        "Quarterly",
        SHERIFF,
        (CITY, SHERIFF),
        PA,
        (1, 1, 1, 0, 1, 2, 1),
    ),
    (
        "Downtown break-ins reported by members",
        "Commercial burglaries",
        "outcome",
        "no",
        "lagging",
        "Business Association member survey",
        "",
        "",
        "Quarterly",
        BUSINESS,
        (BUSINESS,),
        INTERNAL,
        (1, 1, 1, 1, 0, 1, 0),
    ),
)


#: Demo votes of meeting 1 by indicator name: {sector: fist-to-five tally}.
VOTES: dict[str, dict[str, dict[str, int]]] = {
    "Repeat calls at the 50 busiest addresses": {
        "public": {"5": 3, "4": 1},
        "nonprofit": {"4": 2},
        "private": {"4": 1, "3": 1},
        "community": {"4": 2, "3": 1},
        "academic": {"5": 2},
    },
    "Young people referred to programmes instead of arrested": {
        "public": {"4": 3, "3": 1},
        "nonprofit": {"5": 2},
        "private": {"3": 2},
        "community": {"5": 2, "4": 1},
        "academic": {"4": 2},
    },
    "Residents who feel safe walking after dark": {
        "public": {"3": 2, "2": 2},
        "nonprofit": {"4": 2},
        "private": {"3": 2},
        "community": {"5": 3},
        "academic": {"5": 2},
    },
    "Street lights repaired within 7 days": {
        "public": {"4": 4},
        "nonprofit": {"4": 2},
        "private": {"5": 2},
        "community": {"1": 2, "2": 1},
        "academic": {"3": 2},
    },
    "Cost per call for service avoided": {
        "public": {"5": 2, "4": 2},
        "nonprofit": {"1": 1, "2": 1},
        "private": {"4": 2},
        "community": {"0": 1, "2": 2},
        "academic": {"2": 2},
    },
}


CRITERIA: tuple[tuple[str, str, str], ...] = (
    ("Relevant to our shared vision of a safer Riverton", "judge", P),
    ("Relevant to the facts we agreed in September", "judge", P),
    ("Data obtainable within the pilot's 18 months", "judge", P),
    ("Tells us how residents and young people experience safety", "judge", P),
    ("We have the expertise to collect and analyse it", "capacity", P),
    ("We have access to the data", "capacity", P),
    ("We have the resources (time, money, people) to collect it", "capacity", P),
    ("No names of young people leave the agency that holds them", "capacity", PA),
)


# ------------------------------------------------------------------ sharing


#: provider, data, recipients, purpose, frequency, form, sensitivity, legal, tags,
#: visibility, agreed (meeting 1)
COMMITMENTS: tuple[tuple[Any, ...], ...] = (
    (
        SHERIFF,
        "Calls for service by block and hour, no names",
        (LAB, CITY),
        "measuring repeat calls at the 50 busiest addresses",
        "Monthly",
        "CSV extract",
        "restricted",
        ("public_records",),
        "",
        PA,
        True,
    ),
    (
        CITY,
        "311 street-light reports and repair dates",
        (EASTSIDE, LAB, BUSINESS),
        "tracking repairs within 7 days",
        "Weekly",
        "Open data portal",
        "open",
        ("public_records",),
        "",
        P,
        True,
    ),
    (
        YOUTH,
        "Counts of referrals and programme completions, no case files",
        (LAB, SHERIFF),
        "measuring diversion instead of arrest",
        "Monthly",
        "Spreadsheet",
        "restricted",
        ("privacy", "contract"),
        "funder reporting terms",
        PA,
        True,
    ),
    (
        SHERIFF,
        "Juvenile contact records for referred young people",
        (YOUTH,),
        "following up referrals",
        "Case by case",
        "Secure email",
        "confidential",
        ("privacy", "public_records"),
        "juvenile records statute",
        PA,
        False,
    ),
    (
        BUSINESS,
        "Members' camera footage of incidents",
        (SHERIFF,),
        "investigating break-ins",
        "On request",
        "Copy on drive",
        "confidential",
        ("privacy", "contract"),
        "member consent needed",
        INTERNAL,
        False,
    ),
)


CONTACTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        CITY,
        "Alicia Grant, Communications Director",
        "City Clerk's Office",
        "Phone the partner's contact before any release that names them",
        "48 hours",
        PA,
    ),
    (
        SHERIFF,
        "Sgt. Leon Hart, Public Information Officer",
        "Records Unit",
        "Text the partner contacts when an incident will make the news",
        "24 hours; same day for incidents",
        PA,
    ),
    (
        YOUTH,
        "Keisha Morales, Executive Director",
        "Keisha Morales",
        "Email the partner contacts; never name a young person",
        "48 hours",
        PA,
    ),
    (
        BUSINESS,
        "Priya Shah, President",
        "Not a public body: no records requests",
        "Phone call to the City first",
        "48 hours",
        PA,
    ),
    (
        EASTSIDE,
        "Rosa Delgado, Chair",
        "Not a public body: no records requests",
        "Announce at the next council meeting",
        "One week (volunteer council)",
        P,
    ),
    (
        LAB,
        "University Media Relations",
        "University Public Records Office",
        "Share draft findings 10 working days before publication",
        "10 working days",
        PA,
    ),
)


#: The check-in's facts: what changed since the partners agreed the first ones.
CHECK_IN_FACTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "Repeat calls at the 50 busiest addresses fell 6% in the 12 months to November",
        "Sheriff's CAD extract, via the Justice Lab",
        "2026-11",
        "Luis Ortega, Justice Lab",
        "agreed",
        P,
    ),
    (
        "Calls may be moving to addresses next door to the 50 busiest",
        "Deputies' accounts at the October briefing",
        "2026-11",
        "Lt. Janet Price, Sheriff's Office",
        "needs_data",
        PA,
    ),
)

#: The design meeting's facts: what running the partnership costs and how long it is funded.
DESIGN_FACTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "The City's pilot budget runs to June 2028",
        "City budget book 2027",
        "2027-01",
        "Marcus Lee, City of Riverton",
        "agreed",
        P,
    ),
    (
        "Eight partner meetings a year cost each partner about 40 staff hours",
        "Estimate from the first three meetings",
        "2027-01",
        "Dana Whitfield, City of Riverton",
        "needs_data",
        PA,
    ),
)

#: The design meeting's hopes and concerns about running the partnership.
DESIGN_HOPES: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("hope", "The partnership outlasts the pilot money", P, {}),
    ("concern", "Governance becomes a second job for the smaller partners", PA, {}),
    (
        "working_agreement",
        "Decisions between meetings by email, with three days to object",
        P,
        {"agreed": True},
    ),
)

#: The check-in's look at the working agreements: kind, text, visibility, fields.
CHECK_IN_HOPES: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    (
        "working_agreement",
        "No surprises in the press: partners warn each other first",
        P,
        {"agreed": True},
    ),
    ("hope", "The no-surprises agreement held: partners warned each other twice", P, {}),
    ("concern", "The Business Association still feels its members are not heard", PA, {}),
)

# ------------------------------------------------------------------ following through
#: Parking-lot topics a later meeting takes up, by meeting: (topic, the meeting that parked it).
CARRIED_TOPICS: dict[int, tuple[tuple[str, str], ...]] = {
    1: (("Should the county jail diversion programme join?", "2026-09-15 Kick-off"),),
    2: (("A resident survey on feeling safe: who pays for it?", "2026-10-20 Second meeting"),),
}

#: Measurements at the check-in: indicator, date, value (the last 12 months), source, note.
MEASUREMENTS: tuple[tuple[str, str, float, str, str], ...] = (
    (
        "Repeat calls at the 50 busiest addresses",
        "2026-09-30",
        2140,
        "Sheriff's CAD extract",
        "12 months to September, as adopted",
    ),
    (
        "Repeat calls at the 50 busiest addresses",
        "2026-10-31",
        2085,
        "Sheriff's CAD extract",
        "",
    ),
    (
        "Repeat calls at the 50 busiest addresses",
        "2026-11-20",
        2010,
        "Sheriff's CAD extract",
        "first month with the outreach team on nights",
    ),
    (
        "Young people referred to programmes instead of arrested",
        "2026-09-30",
        38,
        "Youth Alliance referral log",
        "12 months to September",
    ),
    (
        "Young people referred to programmes instead of arrested",
        "2026-10-31",
        51,
        "Youth Alliance referral log",
        "",
    ),
    (
        "Young people referred to programmes instead of arrested",
        "2026-11-20",
        67,
        "Youth Alliance referral log",
        "deputies now call outreach before arresting",
    ),
)

#: Who came to the demo meetings: (organisation, person) by meeting; the Business
#: Association and the Justice Lab sent nobody to the second, and came back to the third.
ATTENDANCE: tuple[tuple[tuple[str, str], ...], ...] = (
    (
        (CITY, "Dana Whitfield"),
        (CITY, "Marcus Lee"),
        (SHERIFF, "Sheriff Ray Okafor"),
        (SHERIFF, "Lt. Janet Price"),
        (YOUTH, "Keisha Morales"),
        (YOUTH, "Tom Brandt"),
        (YOUTH, "Andre Wilson"),
        (BUSINESS, "Priya Shah"),
        (EASTSIDE, "Rosa Delgado"),
        (EASTSIDE, "Samuel Achebe"),
        (LAB, "Dr. Helen Cho"),
        (LAB, "Luis Ortega"),
    ),
    (
        (CITY, "Dana Whitfield"),
        (SHERIFF, "Lt. Janet Price"),
        (YOUTH, "Keisha Morales"),
        (YOUTH, "Tom Brandt"),
        (EASTSIDE, "Rosa Delgado"),
        (EASTSIDE, "Samuel Achebe"),
        (EASTSIDE, "Maria Gonzalez"),
    ),
    (
        (CITY, "Dana Whitfield"),
        (CITY, "Marcus Lee"),
        (SHERIFF, "Lt. Janet Price"),
        (YOUTH, "Keisha Morales"),
        (BUSINESS, "Priya Shah"),
        (EASTSIDE, "Rosa Delgado"),
        (EASTSIDE, "Samuel Achebe"),
        (LAB, "Luis Ortega"),
    ),
)
