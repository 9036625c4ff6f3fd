"""View → Phones in the room: open the workshop on screen to the room's phones, show the
join address, code and QR code (in the side column and on the projector), issue a new
code, save join cards, and decide what the phones send ("From the room", Alt+4).

Built with the room controller; the web server and the queue are made the first time
the room is opened, so nothing of them costs anything before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .form_dialog import ask_save_path
from .shortcuts import window_command

if TYPE_CHECKING:
    from collections.abc import Callable

    from .room_opener import RoomOpener
    from .room_queue import RoomQueue
    from .room_window import RoomWindow

#: How often the side column's count of joined phones is brought up to date (ms).
DEVICES_REFRESH_MS = 2000


class PhoneController(QObject):
    """The facilitator's commands for the room's phones (see the module's docstring)."""

    def __init__(self, main_window: QWidget, room: RoomWindow, tell: Callable[[str], None]) -> None:
        """``room``: the room window (it says where to join); ``tell``: says a message
        beside the room preview and in the status bar."""
        super().__init__(main_window)
        self.main_window = main_window
        self.session = main_window.session  # type: ignore[attr-defined]
        self.room = room
        self._tell = tell
        self.opener: RoomOpener | None = None
        self.queue: RoomQueue | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Phones in the room"))
        # One panel in the side column: the state in words, then (once the room has been
        # opened) the queue of what the phones sent.
        self.panel = QWidget()
        self._panel_layout = QVBoxLayout(self.panel)
        self._panel_layout.setContentsMargins(0, 0, 0, 0)
        self._panel_layout.addWidget(self.status)
        view = getattr(self.main_window, "workshop_view", None)
        if view is not None:
            view.add_side_panel(self.panel, self.tr("Phones in the room"))
            view.closed.connect(self.close)  # closing the workshop closes it to phones
        self._timer = QTimer(self)
        self._timer.setInterval(DEVICES_REFRESH_MS)
        self._timer.timeout.connect(self.update_status)
        self.actions: dict[str, QAction] = {}
        self._build_actions()
        self.update_status()

    # ------------------------------------------------------------------ actions
    def _action(self, key: str, text: str, keys: str, slot, checkable: bool = False) -> QAction:
        self.actions[key] = window_command(self.main_window, text, keys, slot, checkable)
        return self.actions[key]

    def _build_actions(self) -> None:
        menu = self.main_window.menus["view"].addMenu(self.tr("&Phones in the room"))
        self.menu = menu
        menu.addAction(
            self._action(
                "open", self.tr("Open to the room's phones"), "Ctrl+Shift+O", self.toggle, True
            )
        )
        menu.addAction(
            self._action(
                "new_code", self.tr("New join code (everyone joins again)"), "", self.new_code
            )
        )
        menu.addAction(
            self._action("cards", self.tr("Save join cards to print…"), "", self.save_cards)
        )
        menu.addAction(
            self._action(
                "live",
                self.tr("Show what phones send on the projector as it arrives (this block)"),
                "Ctrl+Shift+L",
                self.toggle_live,
                True,
            )
        )
        menu.addSeparator()
        menu.addAction(
            self._action("queue", self.tr("Go to “From the room”"), "Alt+4", self.focus_queue)
        )
        # The live switch follows its block's setting: only a change of blocks can move it
        # (not every capture, which the switch would otherwise cost).
        self.session.changed.connect(lambda changes: "blocks" in changes.tables and self._sync())
        self.session.current_block_changed.connect(lambda *_: self._sync())
        self._sync()

    def _sync(self) -> None:
        is_open = self.opener is not None and self.opener.is_open
        self.actions["open"].setChecked(is_open)
        for key in ("new_code", "cards"):  # Alt+4 stays: it says why there is nothing
            self.actions[key].setEnabled(is_open)
        block = self._text_block()
        live = self.actions["live"]
        live.setEnabled(block is not None)
        live.setChecked(bool(block is not None and block.settings.get("phones_live")))

    def _text_block(self):
        """The block on screen, if phones may send it text (else None)."""
        view = getattr(self.main_window, "workshop_view", None)
        shown = view.current_block() if view is not None and view.workshop_id else None
        if shown is None:
            return None
        from ..exercises.registry import get_kind

        try:  # as stored now (the screen's copy may not have heard of a change yet)
            blocks = self.session.snapshot(view.workshop_id).blocks
        except KeyError:
            return None
        block = next((b for b in blocks if b.id == shown.id), None)
        if block is None:
            return None

        return block if get_kind(block.kind).phone_input("text") is not None else None

    # ------------------------------------------------------------------ commands
    def toggle(self) -> None:
        if self.opener is not None and self.opener.is_open:
            self.close()
        else:
            self.open()

    def open(self) -> bool:
        """Open the workshop on screen to the room's phones, on the block shown."""
        view = getattr(self.main_window, "workshop_view", None)
        workshop_id = getattr(view, "workshop_id", None)
        if not workshop_id:
            self.session.error.emit(self.tr("Open a workshop first: phones join a meeting."))
            self._sync()
            return False
        self._ensure_built()
        current = view.current_block()
        try:
            self.opener.open(workshop_id, current.id if current is not None else None)
        except OSError as e:
            self.session.error.emit(
                self.tr(
                    "The room could not be opened to phones: this computer refused a network "
                    "port ({reason}). Check that no firewall blocks Workshop App."
                ).format(reason=e.strerror or e)
            )
            self._sync()
            return False
        self.queue.set_block(workshop_id, current.id if current is not None else "")
        return True

    def close(self) -> None:
        if self.opener is not None:
            self.opener.close()

    def new_code(self) -> None:
        if self.opener is not None and self.opener.is_open:
            code = self.opener.new_code()
            self._tell(self.tr("New join code {code}: phones must join again.").format(code=code))

    def toggle_live(self) -> None:
        """What phones send to the block on screen shows on the projector as it arrives,
        or waits for the facilitator again (one undoable step, kept with the block)."""
        from ..domain import planning

        block = self._text_block()
        if block is None:
            self._tell(self.tr("This part takes no ideas from phones."))
            self._sync()
            return
        live = not block.settings.get("phones_live", False)
        text = (
            self.tr("Show ideas from phones as they arrive")
            if live
            else self.tr("Ideas from phones wait for you again")
        )
        if self.session.apply(planning.set_phones_live(block, live, text)):
            self._tell(
                self.tr(
                    "What phones send now shows on the projector at once; delete what should "
                    "not stay (Ctrl+Shift+L to decide each one again)."
                )
                if live
                else self.tr("What phones send waits in “From the room” for you again.")
            )
        self.update_status()

    def focus_queue(self) -> None:
        if self.opener is None or not self.opener.is_open:
            self._tell(self.tr("The meeting is not open to phones (Ctrl+Shift+O opens it)."))
        elif self.queue.list.isVisible():
            self.queue.list.setFocus()
        else:
            self._tell(self.tr("Nothing from the room is waiting."))

    def save_cards(self) -> None:
        """Save a page of join cards (PDF) to print for the tables."""
        if self.opener is None or not self.opener.is_open:
            return
        from ..domain.records import Workshop
        from .join_card import join_card_pdf
        from .pdf_writer import paper_for_locale

        store = self.session.store
        workshop = store.get(Workshop, self.opener.workshop_id or "")
        path = ask_save_path(
            self.main_window,
            store,
            "last_export_folder",
            self.tr("Save join cards"),
            "join-cards.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return
        pdf = join_card_pdf(
            workshop.title if workshop else "",
            self.opener.join_address,
            self.opener.code,
            store.setting("export.paper", paper_for_locale()),
        )
        try:
            Path(path).write_bytes(pdf)
        except OSError as e:
            self.session.error.emit(
                self.tr("The join cards could not be saved to {path}: {reason}.").format(
                    path=path, reason=e.strerror or e
                )
            )
            return
        self._tell(self.tr("Join cards saved to {path}.").format(path=path))

    # ------------------------------------------------------------------- showing
    def _ensure_built(self) -> None:
        if self.opener is not None:
            return
        from .room_opener import RoomOpener
        from .room_queue import RoomQueue

        self.opener = RoomOpener(self.session, self)
        self.opener.changed.connect(self._opener_changed)
        self.queue = RoomQueue(self.session)
        self.queue.remove_sender = self.opener.remove_sender
        self._panel_layout.addWidget(self.queue)

    def _opener_changed(self) -> None:
        is_open = self.opener.is_open
        self.queue.setVisible(is_open)
        if is_open:
            self._timer.start()
        else:
            self._timer.stop()
        self.room.set_join(
            self.opener.link if is_open else "", self.opener.join_address, self.opener.code
        )
        self._sync()
        self.update_status()

    def update_status(self) -> None:
        if self.opener is None or not self.opener.is_open:
            self.status.setText(
                self.tr("Closed to phones (Ctrl+Shift+O opens the meeting to them).")
            )
            return
        words = self.tr(
            "OPEN TO PHONES: {address} · code {code} · %n phone(s) joined.",
            "",
            self.opener.devices,
        ).format(address=self.opener.join_address, code=self.opener.code)
        block = self._text_block()
        if block is not None and block.settings.get("phones_live"):
            words += " " + self.tr("Ideas show on the projector as they arrive (Ctrl+Shift+L).")
        self.status.setText(words)
