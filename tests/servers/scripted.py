"""A scripted HTTP/1.1 server for client tests: streaming, faults, retries, timeouts.

The test sets up the replies; the server answers requests with them, in order, and records every
request. It listens on 127.0.0.1 on a free port, runs one daemon thread per connection, supports
keep-alive (several requests per connection), and everything is bounded by timeouts.

    from tests.servers.scripted import Reply, ScriptedServer, sse

    with ScriptedServer() as srv:
        srv.add("POST /chat/completions", Reply(status=429, headers={"Retry-After": "0"}))
        srv.add("POST /chat/completions", Reply.json({"id": "x"}))
        srv.add("GET /stream", Reply.sse([{"n": 1}, {"n": 2}, "[DONE]"], chunk_delay=0.05))
        srv.default(None, Reply(status=404))        # when no scripted reply is left
        ...  # point the client at srv.base_url
        assert [r.path for r in srv.requests] == ["/chat/completions", "/chat/completions"]
        assert srv.requests[0].headers["content-type"] == "application/json"

Routes: "METHOD /path" (exact path, query string ignored), "/path" (any method), or None (any
request). A request takes the first reply queued for its "METHOD /path", else for its "/path",
else for None; when those queues are empty, the default for the same keys in the same order.
A request that nothing matches gets a 500 whose body says so, and is listed in
`srv.unmatched`; `srv.assert_all_consumed()` fails on leftovers and on unmatched requests.

Reply options (see `Reply`): status, headers, body OR chunks (each chunk written with its own
send(), TCP_NODELAY, optional `chunk_delay` between them; chunked transfer encoding unless a
Content-Length header is given), `delay_before` (for read timeouts), `reset_after` (send that
many body bytes, then abort the connection with RST via SO_LINGER 0), `close_after_headers`
(send the head, declaring a body, then close cleanly), `close` (Connection: close after it).

Each recorded request (`RecordedRequest`) has method, path, query, headers (case-insensitive),
body, time (time.monotonic() when its head arrived), connection_id, the reply it got, and:
  - client_disconnected: threading.Event, set when the client closed the connection (or reset
    it) before the whole reply was sent: "an early break from a stream closes the connection";
  - connection_closed: threading.Event, set when its connection ended, whoever closed it;
  - response_complete: bool, True once the whole reply was written.
"""

from __future__ import annotations

import contextlib
import http
import json as _json
import select
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Headers",
    "RecordedRequest",
    "Reply",
    "ScriptedServer",
    "sse",
]

MAX_LINE = 64 * 1024
MAX_HEADERS = 200


# --------------------------------------------------------------------------------------------
# Replies
# --------------------------------------------------------------------------------------------


def sse(
    data: Any, *, event: str | None = None, id: str | None = None, retry: int | None = None
) -> bytes:
    """One Server-Sent Event, encoded. `data` that isn't str/bytes is JSON-encoded."""
    if isinstance(data, bytes):
        text = data.decode()
    elif isinstance(data, str):
        text = data
    else:
        text = _json.dumps(data, separators=(",", ":"))
    lines = []
    if event is not None:
        lines.append(f"event: {event}")
    if id is not None:
        lines.append(f"id: {id}")
    if retry is not None:
        lines.append(f"retry: {retry}")
    lines.extend(f"data: {line}" for line in text.split("\n"))
    return ("\n".join(lines) + "\n\n").encode()


