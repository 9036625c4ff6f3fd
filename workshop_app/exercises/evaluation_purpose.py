"""Evaluation purpose: what the partnership's evaluation is for (learning, accountability,
funding), for whom, when they need it, and with which indicators (the toolkit's last
step). Agreeing this first keeps an evaluation from answering nobody's question.

``evaluation_question`` items: ``text`` is the question the evaluation must answer;
fields ``purpose`` (see :data:`PURPOSES`), ``audience`` (who reads the answer),
``needed_by`` (when they need it, in words), ``indicators`` (which measures answer it, in
words) and ``agreed`` (true once the room adopts the question).
"""

from __future__ import annotations

from ..domain.document import Element, Heading, Paragraph, Table
from ..domain.records import Block
from ..domain.schema import ChoiceSet, Field, ItemSchema, boolean, text
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import room_or_question, summary_or_nothing
from .registry import CsvTable, ExerciseKind, Guide, PhoneInput, demo_rows, register

KEY = "evaluation_purpose"
QUESTION = "evaluation_question"

PURPOSES = ChoiceSet(
    "purpose",
    "Evaluation",
    (
        ("", "Purpose not chosen yet"),
        ("learning", "Learning: what works, what to change"),
        ("accountability", "Accountability: did we do what we promised"),
        ("funding", "Funding: the case for continuing"),
    ),
)


def _elements(view: AudienceView, block: Block, context: str) -> list[Element]:
    questions = view.items_in(block.id, [QUESTION])
    if not questions:
        return []
    agreed = sum(1 for q in questions if q.fields.get("agreed"))
    yes, not_yet = tr(context, "✔ Agreed"), tr(context, "Not yet")
    elements: list[Element] = [
        Paragraph(
            tr(context, "{n} questions for the evaluation; {agreed} agreed.").format(
                n=len(questions), agreed=agreed
            ),
            emphasis=context == "Room",
        )
    ]
    for value, _ in PURPOSES:
        group = [q for q in questions if str(q.fields.get("purpose", "")) == value]
        if not group:
            continue
        elements.append(Heading(PURPOSES.label(value), level=3))
        elements.append(
            Table(
                (
                    tr(context, "Question"),
                    tr(context, "For whom"),
                    tr(context, "Needed by"),
                    tr(context, "Indicators"),
                    tr(context, "Agreed?"),
                ),
                tuple(
                    (
                        q.text,
                        str(q.fields.get("audience", "")),
                        str(q.fields.get("needed_by", "")),
                        str(q.fields.get("indicators", "")),
                        yes if q.fields.get("agreed") else not_yet,
                    )
                    for q in group
                ),
            )
        )
    return elements


#: Demo questions: text, purpose, for whom, needed by, indicators, agreed.
_DEMO = (
    (
        "Are fewer young people arrested for a first, non-violent offence?",
        "learning",
        "The partners and the Youth Alliance's board",
        "Every quarter",
        "Youth referrals instead of arrest",
        True,
    ),
    (
        "Did repeat calls at the 50 busiest addresses fall by a quarter?",
        "accountability",
        "City Council and residents",
        "End of 2027",
        "Repeat calls at the 50 busiest addresses",
        True,
    ),
    (
        "Is the pilot worth funding for a second term?",
        "funding",
        "The Riverton Community Foundation",
        "June 2027",
        "Cost per call avoided; referrals",
        False,
    ),
)


GUIDE = Guide(
    purpose=(
        "Agree what the evaluation is for before anyone collects data for it: learning, "
        "accountability or funding each need different questions, readers and timing."
    ),
    steps=(
        "Ask: who will read the evaluation, and what decision will they make with it?",
        (
            "Choose the purpose (Alt+U), type the question the evaluation must answer and press "
            "Enter; Tab to say for whom, by when and with which indicators."
        ),
        "Read the questions back by purpose and mark those the room adopts (Ctrl+Return).",
        "Check that every adopted question has an indicator that can answer it.",
    ),
    tips=(
        "A funder's question and a learning question can both be asked, but say which is which.",
        "Write the question as the reader would ask it, not as the evaluator would.",
    ),
    pitfalls=(
        "An evaluation for everyone is read by no one: name the reader of each question.",
        "Questions no indicator can answer: drop them or add the indicator now.",
    ),
)


EVALUATION_PURPOSE = register(
    ExerciseKind(
        key=KEY,
        family="measures",
        guide=GUIDE,
        when=(
            "Once the measures are agreed and before the first report is due: when the "
            "partnership plans how it will judge itself."
        ),
        group_size=(
            "Any size; with more than 15 people, let each sector propose its questions, then "
            "agree them together."
        ),
        order=7,
        name="Evaluation purpose",
        guidance=(
            "Agree what the evaluation is for: choose the purpose (learning, accountability, "
            "funding), type the question it must answer, say for whom, by when and with which "
            "indicators. Mark the questions the room adopts."
        ),
        prompt="What must our evaluation tell us, and whom?",
        minutes=20,
        items=(
            ItemSchema(
                QUESTION,
                (
                    PURPOSES.field,
                    Field("audience", text(1000)),
                    Field("needed_by", text(200)),
                    Field("indicators", text(2000)),
                    Field("agreed", boolean()),
                ),
            ),
        ),
        room=room_or_question(
            _elements, lambda: tr("Room", "What must our evaluation tell us, and whom?")
        ),
        summary=summary_or_nothing(
            _elements, lambda: tr("Summary", "No questions for the evaluation were recorded.")
        ),
        tables=(CsvTable("evaluation_questions", (QUESTION,)),),
        demo=demo_rows(
            QUESTION,
            ("text", "purpose", "audience", "needed_by", "indicators", "agreed"),
            _DEMO,
            visibility="public",
        ),
        phone=PhoneInput.text(
            "A question the evaluation should answer", (QUESTION, "Evaluation question")
        ),
    )
)
