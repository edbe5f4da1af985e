"""The runtime in place: generator/runtime with its example _settings.py (package
``example_client``), driven through httpx.MockTransport (no sockets)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from generator.runtime import _settings
from generator.runtime._config import BaseConfiguration
from generator.runtime.api_client import ApiClient, Call, RequestOptions


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credential or base URL leaks in from the machine running the tests."""
    monkeypatch.delenv(_settings.BASE_URL_ENV, raising=False)
    for scheme in _settings.SECURITY_SCHEMES:
        for env in (scheme.env, *scheme.client_env):
            if env:
                monkeypatch.delenv(env, raising=False)


Send = Callable[..., httpx.Request]


@pytest.fixture
def send() -> Iterator[Send]:
    """``send(call, configuration=None, **options)`` → the request the runtime sent."""
    clients: list[ApiClient] = []

    def run(call: Call, configuration: BaseConfiguration | None = None, **options: object) -> httpx.Request:
        seen: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            request.read()
            seen.append(request)
            return httpx.Response(204)

        client = ApiClient(
            configuration or BaseConfiguration("http://api.test"),
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        )
        clients.append(client)
        client.call(call, RequestOptions(**options))  # type: ignore[arg-type]
        assert len(seen) == 1
        return seen[0]

    yield run
    for c in clients:
        c.http_client.close()
