"""File bodies read piece by piece: what the ``..._iter_bytes`` variant of a binary operation
returns (``with client.files.download_file_iter_bytes(...) as body: for chunk in body: ...``)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any

import httpx

from .exceptions import ApiConnectionError, ApiTimeoutError

__all__ = ["AsyncBinaryStream", "BinaryStream"]


def _read_error(exc: httpx.TransportError, response: httpx.Response) -> ApiConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(request=response.request)
    return ApiConnectionError(
        f"Connection error while reading the body: {type(exc).__name__}", request=response.request
    )


class BinaryStream:
    """The body of a successful response as byte chunks; the connection is released when the
    body has been read, on ``close()``, and on ``with`` exit."""

    def __init__(self, response: httpx.Response, chunk_size: int | None = None) -> None:
        self.response = response
        self.chunk_size = chunk_size

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes(self.chunk_size)
        except httpx.TransportError as exc:
            raise _read_error(exc, self.response) from exc
        finally:
            self.response.close()

    def read(self) -> bytes:
        """The whole (remaining) body."""
        return b"".join(self)

    def __enter__(self) -> BinaryStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    def close(self) -> None:
        self.response.close()


class AsyncBinaryStream:
    """Async twin of :class:`BinaryStream`; the request is sent when it is awaited, entered or
    first iterated."""

    def __init__(
        self, open_response: Callable[[], Awaitable[httpx.Response]], chunk_size: int | None = None
    ) -> None:
        self._open = open_response
        self.chunk_size = chunk_size
        self._response: httpx.Response | None = None

    @property
    def response(self) -> httpx.Response:
        if self._response is None:
            raise RuntimeError("the body has not been opened yet: await it or iterate it first")
        return self._response

    async def _opened(self) -> AsyncBinaryStream:
        if self._response is None:
            self._response = await self._open()
        return self

    def __await__(self) -> Generator[Any, None, AsyncBinaryStream]:
        return self._opened().__await__()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        response = (await self._opened()).response
        try:
            async for chunk in response.aiter_bytes(self.chunk_size):
                yield chunk
        except httpx.TransportError as exc:
            raise _read_error(exc, response) from exc
        finally:
            await response.aclose()

    async def read(self) -> bytes:
        return b"".join([chunk async for chunk in self])

    async def __aenter__(self) -> AsyncBinaryStream:
        return await self._opened()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._response is not None:
            await self._response.aclose()
