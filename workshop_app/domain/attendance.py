"""Who came to a meeting: attendees, the roster's people, and matching a sign-in list.

An attendee is an item of kind :data:`ATTENDEE` recorded for the whole workshop (no
block): its text is the person's name, its ``partner_id`` their organisation (none for
someone who came on their own), its field ``present`` whether they are here. Ticking a
person off and back on keeps their item, so an undo or a slip of the key loses nothing.
Who may see the names is declared with the kind (``exercises/who_is_at_the_table.py``):
partners read names, the public reads organisations and counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import edits
from .edits import Edit
from .records import Item, Partner, Visibility

ATTENDEE = "attendee"
PRESENT = "present"


def is_present(item: Item) -> bool:
    """Whether ``item`` is an attendee ticked present."""
    return item.kind == ATTENDEE and item.fields.get(PRESENT) is True


def present(items: Iterable[Item]) -> list[Item]:
    """The attendees ticked present among ``items``, in the order given."""
    return [i for i in items if is_present(i)]


def present_count(items: Iterable[Item]) -> int | None:
    """How many people are present, or None when nobody was ticked present (attendance was
    not taken: nothing may be compared with it)."""
    count = len(present(items))
    return count or None


def name_key(name: str) -> str:
    """How two spellings of one name are told to be the same person."""
    return " ".join(name.casefold().split())


_ROLE = re.compile(r"\([^()]*\)")


def representatives_of(partner: Partner) -> list[str]:
    """The people a roster entry names, without their roles: "Dana Whitfield (City
    Manager); Marcus Lee" gives Dana Whitfield and Marcus Lee. Names are parted by
    semicolons, line breaks and commas outside brackets."""
    text = partner.representatives
    parts: list[str] = []
    depth, current = 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char in ";\n" or (char == "," and depth <= 0):
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    names = []
    for part in parts:
        name = " ".join(_ROLE.sub(" ", part).split())
        if name and name_key(name) not in {name_key(n) for n in names}:
            names.append(name)
    return names


@dataclass(frozen=True)
class Person:
    """One line of the attendance list: a person of the roster, a walk-in or an imported
    name; ``item`` is their attendee record once they have one."""

    name: str
    partner_id: str | None
    item: Item | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.partner_id or "", name_key(self.name))

    @property
    def present(self) -> bool:
        return self.item is not None and is_present(self.item)


def attendance_list(partners: Sequence[Partner], items: Iterable[Item]) -> list[Person]:
    """Everyone who might be ticked: the roster's people partner by partner, then those
    recorded who are not on the roster (walk-ins), each with their record if any."""
    recorded = {
        Person(i.text, i.partner_id).key: i for i in items if i.kind == ATTENDEE and not i.block_id
    }
    people: list[Person] = []
    seen: set[tuple[str, str]] = set()
    for partner in partners:
        for name in representatives_of(partner):
            person = Person(name, partner.id)
            if person.key not in seen:
                seen.add(person.key)
                people.append(Person(name, partner.id, recorded.get(person.key)))
    for key, item in recorded.items():
        if key not in seen:
            seen.add(key)
            people.append(Person(item.text, item.partner_id, item))
    return people


def new_attendee(workshop_id: str, name: str, partner_id: str | None, position: float) -> Item:
    """A person arriving: their organisation is public, their name for partners only (the
    kind's declaration); the facilitator may make one more private."""
    return Item(
        workshop_id=workshop_id,
        kind=ATTENDEE,
        text=name,
        partner_id=partner_id,
        fields={PRESENT: True},
        visibility=Visibility.PUBLIC.value,
        position=position,
    )


def mark_present(
    description: str,
    workshop_id: str,
    people: Sequence[Person],
    here: bool,
    next_position: float,
) -> Edit | None:
    """The one edit that ticks ``people`` present (or not); None when nothing changes."""
    changed: list[Edit] = []
    position = next_position
    for person in people:
        if person.item is None:
            if here:
                changed.append(
                    edits.add(
                        description,
                        new_attendee(workshop_id, person.name, person.partner_id, position),
                    )
                )
                position += 1
        elif is_present(person.item) != here:
            changed.append(edits.set_fields(description, [person.item], **{PRESENT: here}))
    if not changed:
        return None
    return changed[0] if len(changed) == 1 else edits.combine(description, changed)


# ------------------------------------------------------------------ sign-in lists
#: How a sign-in row was matched to a partner, best first.
EXACT, CASE, PREFIX, PERSON, NONE = "exact", "case", "prefix", "person", ""


def match_partner(
    organisation: str, name: str, partners: Sequence[Partner]
) -> tuple[Partner | None, str]:
    """The partner a sign-in row belongs to and how it was found: the organisation written
    exactly as on the roster, then ignoring capitals and spaces, then as the start of one
    organisation's name ("City" for "City of Riverton", only when one fits); with no
    organisation, the person's name among the roster's people."""
    written = organisation.strip()
    if written:
        for p in partners:
            if p.organisation == written:
                return p, EXACT
        key = name_key(written)
        for p in partners:
            if name_key(p.organisation) == key:
                return p, CASE
        starts = [
            p
            for p in partners
            if len(key) >= 3
            and (
                name_key(p.organisation).startswith(key) or key.startswith(name_key(p.organisation))
            )
        ]
        if len(starts) == 1:
            return starts[0], PREFIX
        return None, NONE
    person = name_key(name)
    found = [p for p in partners if person in {name_key(n) for n in representatives_of(p)}]
    if len(found) == 1:
        return found[0], PERSON
    return None, NONE


@dataclass(frozen=True)
class SignInRow:
    """One person of a sign-in list, as written, with the partner chosen for them (None:
    skipped, or not found yet) and how it was found."""

    name: str
    organisation: str
    partner_id: str | None = None
    matched_by: str = NONE
    skipped: bool = False


def match_rows(rows: Iterable[tuple[str, str]], partners: Sequence[Partner]) -> list[SignInRow]:
    """Sign-in rows (name, organisation) each matched to a partner where one fits."""
    matched = []
    for name, organisation in rows:
        partner, how = match_partner(organisation, name, partners)
        matched.append(SignInRow(name, organisation, partner.id if partner else None, how))
    return matched


def sign_in_edit(
    description: str,
    workshop_id: str,
    rows: Iterable[SignInRow],
    partners: Sequence[Partner],
    items: Iterable[Item],
) -> Edit | None:
    """The one edit that ticks present everyone of a sign-in list not skipped: a person
    already listed is ticked, anyone else is added. None when nothing changes."""
    items = list(items)
    people = {p.key: p for p in attendance_list(partners, items)}
    chosen: dict[tuple[str, str], Person] = {}
    for row in rows:
        if row.skipped or not row.name.strip():
            continue
        person = Person(" ".join(row.name.split()), row.partner_id)
        chosen.setdefault(person.key, people.get(person.key, person))
    last = max((i.position for i in items if i.kind == ATTENDEE), default=-1.0)
    return mark_present(description, workshop_id, list(chosen.values()), True, last + 1)


def over_present(
    totals: Iterable[tuple[str, int]], present_people: int | None, per_person: int = 1
):
    """The (what, total) of ``totals`` larger than the people present can give (each may
    give ``per_person``: one hand, or a dot vote's dots); nothing when attendance was not
    taken."""
    if not present_people:
        return []
    most = present_people * per_person
    return [(what, total) for what, total in totals if total > most]
