"""The fact base: facts with source, date and contributor, and the room's status for each;
open questions become follow-ups with an owner and a date (PRODUCT.md section 2)."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import edits
from ..domain.document import Element, Heading, Paragraph, Table
from ..domain.edits import Edit
from ..domain.records import Block, Item, ItemKind, Visibility, Workshop
from ..domain.schema import (
    COUNT_LIMIT,
    ChoiceSet,
    Disclosure,
    Field,
    ItemSchema,
    boolean,
    integer,
    item_ref,
    list_of,
    text,
)
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView
from ..i18n import format_date, tr
from . import demo_data
from .common import follow_ups_table, nothing_recorded, tally_counts, titled_list
from .registry import Ballot, CsvTable, DemoContext, ExerciseKind, Guide, PhoneInput, register

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


#: What the room's phones say of one fact: fields ``fact_id`` (the fact), ``counts``
#: (how many said agreed, disputed, needs data: a result, hidden until revealed) and
#: ``from_phones``. Seen only by whoever sees the fact. The facilitator still sets the
#: fact's status; the phones inform it.
FACT_CHECK = "fact_check"
#: The answers a phone may give about a fact, as (value, words): the order of ``counts``.
PHONE_STATUSES = ((1, "agreed"), (2, "disputed"), (3, "needs_data"))
FROM_PHONES = "from_phones"


def phone_facts(block: Block, items: Sequence[Item]) -> list[tuple[str, str]]:
    """The facts of ``block`` a phone is asked about (those the room sees), by id."""
    return [(i.id, i.text) for i in items if i.kind == FACT and i.block_id == block.id]


def phone_fact_check(
    items: Sequence[Item], workshop: Workshop, block: Block, fact_id: str, ballot: Ballot
) -> Edit | None:
    """The edit that counts one phone's answer about the fact ``fact_id`` (1 agreed, 2
    disputed, 3 needs data), replacing its previous one; None when nothing changes."""
    value = ballot.value
    previous = ballot.previous.value if ballot.previous else None
    if value == previous or not 1 <= value <= len(PHONE_STATUSES):
        return None
    check = next(
        (i for i in items if i.kind == FACT_CHECK and i.fields.get("fact_id") == fact_id), None
    )
    counts = room_counts(check)
    if previous is not None and 1 <= previous <= len(counts):
        counts[previous - 1] = max(0, counts[previous - 1] - 1)
    counts[value - 1] += 1
    description = tr("Phone", "A fact checked by the room")
    if check is None:
        fields = {"fact_id": fact_id, "counts": counts, FROM_PHONES: True}
        new = Item(
            workshop.id,
            FACT_CHECK,
            tr("Scoping", "The room's view of a fact"),
            block_id=block.id,
            visibility=Visibility.PUBLIC.value,
            fields=fields,
        )
        return edits.add(description, new)
    return edits.set_fields(description, [check], counts=counts)


def room_counts(check: Item | None) -> list[int]:
    """How many phones said agreed, disputed, needs data (three numbers, never negative)."""
    raw = check.fields.get("counts") if check is not None else None
    return tally_counts(raw, len(PHONE_STATUSES))


def room_checks(view: WorkshopSnapshot, block: Block) -> dict[str, list[int]]:
    """What the phones said of each fact of ``block`` the view shows results of, by fact."""
    checks: dict[str, list[int]] = {}
    for check in view.items_in(block.id, [FACT_CHECK]):
        fact_id, counts = check.fields.get("fact_id"), room_counts(check)
        if isinstance(fact_id, str) and "counts" in check.fields and any(counts):
            checks[fact_id] = counts
    return checks


def room_says(counts: list[int]) -> str:
    """The phones' answers in words: "phones: 12 agreed, 3 disputed, 1 needs data"."""
    words = (
        tr("Scoping", "{n} agreed"),
        tr("Scoping", "{n} disputed"),
        tr("Scoping", "{n} needs data"),
    )
    answers = ", ".join(w.format(n=n) for n, w in zip(counts, words, strict=True) if n)
    return tr("Scoping", "phones: {answers}").format(answers=answers)


def open_questions(view: AudienceView, block: Block) -> list[Item]:
    return [
        i for i in view.items_in(block.id, [ItemKind.ACTION.value]) if i.fields.get(QUESTION_FIELD)
    ]


