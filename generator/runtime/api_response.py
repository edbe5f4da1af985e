"""The value returned by every ``..._with_http_info`` method."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Generic, TypeVar, cast

import httpx

T = TypeVar("T")

__all__ = ["ApiResponse"]

_UNREAD = object()


class ApiResponse(Generic[T]):
    """The HTTP details of a response (status, headers, raw body) and its data.

    ``data`` is parsed when it is first read, so the status, headers and ``raw_data`` stay
    available even when the body cannot be parsed (reading ``data`` then raises).
    """

    __slots__ = (
        "_data",
        "_parse",
        "elapsed",
        "headers",
        "http_response",
        "raw_data",
        "status_code",
    )

    def __init__(
        self,
        data: T | None,
        status_code: int,
        headers: httpx.Headers,
        raw_data: bytes,
        elapsed: datetime.timedelta,
        http_response: httpx.Response,
        *,
        parse: Callable[[], T] | None = None,
    ) -> None:
        self._data: object = _UNREAD if parse is not None else data
        self._parse: Callable[[], T] | None = parse
        self.status_code: int = status_code
        self.headers: httpx.Headers = headers
        self.raw_data: bytes = raw_data
        self.elapsed: datetime.timedelta = elapsed
        self.http_response: httpx.Response = http_response

    @property
    def data(self) -> T:
        """The body as the operation's declared type (parsed on first access)."""
        if self._data is _UNREAD and self._parse is not None:
            self._data = self._parse()
        return cast(T, self._data)

    @property
    def request_id(self) -> str | None:
        for name in ("x-request-id", "request-id"):
            if name in self.headers:
                return str(self.headers[name])
        return None

    def __repr__(self) -> str:
        return f"ApiResponse(status_code={self.status_code}, raw_data={len(self.raw_data)} bytes)"
