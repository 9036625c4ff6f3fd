"""The public communication protocol: who answers media and records requests for each
partner, how partners warn each other, and the review time (PRODUCT.md section 4).

``communication_contact`` items, one per partner (``partner_id``): ``text`` is who answers
the media; fields ``records_contact``, ``warning`` and ``review_time``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.document import Callout, Element, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import Disclosure, Field, ItemSchema, text
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import demo_data
from .common import nothing_recorded
from .data_inventory import _name
from .registry import ExerciseKind, Guide, demo_rows, register

CONTACT = "communication_contact"
#: A partner's contacts: its text names who answers the media.
CONTACT_ITEM = ItemSchema(
    CONTACT,
    (
        Field("records_contact", text(2000)),
        Field("warning", text(5000)),
        Field("review_time", text(500)),
    ),
    partner=Disclosure.ITEM,
)


def _contacts(view: WorkshopSnapshot, block_id: str | None = None) -> list[Item]:
    found = view.items_in(block_id, [CONTACT]) if block_id else view.items_of_kind(CONTACT)
    order = {p.id: n for n, p in enumerate(view.partners)}
    return sorted(found, key=lambda i: (order.get(i.partner_id or "", 999), i.position))


def _contacts_table(view: WorkshopSnapshot, found: Sequence[Item], ctx: str) -> Table:
    return Table(
        (
            tr(ctx, "Partner"),
            tr(ctx, "Media enquiries"),
            tr(ctx, "Records requests"),
            tr(ctx, "How we warn each other"),
            tr(ctx, "Review time"),
        ),
        tuple(
            (
                _name(view.partners, i.partner_id),
                i.text,
                str(i.fields.get("records_contact", "")),
                str(i.fields.get("warning", "")),
                str(i.fields.get("review_time", "")),
            )
            for i in found
        ),
    )


def protocol_room(view: AudienceView, block: Block) -> list[Element]:
    found = _contacts(view, block.id)
    if not found:
        return [Paragraph(tr("Room", "No contacts yet."), emphasis=True)]
    elements: list[Element] = [_contacts_table(view, found, "Room")]
    missing = [
        p.organisation for p in view.partners if not any(i.partner_id == p.id for i in found)
    ]
    if missing:
        elements.append(Callout(tr("Room", "Still missing"), ", ".join(missing)))
    return elements


def protocol_summary(view: AudienceView, block: Block) -> list[Element]:
    found = _contacts(view, block.id)
    if not found:
        return nothing_recorded(
            tr("Summary", "No communication contacts were recorded."), view.withheld_in(block.id)
        )
    return [_contacts_table(view, found, "Summary")]


GUIDE = Guide(
    purpose=(
        "Agree who answers the media and records requests for each partner, how partners warn each "
        "other, and how long a partner has to review anything before it is released."
    ),
    steps=(
        (
            "For each partner type who answers media enquiries, then Tab to who handles records "
            "requests."
        ),
        (
            "Agree how partners warn each other when a request or a story comes in (a call, an "
            "email, within a day)."
        ),
        "Agree the review time a partner has before anything about the partnership is released.",
        "Check the list of partners without contacts and fill the gaps.",
    ),
    tips=(
        "Name a role as well as a person: people change jobs, the role stays.",
        (
            "Public agencies often have legal deadlines for records requests; agree a review time "
            "that fits inside them."
        ),
    ),
    pitfalls=(
        "Learning about a story on the partnership from the news.",
        (
            "A review time longer than the legal deadline: the agency will have to release without "
            "warning you."
        ),
    ),
)


COMMUNICATION_PROTOCOL = register(
    ExerciseKind(
        key="communication_protocol",
        family="sharing",
        guide=GUIDE,
        when=(
            "Before the partnership makes any public statement, and before the first records "
            "request arrives."
        ),
        group_size="One person per partner who speaks for it, or knows who does; any size.",
        order=2,
        name="Public communication protocol",
        guidance=(
            "Agree who answers media and records requests for each partner, how partners warn "
            "each other, and how long a partner has to review before anything is released."
        ),
        prompt="When the press or the public asks, who answers and how do we warn each other?",
        minutes=15,
        items=(CONTACT_ITEM,),
        room=protocol_room,
        summary=protocol_summary,
        demo=demo_rows(
            CONTACT,
            ("partner", "text", "records_contact", "warning", "review_time", "visibility"),
            demo_data.CONTACTS,
        ),
    )
)