@dataclass
class Reply:
    """One scripted response. Use `body` or `chunks`, not both."""

    status: int = 200
    headers: Mapping[str, str] | Sequence[tuple[str, str]] = ()
    body: bytes = b""
    chunks: Sequence[bytes] | None = None
    chunk_delay: float = 0.0
    delay_before: float = 0.0
    reset_after: int | None = None
    close_after_headers: bool = False
    close: bool = False
    chunked: bool | None = None  # default: True when `chunks` is given and no Content-Length

    def __post_init__(self) -> None:
        if self.chunks is not None and self.body:
            raise ValueError("Reply: give body or chunks, not both")
        if isinstance(self.body, str):
            raise TypeError("Reply.body must be bytes")
        if self.chunks is not None:
            self.chunks = [c.encode() if isinstance(c, str) else bytes(c) for c in self.chunks]

    # -- convenience constructors ---------------------------------------------------------

    @classmethod
    def json(
        cls,
        obj: Any,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        **kw: Any,
    ) -> Reply:
        h = {"Content-Type": "application/json"}
        h.update(headers or {})
        return cls(status=status, headers=h, body=_json.dumps(obj).encode(), **kw)

    @classmethod
    def text(
        cls, text: str, status: int = 200, headers: Mapping[str, str] | None = None, **kw: Any
    ) -> Reply:
        h = {"Content-Type": "text/plain; charset=utf-8"}
        h.update(headers or {})
        return cls(status=status, headers=h, body=text.encode(), **kw)

    @classmethod
    def sse(
        cls,
        events: Iterable[Any],
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        split: int | None = None,
        **kw: Any,
    ) -> Reply:
        """A text/event-stream reply: one chunk per event (bytes items are sent as they are).

        split=N instead cuts the whole encoded stream into N-byte chunks, so that events and
        even UTF-8 characters straddle chunk boundaries.
        """
        encoded = [e if isinstance(e, bytes) else sse(e) for e in events]
        if split:
            blob = b"".join(encoded)
            encoded = [blob[i : i + split] for i in range(0, len(blob), split)]
        h = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        h.update(headers or {})
        return cls(status=status, headers=h, chunks=encoded, **kw)

    # -- helpers for the server ------------------------------------------------------------

    def header_items(self) -> list[tuple[str, str]]:
        items = self.headers.items() if isinstance(self.headers, Mapping) else self.headers
        return [(str(k), str(v)) for k, v in items]

    def has_header(self, name: str) -> bool:
        return any(k.lower() == name.lower() for k, _ in self.header_items())


# --------------------------------------------------------------------------------------------
# Recorded requests
# --------------------------------------------------------------------------------------------


