"""The room's side of a meeting opened to phones: who has joined, what they may see, what
they send. Qt-free and thread-safe: the web server's threads call it, and everything
that reads or writes the database runs on the thread that owns the database (the
window's, or the ``serve`` command's), through :class:`Owner`.

    >>> room = Room(owner, state=lambda: {...})     # owner runs database work
    >>> room.code                                   # what the projector shows
    'K7QX3M'
    >>> token = room.join("k7qx3m", "192.168.1.23")  # a session for one phone
    >>> room.submit(token, {"id": "…", "text": "More bus stops"})

Privacy: a session token lives only in this process's memory and the phone's cookie;
an input is stored with the id the phone gave it and nothing else about the device.
"""

from __future__ import annotations

import hmac
import json
import queue
import secrets
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

#: Join codes avoid letters and digits that read alike (0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
#: The longest text a phone may send (an idea, a fact, a hope), in characters.
TEXT_LIMIT = 500
#: The largest request body the server reads, in bytes.
REQUEST_LIMIT = 16 * 1024
#: Inputs one phone may send within RATE_WINDOW seconds.
RATE_LIMIT = 20
#: Sessions one phone (one address on the hall's network) may hold: a few tabs.
SESSIONS_PER_PHONE = 4
RATE_WINDOW = 60.0
#: Wrong join codes one network address may try within RATE_WINDOW seconds.
JOIN_ATTEMPTS = 10
#: The id a phone gives each input: random, long enough never to collide.
_ID_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


class RoomError(Exception):
    """A request the room refuses: ``status`` is the HTTP status, ``message`` one plain
    line for the phone (English, with ``values`` filled in; the server sends it in the
    room's language: ``phone_page.refusal(text, values)``)."""

    def __init__(self, status: int, text: str, **values: object) -> None:
        self.status = status
        self.text = text  # the English as written, found in the catalogs under "Phone"
        self.values = values
        self.message = text.format(**values) if values else text
        super().__init__(self.message)


class Owner:
    """Runs database work on the thread that owns the database and waits for it.

    ``call(work)`` may be called from any thread; the owner thread runs the queued work
    with :meth:`run_pending` (the ``serve`` command's loop; the window calls it from its
    event loop). Work that raises passes its exception to the caller."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[[], Any], _Result]] = queue.Queue()
        self.owner_thread = threading.get_ident()
        #: Called (from the calling thread) whenever work is queued; the window uses it to
        #: wake its event loop.
        self.wake: Callable[[], None] = lambda: None
        #: Wraps each run of queued work: the store's ``batch``, so a burst is one commit.
        self.batch: Callable[[], AbstractContextManager[object]] = nullcontext

    def call(self, work: Callable[[], Any], timeout: float = 10.0) -> Any:
        if threading.get_ident() == self.owner_thread:
            return work()
        result = _Result()
        self._jobs.put((work, result))
        self.wake()
        if not result.done.wait(timeout):
            raise RoomError(503, "The facilitator's computer is busy; try again.")
        if result.error is not None:
            raise result.error
        return result.value

    def run_pending(self, wait: float = 0.0) -> int:
        """Run the work queued so far (waiting up to ``wait`` seconds for the first), all
        inside :attr:`batch` (one commit: one sync to disk for a burst from the room);
        each request hears its result only once the batch is committed. Returns how many
        ran."""
        try:
            jobs = [self._jobs.get(timeout=wait) if wait > 0 else self._jobs.get_nowait()]
        except queue.Empty:
            return 0
        while True:
            try:
                jobs.append(self._jobs.get_nowait())
            except queue.Empty:
                break
        try:
            with self.batch():
                for work, result in jobs:
                    try:
                        result.value = work()
                    except Exception as e:  # handed to the waiting request, which says it
                        result.error = e
        except Exception as e:  # the commit failed: nothing of the batch was kept
            for _, result in jobs:
                result.value, result.error = None, result.error or e
        for _, result in jobs:
            result.done.set()
        return len(jobs)


@dataclass
class Device:
    """What the room knows of one joined phone, in memory only: its answers so far (so a
    new one replaces the last) and the sector of the partner it said it is with."""

    ballots: dict[Any, Any] = field(default_factory=dict)
    sector: str = ""


@dataclass
class _Result:
    done: threading.Event = field(default_factory=threading.Event)
    value: Any = None
    error: BaseException | None = None


def new_code() -> str:
    """A fresh join code: six characters, about a billion possibilities."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalised_code(typed: object) -> str:
    """What a person typed as a code, as the room compares it (case and spaces ignored)."""
    if not isinstance(typed, str):
        return ""
    return "".join(typed.split()).upper()[: CODE_LENGTH * 2]