def _fact_line(item: Item) -> str:
    source = ", ".join(str(v) for v in (item.fields.get("source"), item.fields.get("date")) if v)
    return f"{item.text} ({source})" if source else item.text


def _checked_line(item: Item, checks: dict[str, list[int]]) -> str:
    counts = checks.get(item.id)
    return f"{_fact_line(item)} — {room_says(counts)}" if counts else _fact_line(item)


def _question_line(item: Item) -> str:
    owner = str(item.fields.get("owner", "")).strip() or tr("Scoping", "owner needed")
    due = format_date(str(item.fields.get("due", "")).strip())
    if due:
        return tr("Scoping", "{q} — {owner}, by {due}").format(q=item.text, owner=owner, due=due)
    return tr("Scoping", "{q} — {owner}").format(q=item.text, owner=owner)


def facts_room(view: AudienceView, block: Block) -> list[Element]:
    """Facts grouped by status (label and symbol), with what the phones said of each
    once results are shown, then the open questions."""
    facts = view.items_in(block.id, [FACT])
    checks = room_checks(view, block)
    elements: list[Element] = []
    for status in FACT_STATUS.values:
        group = [f for f in facts if FACT_STATUS.of(f) == status]
        title = f"{FACT_STATUS.label(status)} ({len(group)})"
        elements += titled_list(title, (_checked_line(f, checks) for f in group))
    questions = open_questions(view, block)
    elements += titled_list(tr("Room", "Open questions"), (_question_line(q) for q in questions))
    return elements or [Paragraph(tr("Room", "No facts captured yet."), emphasis=True)]


def facts_summary(view: AudienceView, block: Block) -> list[Element]:
    """Every fact with source, date, contributor and status; open questions as follow-ups."""
    facts = view.items_in(block.id, [FACT])
    checks = room_checks(view, block)
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
                    *((tr("Summary", "From phones"),) if checks else ()),
                ),
                tuple(
                    (
                        f.text,
                        str(f.fields.get("source", "")),
                        str(f.fields.get("date", "")),
                        str(f.fields.get("contributor", "")),
                        FACT_STATUS.label(FACT_STATUS.of(f)),
                        *((room_says(checks[f.id]) if f.id in checks else "",) if checks else ()),
                    )
                    for f in sorted(facts, key=lambda f: order[FACT_STATUS.of(f)])
                ),
            )
        )
    questions = open_questions(view, block)
    if questions:
        elements.append(Heading(tr("Summary", "Open questions (follow-ups)"), level=3))
        elements.append(follow_ups_table(tr("Summary", "Question"), questions))
    return elements or nothing_recorded(
        tr("Summary", "No facts were recorded."), view.withheld_in(block.id)
    )


def facts_demo(ctx: DemoContext) -> list[Item]:
    facts = {
        0: demo_data.FACTS,
        2: demo_data.CHECK_IN_FACTS,
        3: demo_data.DESIGN_FACTS,
    }.get(ctx.meeting)
    if facts is None:
        return []
    items = [
        ctx.item(
            FACT,
            text,
            fields={"source": source, "date": date, "contributor": who, "status": status},
            visibility=visibility,
            position=float(n),
        )
        for n, (text, source, date, who, status, visibility) in enumerate(facts)
    ]
    if ctx.meeting:
        return items
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
        when=(
            "After the issue is scoped and before measures are chosen, and again when new "
            "figures or reports come in."
        ),
        group_size="6 to 30 people; the partners who hold the data should be there.",
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
            ItemSchema(
                FACT_CHECK,
                (
                    Field("fact_id", item_ref(FACT)),
                    Field(
                        "counts",
                        list_of(integer(0, COUNT_LIMIT), max_items=len(PHONE_STATUSES)),
                        Disclosure.RESULT,
                    ),
                    Field(FROM_PHONES, boolean()),
                ),
                about="fact_id",
            ),
        ),
        room=facts_room,
        summary=facts_summary,
        tables=(CsvTable("facts", (FACT,)),),
        demo=facts_demo,
        phone=(
            PhoneInput.text("A fact we should all know (and its source)", (FACT, "Fact")),
            PhoneInput(
                "rating",
                ((FACT_CHECK, "Fact check"),),
                "Is each fact agreed, disputed, or does it need data?",
                questions=phone_facts,
                # In words only: the phone marks the answer given with a tick.
                scale=((1, "Agreed"), (2, "Disputed"), (3, "Needs data")),
                count=phone_fact_check,
            ),
        ),
    )
)
