"""The window's side of the room's phones: opens the workshop on screen to them (View →
Open to the room's phones), follows the facilitator from block to block, and closes when
the workshop closes or the app quits.

The web server runs in threads of its own (``participation/server.py``); what it needs
from the database is run here, on the window's thread, which owns the database: a
phone's request wakes this object through a queued signal, and the window runs the
request's database work between the facilitator's keystrokes (a few milliseconds).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from ..domain.visibility import Audience
from ..participation.meeting import MeetingRoom
from ..participation.room import Owner, Room, join_link
from ..participation.server import RoomServer
from ..storage.store import ChangeSet
from .session import Session

#: The port last used, so a printed join card keeps working when the room is opened
#: again (another free port is taken when it is busy).
PORT_SETTING = "room.port"
#: How long the window gathers the phones' requests before running them together (ms).
BATCH_DELAY_MS = 50


class _Waker(QObject):
    woke = Signal()  # emitted from a server thread; received on the window's thread


class RoomOpener(QObject):
    """The open workshop, open to the room's phones (or not)."""

    changed = Signal()  # opened, closed, a new code, or the block followed

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.room: Room | None = None
        self.server: RoomServer | None = None
        self.meeting: MeetingRoom | None = None
        self._owner: Owner | None = None
        self._run_due = False
        self._refresh_due = False
        self._waker = _Waker(self)
        self._waker.woke.connect(self._run_pending, Qt.ConnectionType.QueuedConnection)
        session.current_block_changed.connect(self.follow)
        session.changed.connect(self._on_changed)
        app = QCoreApplication.instance()
        if app is not None:  # quitting closes the room first: phones are told
            app.aboutToQuit.connect(self.close)

    # ------------------------------------------------------------------ state
    @property
    def is_open(self) -> bool:
        return self.room is not None

    @property
    def workshop_id(self) -> str | None:
        return self.meeting.workshop_id if self.meeting is not None else None

    @property
    def join_address(self) -> str:
        return self.server.join_address if self.server is not None else ""

    @property
    def code(self) -> str:
        return self.room.code if self.room is not None else ""

    @property
    def link(self) -> str:
        """What the QR code carries: the address with the code filled in."""
        return join_link(self.join_address, self.code) if self.room is not None else ""

    # --------------------------------------------------------------- commands
    def open(self, workshop_id: str, block_id: str | None) -> None:
        """Serve ``workshop_id`` to the room, on the block the facilitator is on.

        Raises OSError when no port can be had (the caller says so in words)."""
        self.close()
        owner = Owner()
        owner.wake = self._waker.woke.emit
        owner.batch = self.session.store.batch
        meeting = MeetingRoom(
            self.session.store,
            workshop_id,
            block_id or None,
            room_view=lambda: self.session.view(workshop_id, Audience.ROOM),
        )
        room = Room(owner, meeting.state, meeting.accept_input, sector_of=meeting.sector_of)
        port = self.session.store.setting(PORT_SETTING, 0)
        try:
            server = RoomServer(room, "0.0.0.0", port if isinstance(port, int) else 0)
        except OSError:
            server = RoomServer(room, "0.0.0.0", 0)  # the usual port is taken: any free one
        server.start()
        self._owner, self.meeting, self.room, self.server = owner, meeting, room, server
        self.session.store.set_setting(PORT_SETTING, server.port)
        self.changed.emit()

    def close(self) -> None:
        """Close the room to phones (they are told) and stop serving."""
        if self.room is None:
            return
        room, server = self.room, self.server
        self.room = self.server = self.meeting = self._owner = None
        room.close()
        if server is not None:
            server.stop()
        self.changed.emit()

    def new_code(self) -> str:
        """A new join code at once: everyone joined so far is out."""
        if self.room is None:
            return ""
        code = self.room.new_code()
        self.changed.emit()
        return code

    def remove_sender(self, input_id: str) -> list[str]:
        """Put out the phone that sent ``input_id``; the ids of all it sent."""
        return self.room.remove_sender(input_id) if self.room is not None else []

    @property
    def devices(self) -> int:
        return self.room.devices if self.room is not None else 0

    # --------------------------------------------------------------- following
    def follow(self, workshop_id: str, block_id: str) -> None:
        """The facilitator moved to ``block_id``: the phones follow; another workshop
        (or none) closes the room."""
        if self.meeting is None:
            return
        if workshop_id != self.meeting.workshop_id:
            self.close()
            return
        self.meeting.block_id = block_id or None
        self.room.refresh()
        self.changed.emit()

    def _on_changed(self, changes: ChangeSet) -> None:
        # Anything of the workshop may change what the phones are shown (a block renamed,
        # an indicator added to vote on, a partner at the table): the state is built
        # again once this turn of the event loop is done (a burst of changes, once), and
        # the phones hear of it only if it differs.
        if self.meeting is None or self._refresh_due:
            return
        if self.meeting.workshop_id in changes.workshop_ids or "partners" in changes.tables:
            self._refresh_due = True
            QTimer.singleShot(0, self, self._refresh)

    def _refresh(self) -> None:
        self._refresh_due = False
        if self.room is not None:
            self.room.refresh()

    def _run_pending(self) -> None:
        """A phone's request is waiting: run it, with whatever else arrives meanwhile, a
        moment later, so a burst from the room is one commit between two keystrokes of
        the facilitator rather than many."""
        if not self._run_due:
            self._run_due = True
            QTimer.singleShot(BATCH_DELAY_MS, self, self._run_batch)

    def _run_batch(self) -> None:
        self._run_due = False
        if self._owner is not None:
            self._owner.run_pending()
