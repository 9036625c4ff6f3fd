"""Since last meeting: the first block of a follow-up. The room sees the action items of
the collaboration's earlier meetings by owner, still open or closed since the last one,
with their status as the facilitator sets it; the decisions of the last meeting to
revisit; and the parking-lot topics the facilitator brings into this meeting.

``carried_topic`` items: ``text`` is the topic; field ``carried_from`` names the parking
item of an earlier meeting it came from (none for a topic typed here), ``raised`` the
meeting that parked it, in words. Every summary after a collaboration's first meeting
starts with what changed since the last one (:func:`actions_recap`).
"""

from __future__ import annotations

from ..domain.actions import CLOSED, DONE, DROPPED, overdue_days, status_of, status_words
from ..domain.document import BulletList, Element, Heading, Paragraph, Table
from ..domain.records import Block, Item, ItemKind
from ..domain.schema import Field, ItemSchema, item_ref, text
from ..domain.snapshot import EarlierMeeting
from ..domain.visibility import AudienceView
from ..i18n import format_date, tr
from .common import nothing_recorded, short_meeting_label
from .registry import DemoContext, ExerciseKind, Guide, register

KEY = "since_last_meeting"
CARRIED = "carried_topic"
ACTION, DECISION, PARKING = ItemKind.ACTION.value, ItemKind.DECISION.value, ItemKind.PARKING.value


def last_meeting(view: AudienceView) -> EarlierMeeting | None:
    """The collaboration's meeting just before this one (None for a first meeting)."""
    return view.earlier[-1] if view.earlier else None


def earlier_items(view: AudienceView, kind: str) -> list[tuple[EarlierMeeting, Item]]:
    """The items of ``kind`` of every earlier meeting this audience sees, oldest first."""
    return [(m, i) for m in view.earlier for i in m.items if i.kind == kind]


def the_day(view: AudienceView) -> str:
    """The day this meeting is held (today when it has no date yet): what "overdue" and
    "since" are measured against."""
    if view.workshop.date:
        return view.workshop.date
    from datetime import date

    return date.today().isoformat()


def closed_since_last(action: Item, view: AudienceView) -> bool:
    """Was ``action`` done or dropped since the last meeting (on or after its day)?"""
    last = last_meeting(view)
    since = last.workshop.date if last is not None else ""
    return status_of(action) in CLOSED and str(action.fields.get("status_date", "")) >= since


def follow_up_actions(view: AudienceView) -> list[tuple[EarlierMeeting, Item]]:
    """The actions of earlier meetings the room goes through: those not finished, and
    those finished since the last meeting. By owner (no owner last), then due date."""
    found = [
        (m, a)
        for m, a in earlier_items(view, ACTION)
        if status_of(a) not in CLOSED or closed_since_last(a, view)
    ]

    def order(pair: tuple[EarlierMeeting, Item]) -> tuple:
        owner = str(pair[1].fields.get("owner", "") or "")
        return (not owner, owner.casefold(), str(pair[1].fields.get("due", "") or "9999"))

    return sorted(found, key=order)


def carried_ids(view: AudienceView) -> set[str]:
    """Parking items already brought into a meeting (this one or an earlier one)."""
    here = view.items_of_kind(CARRIED)
    before = [i for _, i in earlier_items(view, CARRIED)]
    return {str(i.fields.get("carried_from", "")) for i in [*here, *before]} - {""}


def parked_earlier(view: AudienceView) -> list[tuple[EarlierMeeting, Item]]:
    """Parking-lot topics of earlier meetings that no meeting has taken up yet."""
    taken = carried_ids(view)
    return [(m, i) for m, i in earlier_items(view, PARKING) if i.id not in taken]


