"""Property: no internal text reaches a partners or public export, no partners text a
public one, in any format, chart labels included."""

from __future__ import annotations

import tempfile
from pathlib import Path

from export_helpers import normalise, readable_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app import export
from workshop_app.domain import planning
from workshop_app.domain.document import plain_text
from workshop_app.domain.records import Collaboration, Item, Partner, Workshop
from workshop_app.domain.visibility import effective_visibility
from workshop_app.exercises.templates import template
from workshop_app.export.summary import build_summary
from workshop_app.storage import open_store

KINDS = [
    "note",
    "decision",
    "action",
    "parking",
    "facilitator_note",
    "fact",
    "hope",
    "concern",
    "indicator",
    "scope_node",
    "sharing_commitment",
    "partnership_history",
    "attendee",  # a person at the meeting: their name is never public
]
#: Kinds whose words never reach the public, whatever the item's visibility.
TEXT_NEVER_PUBLIC = {"attendee", "position"}
VISIBILITIES = ["public", "partners", "internal"]
FORMATS = ["md", "html", "json", "csv", "docx", "pdf"]
RANK = {"public": 0, "partners": 1, "internal": 2}
CLEARANCE = {"public": 0, "partners": 1}

item_specs = st.lists(
    st.tuples(
        st.sampled_from(KINDS),
        st.sampled_from(VISIBILITIES),
        st.integers(min_value=0, max_value=20),  # block (mod number of blocks; 20+ = none)
        st.one_of(st.none(), st.integers(min_value=0, max_value=30)),  # parent index
        st.booleans(),  # the item's partner
    ),
    min_size=1,
    max_size=14,
)


def token(n: int, visibility: str) -> str:
    # one word, letters only, unlikely anywhere else: survives PDF extraction and wrapping
    return f"Qz{visibility[:3]}{chr(97 + n % 26)}{chr(97 + n // 26 % 26)}Wq"


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(specs=item_specs)
def test_no_text_above_the_audience_reaches_any_export(specs):
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "w.sqlite3")
        try:
            check_workshop(store, specs)
        finally:
            store.close()


def check_workshop(store, specs) -> None:
    collaboration = Collaboration("Leak test")
    partner = Partner(collaboration.id, "Riverton Youth Alliance", "nonprofit")
    workshop = Workshop(collaboration.id, "Leak test workshop", "2026-09-15", "Library")
    store.put(collaboration, partner)
    blocks = template("first_partnership_meeting").make_blocks(workshop.id)
    store.apply(planning.create_workshop(workshop, blocks))
    items: list[Item] = []
    for n, (kind, visibility, block_n, parent_n, with_partner) in enumerate(specs):
        word = token(n, visibility)
        parent = items[parent_n % len(items)] if parent_n is not None and items else None
        block = blocks[block_n] if block_n < len(blocks) else None
        items.append(
            Item(
                workshop.id,
                kind,
                f"{word} said this",
                block.id if block else None,
                parent_id=parent.id if parent else None,
                fields={
                    "owner": f"{word}owner",
                    "due": "2026-10-01",
                    "source": word,
                    "interest": word,
                    "status": "agreed",
                    "scope": "in",
                },
                visibility=visibility,
                partner_id=partner.id if with_partner else None,
                position=float(n),
            )
        )
    store.put(*items)

    by_id = {i.id: i for i in items}

    def strictest(item: Item) -> int:
        """The visibility that really applies: its own or a stricter ancestor's."""
        rank = RANK[effective_visibility(item)]
        while item.parent_id in by_id:
            item = by_id[item.parent_id]
            rank = max(rank, RANK[effective_visibility(item)])
        return rank

    for audience, clearance in CLEARANCE.items():
        forbidden = [
            token(n, it.visibility)
            for n, it in enumerate(items)
            if max(strictest(it), 1 if it.kind in TEXT_NEVER_PUBLIC else 0) > clearance
        ]
        if not forbidden:
            continue
        view = export.workshop_view(store, workshop.id, audience)
        outputs = {"elements (charts included)": plain_text(build_summary(view))}
        for fmt in FORMATS:
            outputs[fmt] = readable_text(fmt, export.render_workshop(view, fmt))
        for name, text in outputs.items():
            flat = normalise(text)
            for word in forbidden:
                assert word not in flat, (audience, name, word)


def test_an_attendee_name_partners_may_see_is_found_in_every_format(store, planned_workshop):
    """The control for attendees: the name withheld from the public is really there for
    partners, so its absence from public files is the policy's doing."""
    (partner, *_) = store.partners(planned_workshop.collaboration_id)
    word = token(9, "public")
    store.put(
        Item(
            planned_workshop.id,
            "attendee",
            f"{word} Jones",
            fields={"present": True},
            visibility="public",
            partner_id=partner.id,
        )
    )
    for audience, shown in (("partners", True), ("public", False)):
        view = export.workshop_view(store, planned_workshop.id, audience)
        for fmt in FORMATS:
            text = normalise(readable_text(fmt, export.render_workshop(view, fmt)))
            assert (word in text) is shown, (audience, fmt)
            assert partner.organisation.split()[0] in text, (audience, fmt)


def test_text_the_audience_may_see_is_found_in_every_format(store, planned_workshop):
    """The control for the property above: the text extraction really sees the words."""
    word = token(7, "public")
    store.put(Item(planned_workshop.id, "decision", f"{word} decided", visibility="public"))
    view = export.workshop_view(store, planned_workshop.id, "public")
    for fmt in FORMATS:
        assert word in normalise(readable_text(fmt, export.render_workshop(view, fmt))), fmt
