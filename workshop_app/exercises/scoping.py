"""Issue scoping and a common fact base (PRODUCT.md section 2).

Three kinds: scope the issue (a tree of sub-issues, each in scope / out of
scope / later, and one problem statement the room agrees to), positions to
interests (the room sees interests only, never who held which position) and
the fact base (facts with source, date, contributor and the room's status;
open questions are workshop action items so they show in the action list).
Plain Python; the Qt panels live in :mod:`workshop_app.exercises.scoping_panels`.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph, Table
from ..domain.records import Block, Item, ItemKind, Visibility
from ..domain.schema import Disclosure, Field, ItemSchema, boolean, choice, text
from ..domain.visibility import AudienceView
from ..i18n import tr
from .registry import DemoContext, ExerciseKind, clustered_bullets, nothing_recorded, register

PANELS = "workshop_app.exercises.scoping_panels"

# ------------------------------------------------------------------ item kinds
#: A node of the issue tree: text = the (sub-)issue, parent_id = the broader
#: issue; fields: scope ("in", "out", "later" or "" while undecided).
SCOPE_NODE = "scope_node"
#: The one problem statement of a scoping block; fields: agreed (bool).
PROBLEM_STATEMENT = "problem_statement"
#: A stated position: text = the position; fields: interest (the need behind it);
#: partner_id optionally says who held it (never shown to the room).
POSITION = "position"
#: A fact: fields source, date, contributor, status (see FACT_STATUSES).
FACT = "fact"
#: Open questions of the fact base are ItemKind.ACTION items with fields
#: owner, due and question=True, so the workshop's action list shows them.
QUESTION_FIELD = "question"

SCOPES = ("in", "out", "later", "")
FACT_STATUSES = ("agreed", "disputed", "needs_data", "")


def scope_label(scope: str) -> str:
    """Scope in words with a symbol, so it never depends on colour."""
    return {
        "in": tr("Scoping", "✔ In scope"),
        "out": tr("Scoping", "✘ Out of scope"),
        "later": tr("Scoping", "◷ Later"),
        "": tr("Scoping", "… Undecided"),
    }.get(scope, scope)


def status_label(status: str) -> str:
    """A fact's status in words with a symbol."""
    return {
        "agreed": tr("Scoping", "✔ Agreed"),
        "disputed": tr("Scoping", "⚠ Disputed"),
        "needs_data": tr("Scoping", "? Needs data"),
        "": tr("Scoping", "Not yet discussed"),
    }.get(status, status)


# ------------------------------------------------------------------ scope the issue
def scope_of(item: Item) -> str:
    value = str(item.fields.get("scope", ""))
    return value if value in SCOPES else ""


def tree_rows(items: Iterable[Item]) -> list[tuple[Item, int]]:
    """Scope nodes in outline order (depth first, by position) with their depth.

    Nodes whose parent is missing (hidden from this audience or deleted) are
    left out with their whole branch: a hidden issue hides what hangs under it.
    """
    nodes = [i for i in items if i.kind == SCOPE_NODE]
    ids = {i.id for i in nodes}
    children: dict[str | None, list[Item]] = {}
    for node in nodes:
        parent = node.parent_id if node.parent_id in ids else None
        if node.parent_id is not None and node.parent_id not in ids:
            continue  # orphaned branch
        children.setdefault(parent, []).append(node)
    for siblings in children.values():
        siblings.sort(key=lambda i: (i.position, i.created_at))
    out: list[tuple[Item, int]] = []
    seen: set[str] = set()
    # Depth first without recursion: a file may hold a very deep tree.
    stack: list[tuple[Item, int]] = [(n, 0) for n in reversed(children.get(None, []))]
    while stack:
        node, depth = stack.pop()
        if node.id in seen:
            continue
        seen.add(node.id)
        out.append((node, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(node.id, [])))
    return out


def problem_statement(view: AudienceView, block: Block) -> Item | None:
    found = view.items_in(block.id, [PROBLEM_STATEMENT])
    return found[-1] if found else None


