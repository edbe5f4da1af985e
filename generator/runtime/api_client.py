"""HTTP transport: ``ApiClient`` (sync): send with retries, read, stream, download.  Re-exports
what generated API modules import from here, ``AsyncApiClient`` (``_async_client``) included."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, TypeVar

import httpx

from ._async_client import AsyncApiClient
from ._base import BaseApiClient, response_elapsed, token_transport_error
from ._binary import BinaryStream
from ._config import BaseConfiguration
from ._decode import media_kind
from ._oauth import TokenCache
from ._request import (
    Call,
    FileTypes,
    RequestOptions,
    json_body,
    to_jsonable,
)
from ._streaming import Stream
from .api_response import ApiResponse
from .exceptions import (
    ApiConnectionError,
    ApiTimeoutError,
)

T = TypeVar("T")

__all__ = [
    "ApiClient",
    "AsyncApiClient",
    "BaseApiClient",
    "Call",
    "FileTypes",
    "RequestOptions",
    "json_body",
    "to_jsonable",
]


class ApiClient(BaseApiClient):
    """Synchronous client on :class:`httpx.Client`; pass ``http_client`` for proxies, mTLS, transports."""

    def __init__(
        self,
        configuration: BaseConfiguration | None = None,
        *,
        http_client: httpx.Client | None = None,
        tokens: TokenCache | None = None,
    ) -> None:
        super().__init__(configuration, tokens=tokens)
        self._owns_client: bool = http_client is None
        self.http_client: httpx.Client = http_client or httpx.Client(
            timeout=self.configuration.timeout, follow_redirects=True
        )

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_client:
            self.http_client.close()

    def with_configuration(self, configuration: BaseConfiguration) -> ApiClient:
        """A client with other settings on this client's connection pool, which the copy
        never closes (closing this client does)."""
        return ApiClient(configuration, http_client=self.http_client, tokens=self.tokens)

    def __repr__(self) -> str:
        return f"ApiClient({self.configuration!r})"

    def send(
        self, call: Call[Any], options: RequestOptions, *, stream: bool = False
    ) -> httpx.Response:
        """Send with retries; returns the first response that is not retried."""
        attempts = self.attempts(call, options)
        while True:
            attempts.rewind()
            self._fetch_tokens(call)
            request = self.build_request(call, options, attempts.attempt, self.http_client)
            started = time.monotonic()
            try:
                response = self.http_client.send(request, stream=stream)
            except httpx.TransportError as exc:
                self._log(request, None, started)
                time.sleep(attempts.after_failure(exc, request))
                continue
            self._log(request, response, started)
            delay = attempts.after_response(request, response)
            if delay is None:
                return response
            response.close()
            if delay:
                time.sleep(delay)

    def _fetch_tokens(self, call: Call[Any]) -> None:
        """Fetch the client-credentials tokens the call needs and has not cached."""
        for token in self.tokens_to_fetch(call):
            request = token.build(self.http_client)
            try:
                response = self.http_client.send(request)
            except httpx.TransportError as exc:
                raise token_transport_error(exc, request) from exc
            self.tokens.store(token, response)

    def call(self, call: Call[T], options: RequestOptions) -> ApiResponse[T]:
        response = self.send(call, options)
        try:
            response.read()
        except httpx.TimeoutException as exc:
            raise ApiTimeoutError(request=response.request) from exc
        except httpx.TransportError as exc:
            raise ApiConnectionError(
                f"Connection error while reading the body: {type(exc).__name__}",
                request=response.request,
            ) from exc
        return self.parse(call, response, options)

    def stream(
        self,
        call: Call[Any],
        event_type: Any,
        options: RequestOptions,
        *,
        expect_done: bool = True,
    ) -> Stream[Any]:
        response = self.send(call, options, stream=True)
        if not response.is_success:
            try:
                response.read()
            finally:
                response.close()
            self.parse(call, response)  # raises the status error
        return Stream(
            response,
            event_type,
            expect_done=expect_done,
            strict=self.strict(options),
            lines=media_kind(call.accept) == "jsonl",
        )

    def stream_bytes(self, call: Call[Any], options: RequestOptions) -> BinaryStream:
        """A binary response body as byte chunks, read as they arrive."""
        response = self.send(call, options, stream=True)
        if not response.is_success:
            try:
                response.read()
            finally:
                response.close()
            self.parse(call, response)  # raises the status error
        return BinaryStream(response)

    def download(
        self,
        call: Call[Any],
        destination: str | os.PathLike[str],
        options: RequestOptions,
    ) -> ApiResponse[Path]:
        """Stream a binary response body into a file without holding it in memory."""
        response = self.send(call, options, stream=True)
        target = Path(destination)
        try:
            if not response.is_success:
                response.read()
                self.parse(call, response)
            tmp = target.with_name(target.name + ".part")
            try:
                with tmp.open("wb") as fh:
                    for chunk in response.iter_bytes():
                        fh.write(chunk)
                tmp.replace(target)
            finally:
                tmp.unlink(missing_ok=True)
        except httpx.TimeoutException as exc:
            raise ApiTimeoutError(request=response.request) from exc
        except httpx.TransportError as exc:
            raise ApiConnectionError(
                f"Connection error during download: {type(exc).__name__}",
                request=response.request,
            ) from exc
        finally:
            response.close()
        return ApiResponse(
            target,
            response.status_code,
            response.headers,
            b"",
            response_elapsed(response),
            response,
        )
