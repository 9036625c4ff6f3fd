"""The room's web server: the participant page and its small JSON API, on the laptop's
own network, for the phones in the hall (``docs/participation.md`` documents the API).

Python's standard ``ThreadingHTTPServer`` in threads of its own, not Qt's HTTP server on
the window's event loop: a phone holding a connection open for live updates, or a slow
phone on a weak Wi-Fi, then never delays a keystroke of the facilitator; everything that
touches the database still runs on the one thread that owns it (:class:`.room.Owner`),
so the file keeps one writer. It needs nothing the app does not have already and runs
the same without the window (``workshop-app serve``).

    >>> server = RoomServer(room, host="0.0.0.0", port=0)
    >>> server.start()
    >>> server.join_address        # what the projector and the QR code show
    'http://192.168.1.20:8765/'
    >>> server.stop()
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..resources import resource_path
from .phone_page import page_strings, refusal
from .room import REQUEST_LIMIT, Room, RoomError, is_loopback

log = logging.getLogger(__name__)

COOKIE = "wa_session"
#: Every response forbids scripts and styles from anywhere but this server, inline ones
#: included, and any framing; the page needs nothing else.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
#: The participant page's files (resources/phone/), by the path they are served at.
PAGE_FILES = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/phone.js": ("phone.js", "text/javascript; charset=utf-8"),
    "/phone.css": ("phone.css", "text/css; charset=utf-8"),
}
#: How often a live connection hears from the server when nothing changes (seconds).
HEARTBEAT = 15.0


#: Live connections a phone may hold at once (a few tabs), and in all: each holds a
#: thread, so a phone opening hundreds cannot take the server down. (A phone is its
#: address on the hall's network: see ``Room._sessions``.)
STREAMS_PER_PHONE = 4
STREAMS_IN_ALL = 600
#: Connections one address on the hall's network may hold open at once, whatever they
#: are (a phone needs two or three): someone opening a thousand cannot lock the others
#: out. The laptop itself (loopback: tests, benches) is not limited.
CONNECTIONS_PER_ADDRESS = 12


class _Streams:
    """Counts the live connections held open, per session and in all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_token: dict[str, int] = {}
        self.total = 0

    def take(self, token: str) -> bool:
        with self._lock:
            held = self._by_token.get(token, 0)
            if held >= STREAMS_PER_PHONE or self.total >= STREAMS_IN_ALL:
                return False
            self._by_token[token] = held + 1
            self.total += 1
            return True

    def give_back(self, token: str) -> None:
        with self._lock:
            held = self._by_token.get(token, 0) - 1
            if held > 0:
                self._by_token[token] = held
            else:
                self._by_token.pop(token, None)
            self.total -= 1


class _Server(ThreadingHTTPServer):
    """The standard threading server, with a cap on the connections of one address and
    a longer queue of connections waiting to be taken (a room joining at once)."""

    request_queue_size = 128

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._open: dict[str, int] = {}  # address -> connections open
        self._counted: dict[Any, str] = {}  # connection -> its address, while open
        self._open_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        address = str(client_address[0])
        if is_loopback(address):
            return True
        with self._open_lock:
            held = self._open.get(address, 0)
            if held >= CONNECTIONS_PER_ADDRESS:
                return False  # closed at once, before any thread is started for it
            self._open[address] = held + 1
            self._counted[request] = address
            return True

    def shutdown_request(self, request: Any) -> None:
        super().shutdown_request(request)
        with self._open_lock:
            address = self._counted.pop(request, None)
            if address is not None:
                held = self._open.get(address, 0) - 1
                if held > 0:
                    self._open[address] = held
                else:
                    self._open.pop(address, None)


class RoomServer:
    """Serves ``room`` on ``host``:``port`` (0: a free port) until :meth:`stop`."""

    def __init__(self, room: Room, host: str = "0.0.0.0", port: int = 0) -> None:
        self.room = room
        self.stopping = threading.Event()
        self.streams = _Streams()
        self._page = {path: (_read_page(name), ctype) for path, (name, ctype) in PAGE_FILES.items()}
        handler = type("Handler", (_Handler,), {"server_side": self})
        self.httpd = _Server((host, port), handler)
        self.httpd.daemon_threads = True
        # Polled 10 times a second for a stop, so stopping never keeps anyone waiting.
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, args=(0.1,), name="room-server", daemon=True
        )

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def host(self) -> str:
        return self.httpd.server_address[0]

    @property
    def join_address(self) -> str:
        """The address phones open: the laptop's address on the hall's network."""
        host = self.host if self.host not in ("0.0.0.0", "") else local_address()
        return f"http://{host}:{self.port}/"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop serving; live connections end within a moment."""
        self.stopping.set()
        self.room.wake_all()
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(5)


def local_address() -> str:
    """This computer's address on its local network (127.0.0.1 with none). Asking the
    system which interface would reach a documentation address sends no packet."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def _read_page(name: str) -> bytes:
    return resource_path("phone", name).read_bytes()


#: Seconds a connection may stay silent while a request is read: a phone that stalls (or
#: someone holding connections open on purpose) does not keep a thread for ever.
READ_TIMEOUT = 10.0