def _statement_callout(view: AudienceView, block: Block) -> list[Element]:
    statement = problem_statement(view, block)
    if statement is None or not statement.text.strip():
        return []
    label = (
        tr("Scoping", "Problem statement (agreed)")
        if statement.fields.get("agreed")
        else tr("Scoping", "Problem statement (draft)")
    )
    return [Callout(label, statement.text)]


def _tree_chart(rows: list[tuple[Item, int]]) -> Chart:
    alt = "; ".join(
        f"{'  ' * depth}{node.text} ({scope_label(scope_of(node))})" for node, depth in rows
    )
    return Chart(
        "scope_tree",
        tr("Scoping", "What is in scope?"),
        {
            "nodes": [{"text": n.text, "depth": d, "scope": scope_of(n)} for n, d in rows],
            "labels": {s: scope_label(s) for s in SCOPES},
            # A tall tree needs most of a projector page to stay legible.
            "room_min_share": 0.8 if len(rows) > 8 else 0.45,
        },
        alt,
    )


def scope_room(view: AudienceView, block: Block) -> list[Element]:
    """The issue tree, scope shown by symbol and label, and the problem statement."""
    rows = tree_rows(view.items_in(block.id))
    elements = _statement_callout(view, block)
    if rows:
        elements.append(_tree_chart(rows))
    return elements or [Paragraph(tr("Room", "Start with the broad topic."), emphasis=True)]


def scope_summary(view: AudienceView, block: Block) -> list[Element]:
    """Problem statement, the tree, and the sub-issues listed by scope."""
    rows = tree_rows(view.items_in(block.id))
    elements = _statement_callout(view, block)
    if rows:
        elements.append(_tree_chart(rows))
        for scope in SCOPES:
            names = [n.text for n, depth in rows if scope_of(n) == scope]
            if names:
                elements.append(Heading(scope_label(scope), level=3))
                elements.append(BulletList(tuple(names)))
    return elements or nothing_recorded(
        tr("Summary", "The issue was not scoped."), view.withheld_in(block.id)
    )


def scope_demo(ctx: DemoContext) -> list[Item]:
    if ctx.meeting != 0:
        return []
    public, partners, internal = (
        Visibility.PUBLIC.value,
        Visibility.PARTNERS.value,
        Visibility.INTERNAL.value,
    )
    items: list[Item] = []

    def node(text: str, scope: str, parent: Item | None = None, visibility: str = public) -> Item:
        siblings = [i for i in items if i.parent_id == (parent.id if parent else None)]
        item = ctx.item(
            SCOPE_NODE,
            text,
            parent_id=parent.id if parent else None,
            fields={"scope": scope},
            visibility=visibility,
            position=float(len(siblings)),
        )
        items.append(item)
        return item

    root = node("Public safety in Riverton", "in")
    node("Shared patrols downtown and on the Eastside", "in", root)
    node("Regional crime lab", "out", root)
    facilities = node("Shared facilities", "later", root)
    node("Joint substation on the Eastside", "later", facilities)
    node("Shared firearms training range", "out", facilities, partners)
    youth = node("Youth diversion", "in", root)
    node("Referral path from deputies to the Youth Alliance", "in", youth)
    node("After-school and summer programmes", "in", youth)
    node("Street lighting and safer street design", "in", root)
    node("Repeat break-ins in the downtown core", "in", root)
    node("Mental-health crisis response", "later", root, partners)
    node("Sheriff's overtime budget shortfall", "out", root, internal)
    items.append(
        ctx.item(
            PROBLEM_STATEMENT,
            "Cut repeat calls for service and break-ins downtown and on the Eastside by a "
            "quarter by 2028, by coordinating patrols, youth diversion and street lighting, "
            "without shifting costs from one partner to another.",
            fields={"agreed": True},
            visibility=public,
        )
    )
    return items


SCOPE_THE_ISSUE = register(
    ExerciseKind(
        key="scope_issue",
        family="scoping",
        name="Scope the issue",
        guidance=(
            "Start from the broad topic and break it into sub-issues. Mark each in scope, "
            "out of scope, or later. Finish with one problem statement everybody can repeat."
        ),
        prompt="What exactly are we trying to solve together?",
        minutes=25,
        item_kinds=(SCOPE_NODE, PROBLEM_STATEMENT),
        items=(
            ItemSchema(SCOPE_NODE, (Field("scope", choice("in", "out", "later")),), tree=True),
            ItemSchema(PROBLEM_STATEMENT, (Field("agreed", boolean()),)),
        ),
        panel=f"{PANELS}:ScopePanel",
        room=scope_room,
        summary=scope_summary,
        demo=scope_demo,
    )
)


