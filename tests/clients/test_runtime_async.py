"""The generated runtime over real sockets, async (`AsyncClient`): the twins of test_runtime.py."""

from __future__ import annotations

import asyncio
import io
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai_client
import pytest
from ai_stats_gateway import (
    ApiConnectionError,
    ApiError,
    ApiResponseValidationError,
    ApiStatusError,
    ApiTimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Configuration,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamError,
    UnprocessableEntityError,
)
from ai_stats_gateway._streaming import AsyncStream
from ai_stats_gateway.api.chat_api import _create_chat_completion_call
from ai_stats_gateway.api_client import RequestOptions
from ai_stats_gateway.models.chat_completion_chunk import ChatCompletionChunk
from ai_stats_gateway.models.get_generation_response401 import GetGenerationResponse401

from tests.clients._support import (
    API_KEY,
    CHAT_PATH,
    CHAT_REQUEST,
    THREE_PAGES,
    TRICKY_CONTENTS,
    QuickServer,
    chat_reply,
    chat_stream,
    chunk,
    file_obj,
    files_page,
    multipart,
    query_values,
    tricky_sse,
)
from tests.servers.scripted import Reply, ScriptedServer, sse

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(30)]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with QuickServer() as srv:
        yield srv


def make_client(server: ScriptedServer, **settings: Any) -> AsyncClient:
    """An async gateway client for the server; keyword arguments go to its Configuration."""
    settings.setdefault("timeout", 5.0)
    return AsyncClient(
        configuration=Configuration(host=server.base_url, access_token=API_KEY, **settings)
    )


def fast(server: ScriptedServer, **settings: Any) -> AsyncClient:
    return make_client(server, max_retry_delay=0.01, **settings)


async def flag_set(flag: threading.Event, timeout: float = 3.0) -> bool:
    """Wait for a server-side flag while the event loop keeps running (bounded)."""
    deadline = time.monotonic() + timeout
    while not flag.is_set():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


def retry_counts(server: ScriptedServer) -> list[str | None]:
    return [r.headers.get("x-retry-count") for r in server.requests]


# ------------------------------------------------------------------------------------- retries


async def test_429_retry_after_seconds_is_honoured(server: ScriptedServer) -> None:
    server.add(CHAT_PATH, Reply.json({"error": "x"}, status=429, headers={"Retry-After": "1"}))
    server.add(CHAT_PATH, Reply.json(chat_reply("after retry")))
    async with make_client(server) as client:
        start = time.monotonic()
        reply = await client.chat.create_chat_completion(CHAT_REQUEST)
        elapsed = time.monotonic() - start
    assert reply.choices and reply.choices[0].message
    assert reply.choices[0].message.content == "after retry"
    assert elapsed >= 1.0
    assert retry_counts(server) == [None, "1"]


async def test_503_exhausts_retries_after_exactly_three_attempts(server: ScriptedServer) -> None:
    server.default(CHAT_PATH, Reply.json({"error": "busy"}, status=503))
    async with fast(server, max_retries=2) as client:
        with pytest.raises(InternalServerError):
            await client.chat.create_chat_completion(CHAT_REQUEST)
        assert len(server.requests) == 3
        with pytest.raises(InternalServerError):
            await client.chat.create_chat_completion(CHAT_REQUEST, max_retries=0)
        assert len(server.requests) == 4
    assert retry_counts(server) == [None, "1", "2", None]


async def test_retry_after_ms_and_cap(server: ScriptedServer) -> None:
    server.add(CHAT_PATH, Reply.json({}, status=429, headers={"retry-after-ms": "300"}))
    server.add(CHAT_PATH, Reply.json(chat_reply()))
    server.add(CHAT_PATH, Reply.json({}, status=429, headers={"Retry-After": "30"}))
    server.add(CHAT_PATH, Reply.json(chat_reply()))
    async with make_client(server, max_retry_delay=0.2) as client:
        start = time.monotonic()
        await client.chat.create_chat_completion(CHAT_REQUEST)
        assert 0.2 <= time.monotonic() - start < 2.0  # 300 ms asked, capped at 200 ms
        start = time.monotonic()
        await client.chat.create_chat_completion(CHAT_REQUEST)
        assert 0.2 <= time.monotonic() - start < 2.0
    server.assert_all_consumed()


