"""Committing to information sharing (PRODUCT.md section 4).

Item kinds and their fields:

- ``sharing_commitment``: ``text`` is the data to be shared; ``partner_id`` the partner
  sharing it; fields ``recipients`` (partner ids), ``purpose``, ``frequency``, ``form``,
  ``sensitivity`` (open / restricted / confidential: see
  :func:`workshop_app.domain.visibility.effective_visibility`, which keeps restricted
  and confidential data out of public views whatever the item's visibility says),
  ``legal`` (list of :data:`LEGAL_CONSTRAINTS` keys), ``tags`` (free text, comma
  separated) and ``agreed`` (bool, set in the agreement block).
- ``communication_contact``: one per partner (``partner_id``); ``text`` is who answers
  the media; fields ``records_contact``, ``warning`` (how partners warn each other)
  and ``review_time``.

:func:`agreement_elements` turns agreed commitments into the "Draft information-sharing
agreement" section of the summary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..domain.document import BulletList, Callout, Chart, Element, Heading, Paragraph, Table
from ..domain.records import Block, Item, Partner, Visibility
from ..domain.schema import (
    CONFIDENTIAL,
    OPEN,
    RESTRICTED,
    Disclosure,
    Field,
    ItemSchema,
    boolean,
    choice,
    list_of,
    partner_ref,
    text,
)
from ..domain.schema import (
    SENSITIVITIES as SENSITIVITY_KEYS,
)
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView
from ..i18n import tr
from .demo_partners import BUSINESS, CITY, EASTSIDE, LAB, SHERIFF, YOUTH
from .registry import (
    DemoContext,
    ExerciseKind,
    SummarySection,
    nothing_recorded,
    register,
    withheld_note,
)
from .trust import HISTORY, history_between

COMMITMENT = "sharing_commitment"  # its sensitivity field limits its visibility
CONTACT = "communication_contact"

SENSITIVITIES: tuple[tuple[str, str], ...] = (
    (OPEN, "Open: may be published"),
    (RESTRICTED, "Restricted: partners only"),
    (CONFIDENTIAL, "Confidential: named recipients only"),
)
LEGAL_CONSTRAINTS: tuple[tuple[str, str], ...] = (
    ("public_records", "Public records / sunshine / freedom-of-information law"),
    ("privacy", "Privacy law"),
    ("contract", "Contract"),
)

#: History ratings that call for a warning before data changes hands.
WEAK_HISTORY = (None, "none", "failed")


def label_of(choices: Sequence[tuple[str, str]], value: Any) -> str:
    for key, label in choices:
        if key == value:
            return tr("Sharing", label)
    return ""


def _partner(partners: Iterable[Partner], partner_id: str | None) -> Partner | None:
    return next((p for p in partners if p.id == partner_id), None)


def _name(partners: Iterable[Partner], partner_id: str | None) -> str:
    partner = _partner(partners, partner_id)
    return partner.organisation if partner else tr("Sharing", "(partner not set)")


def recipients_of(item: Item) -> list[str]:
    return [p for p in item.fields.get("recipients") or [] if p]


def constraints_of(item: Item) -> list[str]:
    """The legal constraints of a commitment in words, free tags last."""
    chosen = [label_of(LEGAL_CONSTRAINTS, key) for key in item.fields.get("legal") or []]
    tags = [t.strip() for t in str(item.fields.get("tags", "")).split(",") if t.strip()]
    return [c for c in chosen if c] + tags


# ------------------------------------------------------------ partnership history
def history_warnings(view: AudienceView, commitment: Item) -> list[str]:
    """Warnings next to a commitment whose partners have no, or a failed, history together.

    Where this audience may not see every history record, "nothing recorded" cannot be
    said (something may be), so only what the view holds is warned about.
    """
    if not commitment.partner_id:
        return []
    unknown_allowed = HISTORY not in view.withheld_kinds
    known = list(view.items) + list(view.history)
    warnings = []
    for recipient in recipients_of(commitment):
        if recipient == commitment.partner_id:
            continue
        status = history_between(known, commitment.partner_id, recipient)
        if status not in WEAK_HISTORY or (status is None and not unknown_allowed):
            continue
        # The pair in roster order, so one pair reads the same whoever shares with whom.
        order = [p.id for p in view.partners]
        first, second = sorted(
            (commitment.partner_id, recipient),
            key=lambda pid: order.index(pid) if pid in order else len(order),
        )
        names = {"a": _name(view.partners, first), "b": _name(view.partners, second)}
        if status == "failed":
            text = tr(
                "Sharing",
                "{a} and {b} have a failed partnership behind them: agree "
                "how this data will be handled before it changes hands.",
            )
        elif status == "none":
            text = tr(
                "Sharing",
                "{a} and {b} have never worked together: start small and "
                "review after the first exchange.",
            )
        else:
            text = tr(
                "Sharing",
                "No partnership history is recorded between {a} and {b}: "
                "ask the room before they share data.",
            )
        warnings.append(text.format(**names))
    return warnings


# ------------------------------------------------------------ room and summary
def _commitment_row(view: WorkshopSnapshot, item: Item) -> tuple[str, ...]:
    return (
        _name(view.partners, item.partner_id),
        item.text,
        ", ".join(_name(view.partners, r) for r in recipients_of(item)),
        str(item.fields.get("frequency", "")),
        label_of(SENSITIVITIES, item.fields.get("sensitivity")) or tr("Sharing", "Not set"),
    )


def inventory_room(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [COMMITMENT])
    if not found:
        return [Paragraph(tr("Room", "No commitments yet."), emphasis=True)]
    elements: list[Element] = [
        Table(
            (
                tr("Room", "Shared by"),
                tr("Room", "Data"),
                tr("Room", "With"),
                tr("Room", "How often"),
                tr("Room", "Sensitivity"),
            ),
            tuple(_commitment_row(view, i) for i in found),
        )
    ]
    # One line per pair, however many commitments it shares.
    warnings = list(dict.fromkeys(w for item in found for w in history_warnings(view, item)))
    if warnings:
        elements += [
            Heading(tr("Room", "Partnership history to watch"), 3),
            BulletList(tuple(warnings)),
        ]
    return elements


def inventory_summary(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [COMMITMENT])
    if not found:
        return nothing_recorded(
            tr("Summary", "No sharing commitments were recorded."), view.withheld_in(block.id)
        )
    rows = []
    for item in found:
        rows.append(
            (
                _name(view.partners, item.partner_id),
                item.text,
                ", ".join(_name(view.partners, r) for r in recipients_of(item)),
                str(item.fields.get("purpose", "")),
                str(item.fields.get("frequency", "")),
                str(item.fields.get("form", "")),
                label_of(SENSITIVITIES, item.fields.get("sensitivity")) or tr("Sharing", "Not set"),
                "; ".join(constraints_of(item)),
                tr("Sharing", "Agreed") if item.fields.get("agreed") else tr("Sharing", "Not yet"),
            )
        )
    elements: list[Element] = [
        Table(
            (
                tr("Summary", "Shared by"),
                tr("Summary", "Data"),
                tr("Summary", "With"),
                tr("Summary", "Purpose"),
                tr("Summary", "How often"),
                tr("Summary", "Form"),
                tr("Summary", "Sensitivity"),
                tr("Summary", "Legal constraints"),
                tr("Summary", "Agreed"),
            ),
            tuple(rows),
        )
    ]
    # One line per pair, however many commitments it shares.
    warnings = list(dict.fromkeys(w for item in found for w in history_warnings(view, item)))
    if warnings:
        elements += [
            Heading(tr("Summary", "Partnership history to watch"), 3),
            BulletList(tuple(warnings)),
        ]
    if len(found) > 1:
        elements.append(sharing_matrix(view, found))
    return elements


def sharing_matrix(view: WorkshopSnapshot, found: Sequence[Item]) -> Chart:
    """Who shares with whom: a provider × recipient grid, sensitivity in letters."""
    letters = {OPEN: "O", RESTRICTED: "R", CONFIDENTIAL: "C"}
    flows: dict[tuple[str, str], list[str]] = {}
    for item in found:
        for recipient in recipients_of(item):
            key = (_name(view.partners, item.partner_id), _name(view.partners, recipient))
            flows.setdefault(key, []).append(letters.get(item.fields.get("sensitivity"), "?"))
    names = [p.organisation for p in view.partners]
    cells = [[a, b, f"{len(v)}: {', '.join(sorted(set(v)))}"] for (a, b), v in flows.items()]
    alt = "; ".join(
        tr("Sharing", "{a} shares with {b} ({text})").format(a=a, b=b, text=t) for a, b, t in cells
    )
    key = tr("Sharing", "number of commitments: O open, R restricted, C confidential, ? not set")
    return Chart(
        "sharing_matrix",
        tr("Sharing", "Who shares with whom"),
        {"partners": names, "cells": cells, "key": key},
        alt,
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
            s=label_of(SENSITIVITIES, sensitivity) or tr("Sharing", "not yet classified")
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


# ------------------------------------------------------------------------ demo
_P, _PA, _I = Visibility.PUBLIC.value, Visibility.PARTNERS.value, Visibility.INTERNAL.value

#: provider, data, recipients, purpose, frequency, form, sensitivity, legal, tags,
#: visibility, agreed (meeting 1)
_DEMO_COMMITMENTS: tuple[tuple[Any, ...], ...] = (
    (
        SHERIFF,
        "Calls for service by block and hour, no names",
        (LAB, CITY),
        "measuring repeat calls at the 50 busiest addresses",
        "Monthly",
        "CSV extract",
        RESTRICTED,
        ("public_records",),
        "",
        _PA,
        True,
    ),
    (
        CITY,
        "311 street-light reports and repair dates",
        (EASTSIDE, LAB, BUSINESS),
        "tracking repairs within 7 days",
        "Weekly",
        "Open data portal",
        OPEN,
        ("public_records",),
        "",
        _P,
        True,
    ),
    (
        YOUTH,
        "Counts of referrals and programme completions, no case files",
        (LAB, SHERIFF),
        "measuring diversion instead of arrest",
        "Monthly",
        "Spreadsheet",
        RESTRICTED,
        ("privacy", "contract"),
        "funder reporting terms",
        _PA,
        True,
    ),
    (
        SHERIFF,
        "Juvenile contact records for referred young people",
        (YOUTH,),
        "following up referrals",
        "Case by case",
        "Secure email",
        CONFIDENTIAL,
        ("privacy", "public_records"),
        "juvenile records statute",
        _PA,
        False,
    ),
    (
        BUSINESS,
        "Members' camera footage of incidents",
        (SHERIFF,),
        "investigating break-ins",
        "On request",
        "Copy on drive",
        CONFIDENTIAL,
        ("privacy", "contract"),
        "member consent needed",
        _I,
        False,
    ),
)

_DEMO_CONTACTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        CITY,
        "Alicia Grant, Communications Director",
        "City Clerk's Office",
        "Phone the partner's contact before any release that names them",
        "48 hours",
        _PA,
    ),
    (
        SHERIFF,
        "Sgt. Leon Hart, Public Information Officer",
        "Records Unit",
        "Text the partner contacts when an incident will make the news",
        "24 hours; same day for incidents",
        _PA,
    ),
    (
        YOUTH,
        "Keisha Morales, Executive Director",
        "Keisha Morales",
        "Email the partner contacts; never name a young person",
        "48 hours",
        _PA,
    ),
    (
        BUSINESS,
        "Priya Shah, President",
        "Not a public body: no records requests",
        "Phone call to the City first",
        "48 hours",
        _PA,
    ),
    (
        EASTSIDE,
        "Rosa Delgado, Chair",
        "Not a public body: no records requests",
        "Announce at the next council meeting",
        "One week (volunteer council)",
        _P,
    ),
    (
        LAB,
        "University Media Relations",
        "University Public Records Office",
        "Share draft findings 10 working days before publication",
        "10 working days",
        _PA,
    ),
)


def _demo_inventory(ctx: DemoContext) -> list[Item]:
    by_name = ctx.partners_by_name
    chosen = _DEMO_COMMITMENTS if ctx.meeting else _DEMO_COMMITMENTS[:3]
    items = []
    for n, (
        provider,
        data,
        recipients,
        purpose,
        frequency,
        form,
        sensitivity,
        legal,
        tags,
        visibility,
        agreed,
    ) in enumerate(chosen):
        fields: dict[str, Any] = {
            "recipients": [by_name[r].id for r in recipients if r in by_name],
            "purpose": purpose,
            "frequency": frequency,
            "form": form,
            "sensitivity": sensitivity,
            "legal": list(legal),
            "tags": tags,
            "agreed": bool(agreed and ctx.meeting),
        }
        if ctx.meeting == 0:  # first meeting: first ideas, not yet classified or agreed
            fields = {"recipients": fields["recipients"], "purpose": purpose}
        items.append(
            ctx.item(
                COMMITMENT,
                data,
                fields=fields,
                visibility=visibility,
                partner_id=by_name[provider].id if provider in by_name else None,
                position=float(n),
            )
        )
    return items


def _demo_contacts(ctx: DemoContext) -> list[Item]:
    by_name = ctx.partners_by_name
    return [
        ctx.item(
            CONTACT,
            media,
            partner_id=by_name[p].id if p in by_name else None,
            fields={"records_contact": records, "warning": warn, "review_time": review},
            visibility=visibility,
            position=float(n),
        )
        for n, (p, media, records, warn, review, visibility) in enumerate(_DEMO_CONTACTS)
    ]


DATA_INVENTORY = register(
    ExerciseKind(
        key="data_inventory",
        family="sharing",
        name="Data inventory",
        guidance=(
            "Go partner by partner: what will you share, with whom, how often, in what form? "
            "Name the sensitivity and the laws or contracts that apply before anyone commits."
        ),
        prompt="What will each of us share, with whom, and under which rules?",
        minutes=25,
        item_kinds=(COMMITMENT,),
        history_kinds=(HISTORY,),
        items=(
            ItemSchema(
                COMMITMENT,
                (
                    Field("recipients", list_of(partner_ref(), max_items=100)),
                    Field("purpose", text(5000)),
                    Field("frequency", text(500)),
                    Field("form", text(1000)),
                    Field("sensitivity", choice(*SENSITIVITY_KEYS)),
                    Field(
                        "legal",
                        list_of(choice(*(k for k, _ in LEGAL_CONSTRAINTS)), max_items=10),
                    ),
                    Field("tags", text(2000)),
                    Field("agreed", boolean()),
                ),
                partner=Disclosure.ITEM,  # the partner sharing the data
                sensitivity="sensitivity",
            ),
        ),
        panel="workshop_app.exercises.sharing_panels:DataInventoryPanel",
        room=inventory_room,
        summary=inventory_summary,
        demo=_demo_inventory,
    )
)

COMMUNICATION_PROTOCOL = register(
    ExerciseKind(
        key="communication_protocol",
        family="sharing",
        name="Public communication protocol",
        guidance=(
            "Agree who answers media and records requests for each partner, how partners warn "
            "each other, and how long a partner has to review before anything is released."
        ),
        prompt="When the press or the public asks, who answers and how do we warn each other?",
        minutes=15,
        item_kinds=(CONTACT,),
        items=(
            ItemSchema(
                CONTACT,
                (
                    Field("records_contact", text(2000)),
                    Field("warning", text(5000)),
                    Field("review_time", text(500)),
                ),
                partner=Disclosure.ITEM,
            ),
        ),
        panel="workshop_app.exercises.sharing_panels:ProtocolPanel",
        room=protocol_room,
        summary=protocol_summary,
        demo=_demo_contacts,
    )
)

SHARING_AGREEMENT = register(
    ExerciseKind(
        key="sharing_agreement",
        family="sharing",
        name="Information-sharing agreement",
        guidance=(
            "Read each commitment aloud and mark it agreed only when every party to it agrees. "
            "The summary turns the agreed commitments into a draft agreement for lawyers."
        ),
        prompt="Which commitments do we sign up to?",
        minutes=15,
        item_kinds=(),
        panel="workshop_app.exercises.sharing_panels:AgreementPanel",
        room=agreement_room,
        summary=agreement_summary,
        # A draft for partners' counsel: never part of a public summary.
        section=SummarySection(
            "sharing_agreement", "Draft information-sharing agreement", agreement_elements
        ),
    )
)
