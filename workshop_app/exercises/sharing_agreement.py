"""The information-sharing agreement: the commitments the room signs up to, and the draft
agreement the summary makes of them for partners' counsel (PRODUCT.md section 4)."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.document import BulletList, Callout, Element, Heading, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import CONFIDENTIAL, RESTRICTED
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import nothing_recorded, withheld_note
from .communication_protocol import _contacts, _contacts_table
from .data_inventory import (
    COMMITMENT,
    SENSITIVITIES,
    _name,
    constraints_of,
    recipients_of,
)
from .registry import ExerciseKind, Guide, SummarySection, register


def agreement_room(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_of_kind(COMMITMENT)
    if not found:
        return [Paragraph(tr("Room", "No commitments to agree yet."), emphasis=True)]
    agreed = [i for i in found if i.fields.get("agreed")]
    rows = tuple(
        (
            tr("Room", "Agreed") if i.fields.get("agreed") else tr("Room", "Not yet"),
            _name(view.partners, i.partner_id),
            i.text,
            ", ".join(_name(view.partners, r) for r in recipients_of(i)),
        )
        for i in found
    )
    return [
        Paragraph(
            tr("Room", "{n} of {total} commitments agreed").format(n=len(agreed), total=len(found)),
            emphasis=True,
        ),
        Table(
            (tr("Room", "Status"), tr("Room", "Shared by"), tr("Room", "Data"), tr("Room", "With")),
            rows,
        ),
    ]


def agreement_summary(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_of_kind(COMMITMENT)
    if not found:
        return nothing_recorded(
            tr("Summary", "No commitments were put to the room."), view.withheld_of([COMMITMENT])
        )
    agreed = [i for i in found if i.fields.get("agreed")]
    elements: list[Element] = [
        Paragraph(
            tr(
                "Summary",
                "{n} of {total} commitments were agreed; they form the draft "
                "information-sharing agreement.",
            ).format(n=len(agreed), total=len(found))
        )
    ]
    if agreed:
        elements.append(
            BulletList(tuple(f"{_name(view.partners, i.partner_id)}: {i.text}" for i in agreed))
        )
    pending = [i for i in found if not i.fields.get("agreed")]
    if pending:
        elements.append(
            Callout(
                tr("Summary", "Not yet agreed"),
                "; ".join(f"{_name(view.partners, i.partner_id)}: {i.text}" for i in pending),
            )
        )
    return elements + withheld_note(view.withheld_of([COMMITMENT]))


def _clause(view: WorkshopSnapshot, item: Item) -> str:
    provider = _name(view.partners, item.partner_id)
    recipients = [_name(view.partners, r) for r in recipients_of(item)]
    to = _join(recipients) or tr("Sharing", "the other parties")
    text = tr("Sharing", "{provider} will provide {data} to {recipients}").format(
        provider=provider, data=item.text, recipients=to
    )
    purpose = str(item.fields.get("purpose", "")).strip()
    text += (
        tr("Sharing", ", solely for the purpose of {purpose}").format(purpose=purpose)
        if purpose
        else tr("Sharing", " (purpose to be stated)")
    )
    frequency = str(item.fields.get("frequency", "")).strip()
    form = str(item.fields.get("form", "")).strip()
    details = []
    if frequency:
        details.append(tr("Sharing", "frequency: {f}").format(f=frequency))
    if form:
        details.append(tr("Sharing", "form: {f}").format(f=form))
    sensitivity = item.fields.get("sensitivity")
    details.append(
        tr("Sharing", "classification: {s}").format(
            s=SENSITIVITIES.label(sensitivity) or tr("Sharing", "not yet classified")
        )
    )
    constraints = constraints_of(item)
    if constraints:
        details.append(tr("Sharing", "subject to: {c}").format(c="; ".join(constraints)))
    text += " (" + "; ".join(details) + ")."
    if sensitivity in (RESTRICTED, CONFIDENTIAL):
        text += " " + tr(
            "Sharing",
            "The recipients will not disclose it further without "
            "{provider}'s written consent, except where the law requires it; "
            "{provider} remains its custodian.",
        ).format(provider=provider)
    return text


def _join(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " " + tr("Sharing", "and") + " " + names[-1]


def agreement_elements(view: AudienceView) -> list[Element]:
    """The "Draft information-sharing agreement" section of a workshop summary.

    Built only from ``view`` (already filtered for its audience) and only from
    commitments marked agreed; worded so a partner's counsel can start from it.
    """
    title = tr("Sharing", "Draft information-sharing agreement")
    found = view.items_of_kind(COMMITMENT)
    agreed = [i for i in found if i.fields.get("agreed")]
    if not agreed:
        return [
            Heading(title, 2),
            Paragraph(tr("Sharing", "No sharing commitment has been marked agreed yet.")),
        ]
    party_ids: list[str] = []
    for item in agreed:
        for pid in [item.partner_id, *recipients_of(item)]:
            if pid and pid not in party_ids:
                party_ids.append(pid)
    parties = [p for p in view.partners if p.id in party_ids]
    elements: list[Element] = [
        Heading(title, 2),
        Callout(
            tr("Sharing", "Draft"),
            tr(
                "Sharing",
                "Agreed in principle at “{workshop}” ({date}). This is a starting point "
                "for each party's counsel, not a binding agreement.",
            ).format(workshop=view.workshop.title, date=view.workshop.date or "—"),
        ),
        Heading(tr("Sharing", "1. Parties"), 3),
        BulletList(
            tuple(
                tr("Sharing", "{org} ({sector}), answering to {whom}").format(
                    org=p.organisation,
                    sector=view.roster_text(p, "sector"),
                    whom=view.roster_text(p, "answers_to") or tr("Sharing", "its governing body"),
                )
                for p in parties
            )
        ),
        Heading(tr("Sharing", "2. Information to be shared, purposes and frequency"), 3),
        BulletList(
            tuple(f"2.{n} {_clause(view, i)}" for n, i in enumerate(agreed, 1)), ordered=False
        ),
        Heading(tr("Sharing", "3. Legal constraints"), 3),
    ]
    constraints: list[str] = []
    for n, item in enumerate(agreed, 1):
        legal = set(item.fields.get("legal") or [])
        if "public_records" in legal:
            constraints.append(
                tr(
                    "Sharing",
                    "Clause 2.{n}: information held by a public body "
                    "may be subject to public-records, sunshine or "
                    "freedom-of-information requests; the parties will tell each "
                    "other of any request before responding.",
                ).format(n=n)
            )
        if "privacy" in legal:
            constraints.append(
                tr(
                    "Sharing",
                    "Clause 2.{n}: personal information is handled "
                    "under applicable privacy law; only what the stated purpose "
                    "needs is shared.",
                ).format(n=n)
            )
        if "contract" in legal:
            constraints.append(
                tr(
                    "Sharing",
                    "Clause 2.{n}: existing contracts of the provider "
                    "may restrict this sharing; counsel to check before the "
                    "first exchange.",
                ).format(n=n)
            )
    elements.append(
        BulletList(tuple(constraints))
        if constraints
        else Paragraph(
            tr("Sharing", "No legal constraint was named; each party's counsel should confirm.")
        )
    )
    contacts = [c for c in _contacts(view) if c.partner_id in party_ids]
    elements.append(Heading(tr("Sharing", "4. Contacts and public communication"), 3))
    if contacts:
        elements.append(_contacts_table(view, contacts, "Sharing"))
    else:
        elements.append(
            Paragraph(
                tr("Sharing", "Contacts for media and records requests are still to be named.")
            )
        )
    elements += withheld_note(view.withheld_of([COMMITMENT]))
    pending = [i for i in found if not i.fields.get("agreed")]
    if pending:
        elements.append(
            Callout(
                tr("Sharing", "Not part of this draft"),
                tr("Sharing", "Discussed but not yet agreed: {list}").format(
                    list="; ".join(
                        f"{_name(view.partners, i.partner_id)}: {i.text}" for i in pending
                    )
                ),
            )
        )
    return elements


GUIDE = Guide(
    purpose=(
        "Turn the data commitments into an agreement the partners sign up to; the summary makes a "
        "draft information-sharing agreement of them for the partners' lawyers."
    ),
    steps=(
        "Read each commitment aloud: who shares what, with whom, under which constraints.",
        (
            "Ask every party to it whether they agree, and mark it agreed (Space) only when all of "
            "them do."
        ),
        "Read the draft agreement below the list as the partners will read it.",
        "Export it for the partners (Ctrl+E) so their lawyers can review it.",
    ),
    tips=(
        "A commitment not yet agreed stays in the inventory: come back to it at the next meeting.",
    ),
    pitfalls=(
        "Taking the draft as final: it is a starting point for lawyers, not a signed agreement.",
        "Marking a commitment agreed when the partner that receives it was not in the room.",
    ),
)


SHARING_AGREEMENT = register(
    ExerciseKind(
        key="sharing_agreement",
        family="sharing",
        guide=GUIDE,
        when="After the data inventory, when the partners are ready to commit in writing.",
        group_size=(
            "Every partner that shares or receives data must be in the room, with someone who "
            "may agree for it."
        ),
        order=3,
        name="Information-sharing agreement",
        guidance=(
            "Read each commitment aloud and mark it agreed only when every party to it agrees. "
            "The summary turns the agreed commitments into a draft agreement for lawyers."
        ),
        prompt="Which commitments do we sign up to?",
        minutes=15,
        item_kinds=(),
        room=agreement_room,
        summary=agreement_summary,
        # A draft for partners' counsel: never part of a public summary.
        section=SummarySection(
            "sharing_agreement", "Draft information-sharing agreement", agreement_elements
        ),
    )
)