class Room:
    """One meeting open to the room.

    ``state`` builds, on the owner thread, the document every phone sees (the current
    block and its input, as the room audience may see it); ``accept_input`` keeps what a
    phone sent (on the owner thread, with the phone's earlier ratings) and returns once
    it is on disk. Call
    :meth:`refresh` whenever what the room may see could have changed."""

    def __init__(
        self,
        owner: Owner,
        state: Callable[[], dict[str, Any]],
        accept_input: Callable[[dict[str, Any], Device], bool],
        code: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sector_of: Callable[[str], str | None] = lambda partner_id: None,
    ) -> None:
        self.owner = owner
        self._state = state
        self._accept_input = accept_input
        self._sector_of = sector_of
        self._clock = clock
        self._lock = threading.Condition()
        self.code = code or new_code()
        self.is_open = True
        #: token -> the phone (device key) it is a session of. On the hall's network a
        #: phone is its address: joining again (a script can, without end) resumes the
        #: same phone, its ballots, its budget and its rate limit. Over loopback (tests,
        #: benches, the laptop itself) each session is a phone of its own.
        self._sessions: dict[str, str] = {}
        #: device key -> what the room knows of the phone while it is in (memory only)
        self._devices: dict[str, Device] = {}
        self._inputs: dict[str, deque[float]] = {}  # device key -> times of recent inputs
        #: input id -> the token of the phone that sent it: in memory only, so that the
        #: facilitator can put out the phone behind an input (never written anywhere)
        self._senders: dict[str, str] = {}
        self._join_failures: dict[str, deque[float]] = {}  # address -> times
        self._document = b"{}"
        self._document_open = True
        self._state_sent: dict[str, Any] | None = None
        self.version = 0
        self.refresh()

    # ------------------------------------------------------------ facilitator side
    def refresh(self, force: bool = False) -> None:
        """Build the room's state again (on the owner thread) and, when it differs from
        what the phones have (or ``force``: some were put out), wake every phone waiting
        for a change. So it may be called after any change of the workshop."""
        state = {**self.owner.call(self._state), "open": self.is_open}
        with self._lock:
            if state == self._state_sent and not force:
                return
            self._state_sent = state
            self.version += 1
            state = {**state, "version": self.version}
            document = json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode()
            self._document = document
            self._document_open = self.is_open
            self._lock.notify_all()

    def new_code(self) -> str:
        """Issue a new join code: everyone joined so far is out and must join again."""
        with self._lock:
            self.code = new_code()
            self._sessions.clear()
            self._devices.clear()
            self._inputs.clear()
            self._senders.clear()
        self.refresh(force=True)  # the live connections of those put out end
        return self.code

    def close(self) -> None:
        """No more joining or sending; phones waiting for a change hear that it closed."""
        with self._lock:
            self.is_open = False
            self._sessions.clear()
        self.refresh()

    def say_partner(self, token: str | None, partner: object) -> None:
        """A joined phone says which partner organisation it is with ("": it would rather
        not say); its answers to votes then count for that partner's sector. Kept in
        memory only, with the session."""
        if not isinstance(partner, str) or len(partner) > 100:
            raise RoomError(400, "The request is not understood.")
        with self._lock:
            self.require_joined(token)
        sector = self.owner.call(lambda: self._sector_of(partner)) if partner else ""
        if sector is None:
            raise RoomError(409, "That organisation is not at the table; choose again.")
        with self._lock:
            key = self._sessions.get(token or "")
            if key is None:  # put out meanwhile
                raise RoomError(403, "Join the meeting first (the code is on the screen).")
            self._devices.setdefault(key, Device()).sector = sector

    def remove_sender(self, input_id: str) -> list[str]:
        """Put out the phone that sent ``input_id`` (it must join again, and may be kept
        out by a new code); returns the ids of every input that phone sent."""
        with self._lock:
            token = self._senders.get(input_id)
            if token is None:
                return []
            key = self._sessions.get(token, token)
            for other in [t for t, k in self._sessions.items() if k == key]:
                del self._sessions[other]  # every session of that phone
            self._devices.pop(key, None)
            sent = [i for i, t in self._senders.items() if t == token]
            for i in sent:
                del self._senders[i]
            return sent

    def wake_all(self) -> None:
        """Wake every phone's waiting connection (the server is stopping)."""
        with self._lock:
            self._lock.notify_all()

    @property
    def devices(self) -> int:
        """How many phones have joined."""
        with self._lock:
            return len(set(self._sessions.values()))

    # ------------------------------------------------------------------ phone side
    def join(self, typed_code: object, address: str) -> str:
        """A session token for a phone that typed the right code; RoomError otherwise."""
        now = self._clock()
        with self._lock:
            failures = self._recent(self._join_failures.setdefault(address, deque()), now)
            if len(failures) >= JOIN_ATTEMPTS:
                raise RoomError(429, "Too many wrong codes. Wait a minute, then try again.")
            if not self.is_open:
                raise RoomError(403, "This meeting is not open to the room now.")
            if not hmac.compare_digest(normalised_code(typed_code), self.code):
                failures.append(now)
                raise RoomError(403, "That code is not right. Check the code on the screen.")
            token = secrets.token_urlsafe(24)
            key = token if is_loopback(address) else address
            mine = [t for t, k in self._sessions.items() if k == key]
            for old in mine[: max(0, len(mine) - SESSIONS_PER_PHONE + 1)]:
                del self._sessions[old]  # a phone joining again and again keeps a few
            self._sessions[token] = key
            return token

    def device_key(self, token: str | None) -> str | None:
        """The phone a session belongs to (see ``_sessions``), None for no session."""
        with self._lock:
            return self._sessions.get(token or "")

    def joined(self, token: str | None) -> bool:
        with self._lock:
            return bool(token) and token in self._sessions and self.is_open

    def require_joined(self, token: str | None) -> None:
        """RoomError unless ``token`` is a session of the open room (the lock is
        re-entrant: callers holding it may ask)."""
        if not self.joined(token):
            raise RoomError(403, "Join the meeting first (the code is on the screen).")

    def document(self) -> tuple[int, bytes]:
        """The room's state as JSON, with its version."""
        with self._lock:
            return self.version, self._document

    def wait_for_change(self, seen: int, timeout: float) -> tuple[int, bytes, bool]:
        """The state once its version is past ``seen`` (or the current one after
        ``timeout`` seconds): its version, the document, and whether that document says
        the room is open (it is the last one a phone hears when not)."""
        with self._lock:
            self._lock.wait_for(lambda: self.version > seen, timeout)
            return self.version, self._document, self._document_open

    def submit(self, token: str | None, body: object) -> bool:
        """Keep what a joined phone sent (see :func:`checked_input`).

        Returns True when it was new, False for a resend of one already kept (or a rating
        the same as the phone's last); raises RoomError (and keeps nothing) for anything
        else. A phone's ratings are remembered here, in memory only, so that a new one
        replaces its last instead of adding to it."""
        now = self._clock()
        with self._lock:
            self.require_joined(token)
            key = self._sessions[token]
            recent = self._recent(self._inputs.setdefault(key, deque()), now)
            if len(recent) >= RATE_LIMIT:
                raise RoomError(429, "That is a lot at once. Wait a moment, then send again.")
            recent.append(now)
            device = self._devices.setdefault(key, Device())
        data = checked_input(body)
        new = bool(self.owner.call(lambda: self._accept_input(data, device)))
        if "id" in data and "text" in data:
            with self._lock:
                if token in self._sessions:
                    self._senders[data["id"]] = token
        return new

    def _recent(self, times: deque[float], now: float) -> deque[float]:
        while times and now - times[0] > RATE_WINDOW:
            times.popleft()
        return times


