"""HTTP transport, asynchronous: ``AsyncApiClient``, the twin of ``api_client.ApiClient``
(send with retries, read, stream, download), re-exported by ``api_client``."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Any, TypeVar

import httpx

from ._base import BaseApiClient, response_elapsed, token_transport_error
from ._binary import AsyncBinaryStream
from ._config import BaseConfiguration
from ._decode import media_kind
from ._oauth import TokenCache
from ._request import (
    Call,
    RequestOptions,
)
from ._streaming import AsyncStream
from .api_response import ApiResponse
from .exceptions import (
    ApiConnectionError,
    ApiTimeoutError,
)

T = TypeVar("T")

__all__ = ["AsyncApiClient"]


class AsyncApiClient(BaseApiClient):
    """Asynchronous twin of :class:`ApiClient` on :class:`httpx.AsyncClient`."""

    def __init__(
        self,
        configuration: BaseConfiguration | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        tokens: TokenCache | None = None,
    ) -> None:
        super().__init__(configuration, tokens=tokens)
        self._owns_client: bool = http_client is None
        self.http_client: httpx.AsyncClient = http_client or httpx.AsyncClient(
            timeout=self.configuration.timeout, follow_redirects=True
        )

    async def __aenter__(self) -> AsyncApiClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._owns_client:
            await self.http_client.aclose()

    def with_configuration(self, configuration: BaseConfiguration) -> AsyncApiClient:
        """A client with other settings on this client's connection pool, which the copy
        never closes (closing this client does)."""
        return AsyncApiClient(configuration, http_client=self.http_client, tokens=self.tokens)

    def __repr__(self) -> str:
        return f"AsyncApiClient({self.configuration!r})"

    async def send(
        self, call: Call[Any], options: RequestOptions, *, stream: bool = False
    ) -> httpx.Response:
        """Send with retries; returns the first response that is not retried."""
        attempts = self.attempts(call, options)
        while True:
            attempts.rewind()
            await self._fetch_tokens(call)
            request = self.build_request(call, options, attempts.attempt, self.http_client)
            started = time.monotonic()
            try:
                response = await self.http_client.send(request, stream=stream)
            except httpx.TransportError as exc:
                self._log(request, None, started)
                await asyncio.sleep(attempts.after_failure(exc, request))
                continue
            self._log(request, response, started)
            delay = attempts.after_response(request, response)
            if delay is None:
                return response
            await response.aclose()
            if delay:
                await asyncio.sleep(delay)

    async def _fetch_tokens(self, call: Call[Any]) -> None:
        """Fetch the client-credentials tokens the call needs and has not cached."""
        for token in self.tokens_to_fetch(call):
            request = token.build(self.http_client)
            try:
                response = await self.http_client.send(request)
            except httpx.TransportError as exc:
                raise token_transport_error(exc, request) from exc
            self.tokens.store(token, response)

    async def call(self, call: Call[T], options: RequestOptions) -> ApiResponse[T]:
        response = await self.send(call, options)
        try:
            await response.aread()
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
    ) -> AsyncStream[Any]:
        """A stream that sends the request when it is awaited, entered or first iterated."""

        async def open_response() -> httpx.Response:
            response = await self.send(call, options, stream=True)
            if not response.is_success:
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                self.parse(call, response)  # raises the status error
            return response

        return AsyncStream(
            open_response,
            event_type,
            expect_done=expect_done,
            strict=self.strict(options),
            lines=media_kind(call.accept) == "jsonl",
        )

    def stream_bytes(self, call: Call[Any], options: RequestOptions) -> AsyncBinaryStream:
        """A binary response body as byte chunks; the request is sent when the result is
        awaited, entered or first iterated."""

        async def open_response() -> httpx.Response:
            response = await self.send(call, options, stream=True)
            if not response.is_success:
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                self.parse(call, response)  # raises the status error
            return response

        return AsyncBinaryStream(open_response)

    async def download(
        self,
        call: Call[Any],
        destination: str | os.PathLike[str],
        options: RequestOptions,
    ) -> ApiResponse[Path]:
        response = await self.send(call, options, stream=True)
        target = Path(destination)
        try:
            if not response.is_success:
                await response.aread()
                self.parse(call, response)
            tmp = target.with_name(target.name + ".part")
            try:
                with tmp.open("wb") as fh:
                    async for chunk in response.aiter_bytes():
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
            await response.aclose()
        return ApiResponse(
            target,
            response.status_code,
            response.headers,
            b"",
            response_elapsed(response),
            response,
        )