async def test_connection_reset_mid_body_is_retried_then_raises(server: ScriptedServer) -> None:
    server.default(CHAT_PATH, Reply.json(chat_reply("x" * 5000), reset_after=100))
    async with fast(server, max_retries=2) as client:
        with pytest.raises(ApiConnectionError) as info:
            await client.chat.create_chat_completion(CHAT_REQUEST)
    assert not isinstance(info.value, ApiTimeoutError)
    assert len(server.requests) == 3


async def test_read_timeout_raises_api_timeout_error(server: ScriptedServer) -> None:
    server.default(CHAT_PATH, Reply.json(chat_reply(), delay_before=1.0))
    async with fast(server, max_retries=1) as client:
        start = time.monotonic()
        with pytest.raises(ApiTimeoutError):
            await client.chat.create_chat_completion(CHAT_REQUEST, timeout=0.2)
        assert time.monotonic() - start < 0.9
    assert len(server.requests) == 2


async def test_per_call_timeout_overrides_the_default(server: ScriptedServer) -> None:
    server.add(CHAT_PATH, Reply.json(chat_reply(), delay_before=0.3))
    async with make_client(server, timeout=0.1, max_retries=0) as client:
        await client.chat.create_chat_completion(CHAT_REQUEST, timeout=5.0)


# ------------------------------------------------------------------------- response bodies


async def test_malformed_json_and_unvalidated_data(server: ScriptedServer) -> None:
    body = b'{"id": "chatcmpl-1", "choices": [{'
    wrong = {"id": 42, "choices": "not a list"}
    server.add(CHAT_PATH, Reply(headers={"Content-Type": "application/json"}, body=body))
    server.add(CHAT_PATH, Reply.json(wrong))
    async with make_client(server) as client:
        with pytest.raises(ApiResponseValidationError) as info:
            await client.chat.create_chat_completion(CHAT_REQUEST)
        assert info.value.raw == body
    async with make_client(server) as lenient:  # lenient by default
        parsed = await lenient.chat.create_chat_completion(CHAT_REQUEST)
    assert (parsed.id, parsed.choices) == (42, "not a list")
    assert [d.location for d in parsed.model_deviations()] == ["id", "choices"]
    server.add(CHAT_PATH, Reply.json(wrong))
    async with make_client(server, strict_response_validation=True) as strict:
        with pytest.raises(ApiResponseValidationError, match="choices: input should be a valid array"):
            await strict.chat.create_chat_completion(CHAT_REQUEST)


async def test_unknown_enum_values_and_fields_are_kept(server: ScriptedServer) -> None:
    reply = chat_reply(new_top_level=True)
    reply["choices"][0]["finish_reason"] = "brand_new"
    server.add(CHAT_PATH, Reply.json(reply))
    async with make_client(server) as client:
        parsed = await client.chat.create_chat_completion(CHAT_REQUEST)
    assert parsed.choices and parsed.choices[0].finish_reason == "brand_new"
    assert parsed.model_extra == {"new_top_level": True}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
    ],
)
async def test_error_status_raises_its_subclass(
    server: ScriptedServer, status: int, cls: type[ApiStatusError]
) -> None:
    body = {"error": {"message": f"problem {status}"}}
    server.add(CHAT_PATH, Reply.json(body, status=status, headers={"x-request-id": "req_9"}))
    async with make_client(server, max_retries=0) as client:
        with pytest.raises(cls) as info:
            await client.chat.create_chat_completion(CHAT_REQUEST)
    assert type(info.value) is cls
    assert info.value.status == status and info.value.body == body
    assert info.value.request_id == "req_9" and info.value.headers["x-request-id"] == "req_9"


async def test_declared_error_model_is_parsed(server: ScriptedServer) -> None:
    server.add("GET /generation", Reply.json({"ok": False, "error": "unauthorised"}, status=401))
    async with make_client(server) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.generation.get_generation(id="gen-1")
    assert isinstance(info.value.body, GetGenerationResponse401)


# ------------------------------------------------------------------------------- streaming


async def contents(stream: AsyncStream[ChatCompletionChunk]) -> list[str]:
    out = []
    async for event in stream:
        assert isinstance(event, ChatCompletionChunk)
        assert event.choices and event.choices[0].delta
        out.append(event.choices[0].delta.content or "")
    return out


