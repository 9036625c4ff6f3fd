"""The fact base: facts with source, date and contributor, and the room's status for each;
open questions become follow-ups with an owner and a date (PRODUCT.md section 2)."""

from __future__ import annotations

from ..domain.document import Element, Heading, Paragraph, Table
from ..domain.records import Block, Item, ItemKind
from ..domain.schema import ChoiceSet, Field, ItemSchema, text
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import demo_data
from .common import nothing_recorded, titled_list
from .registry import CsvTable, DemoContext, ExerciseKind, Guide, PhoneInput, register

#: A fact: fields source, date, contributor, status (see FACT_STATUS).
FACT = "fact"
#: Open questions of the fact base are ItemKind.ACTION items with fields
#: owner, due and question=True, so the workshop's action list shows them.
QUESTION_FIELD = "question"
#: The room's status for a fact, and its words with a symbol ("": not yet discussed).
FACT_STATUS = ChoiceSet(
    "status",
    "Scoping",
    (
        ("agreed", "✔ Agreed"),
        ("disputed", "⚠ Disputed"),
        ("needs_data", "? Needs data"),
        ("", "Not yet discussed"),
    ),
)
# The names the panel knows the set by.
STATUS_LABELS = FACT_STATUS
status_label = FACT_STATUS.label
status_of = FACT_STATUS.of


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
    for status in FACT_STATUS.values:
        group = [f for f in facts if FACT_STATUS.of(f) == status]
        title = f"{FACT_STATUS.label(status)} ({len(group)})"
        elements += titled_list(title, (_fact_line(f) for f in group))
    questions = open_questions(view, block)
    elements += titled_list(tr("Room", "Open questions"), (_question_line(q) for q in questions))
    return elements or [Paragraph(tr("Room", "No facts captured yet."), emphasis=True)]


def facts_summary(view: AudienceView, block: Block) -> list[Element]:
    """Every fact with source, date, contributor and status; open questions as follow-ups."""
    facts = view.items_in(block.id, [FACT])
    order = {s: n for n, s in enumerate(FACT_STATUS.values)}
    elements: list[Element] = []
    if facts:
        counts = ", ".join(
            f"{FACT_STATUS.label(s)}: {n}"
            for s in FACT_STATUS.values
            if (n := sum(1 for f in facts if FACT_STATUS.of(f) == s))
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
                        FACT_STATUS.label(FACT_STATUS.of(f)),
                    )
                    for f in sorted(facts, key=lambda f: order[FACT_STATUS.of(f)])
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
    items = [
        ctx.item(
            FACT,
            text,
            fields={"source": source, "date": date, "contributor": who, "status": status},
            visibility=visibility,
            position=float(n),
        )
        for n, (text, source, date, who, status, visibility) in enumerate(demo_data.FACTS)
    ]
    items += [
        ctx.item(
            ItemKind.ACTION.value,
            text,
            fields={"owner": owner, "due": due, QUESTION_FIELD: True},
            visibility=visibility,
            position=float(10 + n),
        )
        for n, (text, owner, due, visibility) in enumerate(demo_data.QUESTIONS)
    ]
    return items


GUIDE = Guide(
    purpose=(
        "Build a set of facts the partners accept, each with its source, so later discussions are "
        "about what to do rather than what is true."
    ),
    steps=(
        "Type each fact with its source, date and who brought it (Tab moves between the boxes).",
        (
            "Ask the room about each fact: agreed, disputed or needs data? Alt and the underlined "
            "letter mark it."
        ),
        (
            "For a disputed fact or a missing number, add an open question with an owner and a due "
            "date."
        ),
        "Review the open questions at the end: they become action items in the summary.",
    ),
    tips=(
        "Ask for the source before the fact is discussed: it changes how people argue about it.",
        "A disputed fact is not a failure: it tells you what data the partnership needs.",
    ),
    pitfalls=(
        (
            "Letting one partner's figures stand as fact because they came first or look the most "
            "official."
        ),
        "Open questions without an owner and a date never come back.",
    ),
)


FACT_BASE = register(
    ExerciseKind(
        key="fact_base",
        family="scoping",
        guide=GUIDE,
        order=3,
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
                    FACT_STATUS.field,
                ),
            ),
        ),
        room=facts_room,
        summary=facts_summary,
        tables=(CsvTable("facts", (FACT,)),),
        demo=facts_demo,
        phone=PhoneInput.text("A fact we should all know (and its source)", ("fact", "Fact")),
    )
)
