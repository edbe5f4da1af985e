"""Tests of the test servers themselves (tests/servers/), with plain httpx."""

from __future__ import annotations

import itertools
import socket
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.servers import prism as prism_mod
from tests.servers.prism import (
    PrismNotInstalled,
    PrismServer,
    assert_request_valid,
    request_violations,
)
from tests.servers.scripted import Reply, ScriptedServer, sse

AUTH = {"Authorization": "Bearer test-key"}


# --------------------------------------------------------------------------------------------
# ScriptedServer
# --------------------------------------------------------------------------------------------


def test_replies_in_order_per_route_and_default(scripted_server: ScriptedServer) -> None:
    srv = scripted_server
    srv.add("POST /a", Reply(status=429, headers={"Retry-After": "0"}), Reply.json({"n": 1}))
    srv.add("GET /a", Reply.text("get"))
    srv.add(None, Reply.text("anything"))
    srv.default("/a", Reply(status=404))
    with httpx.Client(base_url=srv.base_url, timeout=5) as c:
        r1 = c.post("/a?x=1&y=2", json={"q": "é"}, headers={"X-Trace": "t1"})
        r2 = c.post("/a", content=b"raw")
        r3 = c.get("/a")
        r4 = c.get("/other")
        r5 = c.post("/a")
        r6 = c.get("/nothing-left")
    assert (r1.status_code, r1.headers["retry-after"]) == (429, "0")
    assert (r2.status_code, r2.json()) == (200, {"n": 1})
    assert (r3.status_code, r3.text) == (200, "get")
    assert (r4.status_code, r4.text) == (200, "anything")
    assert r5.status_code == 404
    assert r6.status_code == 500 and r6.headers["x-scripted-error"] == "unscripted"

    reqs = srv.requests
    assert [(r.method, r.path) for r in reqs] == [
        ("POST", "/a"),
        ("POST", "/a"),
        ("GET", "/a"),
        ("GET", "/other"),
        ("POST", "/a"),
        ("GET", "/nothing-left"),
    ]
    first = reqs[0]
    assert first.query == "x=1&y=2" and first.target == "/a?x=1&y=2"
    assert first.headers["x-trace"] == "t1" and first.headers["X-TRACE"] == "t1"
    assert "content-type" in first.headers and first.headers.get("nope") is None
    assert first.json() == {"q": "é"}
    assert reqs[1].body == b"raw"
    assert all(a.time <= b.time for a, b in itertools.pairwise(reqs))
    # keep-alive: one connection for the whole client session
    assert len({r.connection_id for r in reqs}) == 1
    assert [r.path for r in srv.unmatched] == ["/nothing-left"]
    assert srv.pending() == {}
    with pytest.raises(AssertionError, match="no scripted reply"):
        srv.assert_all_consumed()


def test_route_syntax_is_checked() -> None:
    with pytest.raises(ValueError):
        ScriptedServer().add("GET", Reply())
    with pytest.raises(ValueError):
        Reply(body=b"x", chunks=[b"y"])


def test_chunked_request_body_is_recorded(scripted_server: ScriptedServer) -> None:
    scripted_server.add("PUT /upload", Reply(status=204))
    r = httpx.put(scripted_server.url("/upload"), content=iter([b"ab", b"", b"cd"]), timeout=5)
    assert r.status_code == 204
    (req,) = scripted_server.requests
    assert req.headers["transfer-encoding"] == "chunked"
    assert req.body == b"abcd"


def test_chunks_arrive_separately(scripted_server: ScriptedServer) -> None:
    events = [{"i": i} for i in range(4)] + ["[DONE]"]
    scripted_server.add("POST /stream", Reply.sse(events, chunk_delay=0.15))
    pieces: list[tuple[float, bytes]] = []
    with httpx.stream("POST", scripted_server.url("/stream"), timeout=5) as r:
        assert r.headers["content-type"] == "text/event-stream"
        assert r.headers["transfer-encoding"] == "chunked"
        for piece in r.iter_raw():
            pieces.append((time.monotonic(), piece))
    assert [p for _, p in pieces] == [sse(e) for e in events]
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(pieces)]
    assert min(gaps) > 0.08, gaps
    (req,) = scripted_server.requests
    assert req.response_complete and not req.client_disconnected.is_set()


