"""Handouts: the paper a facilitator puts on the tables, as plain data.

:func:`handouts` reads one meeting as the room may see it and says which sheets to
print and what each says: the agenda with start times, a sign-in sheet prefilled from
the roster, then, block by block, what the room answers on paper. The words of every
sheet come from the same declarations the tally screens and the phones use, so a sheet
is counted into its screen without translation:

* a block whose kind takes a *rating* from phones (``ExerciseKind.phone``) gets a
  ballot with the same questions in the same order and the same scale words (the trust
  check-in's statements 1–5, each indicator with fist-to-five or gradients of
  agreement); a rating drawn from a budget of dots becomes a dot-vote sheet;
* a block whose items count dots (an item field named ``dots``: the shared vision's
  statements) gets a dot-vote sheet of those items;
* a block whose kind takes *text* from phones (a capture block) gets a page of idea
  cards with its prompt;
* a meeting with any phone input gets the join card.

Nothing here lays out a page: :mod:`workshop_app.ui.handouts_pdf` prints the sheets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.attendance import representatives_of
from ..domain.decision_rules import METHOD_NAMES, DecisionRule, method_of
from ..domain.records import Block
from ..domain.schedule import MeetingPlan, minutes_text, plan_setting_key, time_after
from ..domain.schema import item_schema
from ..domain.visibility import Audience, AudienceView
from ..exercises.registry import PhoneInput, get_kind
from ..exercises.vote_tally import vote_on
from ..i18n import format_date, speaking_output, tr, tr_stored
from ..storage import Store

#: Lines left empty on the sign-in sheet for people not on the roster.
WALK_IN_LINES = 10
#: Lines to write on when a ballot's questions are not known yet (proposed in the meeting).
WRITE_IN_LINES = 6
#: Idea cards on a page (two columns).
CARDS_PER_PAGE = 6
#: Dots each person places where the block does not say (the shared vision's guide: three).
DEFAULT_DOTS = 3


@dataclass(frozen=True)
class AgendaRow:
    start: str  # "18:20", or how long after the start ("20 min") without a start time
    title: str
    prompt: str
    minutes: str  # the timebox in words


@dataclass(frozen=True)
class AgendaSheet:
    title: str
    note: str  # date, place, planned start and end
    start_heading: str
    rows: tuple[AgendaRow, ...]
    total: str


@dataclass(frozen=True)
class SignInSheet:
    title: str
    note: str
    #: Name and Organisation first, as the attendance import reads them back.
    headings: tuple[str, str, str]
    rows: tuple[tuple[str, str], ...]  # (name, organisation) from the roster
    blank_rows: int


@dataclass(frozen=True)
class BallotSheet:
    """One person's answers: a box per scale word on each question's line."""

    title: str
    note: str  # what to do, the method and the decision rule
    question_heading: str
    questions: tuple[str, ...]
    scale: tuple[str, ...]  # the answers, in the tally screen's column order
    blank_rows: int = 0


@dataclass(frozen=True)
class DotSheet:
    """A dot vote: each item with room for the dots the people stick or draw."""

    title: str
    note: str
    question_heading: str
    dots_heading: str
    questions: tuple[str, ...]
    blank_rows: int = 0


@dataclass(frozen=True)
class CardSheet:
    """A page of idea cards to cut apart, each with the block's prompt."""

    title: str
    prompt: str
    label: str  # what the card asks for ("Your hope or concern")
    choices: tuple[str, ...]  # what a card can be, ticked (Hope, Concern); () for one kind
    count: int = CARDS_PER_PAGE


@dataclass(frozen=True)
class JoinSheet:
    """The join card for phones. ``address`` and ``code`` are "" when not known yet
    (the room is not open: the code is made when it opens)."""

    meeting: str
    address: str = ""
    code: str = ""


Sheet = AgendaSheet | SignInSheet | BallotSheet | DotSheet | CardSheet | JoinSheet


@dataclass(frozen=True)
class Handouts:
    """Everything to print for one meeting, in order."""

    title: str
    footer: str  # the workshop's title, on every page
    sheets: tuple[Sheet, ...]


@dataclass(frozen=True)
class JoinAddress:
    """Where phones join: the address, and the code when the room is open."""

    address: str
    code: str = ""


def meeting_plan(store: Store, workshop_id: str) -> MeetingPlan | None:
    """The meeting's plan (its start time), if one was set."""
    return MeetingPlan.from_setting(store.setting(plan_setting_key(workshop_id)))


@speaking_output()
def handouts_for(store: Store, workshop_id: str, join: JoinAddress | None = None) -> Handouts:
    """The handouts of ``workshop_id`` as the room may see it (raises ExportError for
    an unknown workshop). Reads the database: call on the thread that owns it."""
    from . import workshop_view

    view = workshop_view(store, workshop_id, Audience.ROOM)
    return handouts(view, meeting_plan(store, workshop_id), join)


def handouts(
    view: AudienceView, plan: MeetingPlan | None = None, join: JoinAddress | None = None
) -> Handouts:
    """The sheets for the meeting in ``view`` (the room's view: nothing internal)."""
    workshop = view.workshop
    sheets: list[Sheet] = [agenda_sheet(view, plan), sign_in_sheet(view)]
    if any(get_kind(b.kind).phone_inputs for b in view.blocks):
        join = join or JoinAddress("")
        sheets.append(JoinSheet(workshop.title, join.address, join.code))
    for block in view.blocks:
        sheets.extend(block_sheets(view, block))
    footer = " – ".join(t for t in (workshop.title, workshop.date) if t)
    return Handouts(
        tr("Handouts", "Handouts: {meeting}").format(meeting=workshop.title), footer, tuple(sheets)
    )