async def test_stream_sends_flag_and_accept_and_yields_chunks(server: ScriptedServer) -> None:
    server.add(CHAT_PATH, chat_stream("Hel", "lo"))
    async with make_client(server) as client:
        stream = await client.chat.create_chat_completion_stream(CHAT_REQUEST)
        assert isinstance(stream.response, httpx.Response)
        assert await contents(stream) == ["Hel", "lo"]
    assert server.requests[0].json()["stream"] is True
    assert server.requests[0].headers["accept"] == "text/event-stream"


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
@pytest.mark.parametrize("split", [1, 3, 7])
async def test_stream_parses_identically_across_tcp_chunk_boundaries(
    server: ScriptedServer, split: int, crlf: bool
) -> None:
    server.add(CHAT_PATH, Reply.sse([tricky_sse(crlf)], split=split))
    async with make_client(server) as client:
        stream = await client.chat.create_chat_completion_stream(CHAT_REQUEST)
        assert await contents(stream) == TRICKY_CONTENTS


@pytest.mark.parametrize(
    ("reply", "match"),
    [
        (Reply.sse([chunk("a"), b'data: {"choices": [{"delta": {"content": "c']), "mid-event"),
        (chat_stream("a", done=False), r"\[DONE\]"),
        (chat_stream("a", "b", "c", reset_after=60), "broke"),
        (
            Reply.sse([chunk("a"), sse({"error": {"message": "overloaded"}}, event="error")]),
            "overloaded",
        ),
    ],
    ids=["cut-mid-event", "no-done", "reset", "error-event"],
)
async def test_stream_failures_raise_stream_error(
    server: ScriptedServer, reply: Reply, match: str
) -> None:
    server.add(CHAT_PATH, reply)
    async with make_client(server) as client:
        stream = await client.chat.create_chat_completion_stream(CHAT_REQUEST)
        with pytest.raises(StreamError, match=match):
            await contents(stream)
        assert stream.response.is_closed


async def test_stream_early_break_closes_the_connection(server: ScriptedServer) -> None:
    server.add(CHAT_PATH, chat_stream(*[f"t{i}" for i in range(200)], chunk_delay=0.02))
    async with make_client(server) as client:
        async for event in await client.chat.create_chat_completion_stream(CHAT_REQUEST):
            assert event.choices is not None
            break
        request = server.wait_for_requests(1)[0]
        assert await flag_set(request.client_disconnected), "server never saw the client go"
    assert not request.response_complete


async def test_stream_context_manager_closes_the_connection(server: ScriptedServer) -> None:
    server.add(CHAT_PATH, chat_stream(*[f"t{i}" for i in range(200)], chunk_delay=0.02))
    async with make_client(server) as client:
        async with await client.chat.create_chat_completion_stream(CHAT_REQUEST) as stream:
            first = await stream.__anext__()
            assert first.choices is not None
        assert stream.response.is_closed
        assert await flag_set(server.requests[0].client_disconnected)


async def test_stream_is_lazy_until_awaited_or_iterated(server: ScriptedServer) -> None:
    server.add(CHAT_PATH, chat_stream("lazy"))
    async with make_client(server) as client:
        call = _create_chat_completion_call(CHAT_REQUEST).for_stream(True)
        stream = client.api_client.stream(call, ChatCompletionChunk, RequestOptions())
        await asyncio.sleep(0.05)
        assert server.requests == []
        with pytest.raises(RuntimeError):
            _ = stream.response
        assert await contents(stream) == ["lazy"]  # async for without await


async def test_stream_error_status_and_retry_before_start(server: ScriptedServer) -> None:
    server.add(CHAT_PATH, Reply.json({"error": "busy"}, status=503), chat_stream("ok"))
    server.add(CHAT_PATH, Reply.json({"error": {"message": "bad key"}}, status=401))
    async with fast(server) as client:
        assert await contents(await client.chat.create_chat_completion_stream(CHAT_REQUEST)) == [
            "ok"
        ]
        with pytest.raises(AuthenticationError, match="bad key"):
            await client.chat.create_chat_completion_stream(CHAT_REQUEST)
    assert retry_counts(server) == [None, "1", None]


# ------------------------------------------------------------------------------ pagination


def openai_async(server: ScriptedServer) -> openai_client.AsyncClient:
    return openai_client.AsyncClient(api_key=API_KEY, base_url=server.base_url, timeout=5.0)


async def test_pagination_async_for_over_three_pages(server: ScriptedServer) -> None:
    for ids, more in THREE_PAGES:
        server.add("GET /files", files_page(ids, more))
    async with openai_async(server) as client:
        ids = [f.id async for f in client.files.list_files_iter(limit=2)]
    assert ids == ["f1", "f2", "f3", "f4", "f5"]
    assert [query_values(r, "after") for r in server.requests] == [[], ["f2"], ["f4"]]
    assert all(query_values(r, "limit") == ["2"] for r in server.requests)