def test_sse_split_across_arbitrary_boundaries(scripted_server: ScriptedServer) -> None:
    events = [{"text": "héllo wörld ✓"}, {"text": "second"}, "[DONE]"]
    scripted_server.add("GET /s", Reply.sse(events, split=7, chunk_delay=0.01))
    with httpx.stream("GET", scripted_server.url("/s"), timeout=5) as r:
        raw = b"".join(r.iter_raw())
    assert raw == b"".join(sse(e) for e in events)
    assert sse({"a": 1}, event="x", id="7") == b'event: x\nid: 7\ndata: {"a":1}\n\n'


def test_content_length_stream(scripted_server: ScriptedServer) -> None:
    chunks = [b"one,", b"two,", b"three"]
    headers = {"Content-Length": str(sum(map(len, chunks)))}
    scripted_server.add("GET /cl", Reply(headers=headers, chunks=chunks, chunk_delay=0.05))
    r = httpx.get(scripted_server.url("/cl"), timeout=5)
    assert r.content == b"one,two,three" and "transfer-encoding" not in r.headers


def test_reset_mid_body_raises(scripted_server: ScriptedServer) -> None:
    scripted_server.add("GET /big", Reply(body=b"x" * 10_000, reset_after=100))
    scripted_server.add("GET /stream", Reply(chunks=[b"a" * 50] * 10, reset_after=120))
    with pytest.raises(httpx.ReadError):
        httpx.get(scripted_server.url("/big"), timeout=5)
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        httpx.get(scripted_server.url("/stream"), timeout=5)


def test_close_after_headers_raises(scripted_server: ScriptedServer) -> None:
    scripted_server.add("GET /x", Reply(body=b"never sent", close_after_headers=True))
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(scripted_server.url("/x"), timeout=5)


def test_delay_triggers_read_timeout(scripted_server: ScriptedServer) -> None:
    scripted_server.add("GET /slow", Reply(delay_before=3.0, body=b"late"))
    scripted_server.add("GET /slow", Reply(body=b"fast"))
    start = time.monotonic()
    with httpx.Client(base_url=scripted_server.base_url, timeout=0.3) as c:
        with pytest.raises(httpx.ReadTimeout):
            c.get("/slow")
        assert time.monotonic() - start < 2.0
        assert c.get("/slow").content == b"fast"  # on a new connection
    first, second = scripted_server.requests
    # the client gave up and closed its connection while the server was still waiting
    assert first.client_disconnected.wait(2.0)
    assert first.connection_id != second.connection_id


def test_early_close_of_a_stream_is_detected(scripted_server: ScriptedServer) -> None:
    scripted_server.add("GET /events", Reply.sse([{"i": i} for i in range(100)], chunk_delay=0.05))
    with httpx.Client(timeout=5) as c:
        with c.stream("GET", scripted_server.url("/events")) as r:
            first = next(r.iter_raw())
            assert first == sse({"i": 0})
        # leaving the block closes the response before the end of the body
        (req,) = scripted_server.wait_for_requests(1)
        assert req.client_disconnected.wait(3.0)
        assert req.connection_closed.wait(3.0)
        assert not req.response_complete


def test_connection_close_reply_and_new_connection(scripted_server: ScriptedServer) -> None:
    scripted_server.add(None, Reply(body=b"1", close=True), Reply(body=b"2"), Reply(body=b"3"))
    with httpx.Client(base_url=scripted_server.base_url, timeout=5) as c:
        assert [c.get("/").content for _ in range(3)] == [b"1", b"2", b"3"]
    a, b, c3 = scripted_server.requests
    assert a.connection_closed.wait(2.0) and not a.client_disconnected.is_set()
    assert a.connection_id != b.connection_id == c3.connection_id


def test_stop_is_bounded_with_busy_connections() -> None:
    srv = ScriptedServer(shutdown_timeout=3.0).start()
    srv.add(None, Reply(delay_before=30.0))
    idle = socket.create_connection(("127.0.0.1", srv.port))  # open, never sends anything
    busy = socket.create_connection(("127.0.0.1", srv.port))
    busy.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    srv.wait_for_requests(1)
    start = time.monotonic()
    srv.stop()
    assert time.monotonic() - start < 3.0
    idle.close()
    busy.close()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", srv.port), timeout=1).close()


