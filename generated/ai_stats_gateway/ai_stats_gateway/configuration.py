"""Client configuration: base URL, credentials, timeouts, retries and default headers."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BaseConfiguration
from ._settings import BASE_URL_ENV, DEFAULT_HOST

__all__ = [
    "Configuration",
    "BASE_URL_ENV",
    "DEFAULT_HOST",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
]

ACCESS_TOKEN_ENV = "AI_STATS_API_KEY"


class Configuration(BaseConfiguration):
    """Settings shared by every request of an :class:`ApiClient`.

    Credentials not given are read from the environment (access_token: ``AI_STATS_API_KEY``).
    They never appear in ``repr()``, logs or error messages.
    """

    access_token: str | None

    def __init__(
        self,
        host: str | None = None,
        *,
        access_token: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_delay: float = 60.0,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
        validate_responses: bool | None = None,
    ) -> None:
        super().__init__(
            host,
            credentials={
                "access_token": access_token,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_retry_delay=max_retry_delay,
            default_headers={
                **dict(default_headers or {}),
            },
            strict_response_validation=strict_response_validation,
            validate_responses=validate_responses,
        )