async def test_pagination_await_first_page_then_next_page(server: ScriptedServer) -> None:
    for ids, more in THREE_PAGES:
        server.add("GET /files", files_page(ids, more))
    async with openai_async(server) as client:
        page = await client.files.list_files_iter(limit=2, after="f0")
        assert [f.id for f in page.data] == ["f1", "f2"] and page.has_next_page()
        page2 = await page.next_page()
        rest = [f.id async for f in page2]  # a page iterates its own and all later items
        assert rest == ["f3", "f4", "f5"]
    assert [query_values(r, "after") for r in server.requests] == [["f0"], ["f2"], ["f4"]]


# ---------------------------------------------------------------------- safety and options


async def test_secrets_not_in_repr_errors_or_logs(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="ai_stats_gateway")
    server.add(CHAT_PATH, Reply.json({"error": {"message": "no"}}, status=401))
    async with make_client(server) as client:
        assert API_KEY not in repr(client) and API_KEY not in repr(client.api_client)
        with pytest.raises(ApiError) as info:
            await client.chat.create_chat_completion(CHAT_REQUEST)
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    assert any("POST" in r.getMessage() and "-> 401" in r.getMessage() for r in caplog.records)
    assert API_KEY not in caplog.text


async def test_path_parameter_is_one_segment_and_header_injection_refused(
    server: ScriptedServer,
) -> None:
    server.default(None, Reply.json({"id": "file-1", "object": "file"}))
    async with make_client(server) as client:
        await client.files.retrieve_file("a/b?c#d")
        with pytest.raises(ValueError, match="line break"):
            await client.files.retrieve_file("x", extra_headers={"X-A": "1\r\nX-B: 2"})
    assert [r.target for r in server.requests] == ["/files/a%2Fb%3Fc%23d"]


async def test_extra_options_arrive(server: ScriptedServer) -> None:
    server.add(CHAT_PATH, Reply.json(chat_reply()))
    async with make_client(server) as client:
        await client.chat.create_chat_completion(
            CHAT_REQUEST,
            extra_headers={"X-Custom": "yes"},
            extra_query={"trace": "on"},
            extra_body={"custom_field": 1},
        )
    request = server.requests[0]
    assert request.headers["x-custom"] == "yes"
    assert query_values(request, "trace") == ["on"]
    assert request.json()["custom_field"] == 1
    assert request.headers["user-agent"].startswith("ai_stats_gateway/")


async def test_injected_http_client_and_context_manager(server: ScriptedServer) -> None:
    server.default(None, Reply.json({"object": "list", "data": []}))
    http = httpx.AsyncClient(headers={"X-From-Http-Client": "1"})
    async with AsyncClient(api_key=API_KEY, base_url=server.base_url, http_client=http) as client:
        await client.models.list_models()
    assert server.requests[0].headers["x-from-http-client"] == "1"
    assert not http.is_closed
    await http.aclose()
    async with AsyncClient(api_key=API_KEY, base_url=server.base_url) as owned:
        await owned.models.list_models()
    assert owned.api_client.http_client.is_closed
    assert await flag_set(server.requests[1].connection_closed)


# ------------------------------------------------------------------------ uploads/downloads


async def test_retried_upload_resends_the_whole_file(server: ScriptedServer) -> None:
    content = bytes(range(256)) * 200
    server.add("POST /files", Reply.json({"error": "busy"}, status=503), Reply.json(file_obj("f")))
    async with fast(server) as client:
        await client.files.upload_file(file=("d.bin", io.BytesIO(content)), purpose="batch")
    assert [multipart(r)["file"][2] for r in server.requests] == [content, content]
    assert multipart(server.requests[1])["purpose"][2] == b"batch"


async def test_download_streams_a_large_body_to_a_file(
    server: ScriptedServer, tmp_path: Path
) -> None:
    blob = bytes(range(251)) * (5 * 1024 * 1024 // 251)
    pieces = [blob[i : i + 256 * 1024] for i in range(0, len(blob), 256 * 1024)]
    server.add("POST /audio/speech", Reply(headers={"Content-Type": "audio/mpeg"}, chunks=pieces))
    server.add("POST /audio/speech", Reply(headers={"Content-Type": "audio/mpeg"}, body=b"ID3"))
    speech = {"model": "openai/tts-1", "input": "Hello", "voice": "alloy"}
    async with make_client(server) as client:
        result = await client.audio.create_speech_to_file(tmp_path / "a.mp3", speech)
        assert await client.audio.create_speech(speech) == b"ID3"
    assert result.data.read_bytes() == blob
