"""The workshop summary: one list of document elements every format renders.

:func:`build_summary` receives an :class:`AudienceView` (already filtered by
:mod:`workshop_app.domain.visibility`) and never filters anything itself; it
only arranges what the view contains: header, decisions, actions, each block
in agenda order, the parking lot and the sections exercises add (the draft
agreement). Where the view withheld something, the summary says so.
"""

from __future__ import annotations

from ..domain.actions import status_words
from ..domain.document import (
    BulletList,
    Callout,
    Element,
    Heading,
    Paragraph,
    Table,
    displayable_elements,
)
from ..domain.records import Item, ItemKind, sector_label
from ..domain.visibility import Audience, AudienceView
from ..exercises.common import section_body, withheld_note
from ..exercises.registry import get_kind, recaps, workshop_sections
from ..i18n import format_date, speaking_output, tr, tr_stored

__all__ = [
    "audience_label",
    "audience_statement",
    "build_summary",
    "opening",
    "sector_label",
]


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


@speaking_output()
def build_summary(view: AudienceView) -> list[Element]:
    """The workshop summary for ``view.audience`` as format-neutral elements."""
    elements: list[Element] = [*header(view)]
    for section in workshop_sections():  # who came: the whole meeting's
        if view.discloses(section.key):
            elements += section.build(view)
    elements += since_last_section(view)
    elements += bullets_section(view, ItemKind.DECISION)
    elements += actions_section(view)
    for number, block in enumerate(view.blocks, start=1):
        # A template's English title and prompt, as stored, in the summary's language.
        elements.append(Heading(f"{number}. {tr_stored(block.title)}", level=2))
        if block.prompt:
            elements.append(Paragraph(tr_stored(block.prompt), emphasis=True))
        kind = get_kind(block.kind)
        elements += kind.summary(view, block)
        # What the block's exercise lists; decisions, actions and the parking lot captured
        # during the block are said in their own sections.
        shown_here = set(kind.item_kinds) - WORKSHOP_LISTS
        elements += withheld_note(view.withheld_in(block.id, shown_here))
    elements += other_notes_section(view)
    elements += bullets_section(view, ItemKind.PARKING)
    elements += exercise_sections(view)
    elements += facilitator_notes_section(view)
    return displayable_elements(elements)


def opening(title: str, facts: list[str], audience: Audience) -> list[Element]:
    """A document's first lines: its title, the facts of what it covers, and whom it is
    for (the summary's and the collaboration report's)."""
    return [
        Heading(title, level=1),
        BulletList(tuple(facts)),
        Callout(tr("Export", "Who this is for"), audience_statement(audience)),
    ]


def header(view: AudienceView) -> list[Element]:
    w = view.workshop
    facts = [tr("Export", "Collaboration: {name}").format(name=view.collaboration.name)]
    if w.date:
        facts.append(tr("Export", "Date: {date}").format(date=format_date(w.date, long=True)))
    if w.place:
        facts.append(tr("Export", "Place: {place}").format(place=w.place))
    facts.append(
        tr("Export", "Audience: {audience}").format(audience=audience_label(view.audience))
    )
    elements = opening(w.title, facts, view.audience)
    if view.partners:
        elements.append(Heading(tr("Export", "The partners"), level=2))
        fields = ("organisation", "sector", "representatives")
        elements.append(
            Table(
                (
                    tr("Export", "Organisation"),
                    tr("Export", "Sector"),
                    tr("Export", "Representatives"),
                ),
                tuple(tuple(view.roster_text(p, name) for name in fields) for p in view.partners),
            )
        )
    return elements


def since_last_section(view: AudienceView) -> list[Element]:
    """What changed since the last meeting, from each exercise that follows something up
    (actions, measures): every summary after a collaboration's first meeting has it."""
    if not view.earlier:
        return []
    parts = [element for recap in recaps() for element in recap(view)]
    return [Heading(tr("Export", "Since the last meeting"), level=2), *parts] if parts else []


def _block_title(view: AudienceView, item: Item) -> str:
    block = view.block(item.block_id) if item.block_id else None
    return block.title if block else tr("Export", "Whole workshop")


#: Kinds listed in sections of their own, whichever block they were captured in.
WORKSHOP_LISTS = frozenset({ItemKind.DECISION.value, ItemKind.ACTION.value, ItemKind.PARKING.value})


def bullets_section(view: AudienceView, kind: ItemKind) -> list[Element]:
    """The workshop's decisions or its parking lot: a bullet list (see
    :func:`..exercises.common.section_body`)."""
    title, empty = {
        ItemKind.DECISION: (tr("Export", "Decisions"), tr("Export", "No decisions were recorded.")),
        ItemKind.PARKING: (tr("Export", "Parking lot"), tr("Export", "The parking lot is empty.")),
    }[kind]
    found = view.items_of_kind(kind.value)
    shown: list[Element] = [BulletList(tuple(i.text for i in found))] if found else []
    return [Heading(title, level=2), *section_body(shown, empty, view.withheld_of([kind.value]))]


def actions_section(view: AudienceView) -> list[Element]:
    actions = view.items_of_kind(ItemKind.ACTION.value)
    shown: list[Element] = []
    if actions:
        shown = [
            Table(
                (
                    tr("Export", "Action"),
                    tr("Export", "Owner"),
                    tr("Export", "Due"),
                    tr("Export", "Status"),
                    tr("Export", "Raised in"),
                ),
                tuple(
                    (
                        a.text,
                        str(a.fields.get("owner", "") or tr("Export", "no owner yet")),
                        format_date(str(a.fields.get("due", ""))) or tr("Export", "no date yet"),
                        status_words(a),
                        _block_title(view, a),
                    )
                    for a in actions
                ),
            )
        ]
    withheld = view.withheld_of([ItemKind.ACTION.value])
    body = section_body(shown, tr("Export", "No action items were recorded."), withheld)
    return [Heading(tr("Export", "Action items"), level=2), *body]


def other_notes_section(view: AudienceView) -> list[Element]:
    """Notes taken outside any block (for the whole workshop)."""
    notes = view.items_in(None, [ItemKind.NOTE.value])
    withheld = view.withheld_in(None, [ItemKind.NOTE.value])
    if not notes and not withheld:
        return []
    body: list[Element] = [BulletList(tuple(n.text for n in notes))] if notes else []
    return [Heading(tr("Export", "Other notes"), level=2), *body, *withheld_note(withheld)]


def exercise_sections(view: AudienceView) -> list[Element]:
    """Sections the agenda's exercises add after the blocks (the draft agreement), or, for
    an audience that does not receive one, a line saying it was withheld."""
    elements: list[Element] = []
    seen: set[str] = set()
    for block in view.blocks:
        section = get_kind(block.kind).section
        if section is None or section.key in seen:
            continue
        seen.add(section.key)
        if view.discloses(section.key):
            elements += section.build(view)
        else:
            elements += [
                Heading(section.title_text, level=2),
                Paragraph(
                    tr(
                        "Export",
                        "Withheld: this section is not released to this audience.",
                    ),
                    emphasis=True,
                ),
            ]
    return elements


def facilitator_notes_section(view: AudienceView) -> list[Element]:
    """The facilitator's own notes: only a view that holds them (the team's) shows them."""
    notes = view.items_of_kind(ItemKind.FACILITATOR_NOTE.value)
    if not notes:
        return []
    return [
        Heading(tr("Export", "Facilitator notes (internal)"), level=2),
        BulletList(tuple(n.text for n in notes)),
    ]
