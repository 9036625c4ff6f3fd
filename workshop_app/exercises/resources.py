"""Account for resources: what each partner brings to the partnership (money, staff time,
data, facilities, authority, relationships), what the partnership needs, and the gaps
nobody fills yet (the toolkit's design step). The room sees a matrix of partners by kind
of resource, then the needs nobody brings yet.

``resource`` items: ``text`` is the resource; ``partner_id`` the partner who brings it
(none: needed, and nobody brings it yet); fields ``type`` (see :data:`RESOURCE_TYPES`)
and ``needed`` (true when it was named as something the partnership needs, so a need a
partner later takes on is still counted as met).
"""

from __future__ import annotations

from ..domain.document import Element, Heading, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import ChoiceSet, Disclosure, Field, ItemSchema, boolean
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import room_or_question, summary_or_nothing
from .demo_partners import BUSINESS, CITY, EASTSIDE, LAB, SHERIFF, YOUTH
from .registry import CsvTable, ExerciseKind, Guide, PhoneInput, demo_rows, register

KEY = "resources"
RESOURCE = "resource"
#: The kinds of resource a partner may bring ("": not said yet).
RESOURCE_TYPES = ChoiceSet(
    "type",
    "Resources",
    (
        ("money", "Money"),
        ("staff", "Staff time"),
        ("data", "Data"),
        ("facilities", "Facilities"),
        ("authority", "Authority"),
        ("relationships", "Relationships"),
        ("", "Other"),
    ),
)


def is_gap(item: Item) -> bool:
    """Needed, and no partner brings it yet."""
    return not item.partner_id


def matrix(view: AudienceView, resources: list[Item]) -> tuple[list[str], list[list[str]]]:
    """The kinds of resource shown (the six, and "Other" when some resource has no kind)
    and, for each partner that brings something (roster order), what it brings of each
    kind ("—" for nothing). The first column of each row is the partner's name."""
    brought = [r for r in resources if not is_gap(r)]
    types = [v for v in RESOURCE_TYPES.values if v]
    if any(not RESOURCE_TYPES.of(r) for r in brought):
        types.append("")
    rows: list[list[str]] = []
    for partner in view.partners:
        own = [r for r in brought if r.partner_id == partner.id]
        if not own:
            continue
        cells = ["; ".join(r.text for r in own if RESOURCE_TYPES.of(r) == t) or "—" for t in types]
        rows.append([partner.organisation, *cells])
    return types, rows


def _elements(view: AudienceView, block: Block, context: str) -> list[Element]:
    resources = view.items_in(block.id, [RESOURCE])
    if not resources:
        return []
    types, rows = matrix(view, resources)
    gaps = [r for r in resources if is_gap(r)]
    needs = [r for r in resources if r.fields.get("needed")]
    met = sum(1 for r in needs if not is_gap(r))
    said = (
        tr(context, "{partners} partners bring {n} resources; {gaps} needed, nobody brings yet.")
        if gaps
        else tr(context, "{partners} partners bring {n} resources; no gaps named.")
    ).format(partners=len(rows), n=len(resources) - len(gaps), gaps=len(gaps))
    if needs:
        said += " " + tr(context, "{met} of {needs} needs met.").format(met=met, needs=len(needs))
    elements: list[Element] = [Paragraph(said, emphasis=context == "Room")]
    # Three kinds of resource per table: a projector at 1024 pixels reads four columns.
    for first in range(0, len(types), 3):
        shown = range(first + 1, min(first + 3, len(types)) + 1)
        part = [(row[0], *(row[c] for c in shown)) for row in rows]
        part = [row for row in part if any(cell != "—" for cell in row[1:])]
        if part:
            headers = (tr(context, "Partner"), *(RESOURCE_TYPES.label(types[c - 1]) for c in shown))
            elements.append(Table(headers, tuple(part)))
    if gaps:
        elements.append(Heading(tr(context, "Needed, nobody brings yet"), level=3))
        elements.append(
            Table(
                (tr(context, "Needed"), tr(context, "Kind")),
                tuple((g.text, RESOURCE_TYPES.label(RESOURCE_TYPES.of(g))) for g in gaps),
            )
        )
    return elements


