"""Client configuration: base URL, credentials, timeouts, retries and default headers."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx

from ._version import __version__

__all__ = [
    "Configuration",
    "BASE_URL_ENV",
    "DEFAULT_HOST",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
]

DEFAULT_HOST = "https://api.ai-stats.phaseo.app/v1"
BASE_URL_ENV = "AI_STATS_GATEWAY_BASE_URL"
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
ACCESS_TOKEN_ENV = "AI_STATS_API_KEY"


class Configuration:
    """Settings shared by every request of an :class:`ApiClient`.

    Credentials not given are read from the environment (access_token: ``AI_STATS_API_KEY``).
    They never appear in ``repr()``, logs or error messages.
    """

    def __init__(
        self,
        host: str | None = None,
        *,
        access_token: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_delay: float = 60.0,
        default_headers: Mapping[str, str] | None = None,
        validate_responses: bool = True,
    ) -> None:
        host = host or os.environ.get(BASE_URL_ENV) or DEFAULT_HOST
        self.host = host.rstrip("/")
        if access_token is None:
            access_token = os.environ.get(ACCESS_TOKEN_ENV)
        self.access_token = access_token
        if timeout is None:
            timeout = DEFAULT_TIMEOUT
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.max_retries = max_retries
        self.max_retry_delay = max_retry_delay
        self.default_headers: dict[str, str] = {
            "User-Agent": f"ai_stats_gateway/{__version__} python-httpx/{httpx.__version__}",
            **dict(default_headers or {}),
        }
        self.validate_responses = validate_responses

    def auth_for(self, scheme: str) -> tuple[str, str, str] | None:
        """``(location, name, value)`` for a security scheme, or None when no credential is set."""
        if scheme == "BearerAuth":
            if not self.access_token:
                return None
            return ("header", "Authorization", f"Bearer {self.access_token}")
        return None

    def __repr__(self) -> str:
        settings = f"host={self.host!r}, max_retries={self.max_retries}, timeout={self.timeout!r}"
        return f"Configuration({settings})"

    def copy(self, **changes: Any) -> Configuration:
        """A copy with some settings changed."""
        new = object.__new__(Configuration)
        new.__dict__.update(self.__dict__)
        new.default_headers = dict(self.default_headers)
        for key, value in changes.items():
            if not hasattr(new, key):
                raise TypeError(f"unknown setting {key!r}")
            setattr(new, key, value)
        return new
