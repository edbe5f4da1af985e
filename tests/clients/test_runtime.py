"""The generated runtime over real sockets (sync): retries, timeouts, errors, streams, pages, safety.

Every test talks to a ScriptedServer on 127.0.0.1 (tests/servers/scripted.py) with the generated
gateway client (`ai_stats_gateway`), or the OpenAI client (`openai_client`) for pagination.
"""

from __future__ import annotations

import email.utils
import io
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import ai_stats_gateway
import httpx
import openai_client
import pytest
from ai_stats_gateway import (
    ApiConnectionError,
    ApiError,
    ApiResponseValidationError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    Configuration,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamError,
    UnprocessableEntityError,
)
from ai_stats_gateway.api_client import BaseApiClient
from ai_stats_gateway.models.chat_completion_chunk import ChatCompletionChunk
from ai_stats_gateway.models.get_generation_response401 import GetGenerationResponse401
from ai_stats_gateway.models.get_generation_response404 import GetGenerationResponse404
from ai_stats_gateway.models.list_models_response500 import ListModelsResponse500

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
    eventually,
    file_obj,
    files_page,
    multipart,
    query_values,
    tricky_sse,
)
from tests.servers.scripted import Reply, ScriptedServer, sse

pytestmark = pytest.mark.timeout(30)

MakeClient = Callable[..., Client]


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with QuickServer() as srv:
        yield srv


@pytest.fixture
def make_client(server: ScriptedServer) -> Iterator[MakeClient]:
    """A gateway client for the server; keyword arguments go to its Configuration."""
    clients: list[Client] = []

    def make(**settings: Any) -> Client:
        settings.setdefault("timeout", 5.0)
        config = Configuration(host=server.base_url, access_token=API_KEY, **settings)
        client = Client(configuration=config)
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.close()


@pytest.fixture
def client(make_client: MakeClient) -> Client:
    return make_client()


def fast(make_client: MakeClient, **settings: Any) -> Client:
    """A client whose backoff between retries is capped at 10 ms."""
    return make_client(max_retry_delay=0.01, **settings)


def retry_counts(server: ScriptedServer) -> list[str | None]:
    return [r.headers.get("x-retry-count") for r in server.requests]


# ------------------------------------------------------------------------------------- retries


def test_429_retry_after_seconds_is_honoured(client: Client, server: ScriptedServer) -> None:
    server.add(
        CHAT_PATH, Reply.json({"error": "slow down"}, status=429, headers={"Retry-After": "1"})
    )
    server.add(CHAT_PATH, Reply.json(chat_reply("after retry")))
    start = time.monotonic()
    reply = client.chat.create_chat_completion(CHAT_REQUEST)
    elapsed = time.monotonic() - start
    assert reply.choices is not None and reply.choices[0].message is not None
    assert reply.choices[0].message.content == "after retry"
    assert elapsed >= 1.0
    assert len(server.requests) == 2
    assert server.requests[1].time - server.requests[0].time >= 1.0
    assert retry_counts(server) == [None, "1"]
    server.assert_all_consumed()


def test_503_exhausts_retries_after_exactly_three_attempts(
    make_client: MakeClient, server: ScriptedServer
) -> None:
    client = fast(make_client, max_retries=2)
    server.default(CHAT_PATH, Reply.json({"error": "busy"}, status=503))
    with pytest.raises(InternalServerError) as info:
        client.chat.create_chat_completion(CHAT_REQUEST)
    assert info.value.status == 503
    assert len(server.requests) == 3
    assert retry_counts(server) == [None, "1", "2"]


def test_max_retries_per_call_overrides_the_configuration(
    make_client: MakeClient, server: ScriptedServer
) -> None:
    client = fast(make_client, max_retries=5)
    server.default(CHAT_PATH, Reply.json({"error": "busy"}, status=503))
    with pytest.raises(InternalServerError):
        client.chat.create_chat_completion(CHAT_REQUEST, max_retries=0)
    assert len(server.requests) == 1
    with pytest.raises(InternalServerError):
        client.chat.create_chat_completion(CHAT_REQUEST, max_retries=1)
    assert len(server.requests) == 3


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 504])
def test_retryable_statuses(make_client: MakeClient, server: ScriptedServer, status: int) -> None:
    client = fast(make_client)
    server.add(CHAT_PATH, Reply.json({"error": "x"}, status=status), Reply.json(chat_reply()))
    client.chat.create_chat_completion(CHAT_REQUEST)
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("status", "headers"),
    [(400, {}), (401, {}), (404, {}), (422, {}), (503, {"x-should-retry": "false"})],
)
def test_not_retried(
    make_client: MakeClient, server: ScriptedServer, status: int, headers: dict[str, str]
) -> None:
    client = fast(make_client)
    server.default(CHAT_PATH, Reply.json({"error": "x"}, status=status, headers=headers))
    with pytest.raises(ApiStatusError):
        client.chat.create_chat_completion(CHAT_REQUEST)
    assert len(server.requests) == 1


