"""The workshop summary: one list of document elements every format renders.

:func:`build_summary` receives an :class:`AudienceView` (already filtered by
:mod:`workshop_app.domain.visibility`) and never filters anything itself; it
only arranges what the view contains: header, decisions, actions, each block
in agenda order, the parking lot and, for partners, the draft agreement.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from ..domain.document import (
    BulletList,
    Callout,
    Element,
    Heading,
    Paragraph,
    Table,
    displayable_elements,
)
from ..domain.records import Item, ItemKind, Sector
from ..domain.visibility import Audience, AudienceView
from ..exercises.registry import get_kind
from ..i18n import tr


def audience_label(audience: Audience | str) -> str:
    """The audience's name as a reader sees it."""
    return {
        Audience.INTERNAL: tr("Export", "Internal (facilitator)"),
        Audience.PARTNERS: tr("Export", "Partners"),
        Audience.PUBLIC: tr("Export", "Public"),
        Audience.ROOM: tr("Export", "Room (projector)"),
    }[Audience(audience)]


def audience_statement(audience: Audience | str) -> str:
    """What a document for ``audience`` contains and leaves out, in plain words."""
    return {
        Audience.INTERNAL: tr(
            "Export",
            "Internal: contains everything, including facilitator notes and items marked "
            "internal. Do not send it outside the facilitation team.",
        ),
        Audience.PARTNERS: tr(
            "Export",
            "For partner organisations: contains public and partners items. Items marked "
            "internal and facilitator notes are left out.",
        ),
        Audience.PUBLIC: tr(
            "Export",
            "For the public: contains only items marked public, safe to release. Partners "
            "and internal items, facilitator notes and the draft information-sharing "
            "agreement are left out.",
        ),
        Audience.ROOM: tr(
            "Export", "What the projector may show: partners and public items, revealed results."
        ),
    }[Audience(audience)]


def sector_label(sector: str) -> str:
    names = {
        Sector.PUBLIC: tr("Sectors", "Public sector"),
        Sector.NONPROFIT: tr("Sectors", "Nonprofit"),
        Sector.PRIVATE: tr("Sectors", "Private sector"),
        Sector.COMMUNITY: tr("Sectors", "Community"),
        Sector.ACADEMIC: tr("Sectors", "Academic"),
        Sector.PHILANTHROPIC: tr("Sectors", "Philanthropic"),
    }
    return names.get(sector, sector)  # type: ignore[call-overload]


def build_summary(view: AudienceView) -> list[Element]:
    """The workshop summary for ``view.audience`` as format-neutral elements."""
    elements: list[Element] = [*header(view)]
    elements += decisions_section(view)
    elements += actions_section(view)
    for number, block in enumerate(view.blocks, start=1):
        elements.append(Heading(f"{number}. {block.title}", level=2))
        if block.prompt:
            elements.append(Paragraph(block.prompt, emphasis=True))
        elements += get_kind(block.kind).summary(view, block)
    elements += other_notes_section(view)
    elements += parking_section(view)
    if view.audience in (Audience.PARTNERS, Audience.INTERNAL):
        elements += agreement_section(view)
    if view.audience is Audience.INTERNAL:
        elements += facilitator_notes_section(view)
    return displayable_elements(elements)


def header(view: AudienceView) -> list[Element]:
    w = view.workshop
    facts = [tr("Export", "Collaboration: {name}").format(name=view.collaboration.name)]
    if w.date:
        facts.append(tr("Export", "Date: {date}").format(date=w.date))
    if w.place:
        facts.append(tr("Export", "Place: {place}").format(place=w.place))
    facts.append(
        tr("Export", "Audience: {audience}").format(audience=audience_label(view.audience))
    )
    elements: list[Element] = [
        Heading(w.title, level=1),
        BulletList(tuple(facts)),
        Callout(tr("Export", "Who this is for"), audience_statement(view.audience)),
    ]
    if view.partners:
        elements.append(Heading(tr("Export", "Partners present"), level=2))
        elements.append(
            Table(
                (
                    tr("Export", "Organisation"),
                    tr("Export", "Sector"),
                    tr("Export", "Representatives"),
                ),
                tuple(
                    (p.organisation, sector_label(p.sector), p.representatives)
                    for p in view.partners
                ),
            )
        )
    return elements


def _block_title(view: AudienceView, item: Item) -> str:
    block = view.block(item.block_id) if item.block_id else None
    return block.title if block else tr("Export", "Whole workshop")


def decisions_section(view: AudienceView) -> list[Element]:
    decisions = view.items_of_kind(ItemKind.DECISION.value)
    body: list[Element] = (
        [BulletList(tuple(d.text for d in decisions))]
        if decisions
        else [Paragraph(tr("Export", "No decisions were recorded."))]
    )
    return [Heading(tr("Export", "Decisions"), level=2), *body]


def actions_section(view: AudienceView) -> list[Element]:
    actions = view.items_of_kind(ItemKind.ACTION.value)
    if not actions:
        body: list[Element] = [Paragraph(tr("Export", "No action items were recorded."))]
    else:
        body = [
            Table(
                (
                    tr("Export", "Action"),
                    tr("Export", "Owner"),
                    tr("Export", "Due"),
                    tr("Export", "Raised in"),
                ),
                tuple(
                    (
                        a.text,
                        str(a.fields.get("owner", "") or tr("Export", "no owner yet")),
                        str(a.fields.get("due", "") or tr("Export", "no date yet")),
                        _block_title(view, a),
                    )
                    for a in actions
                ),
            )
        ]
    return [Heading(tr("Export", "Action items"), level=2), *body]


def other_notes_section(view: AudienceView) -> list[Element]:
    """Notes taken outside any block (for the whole workshop)."""
    notes = view.items_in(None, [ItemKind.NOTE.value])
    if not notes:
        return []
    return [Heading(tr("Export", "Other notes"), level=2), BulletList(tuple(n.text for n in notes))]


def parking_section(view: AudienceView) -> list[Element]:
    parked = view.items_of_kind(ItemKind.PARKING.value)
    body: list[Element] = (
        [BulletList(tuple(p.text for p in parked))]
        if parked
        else [Paragraph(tr("Export", "The parking lot is empty."))]
    )
    return [Heading(tr("Export", "Parking lot"), level=2), *body]


def _agreement_function() -> Callable[[AudienceView], list[Element]] | None:
    try:
        sharing = importlib.import_module("workshop_app.exercises.sharing")
    except ImportError:
        return None
    return getattr(sharing, "agreement_elements", None)


def agreement_section(view: AudienceView) -> list[Element]:
    """The draft information-sharing agreement, when the sharing exercise provides one."""
    function = _agreement_function()
    if function is None:
        return []
    elements = function(view)
    if not elements:
        return []
    if not isinstance(elements[0], Heading):
        elements = [Heading(tr("Export", "Draft information-sharing agreement"), 2), *elements]
    return list(elements)


def facilitator_notes_section(view: AudienceView) -> list[Element]:
    notes = view.items_of_kind(ItemKind.FACILITATOR_NOTE.value)
    if not notes:
        return []
    return [
        Heading(tr("Export", "Facilitator notes (internal)"), level=2),
        BulletList(tuple(n.text for n in notes)),
    ]
