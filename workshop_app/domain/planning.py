"""Edits that shape collaborations and workshops (create, duplicate, delete, restore)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .edits import Edit, add, change, combine, update
from .records import Block, Collaboration, Workshop, new_id, now, touched
from .snapshot import WorkshopSnapshot


def create_workshop(workshop: Workshop, blocks: Sequence[Block]) -> Edit:
    """Add a workshop with its agenda as one undoable step."""
    return add(f"Create workshop {workshop.title!r}", workshop, *blocks)


def duplicate_as_next_meeting(
    snapshot: WorkshopSnapshot, title: str, date: str = "", place: str | None = None
) -> Edit:
    """Copy a workshop's agenda (blocks and their settings, no captured items)
    as the plan for the next meeting of the same collaboration."""
    original = snapshot.workshop
    stamp = now()
    copy = replace(
        original,
        id=new_id(),
        title=title,
        date=date,
        place=original.place if place is None else place,
        created_at=stamp,
        updated_at=stamp,
        deleted_at=None,
    )
    blocks = [
        replace(
            b,
            id=new_id(),
            workshop_id=copy.id,
            elapsed_seconds=0,
            settings={k: v for k, v in b.settings.items() if k != "revealed"},
            created_at=stamp,
            updated_at=stamp,
        )
        for b in snapshot.blocks
    ]
    return add(f"Duplicate workshop {original.title!r}", copy, *blocks)


def delete_workshop(workshop: Workshop) -> Edit:
    """Move a workshop to the bin (recoverable: undo, or restore from the bin)."""
    return update(f"Delete workshop {workshop.title!r}", workshop, deleted_at=now())


def restore_workshop(workshop: Workshop) -> Edit:
    return update(f"Restore workshop {workshop.title!r}", workshop, deleted_at=None)


def delete_collaboration(collaboration: Collaboration) -> Edit:
    return update(f"Delete collaboration {collaboration.name!r}", collaboration, deleted_at=now())


def insert_block(blocks: Sequence[Block], block: Block, at: int, description: str) -> Edit:
    """Put ``block`` at place ``at`` of an agenda, the blocks after it moved down, as one
    undoable step."""
    placed = replace(block, position=float(at))
    ordered = [*blocks[:at], placed, *blocks[at:]]
    shifted = [
        (b, touched(b, position=float(n)))
        for n, b in enumerate(ordered)
        if b is not placed and b.position != n
    ]
    return combine(description, [change(description, shifted), add(description, placed)])


def set_results_hidden(block: Block, hidden: bool, description: str) -> Edit:
    """Keep (or stop keeping) a block's results from the room until revealed."""
    return update(description, block, settings={**block.settings, "results_hidden": hidden})


def set_revealed(block: Block, revealed: bool, description: str) -> Edit:
    """Reveal a block's hidden results to the room, or hide them again."""
    return update(description, block, settings={**block.settings, "revealed": revealed})


def set_phones_live(block: Block, live: bool, description: str) -> Edit:
    """Accept what the room's phones send to ``block`` as it arrives (shown on the
    projector at once), or let it wait for the facilitator again."""
    return update(description, block, settings={**block.settings, "phones_live": live})


def set_timeboxes(changes: Sequence[tuple[Block, int]], description: str) -> Edit:
    """Give each block its new timebox (minutes), all in one undoable step (re-planning
    the rest of a meeting)."""
    return change(
        description,
        [(b, touched(b, timebox_minutes=m)) for b, m in changes if m != b.timebox_minutes],
    )