def test_retry_after_ms_is_preferred_and_honoured(client: Client, server: ScriptedServer) -> None:
    # If retry-after-ms were ignored, Retry-After: 20 would make this test time out.
    headers = {"retry-after-ms": "300", "Retry-After": "20"}
    server.add(CHAT_PATH, Reply.json({"error": "x"}, status=429, headers=headers))
    server.add(CHAT_PATH, Reply.json(chat_reply()))
    start = time.monotonic()
    client.chat.create_chat_completion(CHAT_REQUEST)
    assert 0.3 <= time.monotonic() - start < 3.0
    assert len(server.requests) == 2


def test_retry_after_http_date_is_honoured(client: Client, server: ScriptedServer) -> None:
    when = int(time.time()) + 2  # HTTP-dates have whole seconds: a wait of 1 to 2 s
    headers = {"Retry-After": email.utils.formatdate(when, usegmt=True)}
    server.add(CHAT_PATH, Reply.json({"error": "x"}, status=503, headers=headers))
    server.add(CHAT_PATH, Reply.json(chat_reply()))
    start = time.monotonic()
    client.chat.create_chat_completion(CHAT_REQUEST)
    assert 0.9 <= time.monotonic() - start < 4.0
    assert server.requests[1].time - server.requests[0].time >= 0.9


