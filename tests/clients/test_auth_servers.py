"""A generated client with OAuth2 client credentials and a server with variables, over a real
socket: the scripted server is the token endpoint and the API, reached through the
"Self-hosted" server of the spec (``{endpoint}/base``)."""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.servers.scripted import Reply, ScriptedServer

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "servers": [
        {
            "url": "https://{region}.things.test/{version}",
            "description": "Regional",
            "variables": {
                "region": {"default": "eu", "enum": ["eu", "us"]},
                "version": {"default": "v1"},
            },
        },
        {"url": "{endpoint}/base", "description": "Self-hosted",
         "variables": {"endpoint": {"default": "", "description": "Where the API runs."}}},
    ],
    "components": {
        "securitySchemes": {
            "Machine": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "/oauth/token",
                                                "scopes": {"things:read": "read things"}}},
            },
        },
    },
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "security": [{"Machine": ["things:read"]}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"type": "object", "properties": {"n": {"type": "integer"}}}}}}},
            },
        },
    },
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    from generator.config import adhoc_target
    from generator.pipeline import generate

    root = tmp_path_factory.mktemp("auth_servers")
    spec = root / "spec.json"
    spec.write_text(json.dumps(SPEC))
    out = root / "things_client"
    generate(adhoc_target(spec, "things_client", out))
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("things_client")
    finally:
        sys.path.remove(str(out))


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("THINGS_CLIENT_BASE_URL", "THINGS_CLIENT_CLIENT_ID", "THINGS_CLIENT_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)


def _token() -> Reply:
    return Reply.json({"access_token": "tok", "token_type": "Bearer", "expires_in": 3600})


def test_the_client_takes_client_credentials_and_server_arguments(package: ModuleType) -> None:
    source = Path(package.__file__).with_name("_client.py").read_text()
    assert "client_id: str | None = None" in source
    assert "client_secret: str | None = None" in source
    assert "server: int | str | None = None" in source
    assert 'region: Literal["eu", "us"] | None = None' in source
    assert "endpoint: str | None = None" in source


def test_the_generated_modules_are_black_stable(package: ModuleType) -> None:
    from generator.render.format import format_source

    # the modules that print servers and credentials (laid out without black, see layout.py)
    for name in ("_settings.py", "_client.py", "configuration.py"):
        text = Path(package.__file__).with_name(name).read_text()
        assert format_source(text) == text, name


def test_the_default_server_and_its_variables(package: ModuleType) -> None:
    assert package.Client().configuration.host == "https://eu.things.test/v1"
    client = package.Client(region="us", version="v2")
    assert client.configuration.host == "https://us.things.test/v2"
    with pytest.raises(ValueError, match="region='mars' is not one of"):
        package.Client(region="mars")


def test_a_server_without_an_endpoint_is_an_error_at_construction(package: ModuleType) -> None:
    with pytest.raises(ValueError, match=r"pass endpoint=\.\.\. or base_url=\.\.\."):
        package.Client(server="Self-hosted")
    with pytest.raises(ValueError, match="THINGS_CLIENT_BASE_URL"):
        package.AsyncClient(server=1)


def test_sync_token_once_for_two_calls_through_the_chosen_server(package: ModuleType) -> None:
    with ScriptedServer() as srv:
        srv.add("POST /oauth/token", _token())
        srv.add("GET /base/things", Reply.json({"n": 1}), Reply.json({"n": 2}))
        with package.Client(server="Self-hosted", endpoint=srv.base_url, client_id="app",
                            client_secret="secret", max_retries=0) as client:
            assert client.configuration.host == srv.base_url + "/base"
            assert client.things.list_things().n == 1
            assert client.things.list_things().n == 2
        srv.assert_all_consumed()
        token_request = srv.requests[0]
        assert parse_qs(token_request.body.decode()) == {
            "grant_type": ["client_credentials"], "scope": ["things:read"]}
        assert [r.headers["authorization"] for r in srv.requests[1:]] == ["Bearer tok"] * 2


def test_async_refreshes_once_on_401(package: ModuleType) -> None:
    with ScriptedServer() as srv:
        srv.add("POST /oauth/token", _token(), _token())
        srv.add("GET /base/things", Reply(status=401), Reply.json({"n": 3}))

        async def run() -> int:
            async with package.AsyncClient(base_url=srv.base_url + "/base", client_id="app",
                                           client_secret="secret", max_retries=0) as client:
                return int((await client.things.list_things()).n)

        assert asyncio.run(run()) == 3
        srv.assert_all_consumed()
