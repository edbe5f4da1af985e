"""The value returned by every ``..._with_http_info`` method."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")

__all__ = ["ApiResponse"]


@dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """Parsed data plus the HTTP details of the response it came from."""

    data: T
    status_code: int
    headers: httpx.Headers
    raw_data: bytes
    elapsed: datetime.timedelta
    http_response: httpx.Response

    @property
    def request_id(self) -> str | None:
        for name in ("x-request-id", "request-id"):
            if name in self.headers:
                return str(self.headers[name])
        return None