# ------------------------------------------------------------ positions to interests
def interests(view: AudienceView, block: Block) -> list[Item]:
    """Positions with a recorded interest (the interest is what the room sees)."""
    return [
        i for i in view.items_in(block.id, [POSITION]) if str(i.fields.get("interest", "")).strip()
    ]


def _interest_elements(view: AudienceView, block: Block) -> list[Element]:
    # Build the list from the interest alone: never the position, never the partner.
    seen: set[str] = set()
    entries = []
    for item in interests(view, block):
        text = str(item.fields["interest"]).strip()
        if text.casefold() not in seen:
            seen.add(text.casefold())
            entries.append((item.cluster, text))
    return clustered_bullets(entries)


def positions_room(view: AudienceView, block: Block) -> list[Element]:
    """What we really need: the interests, grouped by cluster."""
    elements = _interest_elements(view, block)
    if not elements:
        return [Paragraph(tr("Room", "No interests recorded yet."), emphasis=True)]
    return [Heading(tr("Room", "What we really need"), level=3), *elements]


def positions_summary(view: AudienceView, block: Block) -> list[Element]:
    """Interests for everyone; the positions they answer, and who stated each, as far as
    the view discloses them (positions never to the public, who stated them only to the
    facilitation team)."""
    items = view.items_in(block.id, [POSITION])
    if not items:
        return nothing_recorded(
            tr("Summary", "No positions or interests were recorded."), view.withheld_in(block.id)
        )
    elements: list[Element] = [
        Heading(tr("Summary", "Interests we share"), level=3),
        *_interest_elements(view, block),
    ]
    stated = [i for i in items if i.text]
    if not stated:
        return elements
    attributed = any(i.partner_id for i in stated)
    headers = (tr("Summary", "Stated position"), tr("Summary", "Interest"))
    if attributed:
        headers += (tr("Summary", "Stated by"),)
        title = tr("Summary", "Positions, interests and who stated them")
    else:
        title = tr("Summary", "Positions and the interests behind them")
    rows = []
    for i in stated:
        row: tuple[str, ...] = (i.text, str(i.fields.get("interest", "")))
        if attributed:
            row += (p.organisation if (p := view.partner(i.partner_id)) else "",)
        rows.append(row)
    return [*elements, Heading(title, level=3), Table(headers, tuple(rows))]


def positions_demo(ctx: DemoContext) -> list[Item]:
    if ctx.meeting != 0:
        return []
    p = ctx.partners_by_name
    entries = [
        (
            "Harlan County Sheriff's Office",
            "Deputies must be able to see the Youth Alliance's case files",
            "Know whether a young person is already in a programme before deciding to arrest",
            "Youth diversion",
            Visibility.PARTNERS,
        ),
        (
            "Eastside Neighbours Council",
            "No cameras on Eastside streets",
            "Residents should not be watched as suspects in their own neighbourhood",
            "Respect",
            Visibility.PARTNERS,
        ),
        (
            "Downtown Riverton Business Association",
            "Two more patrol cars downtown after 6 pm",
            "Customers feel safe enough to stay downtown in the evening",
            "Safe streets",
            Visibility.PUBLIC,
        ),
        (
            "City of Riverton",
            "The City will not pay for lighting on private frontages",
            "A predictable budget with no unplanned costs in the middle of the year",
            "Money",
            Visibility.PARTNERS,
        ),
        (
            "Riverton State University Justice Lab",
            "All incident data goes to the Lab",
            "Data that can be compared year on year, so the evaluation is honest",
            "Evidence",
            Visibility.PUBLIC,
        ),
        (
            "Riverton Youth Alliance",
            "No police officers in our drop-in centre",
            "Young people keep trusting the centre as a safe place",
            "Respect",
            Visibility.PUBLIC,
        ),
        (
            "Harlan County Sheriff's Office",
            "Nothing signed before the November election",
            "Avoid this becoming a campaign issue",
            "",
            Visibility.INTERNAL,
        ),
    ]
    return [
        ctx.item(
            POSITION,
            position,
            fields={"interest": interest},
            cluster=cluster,
            partner_id=p[name].id if name in p else None,
            visibility=vis.value,
            position=float(n),
        )
        for n, (name, position, interest, cluster, vis) in enumerate(entries)
    ]


