"""One workshop as the room's phones meet it: the state they are shown and where what
they send goes. Everything here runs on the thread that owns the database.

The state comes from the workshop's view for ``Audience.ROOM``, the same view the
projector is drawn from, so a phone never receives what the projector may not show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain import edits
from ..domain.document import displayable
from ..domain.records import Block, Item, ItemKind, Workshop
from ..domain.visibility import Audience, AudienceView, audience_view
from ..exercises.registry import Ballot, PhoneInput, get_kind, history_kinds
from ..i18n import current_language, speaking_output, tr, tr_stored
from ..storage.room_inbox import ACCEPTED, RoomInbox
from ..storage.store import Store
from .room import TEXT_LIMIT, Device, RoomError

#: The item kind of the workshop's parking lot, which every part taking text also takes.
PARKING = ItemKind.PARKING.value
#: The block setting that accepts what phones send as it arrives (shown at once).
LIVE = "phones_live"


class MeetingRoom:
    """The workshop ``workshop_id`` of ``store``, with the block the room is on now."""

    def __init__(
        self,
        store: Store,
        workshop_id: str,
        block_id: str | None = None,
        room_view: Callable[[], AudienceView] | None = None,
    ) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self.block_id = block_id
        self.inbox = RoomInbox(store)
        #: The workshop as the room may see it: read from the file, unless the window
        #: hands its live view (kept current as the facilitator types).
        self.room_view = room_view or (
            lambda: audience_view(store.snapshot(workshop_id, history_kinds()), Audience.ROOM)
        )

    @speaking_output()
    def state(self) -> dict[str, Any]:
        """What every phone is shown now (see ``docs/participation.md``), in the room's
        language (``language``: the page asks ``/api/strings`` again when it changes)."""
        view = self.room_view()
        if view.audience is not Audience.ROOM:
            raise ValueError(f"phones are shown the room's view, not {view.audience}'s")
        block = view.block(self.block_id) if self.block_id else None
        state: dict[str, Any] = {
            "language": current_language(),
            "meeting": displayable(view.workshop.title),
            "block": None,
            # Whom a phone may say it is with (optional; for the sector dissent flag).
            "partners": [{"id": p.id, "name": displayable(p.organisation)} for p in view.partners],
        }
        if block is None:
            return state
        kind = get_kind(block.kind)
        inputs = [shown for p in kind.phone_inputs if (shown := _input(p, block, view))]
        state["block"] = {
            "id": block.id,
            "title": displayable(tr_stored(block.title)),
            "prompt": displayable(
                tr_stored(block.prompt) or (kind.prompt and tr("Exercises", kind.prompt))
            ),
            # Every input the block takes now (a fact base: a fact, and each fact's status);
            # "input" is the first, for pages that show one.
            "inputs": inputs,
            "input": inputs[0] if inputs else None,
        }
        return state

    def accept_input(self, data: dict[str, Any], device: Device) -> bool:
        """Keep a checked input: free text in the current block's inbox, a rating in its
        tally (replacing the phone's last answer to that question, kept with ``device``).
        True when new."""
        block = self.store.get(Block, self.block_id) if self.block_id else None
        if block is not None and block.workshop_id != self.workshop_id:
            block = None
        type_ = "rating" if "question" in data else "text"
        phone = get_kind(block.kind).phone_input(type_) if block is not None else None
        if block is None or phone is None:
            if block is not None and get_kind(block.kind).phone_inputs:
                raise RoomError(409, "This part of the meeting takes something else; look again.")
            raise RoomError(409, "This part of the meeting takes no input from phones.")
        if type_ == "rating":
            return self._rate(block, phone, data, device)
        # Any part taking text also takes a topic for later (the workshop's parking lot).
        kinds = [k for k, _ in phone.kinds] + [PARKING]
        kind = data.get("kind") or kinds[0]
        if kind not in kinds:
            raise RoomError(400, "The request is not understood.")
        new = self.inbox.add(data["id"], self.workshop_id, block.id, kind, data["text"])
        if new and block.settings.get(LIVE):
            self._accept_live(block, data["id"], kind, data["text"])
        return new

    def _accept_live(self, block: Block, input_id: str, kind: str, text: str) -> None:
        """Accept an input as it arrives (the block's phones are live): an ordinary item
        of the block, as Enter in "From the room" makes it. The room's, not the
        facilitator's: not in the undo history; the facilitator deletes what should go."""
        item = Item(
            workshop_id=self.workshop_id,
            block_id=block.id,
            kind=kind,
            text=text,
            position=self.store.last_position(self.workshop_id, block.id) + 1,
        )
        self.store.apply(edits.add(tr("Phone", "From the room, shown as it came"), item))
        self.inbox.settle(input_id, ACCEPTED, item.id)

    def sector_of(self, partner_id: str) -> str | None:
        """The sector of a partner at the table the room may see (None: no such one)."""
        partner = next((p for p in self.room_view().partners if p.id == partner_id), None)
        return partner.sector if partner is not None else None

    def _rate(self, block: Block, phone: PhoneInput, data: dict[str, Any], device: Device) -> bool:
        # Only what the room may see can be rated (an internal indicator is not asked).
        room_items = self.room_view().items
        keys = {k for k, _ in phone.questions(block, room_items)} if phone.questions else set()
        asked, value = data.get("question"), data.get("value")
        if asked not in keys:
            raise RoomError(409, "That question is no longer asked; look at the screen.")
        if value not in {v for v, _ in phone.scale_of(block)}:
            raise RoomError(400, "The request is not understood.")
        key = (block.id, asked)
        previous = device.ballots.get(key)
        ballot = Ballot(value, device.sector, previous)
        budget = phone.budget(block, device.ballots) if phone.budget else None
        if budget is not None and value - (previous.value if previous else 0) > budget:
            raise RoomError(409, "You have placed all your dots; take one back from another first.")
        workshop = self.store.get(Workshop, self.workshop_id)
        # The tallies of this block only, not the whole workshop: a vote is on the hot path.
        items = self.store.items(self.workshop_id, block.id, [k for k, _ in phone.kinds])
        edit = phone.count(items, workshop, block, asked, ballot)
        if edit is not None:
            self.store.apply(edit)  # the room's, not the facilitator's: not in the undo history
        device.ballots[key] = Ballot(value, device.sector)
        return previous is None


def _input(phone: PhoneInput, block: Block, view: AudienceView) -> dict[str, Any] | None:
    """What the phone shows to take this block's input (None: nothing, for this block)."""
    shown: dict[str, Any] = {"type": phone.type, "label": tr("Phone", phone.label)}
    if phone.type == "rating":
        scale = phone.phone_scale(block)
        if not scale:
            return None
        questions = phone.questions(block, view.items) if phone.questions else []
        shown["questions"] = [{"key": k, "text": displayable(t)} for k, t in questions]
        shown["scale"] = scale
        shown["by_sector"] = phone.by_sector
        budget = phone.budget_size(block) if phone.budget_size else None
        if budget is not None:
            shown["budget"] = budget  # answers are drawn from it (dots to place)
    else:
        shown["kinds"] = phone.phone_kinds()
        shown["max"] = TEXT_LIMIT
        # A second button sends a topic for later to the parking lot.
        shown["later"] = {"kind": PARKING, "label": tr("Phone", "Park it for later")}
        # The phone says so: what is sent shows on the screen at once, unread.
        shown["live"] = bool(block.settings.get(LIVE))
    return shown