def carry(workshop_id: str, block: Block, chosen: list[tuple[EarlierMeeting, Item]]) -> list[Item]:
    """New topics of ``block`` for the parking items ``chosen`` (with the meeting that
    parked each), keeping who may see each."""
    return [
        Item(
            workshop_id=workshop_id,
            block_id=block.id,
            kind=CARRIED,
            text=item.text,
            visibility=item.visibility,
            fields={"carried_from": item.id, "raised": short_meeting_label(meeting)},
        )
        for meeting, item in chosen
    ]


def _owner(action: Item, context: str) -> str:
    return str(action.fields.get("owner", "") or tr(context, "no owner yet"))


def _actions_table(
    view: AudienceView, actions: list[tuple[EarlierMeeting, Item]], context: str
) -> list[Element]:
    if not actions:
        return []
    day = the_day(view)
    rows = []
    for _, action in actions:
        late = overdue_days(action, day)
        status = status_words(action)
        if late:
            overdue = "{status}, %n day overdue" if late == 1 else "{status}, %n days overdue"
            status = tr(context, overdue, late).format(status=status)
        due = format_date(str(action.fields.get("due", ""))) or tr(context, "no date yet")
        rows.append((_owner(action, context), action.text, due, status))
    return [
        Table(
            (
                tr(context, "Owner"),
                tr(context, "Action"),
                tr(context, "Due"),
                tr(context, "Status"),
            ),
            tuple(rows),
        )
    ]


def _counts(
    view: AudienceView, actions: list[tuple[EarlierMeeting, Item]], context: str
) -> Paragraph:
    day = the_day(view)
    done = sum(status_of(a) == DONE for _, a in actions)
    dropped = sum(status_of(a) == DROPPED for _, a in actions)
    still = [a for _, a in actions if status_of(a) not in CLOSED]
    late = sum(bool(overdue_days(a, day)) for a in still)
    return Paragraph(
        tr(
            context,
            "Since the last meeting: {done} done, {dropped} dropped; {open} still open, "
            "{late} of them overdue.",
        ).format(done=done, dropped=dropped, open=len(still), late=late),
        emphasis=context == "Room",
    )


def _elements(view: AudienceView, block: Block, context: str) -> list[Element]:
    elements: list[Element] = []
    actions = follow_up_actions(view)
    if view.earlier:
        elements.append(_counts(view, actions, context))
    elements += _actions_table(view, actions, context)
    if ACTION in view.earlier_withheld:
        elements.append(
            Paragraph(
                tr(context, "Some actions of earlier meetings are not for this audience."),
                emphasis=True,
            )
        )
    last = last_meeting(view)
    decisions = [i.text for i in last.items if i.kind == DECISION] if last else []
    if decisions:
        elements += [
            Heading(
                tr(context, "Decisions of the last meeting ({meeting})").format(
                    meeting=short_meeting_label(last)
                ),
                level=3,
            ),
            BulletList(tuple(decisions)),
        ]
    topics = view.items_in(block.id, [CARRIED])
    if topics:
        elements += [
            Heading(tr(context, "Brought into this meeting"), level=3),
            BulletList(
                tuple(
                    tr(context, "{topic} (parked at {meeting})").format(
                        topic=t.text, meeting=t.fields["raised"]
                    )
                    if t.fields.get("raised")
                    else t.text
                    for t in topics
                )
            ),
        ]
    return elements


def since_room(view: AudienceView, block: Block) -> list[Element]:
    if not view.earlier:
        return [
            Paragraph(
                tr("Room", "This is the collaboration's first meeting: nothing to follow up yet."),
                emphasis=True,
            )
        ]
    return _elements(view, block, "Room") or [
        Paragraph(tr("Room", "Nothing to follow up from earlier meetings."), emphasis=True)
    ]


def since_summary(view: AudienceView, block: Block) -> list[Element]:
    found = _elements(view, block, "Summary")
    return found or nothing_recorded(
        tr("Summary", "Nothing was followed up from earlier meetings."),
        view.withheld_in(block.id) or bool(view.earlier_withheld & {ACTION, DECISION}),
    )