POSITIONS_TO_INTERESTS = register(
    ExerciseKind(
        key="positions_interests",
        family="scoping",
        name="Positions to interests",
        guidance=(
            "When someone states a fixed solution (a position), ask why it matters to them. "
            "Record the interest behind it. The room sees the interests, not who said what."
        ),
        prompt="Behind each position: what do we really need?",
        minutes=15,
        item_kinds=(POSITION,),
        items=(
            ItemSchema(
                POSITION,
                (Field("interest", text()),),
                # The public reads the interest, never the position; who stated it stays
                # with the facilitation team.
                text=Disclosure.PARTNERS,
                partner=Disclosure.INTERNAL,
            ),
        ),
        panel=f"{PANELS}:PositionsPanel",
        room=positions_room,
        summary=positions_summary,
        demo=positions_demo,
    )
)


# ------------------------------------------------------------------ fact base
def status_of(item: Item) -> str:
    value = str(item.fields.get("status", ""))
    return value if value in FACT_STATUSES else ""


def open_questions(view: AudienceView, block: Block) -> list[Item]:
    return [
        i for i in view.items_in(block.id, [ItemKind.ACTION.value]) if i.fields.get(QUESTION_FIELD)
    ]


def _fact_line(item: Item) -> str:
    source = ", ".join(str(v) for v in (item.fields.get("source"), item.fields.get("date")) if v)
    return f"{item.text} ({source})" if source else item.text


def _question_line(item: Item) -> str:
    owner = str(item.fields.get("owner", "")).strip() or tr("Scoping", "owner needed")
    due = str(item.fields.get("due", "")).strip()
    if due:
        return tr("Scoping", "{q} — {owner}, by {due}").format(q=item.text, owner=owner, due=due)
    return tr("Scoping", "{q} — {owner}").format(q=item.text, owner=owner)


def facts_room(view: AudienceView, block: Block) -> list[Element]:
    """Facts grouped by status (label and symbol), then the open questions."""
    facts = view.items_in(block.id, [FACT])
    elements: list[Element] = []
    for status in FACT_STATUSES:
        group = [f for f in facts if status_of(f) == status]
        if group:
            elements.append(Heading(f"{status_label(status)} ({len(group)})", level=3))
            elements.append(BulletList(tuple(_fact_line(f) for f in group)))
    questions = open_questions(view, block)
    if questions:
        elements.append(Heading(tr("Room", "Open questions"), level=3))
        elements.append(BulletList(tuple(_question_line(q) for q in questions)))
    return elements or [Paragraph(tr("Room", "No facts captured yet."), emphasis=True)]


def facts_summary(view: AudienceView, block: Block) -> list[Element]:
    """Every fact with source, date, contributor and status; open questions as follow-ups."""
    facts = view.items_in(block.id, [FACT])
    order = {s: n for n, s in enumerate(FACT_STATUSES)}
    elements: list[Element] = []
    if facts:
        counts = ", ".join(
            f"{status_label(s)}: {n}"
            for s in FACT_STATUSES
            if (n := sum(1 for f in facts if status_of(f) == s))
        )
        elements.append(Paragraph(counts))
        elements.append(
            Table(
                (
                    tr("Summary", "Fact"),
                    tr("Summary", "Source"),
                    tr("Summary", "Date"),
                    tr("Summary", "Contributor"),
                    tr("Summary", "Status"),
                ),
                tuple(
                    (
                        f.text,
                        str(f.fields.get("source", "")),
                        str(f.fields.get("date", "")),
                        str(f.fields.get("contributor", "")),
                        status_label(status_of(f)),
                    )
                    for f in sorted(facts, key=lambda f: order[status_of(f)])
                ),
            )
        )
    questions = open_questions(view, block)
    if questions:
        elements.append(Heading(tr("Summary", "Open questions (follow-ups)"), level=3))
        elements.append(
            Table(
                (tr("Summary", "Question"), tr("Summary", "Owner"), tr("Summary", "Due")),
                tuple(
                    (q.text, str(q.fields.get("owner", "")), str(q.fields.get("due", "")))
                    for q in questions
                ),
            )
        )
    return elements or nothing_recorded(
        tr("Summary", "No facts were recorded."), view.withheld_in(block.id)
    )


