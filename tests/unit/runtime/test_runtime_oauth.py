"""OAuth2 client credentials over a real socket (generator/runtime/_oauth.py and the transports).

The scripted server is both the token endpoint (``POST /oauth/token``, the example scheme
``OAuthClient``'s relative tokenUrl) and the API; the runtime runs in place with its example
``_settings``.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator
from urllib.parse import parse_qs

import httpx
import pytest

from generator.runtime._config import BaseConfiguration
from generator.runtime._oauth import TokenCache, read_token
from generator.runtime.api_client import ApiClient, AsyncApiClient, Call, RequestOptions
from generator.runtime.exceptions import (
    AuthenticationError,
    MissingCredentialsError,
    TokenError,
)
from tests.servers.scripted import Reply, ScriptedServer

TOKEN = "POST /oauth/token"
API = "GET /things"
CALL: Call[object] = Call(
    "GET",
    "/things",
    responses={"200": ("json", dict[str, object])},
    security=(("OAuthClient",),),
    scopes={"OAuthClient": ("things:read", "things:write")},
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as srv:
        yield srv


def _config(srv: ScriptedServer) -> BaseConfiguration:
    return BaseConfiguration(
        srv.base_url, credentials={"client_id": "my app", "client_secret": "s3:cret"}, max_retries=0
    )


def _token(value: str, expires_in: int | None = 3600) -> Reply:
    body: dict[str, object] = {"access_token": value, "token_type": "Bearer"}
    if expires_in is not None:
        body["expires_in"] = expires_in
    return Reply.json(body)


def _client(srv: ScriptedServer, clock: Clock | None = None) -> ApiClient:
    return ApiClient(_config(srv), tokens=TokenCache(clock=clock) if clock else None)


def test_a_token_is_fetched_once_for_two_calls(server: ScriptedServer) -> None:
    server.add(TOKEN, _token("tok-1"))
    server.add(API, Reply.json({"n": 1}), Reply.json({"n": 2}))
    with _client(server) as client:
        assert client.call(CALL, RequestOptions()).data == {"n": 1}
        assert client.call(CALL, RequestOptions()).data == {"n": 2}
    server.assert_all_consumed()
    token_request, first, second = server.requests
    assert token_request.path == "/oauth/token"
    form = parse_qs(token_request.body.decode())
    assert form == {"grant_type": ["client_credentials"], "scope": ["things:read things:write"]}
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    # RFC 6749 §2.3.1: id and secret form-urlencoded, then HTTP basic
    basic = base64.b64encode(b"my%20app:s3%3Acret").decode()
    assert token_request.headers["authorization"] == f"Basic {basic}"
    assert first.headers["authorization"] == "Bearer tok-1"
    assert second.headers["authorization"] == "Bearer tok-1"


def test_a_token_is_fetched_again_once_it_expires(server: ScriptedServer) -> None:
    clock = Clock()
    server.add(TOKEN, _token("tok-1", expires_in=100), _token("tok-2", expires_in=100))
    server.add(API, Reply.json({}), Reply.json({}), Reply.json({}))
    with _client(server, clock) as client:
        client.call(CALL, RequestOptions())
        clock.now += 60  # 100 s minus the 30 s skew not yet over
        client.call(CALL, RequestOptions())
        clock.now += 15  # now past it: renewed before the server could refuse it
        client.call(CALL, RequestOptions())
    server.assert_all_consumed()
    sent = [r.headers.get("authorization") for r in server.requests if r.path == "/things"]
    assert sent == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


def test_a_401_fetches_a_new_token_and_sends_again_once(server: ScriptedServer) -> None:
    server.add(TOKEN, _token("revoked"), _token("fresh"))
    server.add(API, Reply(status=401), Reply.json({"ok": True}))
    with _client(server) as client:
        assert client.call(CALL, RequestOptions()).data == {"ok": True}
    server.assert_all_consumed()
    assert [r.path for r in server.requests] == ["/oauth/token", "/things", "/oauth/token", "/things"]
    assert server.requests[-1].headers["authorization"] == "Bearer fresh"


def test_a_second_401_is_raised_not_looped(server: ScriptedServer) -> None:
    server.add(TOKEN, _token("a"), _token("b"))
    server.default(API, Reply(status=401))
    with _client(server) as client, pytest.raises(AuthenticationError):
        client.call(CALL, RequestOptions())
    assert [r.path for r in server.requests] == ["/oauth/token", "/things", "/oauth/token", "/things"]


def test_a_refused_token_request_raises_before_the_api_is_called(server: ScriptedServer) -> None:
    server.add(TOKEN, Reply.json({"error": "invalid_client", "error_description": "bad secret"},
                                 status=401))
    with _client(server) as client, pytest.raises(TokenError) as caught:
        client.call(CALL, RequestOptions())
    assert caught.value.status_code == 401
    assert "invalid_client (bad secret)" in str(caught.value)
    assert "s3:cret" not in str(caught.value)
    assert [r.path for r in server.requests] == ["/oauth/token"]


def test_a_supplied_token_is_sent_and_nothing_is_fetched(server: ScriptedServer) -> None:
    server.add(API, Reply.json({}))
    config = BaseConfiguration(server.base_url, credentials={"oauth_client": "mine"})
    with ApiClient(config) as client:
        client.call(CALL, RequestOptions())
    assert [r.path for r in server.requests] == ["/things"]
    assert server.requests[0].headers["authorization"] == "Bearer mine"


def test_client_credentials_are_read_from_the_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXAMPLE_CLIENT_CLIENT_ID", "env-id")
    monkeypatch.setenv("EXAMPLE_CLIENT_CLIENT_SECRET", "env-secret")
    server.add(TOKEN, _token("t"))
    server.add(API, Reply.json({}))
    with ApiClient(BaseConfiguration(server.base_url)) as client:
        client.call(CALL, RequestOptions())
    basic = base64.b64encode(b"env-id:env-secret").decode()
    assert server.requests[0].headers["authorization"] == f"Basic {basic}"


def test_without_credentials_the_error_names_the_client_arguments() -> None:
    client = ApiClient(BaseConfiguration("http://127.0.0.1:9"))
    with client, pytest.raises(MissingCredentialsError) as caught:
        client.call(CALL, RequestOptions())
    message = str(caught.value)
    assert "client_id=... and client_secret=..." in message
    assert "EXAMPLE_CLIENT_CLIENT_ID" in message


def test_async_fetches_once_and_refreshes_once_on_401(server: ScriptedServer) -> None:
    server.add(TOKEN, _token("one"), _token("two"))
    server.add(API, Reply.json({"n": 1}), Reply(status=401), Reply.json({"n": 2}))

    async def run() -> list[object]:
        async with AsyncApiClient(_config(server)) as client:
            first = await client.call(CALL, RequestOptions())
            second = await client.call(CALL, RequestOptions())
            return [first.data, second.data]

    assert asyncio.run(run()) == [{"n": 1}, {"n": 2}]
    server.assert_all_consumed()
    sent = [r.headers.get("authorization") for r in server.requests if r.path == "/things"]
    assert sent == ["Bearer one", "Bearer one", "Bearer two"]


def test_a_token_answer_without_a_token_is_an_error() -> None:
    request = httpx.Request("POST", "http://auth.test/token")
    with pytest.raises(TokenError, match="without an access_token"):
        read_token(httpx.Response(200, json={"token_type": "Bearer"}, request=request))
    answer = httpx.Response(200, json={"access_token": "t", "expires_in": "60"}, request=request)
    assert read_token(answer) == ("t", 60.0)