class _Handler(BaseHTTPRequestHandler):
    server_side: RoomServer  # set on the subclass each server makes
    protocol_version = "HTTP/1.1"
    timeout = READ_TIMEOUT

    def version_string(self) -> str:
        return "WorkshopApp"  # no Python version: nothing to tell a stranger

    # ----------------------------------------------------------------- routing
    def do_GET(self) -> None:  # the standard library names the handlers
        path = urlsplit(self.path).path
        page = self.server_side._page.get(path)
        if page is not None:
            self._send(HTTPStatus.OK, page[0], page[1])
        elif path == "/api/state":
            self._joined_token()
            self._send_json(HTTPStatus.OK, self.server_side.room.document()[1])
        elif path == "/api/events":
            self._events()
        elif path == "/api/strings":  # the page's words, before joining too: nothing secret
            words = json.dumps(page_strings(), ensure_ascii=False).encode()
            self._send(HTTPStatus.OK, words, "application/json; charset=utf-8")
        else:
            self._error(HTTPStatus.NOT_FOUND, "There is nothing here.")

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if path == "/api/join":
            body = self._body()
            token = self.server_side.room.join(
                body.get("code") if isinstance(body, dict) else None, self.client_address[0]
            )
            cookie = f"{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/"
            self._send_json(
                HTTPStatus.OK,
                self.server_side.room.document()[1],
                extra={"Set-Cookie": cookie},
            )
        elif path == "/api/partner":
            token = self._joined_token()
            body = self._body()
            self.server_side.room.say_partner(
                token, body.get("partner") if isinstance(body, dict) else None
            )
            self._send_json(HTTPStatus.OK, b'{"saved": true}')
        elif path == "/api/submit":
            token = self._joined_token()
            new = self.server_side.room.submit(token, self._body())
            self._send_json(HTTPStatus.OK, json.dumps({"received": True, "new": new}).encode())
        else:
            self._error(HTTPStatus.NOT_FOUND, "There is nothing here.")

    def handle_one_request(self) -> None:
        """Every refusal is one plain line in JSON; a bug is logged, never shown."""
        self._body_read = False
        try:
            super().handle_one_request()
        except RoomError as e:
            if self.command == "POST" and not self._body_read:
                self.close_connection = True  # its body unread: never taken as a request
            self._error(HTTPStatus(e.status), e.text, e.values)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception:  # a bug: logged with its traceback, the phone told plainly
            log.exception("room server: %s %s failed", self.command, self.path)
            self.close_connection = True
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, "Something went wrong; try again.")

    def send_error(self, code: int, message: str | None = None, explain: str | None = None):
        """The standard library's own refusals (a method not served, a malformed request,
        too many headers) as ours: one line in JSON, with the security headers."""
        self.close_connection = True
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.0"  # a malformed line: still sent with headers
        try:
            status = HTTPStatus(code)
        except ValueError:
            status = HTTPStatus.BAD_REQUEST
        words = "There is nothing here." if status == HTTPStatus.NOT_IMPLEMENTED else None
        self._error(status, words or "The request is not understood.")

    def log_message(self, format: str, *args: Any) -> None:
        pass  # no access log: the room's addresses are kept nowhere

    # ------------------------------------------------------------------- pieces
    def _joined_token(self) -> str:
        token = self._cookie()
        self.server_side.room.require_joined(token)
        return token or ""

    def _cookie(self) -> str | None:
        try:
            jar = SimpleCookie(self.headers.get("Cookie", ""))
        except CookieError:
            return None
        morsel = jar.get(COOKIE)
        return morsel.value if morsel is not None else None

    def _body(self) -> Any:
        # Refused before its body is read, a request's connection is closed (see
        # handle_one_request): the body is never read as the next request.
        if self.headers.get("Transfer-Encoding") is not None:
            raise RoomError(400, "The request is not understood.")
        lengths = self.headers.get_all("Content-Length") or []
        if self.headers.get_content_type() != "application/json":
            raise RoomError(415, "The request is not understood.")
        if len(lengths) != 1 or not lengths[0].strip().isdigit():
            raise RoomError(411 if not lengths else 400, "The request is not understood.")
        length = int(lengths[0])
        if length < 0 or length > REQUEST_LIMIT:
            self.close_connection = True  # the rest of an oversized body is not read
            raise RoomError(413, "That is too long to send.")
        raw = self.rfile.read(length)
        self._body_read = True
        try:
            return json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            raise RoomError(400, "The request is not understood.") from None

    def _events(self) -> None:
        """Server-sent events: the state now, then each time it changes, until the room
        closes, the phone is put out or the server stops (the browser reconnects by itself,
        and learns from the refusal that it must join again)."""
        token = self._joined_token()
        query = parse_qs(urlsplit(self.path).query)
        try:
            seen = int(query.get("since", ["0"])[0])
        except ValueError:
            seen = 0
        server = self.server_side
        phone = server.room.device_key(token) or token  # its tabs and sessions together
        if not server.streams.take(phone):
            raise RoomError(429, "Too many connections from this phone; close other tabs.")
        try:
            self._stream(token, seen)
        finally:
            server.streams.give_back(phone)

    def _stream(self, token: str, seen: int) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        self.close_connection = True
        server, room = self.server_side, self.server_side.room
        while not server.stopping.is_set():
            version, document, still_open = room.wait_for_change(seen, HEARTBEAT)
            if server.stopping.is_set() or (still_open and not room.joined(token)):
                break  # stopped, or this phone was put out (a new code): it hears nothing more
            if version > seen:
                self.wfile.write(b"data: " + document + b"\n\n")
                seen = version
            else:
                self.wfile.write(b": still here\n\n")
            self.wfile.flush()
            if version == seen and not still_open:
                break  # the phone has heard that the room closed

    def _send_json(self, status: HTTPStatus, body: bytes, extra: dict[str, str] | None = None):
        self._send(status, body, "application/json; charset=utf-8", extra)

    def _error(
        self, status: HTTPStatus, message: str, values: dict[str, object] | None = None
    ) -> None:
        """Refuse with ``message`` (English, ``values`` filled in) in the room's language."""
        body = json.dumps({"error": refusal(message, values)}).encode()
        self._send(status, body, "application/json; charset=utf-8")

    def _send(
        self, status: HTTPStatus, body: bytes, ctype: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in {**SECURITY_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