def actions_recap(view: AudienceView) -> list[Element]:
    """Every summary after the first: the earlier meetings' actions done and overdue."""
    actions = follow_up_actions(view)
    if not actions and ACTION not in view.earlier_withheld:
        return []
    day = the_day(view)
    done = [a for _, a in actions if status_of(a) in CLOSED]
    late = [a for _, a in actions if overdue_days(a, day)]
    elements: list[Element] = [
        Heading(tr("Export", "Actions from earlier meetings"), level=3),
        _counts(view, actions, "Export"),
    ]
    if done:
        elements += [
            Paragraph(tr("Export", "Done or dropped since the last meeting:")),
            BulletList(tuple(f"{a.text}: {status_words(a)}" for a in done)),
        ]
    if late:
        elements += [
            Paragraph(tr("Export", "Overdue:")),
            BulletList(
                tuple(
                    tr("Export", "{action} ({owner}, due {due})").format(
                        action=a.text,
                        owner=_owner(a, "Export"),
                        due=format_date(str(a.fields.get("due", ""))),
                    )
                    for a in late
                )
            ),
        ]
    if ACTION in view.earlier_withheld:
        elements.append(
            Paragraph(
                tr("Export", "Some actions of earlier meetings are not for this audience."),
                emphasis=True,
            )
        )
    return elements


def since_demo(ctx: DemoContext) -> list[Item]:
    """A follow-up brings in a topic parked at the meeting before (the demo parks it)."""
    from .demo_data import CARRIED_TOPICS

    parked = {i.text: i for i in ctx.earlier if i.kind == PARKING}
    return [
        ctx.item(
            CARRIED,
            text,
            visibility=parked[text].visibility,
            fields={"carried_from": parked[text].id, "raised": raised},
            position=float(n),
        )
        for n, (text, raised) in enumerate(CARRIED_TOPICS.get(ctx.meeting, ()))
        if text in parked
    ]


GUIDE = Guide(
    purpose=(
        "Show the partners that what was agreed last time was done, or say honestly why not: "
        "follow-through is what keeps people coming back."
    ),
    steps=(
        (
            "Put the actions of earlier meetings on the projector; they are listed by owner, "
            "unfinished ones and those closed since the last meeting."
        ),
        (
            "Ask each owner in turn where their action stands, and mark it Done, In progress or "
            "Dropped (Alt+D, Alt+I, Alt+R) with a short note of what was delivered or why not."
        ),
        "Read the decisions of the last meeting back; ask whether any needs revisiting.",
        (
            "Pick the parking-lot topics this meeting will take up and bring them in "
            "(Ctrl+Return); the rest stay parked."
        ),
    ),
    tips=(
        "Thank owners for what was done before asking about what was not.",
        "An action nobody will do is better dropped, with a reason, than left open for ever.",
    ),
    pitfalls=(
        "Turning the round into a blame session: ask what got in the way, not who failed.",
        "Bringing in every parked topic: the agenda has room for one or two.",
    ),
)


SINCE_LAST_MEETING = register(
    ExerciseKind(
        key=KEY,
        family="general",
        guide=GUIDE,
        when=(
            "At the start of every meeting after the first, before anything new: people want "
            "to see that what was agreed last time happened."
        ),
        group_size="Any size: the owners of the actions speak, the rest listen and ask.",
        order=0.5,
        name="Since last meeting",
        guidance=(
            "Go through the actions of earlier meetings owner by owner and mark each done, in "
            "progress or dropped, with a note. Read back the last meeting's decisions, and bring "
            "in the parked topics this meeting will take up."
        ),
        prompt="What have we done since last time?",
        minutes=10,
        items=(
            ItemSchema(
                CARRIED,
                (Field("carried_from", item_ref(PARKING)), Field("raised", text(300))),
            ),
        ),
        history_kinds=(ACTION, DECISION, PARKING, CARRIED),
        room=since_room,
        summary=since_summary,
        recap=actions_recap,
        demo=since_demo,
    )
)