def checked_input(body: object) -> dict[str, Any]:
    """A phone's input as the room keeps it, or RoomError saying what is wrong: free text
    ``{"id", "text", "kind"?}``, or a rating ``{"id", "question": key, "value"}``."""
    if not isinstance(body, dict):
        raise RoomError(400, "The request is not understood.")
    if "value" in body:
        return _checked_rating(body)
    input_id, text, kind = body.get("id"), body.get("text"), body.get("kind", "")
    if not _key_like(input_id, 16):
        raise RoomError(400, "The request is not understood.")
    if not isinstance(kind, str) or len(kind) > 64:
        raise RoomError(400, "The request is not understood.")
    if not isinstance(text, str):
        raise RoomError(400, "Write something first.")
    text = " ".join(text.split())  # one line, as the capture box keeps it
    if not text:
        raise RoomError(400, "Write something first.")
    if len(text) > TEXT_LIMIT:
        raise RoomError(413, "Please keep it under {limit} characters.", limit=TEXT_LIMIT)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise RoomError(400, "Some characters could not be read. Retype them.") from None
    if any(_unreadable(c) for c in text):
        raise RoomError(400, "Some characters could not be read. Retype them.")
    if not any(_visible(c) for c in text):
        raise RoomError(400, "Write something first.")
    return {"id": input_id, "text": text, "kind": kind}


