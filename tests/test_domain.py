"""Domain rules without Qt: the visibility rule and reversible edits."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

from workshop_app.domain import edits
from workshop_app.domain.records import (
    Block,
    Collaboration,
    Item,
    ItemKind,
    Partner,
    Workshop,
)
from workshop_app.domain.schema import ChoiceSet, Field, choice
from workshop_app.domain.snapshot import EarlierMeeting, WorkshopSnapshot
from workshop_app.domain.visibility import (
    Audience,
    audience_view,
    effective_visibility,
    filter_items,
    results_visible,
    visible_to,
)

COLLAB = Collaboration("Safer Riverton")
WORKSHOP = Workshop(COLLAB.id, "Kick-off", "2026-09-15")
BLOCK = Block(WORKSHOP.id, "discussion", "Open discussion")


def item(text: str, visibility: str = "partners", kind: str = "note", **kw) -> Item:
    return Item(WORKSHOP.id, kind, text, BLOCK.id, visibility=visibility, **kw)


def snapshot(*items: Item, blocks: tuple[Block, ...] = (BLOCK,)) -> WorkshopSnapshot:
    return WorkshopSnapshot(COLLAB, (Partner(COLLAB.id, "City"),), WORKSHOP, blocks, items)


def test_domain_and_exports_import_no_qt():
    code = (
        "import sys, workshop_app.domain.visibility, workshop_app.domain.edits, "
        "workshop_app.export.summary, workshop_app.export.markdown, workshop_app.exercises.demo; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=120).returncode == 0


def test_internal_items_are_seen_only_by_the_internal_audience():
    secret = item("budget is pre-council", "internal")
    assert visible_to(Audience.INTERNAL, secret)
    for audience in (Audience.PARTNERS, Audience.PUBLIC, Audience.ROOM):
        assert not visible_to(audience, secret)


def test_partners_items_never_reach_the_public():
    note = item("deputies available Tuesdays", "partners")
    assert not visible_to(Audience.PUBLIC, note)
    assert visible_to(Audience.PARTNERS, note)
    assert visible_to(Audience.ROOM, note)


def test_public_items_are_seen_by_everyone():
    note = item("next meeting at City Hall", "public")
    assert all(visible_to(a, note) for a in Audience)


def test_facilitator_notes_are_internal_even_when_marked_public():
    note = item("seat them apart", "public", kind=ItemKind.FACILITATOR_NOTE.value)
    assert effective_visibility(note) == "internal"
    assert not visible_to(Audience.PUBLIC, note)
    assert not visible_to(Audience.PARTNERS, note)
    assert not visible_to(Audience.ROOM, note)


def test_an_unknown_visibility_is_treated_as_internal():
    odd = replace(item("from a newer file"), visibility="secret")
    assert effective_visibility(odd) == "internal"


def test_child_of_an_internal_parent_is_hidden_even_if_public():
    parent = item("Sheriff's union dispute", "internal")
    child = item("public-looking detail", "public", parent_id=parent.id)
    grandchild = item("deeper", "public", parent_id=child.id)
    for audience in (Audience.PARTNERS, Audience.PUBLIC, Audience.ROOM):
        assert filter_items(audience, [parent, child, grandchild]) == []
    assert len(filter_items(Audience.INTERNAL, [parent, child, grandchild])) == 3


def test_child_of_a_partners_parent_is_hidden_from_the_public():
    parent = item("crime lab", "partners")
    child = item("shared lab hours", "public", parent_id=parent.id)
    assert filter_items(Audience.PUBLIC, [parent, child]) == []
    assert filter_items(Audience.PARTNERS, [parent, child]) == [parent, child]


def test_audience_view_filters_items_and_history_and_states_the_audience():
    shown = item("open", "public")
    hidden = item("closed", "internal")
    old = Item("other-workshop", "trust_rating", "old secret", visibility="internal")
    earlier = EarlierMeeting(Workshop(COLLAB.id, "Earlier", "2020-01-01"), (), (old,))
    snap = replace(snapshot(shown, hidden), earlier=(earlier,))
    view = audience_view(snap, "public")
    assert view.audience is Audience.PUBLIC
    assert view.items == (shown,)
    assert view.history == ()


def test_hidden_results_are_only_for_the_facilitator_until_revealed():
    hidden = replace(BLOCK, settings={"results_hidden": True})
    assert results_visible(Audience.INTERNAL, hidden)
    assert not results_visible(Audience.ROOM, hidden)
    assert not results_visible(Audience.PARTNERS, hidden)
    revealed = replace(hidden, settings={"results_hidden": True, "revealed": True})
    assert results_visible(Audience.ROOM, revealed)
    view = audience_view(snapshot(blocks=(hidden,)), Audience.ROOM)
    assert not view.shows_results(hidden.id)
    assert audience_view(snapshot(blocks=(hidden,)), Audience.INTERNAL).shows_results(hidden.id)


def test_undoing_an_add_through_the_inverse_removes_it(store):
    collaboration = Collaboration("C")
    workshop = Workshop(collaboration.id, "W")
    store.put(collaboration, workshop)
    note = Item(workshop.id, "note", "three items")
    edit = edits.add("Add note", note)
    store.apply(edit)
    assert store.items(workshop.id) == [note]
    store.apply(edit.inverse())
    assert store.items(workshop.id) == []
    store.apply(edit.inverse().inverse())
    assert store.items(workshop.id) == [note]


def test_undoing_an_update_restores_the_old_record(store):
    collaboration = Collaboration("C")
    workshop = Workshop(collaboration.id, "W")
    note = Item(workshop.id, "note", "draft")
    store.put(collaboration, workshop, note)
    edit = edits.update("Edit", note, text="final", visibility="public")
    store.apply(edit)
    assert store.get(Item, note.id).text == "final"
    store.apply(edit.inverse())
    assert store.get(Item, note.id) == note


def test_setting_fields_keeps_the_others_and_undoes_in_one_step(store):
    collaboration = Collaboration("C")
    workshop = Workshop(collaboration.id, "W")
    a = Item(workshop.id, "fact", "a", fields={"source": "census", "status": ""})
    b = Item(workshop.id, "fact", "b", fields={"status": "disputed"})
    store.put(collaboration, workshop, a, b)
    edit = edits.set_fields("Mark facts: agreed", [a, b], status="agreed")
    store.apply(edit)
    assert store.get(Item, a.id).fields == {"source": "census", "status": "agreed"}
    assert store.get(Item, b.id).fields == {"status": "agreed"}
    store.apply(edit.inverse())
    assert [store.get(Item, a.id), store.get(Item, b.id)] == [a, b]


def test_undoing_a_delete_brings_back_parent_and_children(store):
    collaboration = Collaboration("C")
    workshop = Workshop(collaboration.id, "W")
    block = Block(workshop.id, "scope_issue", "Scope")
    parent = Item(workshop.id, "note", "public safety", block.id)
    child = Item(workshop.id, "note", "shared patrols", block.id, parent_id=parent.id)
    store.put(collaboration, workshop, block, parent, child)
    edit = edits.delete_block(block, [parent, child])
    store.apply(edit)
    assert store.blocks(workshop.id) == [] and store.items(workshop.id) == []
    store.apply(edit.inverse())
    assert store.blocks(workshop.id) == [block]
    assert {i.id for i in store.items(workshop.id)} == {parent.id, child.id}


def test_combined_edits_undo_in_one_step(store):
    collaboration = Collaboration("C")
    workshop = Workshop(collaboration.id, "W")
    a, b = Item(workshop.id, "note", "a"), Item(workshop.id, "note", "b", position=1)
    store.put(collaboration, workshop, a, b)
    edit = edits.combine("Two", [edits.update("x", a, text="A"), edits.reorder("r", [b, a])])
    store.apply(edit)
    store.apply(edit.inverse())
    assert sorted(store.items(workshop.id), key=lambda i: i.text) == [a, b]


STATUS = ChoiceSet("status", "Scoping", (("agreed", "✔ Agreed"), ("", "Not yet discussed")))


def test_a_choice_set_reads_an_items_value_and_its_words():
    fact = Item(workshop_id="w", kind="fact", text="Break-ins rose", fields={"status": "agreed"})
    assert STATUS.of(fact) == "agreed"
    assert STATUS.label(STATUS.of(fact)) == "✔ Agreed"
    assert STATUS.label("") == "Not yet discussed"


def test_a_choice_set_treats_a_value_it_does_not_declare_as_not_chosen():
    fact = Item(workshop_id="w", kind="fact", text="Break-ins rose", fields={"status": "maybe"})
    assert STATUS.of(fact) == ""
    assert STATUS.label("maybe") == ""


def test_a_choice_set_declares_its_field_without_the_not_chosen_value():
    assert STATUS.field == Field("status", choice("agreed"))
    assert list(STATUS) == [("agreed", "✔ Agreed"), ("", "Not yet discussed")]