def test_bad_request_line_gets_400(scripted_server: ScriptedServer) -> None:
    with socket.create_connection(("127.0.0.1", scripted_server.port), timeout=5) as s:
        s.sendall(b"NONSENSE\r\n\r\n")
        data = s.recv(1024)
    assert data.startswith(b"HTTP/1.1 400")
    assert scripted_server.requests == [] and scripted_server.errors


# --------------------------------------------------------------------------------------------
# PrismServer
# --------------------------------------------------------------------------------------------


def test_prism_not_installed_says_make_tools(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(prism_mod, "PRISM_BIN", tmp_path / "missing" / "prism")
    with pytest.raises(PrismNotInstalled, match="make tools"):
        PrismServer("specs/ai-stats-gateway.openapi.yaml").start()


@pytest.mark.prism
def test_prism_gateway_healthz(prism_gateway: PrismServer) -> None:
    r = httpx.get(prism_gateway.base_url + "/healthz", headers=AUTH, timeout=10)
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}
    assert request_violations(r) == []
    assert_request_valid(r)


@pytest.mark.prism
def test_prism_gateway_rejects_invalid_body(prism_gateway: PrismServer) -> None:
    r = httpx.post(
        prism_gateway.base_url + "/chat/completions",
        json={"model": 5},  # model must be a string; messages is required
        headers=AUTH,
        timeout=10,
    )
    assert 400 <= r.status_code < 500, r.text
    violations = request_violations(r)
    messages = " | ".join(v["message"] for v in violations)
    assert "messages" in messages and "model" in messages, violations
    assert all(v["severity"] == "Error" for v in violations)
    with pytest.raises(AssertionError, match="Prism rejected POST"):
        assert_request_valid(r)


@pytest.mark.prism
def test_prism_gateway_accepts_valid_body_and_checks_auth(prism_gateway: PrismServer) -> None:
    body = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}
    ok = httpx.post(
        prism_gateway.base_url + "/chat/completions", json=body, headers=AUTH, timeout=10
    )
    assert ok.status_code == 200, ok.text
    assert_request_valid(ok)
    noauth = httpx.post(prism_gateway.base_url + "/chat/completions", json=body, timeout=10)
    assert noauth.status_code == 401
    assert request_violations(noauth)


@pytest.mark.prism
def test_prism_openai_serves(prism_openai: PrismServer) -> None:
    r = httpx.get(prism_openai.base_url + "/models", headers=AUTH, timeout=30)
    assert r.status_code == 200, r.text[:500]
    assert isinstance(r.json().get("data"), list)
    # chat completions' schema has `nullable` without `type`: validated only thanks to
    # PrismServer's prism_compat copy of the 3.1 document
    assert prism_openai.served_spec != prism_openai.spec_path
    bad = httpx.post(
        prism_openai.base_url + "/chat/completions", json={"model": 1}, headers=AUTH, timeout=30
    )
    assert 400 <= bad.status_code < 500, bad.text[:500]
    messages = " | ".join(v["message"] for v in request_violations(bad, errors_only=True))
    assert "messages" in messages, messages
    good = httpx.post(
        prism_openai.base_url + "/chat/completions",
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]},
        headers=AUTH,
        timeout=30,
    )
    assert good.status_code == 200, good.text[:500]
    assert_request_valid(good)


@pytest.mark.prism
def test_prism_stop_kills_the_process_group(prism_gateway: PrismServer) -> None:
    # (the fixture makes this test skip locally / fail in CI when Prism isn't installed)
    srv = PrismServer("specs/ai-stats-gateway.openapi.yaml")
    with srv:
        port = srv.port
        assert srv.running
        assert httpx.get(srv.base_url + "/healthz", headers=AUTH, timeout=10).status_code == 200
    assert not srv.running
    assert "listening" in srv.log.lower(), srv.log
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_prism_compat_drops_only_boolean_nullable() -> None:
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "components": {
            "schemas": {
                "A": {"nullable": True, "description": "x"},
                "B": {"properties": {"nullable": {"type": "string", "nullable": False}}},
                "C": {"type": "object", "example": {"nullable": True}},
            }
        },
    }
    assert prism_mod._drop_boolean_nullable(doc) == 2
    schemas = doc["components"]["schemas"]
    assert schemas["A"] == {"description": "x"}
    assert schemas["B"] == {"properties": {"nullable": {"type": "string"}}}
    assert schemas["C"]["example"] == {"nullable": True}