def _checked_rating(body: dict[str, Any]) -> dict[str, Any]:
    question, value = body.get("question"), body.get("value")
    # A question is named by its key (it stays the same when others are added or moved).
    if not _key_like(question, 1):
        raise RoomError(400, "The request is not understood.")
    # A value is a whole number (True is not a 1).
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise RoomError(400, "The request is not understood.")
    return {"question": question, "value": value}


def _key_like(value: object, shortest: int) -> bool:
    """Whether ``value`` is an id or key a phone may send: ``shortest`` to 64 characters
    of letters, digits, ``-`` and ``_``."""
    return isinstance(value, str) and shortest <= len(value) <= 64 and set(value) <= _ID_CHARS


def is_loopback(address: str) -> bool:
    """Whether ``address`` is the laptop itself (tests, benches, a browser on the laptop)."""
    return address.startswith(("127.", "::ffff:127.")) or address == "::1"


#: Characters that change the direction of the text around them: on the projector they
#: would make an idea read as something else ("gnp.exe").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _unreadable(character: str) -> bool:
    """Control characters (C0, DEL, C1: terminal escapes) and direction overrides."""
    return unicodedata.category(character) == "Cc" or character in _BIDI_CONTROLS


def _visible(character: str) -> bool:
    """Anything but spaces and invisible formatting (a zero-width space alone is empty)."""
    return unicodedata.category(character) not in ("Zs", "Zl", "Zp", "Cf")


def join_link(address: str, code: str) -> str:
    """The address a QR code carries: the page with the code filled in."""
    return f"{address}?code={code}"


def qr_modules(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of a QR code for ``text``, with its quiet zone
    of four modules: what the projector and the join card draw. Medium error correction
    survives a projector's blur and a crease in a printed card."""
    import segno  # only when the room is opened

    code = segno.make(text, error="m", micro=False, boost_error=False)
    return [[bool(module) for module in row] for row in code.matrix_iter(border=4)]