class Headers:
    """Case-insensitive, order-keeping, multi-valued header view."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._items = list(items)

    def get(self, name: str, default: str | None = None) -> str | None:
        lname = name.lower()
        for k, v in self._items:
            if k.lower() == lname:
                return v
        return default

    def get_all(self, name: str) -> list[str]:
        lname = name.lower()
        return [v for k, v in self._items if k.lower() == lname]

    def __getitem__(self, name: str) -> str:
        v = self.get(name)
        if v is None:
            raise KeyError(name)
        return v

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def items(self) -> list[tuple[str, str]]:
        return list(self._items)

    def keys(self) -> list[str]:
        return [k for k, _ in self._items]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


@dataclass
class RecordedRequest:
    method: str
    target: str
    path: str
    query: str
    http_version: str
    headers: Headers
    body: bytes
    time: float
    connection_id: int
    reply: Reply | None = None
    response_complete: bool = False
    client_disconnected: threading.Event = field(default_factory=threading.Event)
    connection_closed: threading.Event = field(default_factory=threading.Event)

    def json(self) -> Any:
        return _json.loads(self.body)

    def text(self) -> str:
        return self.body.decode()


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


class _ClientGone(Exception):
    pass


class _BadRequest(Exception):
    pass


class _Stop(Exception):
    pass


RouteKey = tuple[str | None, str | None]  # (METHOD or None, path or None)


def _route_key(route: str | None) -> RouteKey:
    if route is None:
        return (None, None)
    route = route.strip()
    if route.startswith("/"):
        return (None, route)
    method, sep, path = route.partition(" ")
    path = path.strip()
    if not sep or not path.startswith("/") or not method.isalpha():
        raise ValueError(f"route must be 'METHOD /path', '/path' or None, got {route!r}")
    return (method.upper(), path)


class ScriptedServer:
    """See the module docstring. Use as a context manager (or call start()/stop())."""

    def __init__(
        self,
        *,
        io_timeout: float = 10.0,
        idle_timeout: float = 15.0,
        shutdown_timeout: float = 5.0,
    ) -> None:
        self.io_timeout = io_timeout
        self.idle_timeout = idle_timeout
        self.shutdown_timeout = shutdown_timeout
        self.requests: list[RecordedRequest] = []
        self.unmatched: list[RecordedRequest] = []
        self.errors: list[str] = []  # server-side problems (bad requests from the client, ...)
        self._queues: dict[RouteKey, deque[Reply]] = {}
        self._defaults: dict[RouteKey, Reply] = {}
        self._lock = threading.Lock()
        self._new_request = threading.Condition(self._lock)
        self._stop = threading.Event()
        self._listener: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._conn_threads: list[threading.Thread] = []
        self._conns: dict[int, socket.socket] = {}
        self._next_conn_id = 0
        self.port: int = 0

    # -- scripting -------------------------------------------------------------------------

    def add(self, route: str | None, *replies: Reply) -> ScriptedServer:
        """Queue replies for a route ("METHOD /path", "/path" or None), consumed in order."""
        key = _route_key(route)
        for r in replies:
            if not isinstance(r, Reply):
                raise TypeError(f"expected Reply, got {type(r).__name__}")
        with self._lock:
            self._queues.setdefault(key, deque()).extend(replies)
        return self

    def default(self, route: str | None, reply: Reply) -> ScriptedServer:
        """The reply for a route once its queue is empty (reused for every such request)."""
        key = _route_key(route)
        with self._lock:
            self._defaults[key] = reply
        return self

    def pending(self) -> dict[str, int]:
        """Replies still queued, by route."""
        with self._lock:
            return {f"{m or '*'} {p or '*'}": len(q) for (m, p), q in self._queues.items() if q}

    def assert_all_consumed(self) -> None:
        left = self.pending()
        assert not left, f"scripted replies never requested: {left}"
        assert not self.unmatched, "requests with no scripted reply: " + ", ".join(
            f"{r.method} {r.target}" for r in self.unmatched
        )

    def _take_reply(self, method: str, path: str) -> Reply | None:
        keys: list[RouteKey] = [(method, path), (None, path), (None, None)]
        with self._lock:
            for k in keys:
                q = self._queues.get(k)
                if q:
                    return q.popleft()
            for k in keys:
                if k in self._defaults:
                    return self._defaults[k]
        return None

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if not self.port:
            raise RuntimeError("ScriptedServer is not started")
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def start(self) -> ScriptedServer:
        if self._listener is not None:
            raise RuntimeError("already started")
        ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        ls.bind(("127.0.0.1", 0))
        ls.listen(64)
        ls.settimeout(0.2)
        self._listener = ls
        self.port = ls.getsockname()[1]
        self._accept_thread = threading.Thread(
            target=self._accept_loop, name=f"scripted-accept-{self.port}", daemon=True
        )
        self._accept_thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._accept_thread is not None:
            self._accept_thread.join(self.shutdown_timeout)
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.close()
        with self._lock:
            conns = list(self._conns.values())
            threads = list(self._conn_threads)
        for s in conns:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + self.shutdown_timeout
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
        for s in conns:
            with contextlib.suppress(OSError):
                s.close()

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_for_requests(self, n: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until at least n requests have arrived; returns them (AssertionError on timeout)."""
        deadline = time.monotonic() + timeout
        with self._new_request:
            while len(self.requests) < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected {n} request(s) within {timeout} s, got {len(self.requests)}"
                    )
                self._new_request.wait(left)
            return list(self.requests)

    # -- accepting and serving -------------------------------------------------------------

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                if self._stop.is_set():
                    return
                continue
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn.settimeout(self.io_timeout)
            with self._lock:
                cid = self._next_conn_id
                self._next_conn_id += 1
                self._conns[cid] = conn
                t = threading.Thread(
                    target=self._serve_connection,
                    args=(cid, conn),
                    name=f"scripted-conn-{self.port}-{cid}",
                    daemon=True,
                )
                self._conn_threads.append(t)
            t.start()

    def _serve_connection(self, cid: int, conn: socket.socket) -> None:
        reader = _Reader(conn, self._stop, self.idle_timeout)
        served: list[RecordedRequest] = []
        aborted = False
        try:
            while not self._stop.is_set():
                try:
                    req = self._read_request(reader, cid)
                except _BadRequest as e:
                    self.errors.append(f"connection {cid}: bad request: {e}")
                    with contextlib.suppress(OSError):
                        conn.sendall(
                            b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                            b"Connection: close\r\n\r\n"
                        )
                    return
                if req is None:  # EOF (or idle timeout) between requests
                    return
                served.append(req)
                reply = self._take_reply(req.method, req.path)
                with self._new_request:
                    self.requests.append(req)
                    if reply is None:
                        self.unmatched.append(req)
                    self._new_request.notify_all()
                if reply is None:
                    reply = Reply.text(
                        f"ScriptedServer: no scripted reply for {req.method} {req.path}\n",
                        status=500,
                        headers={"X-Scripted-Error": "unscripted"},
                    )
                req.reply = reply
                try:
                    keep = self._send_reply(conn, req, reply)
                except _ClientGone:
                    req.client_disconnected.set()
                    return
                except _Stop:
                    return
                if reply.reset_after is not None:
                    aborted = True
                    return
                if not keep:
                    return
        except (_ClientGone, ConnectionError):
            return
        except TimeoutError:
            self.errors.append(f"connection {cid}: timed out")
            return
        except _Stop:
            return
        except OSError as e:
            if not self._stop.is_set():
                self.errors.append(f"connection {cid}: {e!r}")
            return
        finally:
            if not aborted:
                with contextlib.suppress(OSError):
                    conn.close()
            with self._lock:
                self._conns.pop(cid, None)
            for r in served:
                r.connection_closed.set()

    # -- reading a request -----------------------------------------------------------------

    def _read_request(self, reader: _Reader, cid: int) -> RecordedRequest | None:
        line = reader.readline(idle=True)
        while line in (b"\r\n", b"\n"):  # tolerate stray CRLF between requests
            line = reader.readline(idle=True)
        if not line:
            return None
        arrived = time.monotonic()
        try:
            method, target, version = line.decode("latin-1").rstrip("\r\n").split(" ")
        except ValueError:
            raise _BadRequest(f"request line {line[:100]!r}") from None
        if not version.startswith("HTTP/1."):
            raise _BadRequest(f"version {version!r}")
        items: list[tuple[str, str]] = []
        while True:
            h = reader.readline()
            if not h:
                raise _ClientGone()
            if h in (b"\r\n", b"\n"):
                break
            if len(items) >= MAX_HEADERS:
                raise _BadRequest("too many headers")
            name, sep, value = h.decode("latin-1").partition(":")
            if not sep:
                raise _BadRequest(f"header line {h[:100]!r}")
            items.append((name.strip(), value.strip()))
        headers = Headers(items)
        te = (headers.get("transfer-encoding") or "").lower()
        if "chunked" in te:
            body = self._read_chunked(reader)
        else:
            cl = headers.get("content-length")
            try:
                n = int(cl) if cl is not None else 0
            except ValueError:
                raise _BadRequest(f"content-length {cl!r}") from None
            body = reader.read_exact(n)
        path, _, query = target.partition("?")
        return RecordedRequest(
            method=method.upper(),
            target=target,
            path=path,
            query=query,
            http_version=version,
            headers=headers,
            body=body,
            time=arrived,
            connection_id=cid,
        )

    def _read_chunked(self, reader: _Reader) -> bytes:
        out = bytearray()
        while True:
            size_line = reader.readline()
            if not size_line:
                raise _ClientGone()
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError:
                raise _BadRequest(f"chunk size {size_line[:50]!r}") from None
            if size == 0:
                while reader.readline() not in (b"\r\n", b"\n", b""):  # trailers
                    pass
                return bytes(out)
            out += reader.read_exact(size)
            reader.readline()  # CRLF after the chunk

    # -- writing a reply -------------------------------------------------------------------

    def _pause(self, conn: socket.socket, seconds: float) -> None:
        """Sleep, but notice a client that goes away and a server that stops."""
        deadline = time.monotonic() + seconds
        while True:
            if self._stop.is_set():
                raise _Stop()
            left = deadline - time.monotonic()
            if left <= 0:
                return
            try:
                r, _, _ = select.select([conn], [], [], min(left, 0.1))
            except (OSError, ValueError):
                raise _ClientGone() from None
            if r:
                try:
                    peek = conn.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
                except BlockingIOError:
                    continue
                except OSError:
                    raise _ClientGone() from None
                if not peek:
                    raise _ClientGone()
                # The client sent more data (a pipelined request): keep it, keep waiting.
                time.sleep(min(max(0.0, deadline - time.monotonic()), 0.01))

    def _send(self, conn: socket.socket, data: bytes) -> None:
        if self._stop.is_set():
            raise _Stop()
        try:
            conn.sendall(data)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            raise _ClientGone() from None

    def _send_reply(self, conn: socket.socket, req: RecordedRequest, reply: Reply) -> bool:
        """Write one reply. Returns whether the connection stays open for another request."""
        if reply.delay_before > 0:
            self._pause(conn, reply.delay_before)

        client_close = (req.headers.get("connection") or "").lower() == "close" or (
            req.http_version == "HTTP/1.0"
            and (req.headers.get("connection") or "").lower() != "keep-alive"
        )
        keep = not (reply.close or client_close or reply.close_after_headers)

        has_cl = reply.has_header("content-length")
        if reply.chunks is not None:
            chunked = reply.chunked if reply.chunked is not None else not has_cl
            pieces = [bytes(c) for c in reply.chunks]
        else:
            chunked = bool(reply.chunked)
            pieces = [reply.body] if reply.body else []
        if req.method == "HEAD" or reply.status in (204, 304) or 100 <= reply.status < 200:
            chunked, pieces = False, []

        try:
            phrase = http.HTTPStatus(reply.status).phrase
        except ValueError:
            phrase = "Scripted"
        head = [f"HTTP/1.1 {reply.status} {phrase}"]
        head += [f"{k}: {v}" for k, v in reply.header_items()]
        if chunked:
            if not reply.has_header("transfer-encoding"):
                head.append("Transfer-Encoding: chunked")
        elif not has_cl and not (reply.status in (204, 304) or reply.status < 200):
            head.append(f"Content-Length: {sum(len(p) for p in pieces)}")
        if not keep and not reply.has_header("connection"):
            head.append("Connection: close")
        self._send(conn, ("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))

        if reply.close_after_headers:
            req.response_complete = False
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_WR)
            return False

        budget = reply.reset_after
        for i, piece in enumerate(pieces):
            if i > 0 and reply.chunk_delay > 0:
                self._pause(conn, reply.chunk_delay)
            if not piece and chunked:
                continue  # an empty chunk would end the body
            data = piece
            if budget is not None:
                if budget <= len(piece):
                    data = piece[:budget]
                    frame = (b"%x\r\n" % len(piece)) + data if chunked else data
                    self._send(conn, frame)
                    self._reset(conn)
                    return False
                budget -= len(piece)
            self._send(conn, (b"%x\r\n" % len(data)) + data + b"\r\n" if chunked else data)
        if budget is not None:  # reset_after >= body length: send it all, then reset
            self._reset(conn)
            return False
        if chunked:
            self._send(conn, b"0\r\n\r\n")
        req.response_complete = True
        if not keep:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_WR)
        return keep

    @staticmethod
    def _reset(conn: socket.socket) -> None:
        """Abort the connection: SO_LINGER 0 makes close() send RST instead of FIN."""
        with contextlib.suppress(OSError):
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            conn.close()