def facts_demo(ctx: DemoContext) -> list[Item]:
    if ctx.meeting != 0:
        return []
    public, partners, internal = (
        Visibility.PUBLIC.value,
        Visibility.PARTNERS.value,
        Visibility.INTERNAL.value,
    )
    facts = [
        (
            "Reported break-ins in the downtown core rose 18% from 2023 to 2025",
            "City crime statistics dashboard",
            "2026-01",
            "Marcus Lee, City of Riverton",
            "agreed",
            public,
        ),
        (
            "Two thirds of juvenile arrests in 2025 were first-time, non-violent offences",
            "Sheriff's Office annual report 2025",
            "2026-03",
            "Lt. Janet Price",
            "agreed",
            public,
        ),
        (
            "Eastside callers wait longer for a patrol car than downtown callers",
            "Eastside Neighbours Council resident survey (412 replies)",
            "2026-06",
            "Rosa Delgado",
            "disputed",
            partners,
        ),
        (
            "About half of the street lights on Eastside main roads are out or dimmed",
            "City 311 street-light tickets",
            "2026-08",
            "Samuel Achebe",
            "needs_data",
            public,
        ),
        (
            "The Youth Alliance served 340 young people in 2025; 12% were referred by police",
            "Youth Alliance programme records",
            "2026-02",
            "Keisha Morales",
            "agreed",
            partners,
        ),
        (
            "50 addresses account for a fifth of all calls for service",
            "Justice Lab analysis of 2024 calls",
            "2025-11",
            "Dr. Helen Cho",
            "",
            partners,
        ),
        (
            "A lawsuit over the 2024 Eastside use-of-force incident is still pending",
            "County counsel",
            "2026-09",
            "Sheriff Ray Okafor",
            "",
            internal,
        ),
    ]
    items = [
        ctx.item(
            FACT,
            text,
            fields={"source": source, "date": date, "contributor": who, "status": status},
            visibility=vis,
            position=float(n),
        )
        for n, (text, source, date, who, status, vis) in enumerate(facts)
    ]
    questions = [
        (
            "How many Eastside street lights are actually out?",
            "Dana Whitfield",
            "2026-10-09",
            public,
        ),
        (
            "Can response times be shared by neighbourhood without identifying callers?",
            "Lt. Janet Price",
            "2026-10-13",
            partners,
        ),
    ]
    items += [
        ctx.item(
            ItemKind.ACTION.value,
            text,
            fields={"owner": owner, "due": due, QUESTION_FIELD: True},
            visibility=vis,
            position=float(10 + n),
        )
        for n, (text, owner, due, vis) in enumerate(questions)
    ]
    return items


FACT_BASE = register(
    ExerciseKind(
        key="fact_base",
        family="scoping",
        name="Fact base",
        guidance=(
            "List the facts that matter, each with its source and date. Ask the room whether "
            "it is agreed, disputed, or needs data. Open questions get an owner and a date."
        ),
        prompt="What do we know, how do we know it, and what do we still need to find out?",
        minutes=25,
        item_kinds=(FACT, ItemKind.ACTION.value),
        items=(
            ItemSchema(
                FACT,
                (
                    Field("source", text(2000)),
                    Field("date", text(100)),
                    Field("contributor", text(1000)),
                    Field("status", choice("agreed", "disputed", "needs_data")),
                ),
            ),
        ),
        panel=f"{PANELS}:FactBasePanel",
        room=facts_room,
        summary=facts_summary,
        demo=facts_demo,
    )
)