def agenda_sheet(view: AudienceView, plan: MeetingPlan | None) -> AgendaSheet:
    """The agenda: each block with its start time (from the plan's start) and timebox."""
    start = plan.start if plan is not None else ""
    rows = []
    elapsed = 0
    for block in view.blocks:
        at = time_after(start, elapsed) if start else minutes_text(elapsed)
        prompt = tr_stored(block.prompt) or tr("Exercises", get_kind(block.kind).prompt)
        title = tr_stored(block.title)
        rows.append(AgendaRow(at, title, prompt, minutes_text(block.timebox_minutes)))
        elapsed += block.timebox_minutes
    workshop = view.workshop
    facts = [format_date(workshop.date, long=True), workshop.place, view.collaboration.name]
    if start:
        facts.append(
            tr("Handouts", "from {start} to {end}").format(
                start=start, end=time_after(start, elapsed)
            )
        )
    return AgendaSheet(
        workshop.title,
        " · ".join(f for f in facts if f),
        tr("Handouts", "Start") if start else tr("Handouts", "After"),
        tuple(rows),
        tr("Handouts", "Total: {length}").format(length=minutes_text(elapsed)),
    )


def sign_in_sheet(view: AudienceView) -> SignInSheet:
    """The roster's people partner by partner (an organisation without names gets a line
    of its own), then empty lines for walk-ins."""
    rows: list[tuple[str, str]] = []
    for partner in view.partners:
        names = [] if view.withheld_field(partner, "representatives") else None
        names = representatives_of(partner) if names is None else names
        rows.extend((name, partner.organisation) for name in names or [""])
    return SignInSheet(
        tr("Handouts", "Sign-in: {meeting}").format(meeting=view.workshop.title),
        tr(
            "Handouts",
            "Please tick your name, or write it on an empty line with your organisation.",
        ),
        # The attendance import finds these columns by these words.
        (tr("Handouts", "Name"), tr("Handouts", "Organisation"), tr("Handouts", "Signature")),
        tuple(rows),
        WALK_IN_LINES,
    )


def block_sheets(view: AudienceView, block: Block) -> list[Sheet]:
    """What the room answers on paper in ``block``: idea cards first (what is proposed),
    then the ballot or dot vote (what is decided)."""
    kind = get_kind(block.kind)
    sheets: list[Sheet] = []
    text = kind.phone_input("text")
    if text is not None:
        sheets.append(card_sheet(block, kind.prompt, text))
    rating = kind.phone_input("rating")
    if rating is not None and rating.scale_of(block):
        sheets.append(rating_sheet(view, block, rating))
    for item_kind in kind.item_kinds:
        schema = item_schema(item_kind)
        if schema is not None and any(f.name == "dots" for f in schema.fields):
            items = view.items_in(block.id, [item_kind])
            dots = block.settings.get("dots_per_person")
            dots = dots if isinstance(dots, int) and dots > 0 else DEFAULT_DOTS
            sheets.append(dot_sheet(block, [i.text for i in items], dots))
    return sheets


def card_sheet(block: Block, kind_prompt: str, text: PhoneInput) -> CardSheet:
    return CardSheet(
        block.title,
        block.prompt or tr("Exercises", kind_prompt),
        tr("Phone", text.label),
        tuple(tr("Phone", label) for _, label in text.kinds) if len(text.kinds) > 1 else (),
    )


def rating_sheet(view: AudienceView, block: Block, rating: PhoneInput) -> BallotSheet | DotSheet:
    """The paper twin of a phone's rating: the same questions, the same scale."""
    questions = tuple(words for _, words in rating.questions(block, view.items))
    blank = 0 if questions else WRITE_IN_LINES
    dots = rating.budget_size(block) if rating.budget_size else None
    if dots is not None:
        most = max(v for v, _ in rating.scale_of(block))
        return dot_sheet(block, questions, dots, most, vote_on(block).noun())
    question = tr("Phone", rating.label)
    if not question.endswith(("?", ".", ":")):
        question += ":"
    notes = [
        tr("Handouts", "{question} Put a cross in one box on each line.").format(question=question)
    ]
    method = block.settings.get("method")
    if method is not None:
        method = method_of(method)
        rule = DecisionRule.from_settings(block.settings.get("rule"))
        notes.append(
            tr("Handouts", "Method: {method}.").format(method=tr("Votes", METHOD_NAMES[method]))
        )
        notes.append(rule.describe(method))
    heading = vote_on(block).noun() if method is not None else tr("Handouts", "Statement")
    return BallotSheet(
        block.title,
        " ".join(notes),
        heading,
        questions,
        tuple(tr("Phone", label) for _, label in rating.scale_of(block)),
        blank,
    )


def dot_sheet(
    block: Block, questions: Sequence[str], dots: int, most: int = 0, heading: str = ""
) -> DotSheet:
    """A dot vote on ``questions``: ``dots`` each, at most ``most`` on one (0: any)."""
    note = tr("Handouts", "Place your {n} dots next to what you support most.").format(n=dots)
    if most == 1:
        note += " " + tr("Handouts", "At most one dot on each line.")
    elif most > 1:
        note += " " + tr("Handouts", "At most {n} dots on one line.").format(n=most)
    return DotSheet(
        block.title,
        note,
        heading or tr("Handouts", "Statement"),
        tr("Handouts", "Dots"),
        tuple(questions),
        0 if questions else WRITE_IN_LINES,
    )