class _Reader:
    """Buffered reads from a socket with a bounded line length and idle timeout."""

    def __init__(self, conn: socket.socket, stop: threading.Event, idle_timeout: float) -> None:
        self.conn = conn
        self.stop = stop
        self.idle_timeout = idle_timeout
        self.buf = bytearray()

    def _fill(self, idle: bool = False) -> bool:
        """Read more bytes; False on EOF. While idle (between requests) poll for shutdown."""
        if idle:
            deadline = time.monotonic() + self.idle_timeout
            while True:
                if self.stop.is_set():
                    raise _Stop()
                left = deadline - time.monotonic()
                if left <= 0:
                    return False  # idle keep-alive connection: close it
                r, _, _ = select.select([self.conn], [], [], min(left, 0.1))
                if r:
                    break
        try:
            data = self.conn.recv(65536)
        except (ConnectionResetError, ConnectionAbortedError):
            return False
        if not data:
            return False
        self.buf += data
        return True

    def readline(self, idle: bool = False) -> bytes:
        while True:
            i = self.buf.find(b"\n")
            if i >= 0:
                line = bytes(self.buf[: i + 1])
                del self.buf[: i + 1]
                return line
            if len(self.buf) > MAX_LINE:
                raise _BadRequest("line too long")
            if not self._fill(idle=idle and not self.buf):
                if self.buf:
                    raise _ClientGone()
                return b""

    def read_exact(self, n: int) -> bytes:
        while len(self.buf) < n:
            if not self._fill():
                raise _ClientGone()
        data = bytes(self.buf[:n])
        del self.buf[:n]
        return data
