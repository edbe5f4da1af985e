"""Client conveniences over real sockets (the scripted loopback server), sync and async:
``with_options`` on the same pool, ``default_query``, the target's header arguments from
arguments and the environment, the base-URL variable of the target, the credential error before
anything is sent, and the request id on returned models."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import ai_stats_gateway
import openai_client
import pytest
from openai_client.api_client import ApiClient, Call, RequestOptions

from tests.clients._support import API_KEY, QuickServer
from tests.servers.scripted import Reply, ScriptedServer

pytestmark = pytest.mark.timeout(30)

MODELS = Reply.json({"object": "list", "data": []}, headers={"x-request-id": "req_123"})
ENV = ("OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID",
       "OPENAI_BASE_URL", "AI_STATS_API_KEY", "AI_STATS_BASE_URL")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedServer]:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    with QuickServer() as srv:
        yield srv


# ------------------------------------------------------------------ with_options, default_query


def test_with_options_changes_settings_on_the_same_pool(server: ScriptedServer) -> None:
    server.default("GET /models", MODELS)
    with openai_client.Client(api_key=API_KEY, base_url=server.base_url, max_retries=3) as client:
        copy = client.with_options(timeout=7.5, max_retries=0, default_headers={"X-Copy": "1"})
        assert copy is not client and copy.api_client.http_client is client.api_client.http_client
        assert (copy.configuration.max_retries, copy.configuration.timeout.read) == (0, 7.5)
        assert client.configuration.max_retries == 3  # the original is left as it is
        copy.models.list_models()
        client.models.list_models()
        copy.close()  # the copy does not own the pool: the original still works
        client.models.list_models()
    first, second, third = server.requests
    assert first.headers["x-copy"] == "1" and "x-copy" not in second.headers
    assert first.headers["authorization"] == f"Bearer {API_KEY}"  # credentials are kept
    assert first.connection_id == second.connection_id == third.connection_id


def test_with_options_max_retries_zero_sends_once(server: ScriptedServer) -> None:
    server.default("GET /models", Reply(status=503, headers={"Retry-After": "0"}))
    with openai_client.Client(api_key=API_KEY, base_url=server.base_url, max_retries=2) as client:
        with pytest.raises(openai_client.ApiStatusError):
            client.with_options(max_retries=0).models.list_models()
        assert len(server.requests) == 1
        with pytest.raises(openai_client.ApiStatusError):
            client.models.list_models()
        assert len(server.requests) == 4  # 1 + the original's 2 retries


def test_default_query_is_merged_into_every_request(server: ScriptedServer) -> None:
    server.default("GET /models", MODELS)
    server.default("GET /files", Reply.json({"object": "list", "data": [], "has_more": False}))
    with openai_client.Client(
        api_key=API_KEY, base_url=server.base_url, default_query={"api-version": "2024", "limit": "3"}
    ) as client:
        client.models.list_models()
        client.files.list_files(limit=5)  # the call's own value wins
        client.with_options(default_query={"team": "t1"}).models.list_models()
    assert server.requests[0].query == "api-version=2024&limit=3"
    assert sorted(server.requests[1].query.split("&")) == ["api-version=2024", "limit=5"]
    assert sorted(server.requests[2].query.split("&")) == ["api-version=2024", "limit=3", "team=t1"]


def test_async_with_options_and_default_query(server: ScriptedServer) -> None:
    server.default("GET /models", MODELS)

    async def main() -> str | None:
        async with openai_client.AsyncClient(
            api_key=API_KEY, base_url=server.base_url, default_query={"q": "1"}
        ) as client:
            copy = client.with_options(default_headers={"X-Copy": "1"}, max_retries=0)
            assert copy.api_client.http_client is client.api_client.http_client
            page = (await copy.models.list_models_with_http_info()).data
            await client.models.list_models()
            return page._request_id

    assert asyncio.run(main()) == "req_123"
    assert [r.query for r in server.requests] == ["q=1", "q=1"]
    assert server.requests[0].headers["x-copy"] == "1" and "x-copy" not in server.requests[1].headers


# ------------------------------------------------------------------ header arguments, base URL env


def test_header_arguments_from_arguments_win_over_the_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.default("GET /models", MODELS)
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    with openai_client.Client(api_key=API_KEY, base_url=server.base_url, organization="org-arg") as client:
        client.models.list_models()
        client.with_options(project="proj-copy").models.list_models()
    assert server.requests[0].headers["openai-organization"] == "org-arg"
    assert server.requests[0].headers["openai-project"] == "proj-env"
    assert server.requests[1].headers["openai-project"] == "proj-copy"


def test_header_arguments_left_out_send_no_header(server: ScriptedServer) -> None:
    server.default("GET /models", MODELS)
    with openai_client.Client(api_key=API_KEY, base_url=server.base_url) as client:
        client.models.list_models()
    assert "openai-organization" not in server.requests[0].headers
    assert "openai-project" not in server.requests[0].headers


def test_async_header_arguments_from_the_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.default("GET /models", MODELS)
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")

    async def main() -> None:
        async with openai_client.AsyncClient(api_key=API_KEY, base_url=server.base_url) as client:
            await client.models.list_models()

    asyncio.run(main())
    assert server.requests[0].headers["openai-organization"] == "org-env"


def test_the_targets_base_url_variables(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.default("GET /models", MODELS)
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url + "/openai")
    monkeypatch.setenv("AI_STATS_BASE_URL", server.base_url + "/gateway")
    server.default("GET /gateway/models", Reply.json({"ok": True}))
    server.default("GET /openai/models", MODELS)
    with openai_client.Client(api_key=API_KEY) as client:
        client.models.list_models()
    with ai_stats_gateway.Client(api_key=API_KEY) as gateway:
        gateway.models.list_models_with_http_info()
    assert [r.path for r in server.requests] == ["/openai/models", "/gateway/models"]


# ------------------------------------------------------------------ credentials


def test_missing_credentials_are_refused_before_sending(server: ScriptedServer) -> None:
    server.default(None, MODELS)
    with openai_client.Client(base_url=server.base_url) as client:
        with pytest.raises(openai_client.MissingCredentialsError) as caught:
            client.models.list_models()
        with pytest.raises(openai_client.ApiError, match=r"admin_api_key=.*OPENAI_ADMIN_KEY"):
            client.audit_logs.list_audit_logs()
    message = str(caught.value)
    assert "api_key=" in message and "OPENAI_API_KEY" in message
    assert server.requests == []


def test_async_missing_credentials_are_refused_before_sending(server: ScriptedServer) -> None:
    server.default(None, MODELS)

    async def main() -> None:
        async with ai_stats_gateway.AsyncClient(base_url=server.base_url) as client:
            with pytest.raises(ai_stats_gateway.MissingCredentialsError, match="AI_STATS_API_KEY"):
                await client.models.list_models()

    asyncio.run(main())
    assert server.requests == []


def test_credentials_from_the_environment_satisfy_the_check(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.default("GET /models", MODELS)
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    with openai_client.Client(base_url=server.base_url) as client:
        client.models.list_models()
    assert server.requests[0].headers["authorization"] == "Bearer env-key"


def test_optional_security_goes_out_without_credentials(server: ScriptedServer) -> None:
    server.default("GET /public", Reply.json({"ok": True}))
    call: Call[object] = Call("GET", "/public", security=(("ApiKeyAuth",), ()))
    with ApiClient(openai_client.Configuration(server.base_url)) as api:
        assert api.call(call, RequestOptions()).status_code == 200
    assert "authorization" not in server.requests[0].headers


# ------------------------------------------------------------------ request id


def test_returned_models_carry_the_request_id(server: ScriptedServer) -> None:
    server.add("GET /models", MODELS)
    server.add("GET /models", Reply.json({"object": "list", "data": []}, headers={"request-id": "r2"}))
    server.add("GET /models", Reply.json({"object": "list", "data": []}))
    with openai_client.Client(api_key=API_KEY, base_url=server.base_url) as client:
        first = client.models.list_models()
        second = client.models.list_models()
        third = client.models.list_models()
    assert (first._request_id, second._request_id, third._request_id) == ("req_123", "r2", None)
    assert first == third  # the id is not part of the model's value
    assert "req_123" not in first.to_json()