#: Demo resources: (who brings it, or "" for a need nobody brings yet; kind; what;
#: named as a need; visibility).
_DEMO: tuple[tuple[str, str, str, bool, str], ...] = (
    (CITY, "money", "Pilot budget of $250,000 for 18 months", False, "partners"),
    (CITY, "authority", "Street-light repair and code enforcement", False, "public"),
    (CITY, "data", "311 call data, weekly", False, "public"),
    (SHERIFF, "staff", "A community policing lieutenant, half time", False, "partners"),
    (SHERIFF, "data", "Monthly calls-for-service extract by block", False, "partners"),
    (YOUTH, "staff", "Two street outreach workers on weekend nights", True, "partners"),
    (YOUTH, "relationships", "Trust of young people on the Eastside", False, "partners"),
    (BUSINESS, "money", "Twenty paid summer jobs", False, "public"),
    (BUSINESS, "facilities", "Storefront lighting downtown", False, "partners"),
    (EASTSIDE, "facilities", "Meeting space at the community centre", False, "public"),
    (
        EASTSIDE,
        "relationships",
        "Block watch volunteers and residents' knowledge",
        False,
        "partners",
    ),
    (LAB, "staff", "A data analyst and two student researchers", False, "partners"),
    ("", "money", "A shared analyst after the pilot year", True, "partners"),
    ("", "data", "School attendance data for the diversion measure", True, "partners"),
    ("", "authority", "Someone who can sign a data-use agreement for the county", True, "partners"),
)


GUIDE = Guide(
    purpose=(
        "Put on the table what each partner actually brings (money, staff time, data, "
        "facilities, authority, relationships) and what the partnership still lacks, so "
        "plans rest on resources that exist."
    ),
    steps=(
        "Go round the table: what does your organisation bring? Choose the partner "
        "(Alt+B) and the kind of resource (Alt+Y), type it and press Enter.",
        "Ask what the partnership needs that nobody has named: choose “nobody yet” as the "
        "partner and type the need.",
        "Show the matrix: which kinds of resource are thin, and which partners bring little "
        "that others can see?",
        "For each gap, ask who could bring it; choose that partner in the list's “Brought by” "
        "column when someone takes it on.",
    ),
    tips=(
        "Authority and relationships count as much as money: a signature or an introduction "
        "can unblock more than a grant.",
        "Ask for specifics: “a half-time lieutenant for 18 months”, not “staff support”.",
    ),
    pitfalls=(
        "Counting only money, so the partners without a budget look as if they bring nothing.",
        "Recording what an organisation has rather than what it will commit to the partnership.",
    ),
)


RESOURCES = register(
    ExerciseKind(
        key=KEY,
        family="trust",
        guide=GUIDE,
        order=7,
        name="Account for resources",
        when=(
            "While designing the partnership, once the vision and what partners need from each "
            "other are named: before the plan and the governance depend on them."
        ),
        group_size=(
            "Up to about 12 organisations, each with someone who can say what it will commit."
        ),
        guidance=(
            "Ask each partner what it brings: money, staff time, data, facilities, authority, "
            "relationships. Then name what the partnership needs that nobody brings yet. The "
            "room sees partners by kind of resource, and the gaps."
        ),
        prompt="What does each of us bring, and what do we still need?",
        minutes=20,
        items=(
            ItemSchema(
                RESOURCE,
                (RESOURCE_TYPES.field, Field("needed", boolean())),
                partner=Disclosure.ITEM,
            ),
        ),
        room=room_or_question(
            _elements, lambda: tr("Room", "What does each of us bring, and what do we still need?")
        ),
        summary=summary_or_nothing(_elements, lambda: tr("Summary", "No resources were named.")),
        tables=(CsvTable("resources", (RESOURCE,)),),
        demo=demo_rows(RESOURCE, ("partner", "type", "text", "needed", "visibility"), _DEMO),
        phone=PhoneInput.text(
            "Something your organisation can bring, or that we still need",
            (RESOURCE, "A resource"),
        ),
    )
)