def test_retry_delay_is_capped(make_client: MakeClient, server: ScriptedServer) -> None:
    client = make_client(max_retry_delay=0.2)
    server.add(CHAT_PATH, Reply.json({"error": "x"}, status=429, headers={"Retry-After": "30"}))
    server.add(CHAT_PATH, Reply.json(chat_reply()))
    start = time.monotonic()
    client.chat.create_chat_completion(CHAT_REQUEST)
    assert 0.2 <= time.monotonic() - start < 2.0


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    api = BaseApiClient(Configuration(host="http://127.0.0.1:9", max_retry_delay=3.0))
    for _ in range(50):
        assert 0.375 <= api.retry_delay(1, None) <= 0.5
        assert 0.75 <= api.retry_delay(2, None) <= 1.0
        assert 1.5 <= api.retry_delay(3, None) <= 2.0
        assert api.retry_delay(10, None) == 3.0
    junk = httpx.Response(503, headers={"Retry-After": "soon", "retry-after-ms": "nan"})
    assert 0.375 <= api.retry_delay(1, junk) <= 0.5
    past = httpx.Response(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert api.retry_delay(1, past) == 0.0


# ------------------------------------------------------------------------ connection problems


def test_connection_reset_mid_body_is_retried_then_raises(
    make_client: MakeClient, server: ScriptedServer
) -> None:
    client = fast(make_client, max_retries=2)
    server.default(CHAT_PATH, Reply.json(chat_reply("x" * 5000), reset_after=100))
    with pytest.raises(ApiConnectionError) as info:
        client.chat.create_chat_completion(CHAT_REQUEST)
    assert not isinstance(info.value, ApiTimeoutError)
    assert len(server.requests) == 3
    assert retry_counts(server) == [None, "1", "2"]


def test_connection_reset_then_success(make_client: MakeClient, server: ScriptedServer) -> None:
    client = fast(make_client)
    server.add(CHAT_PATH, Reply.json(chat_reply("lost"), reset_after=10))
    server.add(CHAT_PATH, Reply.json(chat_reply("second")))
    reply = client.chat.create_chat_completion(CHAT_REQUEST)
    assert reply.choices and reply.choices[0].message
    assert reply.choices[0].message.content == "second"


def test_read_timeout_raises_api_timeout_error(client: Client, server: ScriptedServer) -> None:
    server.default(CHAT_PATH, Reply.json(chat_reply(), delay_before=1.0))
    start = time.monotonic()
    with pytest.raises(ApiTimeoutError):
        client.chat.create_chat_completion(CHAT_REQUEST, timeout=0.2, max_retries=0)
    assert time.monotonic() - start < 0.9
    assert len(server.requests) == 1


def test_read_timeout_is_retried(make_client: MakeClient, server: ScriptedServer) -> None:
    client = fast(make_client, timeout=0.2, max_retries=1)  # the configured default timeout
    server.default(CHAT_PATH, Reply.json(chat_reply(), delay_before=1.0))
    with pytest.raises(ApiTimeoutError):
        client.chat.create_chat_completion(CHAT_REQUEST)
    assert len(server.requests) == 2


def test_per_call_timeout_overrides_the_default(
    make_client: MakeClient, server: ScriptedServer
) -> None:
    client = make_client(timeout=0.1, max_retries=0)
    server.add(CHAT_PATH, Reply.json(chat_reply(), delay_before=0.3))
    client.chat.create_chat_completion(CHAT_REQUEST, timeout=httpx.Timeout(5.0))
    assert len(server.requests) == 1


def test_connection_refused_raises_connection_error() -> None:
    with ScriptedServer() as gone:
        url = gone.base_url
    config = Configuration(host=url, access_token=API_KEY, max_retries=1, max_retry_delay=0.01)
    with Client(configuration=config) as client, pytest.raises(ApiConnectionError) as info:
        client.models.list_models()
    assert API_KEY not in str(info.value)


# ------------------------------------------------------------------------- response bodies


def test_malformed_json_raises_validation_error_with_raw_body(
    client: Client, server: ScriptedServer
) -> None:
    body = b'{"id": "chatcmpl-1", "choices": [{"index": 0,'
    server.add(CHAT_PATH, Reply(headers={"Content-Type": "application/json"}, body=body))
    with pytest.raises(ApiResponseValidationError) as info:
        client.chat.create_chat_completion(CHAT_REQUEST)
    assert isinstance(info.value, ApiError) and not isinstance(info.value, ApiStatusError)
    assert info.value.raw == body
    assert info.value.status_code == 200
    assert "/chat/completions" in str(info.value)
    assert len(server.requests) == 1  # not retried


def test_mismatched_body_is_lenient_by_default_and_raises_when_strict(
    make_client: MakeClient, server: ScriptedServer
) -> None:
    wrong = {"id": 42, "model": "m", "choices": "not a list"}
    server.add(CHAT_PATH, Reply.json(wrong), Reply.json(wrong), Reply.json(wrong))
    with pytest.raises(ApiResponseValidationError) as info:
        make_client(strict_response_validation=True).chat.create_chat_completion(CHAT_REQUEST)
    assert "id: input should be a valid string" in str(info.value)
    assert "choices: input should be a valid array" in str(info.value)
    assert info.value.errors and json.loads(info.value.raw) == wrong
    lenient = make_client().chat.create_chat_completion(CHAT_REQUEST)
    assert isinstance(lenient, ai_stats_gateway.models.ChatCompletionsResponse)
    assert (lenient.id, lenient.model, lenient.choices) == (42, "m", "not a list")
    assert [d.location for d in lenient.model_deviations()] == ["id", "choices"]
    with pytest.raises(ApiResponseValidationError, match="choices: input should be a valid array"):
        make_client().chat.create_chat_completion(CHAT_REQUEST, strict_response_validation=True)


def test_unknown_enum_values_and_fields_are_kept(client: Client, server: ScriptedServer) -> None:
    reply = chat_reply(new_top_level={"a": 1})
    reply["choices"][0]["finish_reason"] = "brand_new"
    reply["choices"][0]["logits_v9"] = [0.5]
    server.add(CHAT_PATH, Reply.json(reply))
    parsed = client.chat.create_chat_completion(CHAT_REQUEST)
    assert parsed.choices is not None
    assert parsed.choices[0].finish_reason == "brand_new"
    assert parsed.model_extra == {"new_top_level": {"a": 1}}
    assert parsed.choices[0].model_extra == {"logits_v9": [0.5]}
    assert parsed.to_dict()["new_top_level"] == {"a": 1}


def test_with_http_info_gives_status_headers_raw_and_elapsed(
    client: Client, server: ScriptedServer
) -> None:
    server.add(CHAT_PATH, Reply.json(chat_reply(), headers={"x-request-id": "req_1"}))
    info = client.chat.create_chat_completion_with_http_info(CHAT_REQUEST)
    assert info.status_code == 200
    assert info.headers["x-request-id"] == "req_1" and info.request_id == "req_1"
    assert info.raw_data == server.requests[0].reply.body  # type: ignore[union-attr]
    assert info.elapsed.total_seconds() >= 0
    assert info.data.id == "chatcmpl-1"


# ---------------------------------------------------------------------------------- errors

ERROR_CLASSES: list[tuple[int, type[ApiStatusError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
]


@pytest.mark.parametrize(("status", "cls"), ERROR_CLASSES)
def test_error_status_raises_its_subclass(
    client: Client, server: ScriptedServer, status: int, cls: type[ApiStatusError]
) -> None:
    body = {"error": {"message": f"problem {status}", "type": "test"}}
    server.add(CHAT_PATH, Reply.json(body, status=status, headers={"x-request-id": "req_abc"}))
    with pytest.raises(cls) as info:
        client.chat.create_chat_completion(CHAT_REQUEST, max_retries=0)
    err = info.value
    assert type(err) is cls and isinstance(err, ApiStatusError) and isinstance(err, ApiError)
    assert err.status == status
    assert err.headers["content-type"] == "application/json"
    assert err.body == body
    assert err.request_id == "req_abc"
    assert f"problem {status}" in str(err) and "req_abc" in str(err)


def test_declared_error_models_are_parsed(client: Client, server: ScriptedServer) -> None:
    server.add("GET /generation", Reply.json({"ok": False, "error": "unauthorised"}, status=401))
    server.add("GET /generation", Reply.json({"ok": False, "error": "not_found"}, status=404))
    server.add(
        "GET /models", Reply.json({"ok": False, "error": "db", "message": "down"}, status=500)
    )
    with pytest.raises(AuthenticationError) as e401:
        client.generation.get_generation(id="gen-1")
    assert isinstance(e401.value.body, GetGenerationResponse401)
    assert e401.value.body.error == "unauthorised"
    assert "unauthorised" in str(e401.value)
    with pytest.raises(NotFoundError) as e404:
        client.generation.get_generation(id="gen-1")
    assert isinstance(e404.value.body, GetGenerationResponse404)
    with pytest.raises(InternalServerError) as e500:
        client.models.list_models(max_retries=0)
    assert isinstance(e500.value.body, ListModelsResponse500)
    assert e500.value.body.message == "down"


def test_non_json_error_body_is_kept_as_text(client: Client, server: ScriptedServer) -> None:
    server.add(CHAT_PATH, Reply.text("upstream exploded", status=502))
    with pytest.raises(InternalServerError) as info:
        client.chat.create_chat_completion(CHAT_REQUEST, max_retries=0)
    assert info.value.body == "upstream exploded"
    assert info.value.raw == b"upstream exploded"
    assert info.value.request_id is None


# ------------------------------------------------------------------------------- streaming


def stream_contents(client: Client) -> list[str]:
    out = []
    for event in client.chat.create_chat_completion_stream(CHAT_REQUEST):
        assert isinstance(event, ChatCompletionChunk)
        assert event.choices is not None and event.choices[0].delta is not None
        out.append(event.choices[0].delta.content or "")
    return out


def test_stream_sends_flag_and_accept_and_yields_chunks(
    client: Client, server: ScriptedServer
) -> None:
    server.add(CHAT_PATH, chat_stream("Hel", "lo", "!"))
    assert stream_contents(client) == ["Hel", "lo", "!"]
    request = server.requests[0]
    assert request.json()["stream"] is True
    assert request.json()["model"] == CHAT_REQUEST["model"]
    assert request.headers["accept"] == "text/event-stream"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
@pytest.mark.parametrize("split", [None, 1, 2, 3, 7, 64])
def test_stream_parses_identically_across_tcp_chunk_boundaries(
    client: Client, server: ScriptedServer, split: int | None, crlf: bool
) -> None:
    server.add(CHAT_PATH, Reply.sse([tricky_sse(crlf)], split=split))
    server.add(CHAT_PATH, chat_stream("again"))
    assert stream_contents(client) == TRICKY_CONTENTS
    assert eventually(lambda: server.requests[0].response_complete)
    # The body after [DONE] was read to its end, so the connection is reused.
    assert stream_contents(client) == ["again"]
    assert server.requests[1].connection_id == server.requests[0].connection_id


def test_stream_cut_off_mid_event_raises(client: Client, server: ScriptedServer) -> None:
    partial = b'data: {"choices": [{"index": 0, "delta": {"content": "cut'
    server.add(CHAT_PATH, Reply.sse([chunk("first"), partial]))
    got: list[str] = []
    with pytest.raises(StreamError, match="cut off mid-event"):
        for event in client.chat.create_chat_completion_stream(CHAT_REQUEST):
            assert event.choices and event.choices[0].delta
            got.append(event.choices[0].delta.content or "")
    assert got == ["first"]


def test_stream_reset_mid_event_raises(client: Client, server: ScriptedServer) -> None:
    server.add(CHAT_PATH, chat_stream("a", "b", "c", reset_after=60))
    with pytest.raises(StreamError):
        stream_contents(client)


def test_stream_missing_done_raises(client: Client, server: ScriptedServer) -> None:
    server.add(CHAT_PATH, chat_stream("a", "b", done=False))
    got: list[str] = []
    with pytest.raises(StreamError, match=r"\[DONE\]"):
        for event in client.chat.create_chat_completion_stream(CHAT_REQUEST):
            assert event.choices and event.choices[0].delta
            got.append(event.choices[0].delta.content or "")
    assert got == ["a", "b"]


def test_stream_early_break_closes_the_connection(client: Client, server: ScriptedServer) -> None:
    server.add(CHAT_PATH, chat_stream(*[f"t{i}" for i in range(200)], chunk_delay=0.02))
    for event in client.chat.create_chat_completion_stream(CHAT_REQUEST):
        assert event.choices is not None
        break
    request = server.wait_for_requests(1)[0]
    assert request.client_disconnected.wait(3.0), "the server never saw the client go away"
    assert not request.response_complete


def test_stream_context_manager_closes_the_connection(
    client: Client, server: ScriptedServer
) -> None:
    server.add(CHAT_PATH, chat_stream(*[f"t{i}" for i in range(200)], chunk_delay=0.02))
    with client.chat.create_chat_completion_stream(CHAT_REQUEST) as stream:
        first = next(stream)
        assert first.choices is not None
        assert isinstance(stream.response, httpx.Response)
    assert stream.response.is_closed
    assert server.requests[0].client_disconnected.wait(3.0)


def test_stream_error_event_raises(client: Client, server: ScriptedServer) -> None:
    error = sse({"error": {"message": "upstream overloaded"}}, event="error")
    server.add(CHAT_PATH, Reply.sse([chunk("a"), error]))
    with pytest.raises(StreamError, match="upstream overloaded"):
        stream_contents(client)


def test_stream_error_status_raises_before_iterating(
    client: Client, server: ScriptedServer
) -> None:
    server.add(CHAT_PATH, Reply.json({"error": {"message": "bad key"}}, status=401))
    with pytest.raises(AuthenticationError, match="bad key"):
        client.chat.create_chat_completion_stream(CHAT_REQUEST)


def test_stream_is_retried_before_it_starts(
    make_client: MakeClient, server: ScriptedServer
) -> None:
    client = fast(make_client)
    server.add(CHAT_PATH, Reply.json({"error": "busy"}, status=503), chat_stream("ok"))
    assert stream_contents(client) == ["ok"]
    assert retry_counts(server) == [None, "1"]


# ------------------------------------------------------------------------------ pagination


@pytest.fixture
def openai(server: ScriptedServer) -> Iterator[openai_client.Client]:
    with openai_client.Client(api_key=API_KEY, base_url=server.base_url, timeout=5.0) as c:
        yield c


def script_pages(server: ScriptedServer) -> None:
    for ids, more in THREE_PAGES:
        server.add("GET /files", files_page(ids, more))


def test_pagination_iterates_every_item_of_three_pages(
    openai: openai_client.Client, server: ScriptedServer
) -> None:
    script_pages(server)
    ids = [f.id for f in openai.files.list_files_iter(limit=2, purpose="batch")]
    assert ids == ["f1", "f2", "f3", "f4", "f5"]
    assert [query_values(r, "after") for r in server.requests] == [[], ["f2"], ["f4"]]
    assert all(query_values(r, "limit") == ["2"] for r in server.requests)
    assert all(query_values(r, "purpose") == ["batch"] for r in server.requests)
    server.assert_all_consumed()


def test_pagination_next_page(openai: openai_client.Client, server: ScriptedServer) -> None:
    script_pages(server)
    page = openai.files.list_files_iter(limit=2, after="f0")
    assert [f.id for f in page.data] == ["f1", "f2"] and page.has_next_page()
    page2 = page.next_page()
    assert [f.id for f in page2.data] == ["f3", "f4"]
    page3 = page2.next_page()
    assert [f.id for f in page3.data] == ["f5"] and not page3.has_next_page()
    with pytest.raises(RuntimeError):
        page3.next_page()
    assert [query_values(r, "after") for r in server.requests] == [["f0"], ["f2"], ["f4"]]
    server.add("GET /files", files_page(["f1", "f2"], True))
    plain = openai.files.list_files(limit=2)  # the plain call: one page, no auto-paging
    assert plain.has_more and plain.last_id == "f2" and len(server.requests) == 4
    server.assert_all_consumed()


# ---------------------------------------------------------------------------------- safety


def test_secrets_never_appear_in_repr_logs_or_errors(
    client: Client, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="ai_stats_gateway")
    assert API_KEY not in repr(client)
    assert API_KEY not in repr(client.configuration)
    assert API_KEY not in repr(client.api_client)
    server.add(CHAT_PATH, Reply.json({"error": "busy"}, status=503))
    server.add(CHAT_PATH, Reply.json(chat_reply()))
    server.add(CHAT_PATH, Reply.json({"error": {"message": "no"}}, status=401))
    server.add(CHAT_PATH, Reply(body=b"{oops", headers={"Content-Type": "application/json"}))
    server.add(CHAT_PATH, Reply.json(chat_reply(), delay_before=1.0))
    client.chat.create_chat_completion(CHAT_REQUEST)
    errors: list[ApiError] = []
    for kwargs in ({}, {}, {"timeout": 0.1, "max_retries": 0}):
        with pytest.raises(ApiError) as info:
            client.chat.create_chat_completion(CHAT_REQUEST, **kwargs)
        errors.append(info.value)
    for err in errors:
        assert API_KEY not in str(err) and API_KEY not in repr(err)
        assert API_KEY not in str(err.args)
    assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert caplog.records, "expected debug log lines"
    assert all(API_KEY not in r.getMessage() for r in caplog.records)
    assert API_KEY not in caplog.text


def test_debug_log_line_has_method_url_status_and_elapsed(
    client: Client, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="ai_stats_gateway")
    server.add(CHAT_PATH, Reply.json(chat_reply()))
    client.chat.create_chat_completion(CHAT_REQUEST, extra_query={"trace": "1"})
    lines = [r.getMessage() for r in caplog.records if r.name == "ai_stats_gateway"]
    pattern = re.escape(f"POST {server.base_url}/chat/completions") + r" -> 200 in \d+\.\d{3}s"
    assert any(re.fullmatch(pattern, line) for line in lines), lines


@pytest.mark.parametrize(
    ("file_id", "target"),
    [
        ("../x", "/files/..%2Fx"),
        ("a/b?c#d", "/files/a%2Fb%3Fc%23d"),
        ("..", "/files/%2E%2E"),
        ("file abc", "/files/file%20abc"),
    ],
)
def test_path_parameters_are_one_encoded_segment(
    client: Client, server: ScriptedServer, file_id: str, target: str
) -> None:
    server.default(None, Reply.json({"id": "file-1", "object": "file"}))
    client.files.retrieve_file(file_id)
    assert server.requests[0].target == target
    assert server.requests[0].method == "GET"


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\rb"])
def test_header_values_with_line_breaks_are_refused(
    client: Client, server: ScriptedServer, value: str
) -> None:
    with pytest.raises(ValueError, match="line break"):
        client.chat.create_chat_completion(CHAT_REQUEST, extra_headers={"X-Custom": value})
    assert server.requests == []


def test_api_key_with_line_break_is_refused_without_echoing_it(server: ScriptedServer) -> None:
    secret = API_KEY + "\r\nX-Injected: 1"
    with (
        Client(api_key=secret, base_url=server.base_url) as client,
        pytest.raises(ValueError) as info,
    ):
        client.models.list_models()
    assert API_KEY not in str(info.value)
    assert server.requests == []


# ------------------------------------------------------------------- options and lifecycle


def test_extra_headers_query_and_body_arrive(client: Client, server: ScriptedServer) -> None:
    server.add(CHAT_PATH, Reply.json(chat_reply()))
    client.chat.create_chat_completion(
        CHAT_REQUEST,
        extra_headers={"X-Custom": "yes"},
        extra_query={"trace": "on", "tags": ["a", "b"]},
        extra_body={"custom_field": {"nested": 1}},
    )
    request = server.requests[0]
    assert request.headers["x-custom"] == "yes"
    assert query_values(request, "trace") == ["on"]
    assert query_values(request, "tags") == ["a", "b"]
    assert request.json()["custom_field"] == {"nested": 1}
    assert request.json()["messages"] == CHAT_REQUEST["messages"]


def test_explicit_client_arguments_win_over_the_configuration(server: ScriptedServer) -> None:
    server.default(None, Reply.json({"object": "list", "data": []}))
    config = Configuration(
        host="http://127.0.0.1:9",
        access_token="OLD",
        max_retries=5,
        timeout=1.0,
        default_headers={"X-Team": "a", "X-Keep": "k"},
    )
    with Client(
        api_key="NEW",
        base_url=server.base_url,
        max_retries=0,
        timeout=7.0,
        default_headers={"X-Team": "b"},
        configuration=config,
    ) as client:
        client.models.list_models()
        assert client.configuration.max_retries == 0
        assert client.configuration.timeout == httpx.Timeout(7.0)
    request = server.requests[0]
    assert request.headers["authorization"] == "Bearer NEW"
    assert request.headers["x-team"] == "b" and request.headers["x-keep"] == "k"
    # the caller's configuration is left as it was
    assert config.access_token == "OLD" and config.host == "http://127.0.0.1:9"
    assert config.max_retries == 5 and config.default_headers["X-Team"] == "a"


def test_extra_body_on_multipart_adds_a_field_and_keeps_the_file(
    client: Client, server: ScriptedServer
) -> None:
    server.add("POST /files", upload_reply())
    client.files.upload_file(file=b"DATA", purpose="batch", extra_body={"expires": "1d"})
    parts = multipart(server.requests[0])
    assert parts["file"][2] == b"DATA"
    assert parts["purpose"][2] == b"batch" and parts["expires"][2] == b"1d"


def test_extra_body_on_a_get_is_refused(client: Client, server: ScriptedServer) -> None:
    with pytest.raises(TypeError, match="extra_body cannot be used with GET /models"):
        client.models.list_models(extra_body={"x": 1})
    assert server.requests == []


def test_default_headers_user_agent_and_auth(server: ScriptedServer) -> None:
    server.default(None, Reply.json({"object": "list", "data": []}))
    with Client(
        api_key=API_KEY, base_url=server.base_url + "/", default_headers={"X-Team": "t1"}
    ) as client:
        client.models.list_models(limit=5)
    request = server.requests[0]
    assert request.path == "/models"
    ua = request.headers["user-agent"]
    assert ua.startswith(f"ai_stats_gateway/{ai_stats_gateway.__version__}"), ua
    assert request.headers["x-team"] == "t1"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers.get("x-retry-count") is None


def test_api_key_and_base_url_from_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AI_STATS_API_KEY", "env-key")
    monkeypatch.setenv("AI_STATS_BASE_URL", server.base_url)  # the target's base_url_env
    server.default(None, Reply.json({"object": "list", "data": []}))
    with Client() as client:
        client.models.list_models()
    assert server.requests[0].headers["authorization"] == "Bearer env-key"


def test_injected_http_client_is_used_and_left_open(server: ScriptedServer) -> None:
    seen: list[str] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(str(request.url))
            return super().handle_request(request)

    server.default(None, Reply.json({"object": "list", "data": []}))
    http = httpx.Client(transport=Recording(), headers={"X-From-Http-Client": "1"})
    with Client(api_key=API_KEY, base_url=server.base_url, http_client=http) as client:
        assert client.api_client.http_client is http
        client.models.list_models()
    assert seen == [f"{server.base_url}/models"]
    assert server.requests[0].headers["x-from-http-client"] == "1"
    assert not http.is_closed  # the caller owns it
    http.close()


def test_context_manager_closes_the_connections(server: ScriptedServer) -> None:
    server.default(None, Reply.json({"object": "list", "data": []}))
    with Client(api_key=API_KEY, base_url=server.base_url) as client:
        client.models.list_models()
        client.models.list_models()
        assert not client.api_client.http_client.is_closed
    assert client.api_client.http_client.is_closed
    assert server.requests[0].connection_id == server.requests[1].connection_id  # keep-alive
    assert server.requests[1].connection_closed.wait(3.0)


# --------------------------------------------------------------------------------- uploads


def upload_reply() -> Reply:
    return Reply.json(file_obj("file-1"))


@pytest.mark.parametrize("kind", ["bytes", "path", "file", "tuple"])
def test_multipart_upload_sends_file_and_fields(
    client: Client, server: ScriptedServer, tmp_path: Path, kind: str
) -> None:
    content = b'{"custom_id": "1"}\n{"custom_id": "2"}\n'
    path = tmp_path / "batch.jsonl"
    path.write_bytes(content)
    server.add("POST /files", upload_reply())
    if kind == "bytes":
        client.files.upload_file(file=content, purpose="batch")
    elif kind == "path":
        client.files.upload_file(file=path, purpose="batch")
    elif kind == "file":
        with path.open("rb") as fh:
            client.files.upload_file(file=fh, purpose="batch")
    else:
        client.files.upload_file(
            file=("named.jsonl", content, "application/jsonl"), purpose="batch"
        )
    parts = multipart(server.requests[0])
    assert parts["purpose"][2] == b"batch" and parts["purpose"][0] is None
    filename, ctype, data = parts["file"]
    assert data == content
    assert (
        filename
        == {
            "bytes": "upload",
            "path": "batch.jsonl",
            "file": "batch.jsonl",
            "tuple": "named.jsonl",
        }[kind]
    )
    if kind == "tuple":
        assert ctype == "application/jsonl"


def test_retried_upload_resends_the_whole_file(
    make_client: MakeClient, server: ScriptedServer, tmp_path: Path
) -> None:
    client = fast(make_client)
    content = bytes(range(256)) * 400  # 100 KiB, binary
    path = tmp_path / "data.bin"
    path.write_bytes(content)
    for _ in range(2):
        server.add("POST /files", Reply.json({"error": "busy"}, status=503), upload_reply())
    with path.open("rb") as fh:
        client.files.upload_file(file=fh, purpose="batch")
    client.files.upload_file(file=io.BytesIO(content), purpose="batch")
    assert len(server.requests) == 4
    for request in server.requests:
        assert multipart(request)["file"][2] == content
    assert retry_counts(server) == [None, "1", None, "1"]


def test_non_seekable_upload_is_not_retried(
    make_client: MakeClient, server: ScriptedServer
) -> None:
    class OneShot(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def readinto(self, buffer: Any) -> int:
            chunk = self._data.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    client = fast(make_client, max_retries=3)
    server.default("POST /files", Reply.json({"error": "busy"}, status=503))
    with pytest.raises(InternalServerError):
        client.files.upload_file(file=io.BufferedReader(OneShot(b"once only")), purpose="batch")
    assert len(server.requests) == 1
    assert multipart(server.requests[0])["file"][2] == b"once only"


# ------------------------------------------------------------------------------- downloads


def speech_request() -> dict[str, Any]:
    return {"model": "openai/tts-1", "input": "Hello", "voice": "alloy"}


def test_binary_response_is_bytes(client: Client, server: ScriptedServer) -> None:
    audio = bytes(range(256)) * 8
    server.add("POST /audio/speech", Reply(headers={"Content-Type": "audio/mpeg"}, body=audio))
    assert client.audio.create_speech(speech_request()) == audio
    assert server.requests[0].headers["accept"] == "audio/mpeg"


def test_download_streams_a_large_body_to_a_file(
    client: Client, server: ScriptedServer, tmp_path: Path
) -> None:
    blob = bytes(range(251)) * (5 * 1024 * 1024 // 251)  # ~5 MB
    pieces = [blob[i : i + 256 * 1024] for i in range(0, len(blob), 256 * 1024)]
    server.add("POST /audio/speech", Reply(headers={"Content-Type": "audio/mpeg"}, chunks=pieces))
    target = tmp_path / "speech.mp3"
    result = client.audio.create_speech_to_file(target, speech_request())
    assert result.data == target and result.status_code == 200
    assert target.read_bytes() == blob
    assert sorted(p.name for p in tmp_path.iterdir()) == ["speech.mp3"]


def test_download_error_status_raises_and_writes_nothing(
    client: Client, server: ScriptedServer, tmp_path: Path
) -> None:
    server.add("POST /audio/speech", Reply.json({"error": {"message": "no voice"}}, status=400))
    target = tmp_path / "speech.mp3"
    with pytest.raises(BadRequestError, match="no voice"):
        client.audio.create_speech_to_file(target, speech_request())
    assert list(tmp_path.iterdir()) == []


def test_download_cut_off_raises_and_keeps_no_partial_file(
    make_client: MakeClient, server: ScriptedServer, tmp_path: Path
) -> None:
    client = make_client(max_retries=0)
    blob = b"x" * 200_000
    server.add(
        "POST /audio/speech",
        Reply(
            headers={"Content-Type": "audio/mpeg"},
            chunks=[blob[:100_000], blob[100_000:]],
            reset_after=150_000,
        ),
    )
    with pytest.raises(ApiConnectionError):
        client.audio.create_speech_to_file(tmp_path / "speech.mp3", speech_request())
    assert list(tmp_path.iterdir()) == []
