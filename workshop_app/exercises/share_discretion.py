"""Share discretion: the decisions the partnership will make and, for each, which partners
decide, which are consulted first and which are informed after (a decision-rights table,
the toolkit's design step). Sharing discretion is what makes a partnership more than a
contract: partners give up some say over their own resources, and agree on how.

``decision_right`` items: ``text`` is the decision; fields ``decides``, ``consulted`` and
``informed``: the ids of the partners in each role (a partner holds one role at most).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import edits
from ..domain.document import Callout, Element, Paragraph, Table
from ..domain.edits import Edit
from ..domain.records import Block, Item
from ..domain.schema import Field, ItemSchema, list_of, partner_ref
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import room_or_question, summary_or_nothing
from .demo_partners import BUSINESS, CITY, EASTSIDE, LAB, SHERIFF, YOUTH
from .registry import CsvTable, ExerciseKind, Guide, PhoneInput, demo_rows, register

KEY = "share_discretion"
DECISION_RIGHT = "decision_right"
#: The roles, in the order of the table, with their letter and words.
ROLES: tuple[tuple[str, str, str], ...] = (
    ("decides", "D", "Decides"),
    ("consulted", "C", "Consulted"),
    ("informed", "I", "Informed"),
)


def role_of(item: Item, role: str) -> list[str]:
    """The partner ids holding ``role`` for this decision (in the order stored)."""
    value = item.fields.get(role)
    return [p for p in value if isinstance(p, str) and p] if isinstance(value, list) else []


def set_role(item: Item, role: str, partner_ids: Sequence[str]) -> Edit | None:
    """The edit giving ``role`` to exactly ``partner_ids`` for this decision; a partner
    given a role leaves the other roles (one role each). None when nothing changes."""
    chosen = list(dict.fromkeys(partner_ids))
    values = {role: chosen}
    for other, _, _ in ROLES:
        if other != role:
            values[other] = [p for p in role_of(item, other) if p not in chosen]
    if all(values[r] == role_of(item, r) for r, _, _ in ROLES):
        return None
    words = next(w for r, _, w in ROLES if r == role)
    description = tr("Discretion", "Change who is {role}: {decision}").format(
        role=tr("Discretion", words).lower(), decision=item.text
    )
    return edits.set_fields(description, [item], **values)


def role_names(view: AudienceView, item: Item, role: str, context: str) -> str:
    """The partners in ``role`` as this audience names them; "All partners" when every
    partner holds it, "All other partners" when every partner without an earlier role
    does, "—" when none."""
    everyone = [p.id for p in view.partners]
    ids = [p for p in role_of(item, role) if p in everyone]
    if not ids:
        return "—"
    if len(everyone) > 2 and set(ids) == set(everyone):
        return tr(context, "All partners")
    earlier = {
        p for r, _, _ in ROLES[: [r for r, _, _ in ROLES].index(role)] for p in role_of(item, r)
    }
    rest = [p for p in everyone if p not in earlier]
    if earlier and len(rest) > 2 and set(ids) == set(rest):
        return tr(context, "All other partners")
    names = {p.id: p.organisation for p in view.partners}
    return ", ".join(names[p] for p in ids)


def _elements(view: AudienceView, block: Block, context: str) -> list[Element]:
    rights = view.items_in(block.id, [DECISION_RIGHT])
    if not rights:
        return []
    headers = (
        tr(context, "Decision"),
        *(
            tr(context, "{words} ({letter})").format(words=tr(context, w), letter=letter)
            for _, letter, w in ROLES
        ),
    )
    rows = tuple(
        (r.text, *(role_names(view, r, role, context) for role, _, _ in ROLES)) for r in rights
    )
    elements: list[Element] = [
        Paragraph(
            tr(context, "D decides; C is consulted before; I is informed after."),
            emphasis=context == "Room",
        ),
        Table(headers, rows),
    ]
    undecided = [r.text for r in rights if not role_of(r, "decides")]
    if undecided:
        elements.append(Callout(tr(context, "Nobody decides yet"), "; ".join(undecided)))
    return elements


ALL = (CITY, SHERIFF, YOUTH, BUSINESS, EASTSIDE, LAB)
#: Demo decisions: (decision, decides, consulted, informed, visibility).
_DEMO: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str], ...] = (
    (
        "How the pilot budget is spent",
        (CITY,),
        (SHERIFF, YOUTH, EASTSIDE),
        (BUSINESS, LAB),
        "partners",
    ),
    ("Which measures the partnership reports", ALL, (), (), "public"),
    (
        "Which incident data is shared, and with whom",
        (SHERIFF,),
        (LAB, CITY),
        (YOUTH, EASTSIDE, BUSINESS),
        "partners",
    ),
    (
        "What we tell the press about the partnership",
        (CITY,),
        (SHERIFF, YOUTH, BUSINESS, EASTSIDE, LAB),
        (),
        "public",
    ),
    (
        "Hiring the partnership manager",
        (CITY, YOUTH),
        (EASTSIDE, LAB),
        (SHERIFF, BUSINESS),
        "partners",
    ),
    (
        "Admitting a new partner",
        (),
        (CITY, SHERIFF, YOUTH, BUSINESS, EASTSIDE, LAB),
        (),
        "partners",
    ),
)


GUIDE = Guide(
    purpose=(
        "Agree in advance which decisions the partnership makes together and who decides, "
        "who is consulted and who is informed, so no partner is surprised by a decision "
        "it thought was its own."
    ),
    steps=(
        "List the decisions the partnership will face: budget, data, measures, the press, "
        "staff, new partners. Type each and press Enter.",
        "For the selected decision, tick who decides (Alt+D), who is consulted before "
        "(Alt+C) and who is informed after (Alt+I); Space ticks.",
        "Show the table and read each row aloud: does every partner accept its role?",
        "Name the decisions nobody decides yet, and come back to them before the meeting ends.",
    ),
    tips=(
        "Keep the deciders few: a decision everyone must make is a decision nobody can make "
        "quickly.",
        "Consulted means asked before, with time to answer; say how much time in the governance "
        "block.",
    ),
    pitfalls=(
        "Leaving a partner's own budget or data decided by others without that partner's clear "
        "agreement.",
        "Treating “informed” as an afterthought: the partner told last is the one that leaves.",
    ),
)


SHARE_DISCRETION = register(
    ExerciseKind(
        key=KEY,
        family="trust",
        guide=GUIDE,
        order=9,
        name="Share discretion",
        when=(
            "While designing the partnership, once resources and needs are on the table and "
            "before governance: the decision rights shape the structure."
        ),
        group_size=(
            "Up to about 12 organisations, each with someone who can speak for its decisions."
        ),
        guidance=(
            "List the decisions the partnership will make. For each, tick which partners "
            "decide, which are consulted before and which are informed after. The room sees "
            "a decision-rights table; decisions nobody decides yet are named."
        ),
        prompt="Which decisions will we make together, and who makes them?",
        minutes=20,
        items=(
            ItemSchema(
                DECISION_RIGHT,
                tuple(Field(role, list_of(partner_ref(), max_items=100)) for role, _, _ in ROLES),
            ),
        ),
        room=room_or_question(
            _elements,
            lambda: tr("Room", "Which decisions will we make together, and who makes them?"),
        ),
        summary=summary_or_nothing(_elements, lambda: tr("Summary", "No decisions were named.")),
        tables=(CsvTable("decision_rights", (DECISION_RIGHT,)),),
        demo=demo_rows(
            DECISION_RIGHT,
            ("text", "decides", "consulted", "informed", "visibility"),
            _DEMO,
            partner_fields=("decides", "consulted", "informed"),
        ),
        phone=PhoneInput.text(
            "A decision the partnership will have to make", (DECISION_RIGHT, "A decision")
        ),
    )
)
