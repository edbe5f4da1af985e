"""Request building and response reading, shared by the sync and async clients: parameters,
auth, retry decisions, and which declared response a status picks."""

from __future__ import annotations

import datetime
import email.utils
import json
import logging
import random
import time
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from pydantic import ValidationError

from ._auth import Credential
from ._config import BaseConfiguration
from ._decode import media_kind, parse_json, read_body
from ._jsonl import read_lines
from ._models import set_request_id
from ._oauth import TokenCache, TokenRequest
from ._params import (
    cookie_header,
    cookie_items,
    header_value,
    path_segment,
    query_items,
)
from ._request import Call, RequestOptions, body_arguments, check_header, rewind_points
from ._settings import PACKAGE
from .api_response import ApiResponse
from .exceptions import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    MissingCredentialsError,
    status_error,
)

__all__ = ["BaseApiClient", "parse_json"]

log = logging.getLogger(PACKAGE)

RETRY_STATUSES = frozenset({408, 409, 429})
RETRY_COUNT_HEADER = "X-Retry-Count"


def response_elapsed(response: httpx.Response) -> datetime.timedelta:
    """Time to the response; zero for a response that was never sent (a mock or a replay)."""
    try:
        return response.elapsed
    except RuntimeError:
        return datetime.timedelta(0)


class BaseApiClient:
    """Request building and response reading, shared by the sync and async clients."""

    def __init__(
        self, configuration: BaseConfiguration | None = None, *, tokens: TokenCache | None = None
    ) -> None:
        self.configuration: BaseConfiguration = configuration or BaseConfiguration()
        # OAuth2 client-credentials tokens, shared with the copies made by with_configuration
        self.tokens: TokenCache = tokens if tokens is not None else TokenCache()

    # ------------------------------------------------------------------ building

    def build_request(
        self,
        call: Call[Any],
        options: RequestOptions,
        attempt: int,
        client: httpx.Client | httpx.AsyncClient,
    ) -> httpx.Request:
        config = self.configuration
        path = call.path
        for key, value in call.path_params.items():
            path = path.replace("{" + key + "}", path_segment(key, value, *call.style("path", key)))
        url = config.host + path
        if call.url is not None:
            url = str(httpx.URL(config.host.rstrip("/") + "/").join(call.url))
        params: list[tuple[str, Any]] = []
        for key, value in call.query.items():
            params.extend(query_items(key, value, *call.style("query", key)))
        extra_query = options.extra_query or {}
        for key, value in config.default_query.items():
            if call.query.get(key) is None and key not in extra_query:  # the call's value wins
                params.extend(query_items(key, value, "deepObject", True))
        for key, value in extra_query.items():
            params.extend(query_items(key, value, "deepObject", True))
        headers: dict[str, str] = config.request_headers()
        headers["Accept"] = call.accept
        for key, value in call.headers.items():
            if value is not None:
                headers[key] = header_value(value, call.style("header", key)[1])
        cookies: list[tuple[str, str]] = []
        for key, value in call.cookies.items():
            cookies.extend(cookie_items(key, value, call.style("cookie", key)[1]))
        self._apply_auth(call, headers, params, cookies)
        if cookies:
            headers["Cookie"] = cookie_header(cookies)
        headers.update(options.extra_headers or {})
        if attempt:
            headers[RETRY_COUNT_HEADER] = str(attempt)
        for key, value in headers.items():
            check_header(key, value)
        timeout = options.timeout if options.timeout is not None else config.timeout
        kwargs = body_arguments(
            call, options.extra_body, headers, isinstance(client, httpx.AsyncClient)
        )
        return client.build_request(
            call.method,
            url,
            params=params or None,
            headers=headers,
            timeout=timeout,
            **kwargs,
        )

    # ------------------------------------------------------------------ auth

    def _alternative(self, call: Call[Any]) -> Sequence[str]:
        """The security alternative the call uses: the first whose credentials are all set (or
        can be fetched); raises MissingCredentialsError before anything is sent (not a 401)."""
        missing = self.configuration.missing_credentials(call.security)
        if missing is not None:
            raise MissingCredentialsError(f"{call.method} {call.path}: {missing}")
        for alternative in call.security:
            if all(self.configuration.can_authenticate(s) for s in alternative):
                return alternative
        return ()  # only schemes this client cannot send: let the server decide

    def token_requests(self, call: Call[Any]) -> list[TokenRequest]:
        """The client-credentials tokens the call's alternative sends (cached or not)."""
        if not call.security:
            return []
        found = (self._token_request(call, scheme) for scheme in self._alternative(call))
        return [request for request in found if request is not None]

    def _token_request(self, call: Call[Any], scheme: str) -> TokenRequest | None:
        found = self.configuration.client_credentials(scheme)
        if found is None:
            return None
        return TokenRequest(*found, tuple(call.scopes.get(scheme, ())))

    def tokens_to_fetch(self, call: Call[Any]) -> list[TokenRequest]:
        """The client-credentials tokens the call needs that are not cached (or expired)."""
        return [r for r in self.token_requests(call) if self.tokens.get(r) is None]

    def refresh_tokens(self, call: Call[Any], response: httpx.Response) -> bool:
        """On a 401, forget the fetched tokens the call sent (revoked or expired early); whether
        there were any, i.e. whether fetching new ones and sending again can help."""
        if response.status_code != 401:
            return False
        return any([self.tokens.drop(r) for r in self.token_requests(call)])

    def _credential(self, call: Call[Any], scheme: str) -> Credential:
        found = self.configuration.auth_for(scheme)
        if found is not None:
            return found
        request = self._token_request(call, scheme)
        token = self.tokens.get(request) if request is not None else None
        if token is None:  # the transport fetches tokens before building a request
            raise MissingCredentialsError(
                f"{call.method} {call.path}: no token was fetched for {scheme!r}"
            )
        return ("header", "Authorization", f"Bearer {token}")

    def _apply_auth(
        self,
        call: Call[Any],
        headers: dict[str, str],
        params: list[tuple[str, Any]],
        cookies: list[tuple[str, str]],
    ) -> None:
        if not call.security:
            return
        for scheme in self._alternative(call):
            location, name, value = self._credential(call, scheme)
            if location == "header":
                headers[name] = value
            elif location == "query":
                params.append((name, value))
            else:
                cookies.append((name, value))

    # ------------------------------------------------------------------ retries

    def _max_retries(self, options: RequestOptions) -> int:
        return (
            self.configuration.max_retries if options.max_retries is None else options.max_retries
        )

    def retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``attempt`` (1, 2, ...).

        The server's ``retry-after-ms`` / ``Retry-After`` (seconds or HTTP-date) when it sends one,
        else exponential backoff from 0.5 s with up to 25 % jitter; never more than
        ``configuration.max_retry_delay``.
        """
        cap = self.configuration.max_retry_delay
        header_delay = _retry_after(response.headers) if response is not None else None
        if header_delay is not None:
            return max(0.0, min(header_delay, cap))
        base = min(0.5 * (2.0 ** (attempt - 1)), 8.0)
        return max(0.0, min(base * (1 - 0.25 * random.random()), cap))

    @staticmethod
    def should_retry(response: httpx.Response) -> bool:
        override = str(response.headers.get("x-should-retry", ""))
        if override in ("true", "false"):
            return override == "true"
        return response.status_code in RETRY_STATUSES or response.status_code >= 500

    def attempts(self, call: Call[Any], options: RequestOptions) -> Attempts:
        """The retry and token-refresh decisions of one send of ``call``."""
        return Attempts(self, call, options)

    # ------------------------------------------------------------------ reading

    def strict(self, options: RequestOptions | None) -> bool:
        """Strict response validation for one call: its option, else the configuration's."""
        if options is not None and options.strict_response_validation is not None:
            return options.strict_response_validation
        return self.configuration.strict_response_validation

    def parse(
        self,
        call: Call[Any],
        response: httpx.Response,
        options: RequestOptions | None = None,
    ) -> ApiResponse[Any]:
        """The response of a read ``response``: raises the status error for a non-success status;
        the data is parsed when ``.data`` is first read (see ``_decode.read_body``)."""
        kind, tp = _pick(call.responses, response.status_code)
        if not response.is_success:
            raise status_error(response, self._error_body(kind, tp, response))
        kind, tp = _negotiated(call, response, kind, tp)
        strict = self.strict(options)
        return ApiResponse(
            None,
            response.status_code,
            response.headers,
            response.content,
            response_elapsed(response),
            response,
            parse=lambda: set_request_id(_read(kind, tp, response, strict), response.headers),
        )

    @staticmethod
    def _error_body(kind: str, tp: Any, response: httpx.Response) -> Any:
        if not response.content:
            return None
        if kind == "json" and tp is not None:
            try:
                return parse_json(tp, response.content)
            except ValidationError:
                pass
        try:
            return json.loads(response.content)
        except ValueError:
            return response.text

    def _log(self, request: httpx.Request, response: httpx.Response | None, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            status = response.status_code if response is not None else "error"
            log.debug(
                "%s %s -> %s in %.3fs",
                request.method,
                request.url.copy_with(query=None),
                status,
                time.monotonic() - started,
            )


def token_transport_error(exc: httpx.TransportError, request: httpx.Request) -> ApiError:
    """The error for a token request that could not be sent or read."""
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(request=request)
    return ApiConnectionError(
        f"Connection error fetching a token: {type(exc).__name__}", request=request
    )


def _pick(responses: Mapping[str, tuple[str, Any]], status: int) -> tuple[str, Any]:
    key = _status_key(responses, status)
    return responses[key] if key is not None else ("json", None)


def _status_key(responses: Mapping[str, Any], status: int) -> str | None:
    """The declared status (``"200"``, ``"2XX"``, ``"DEFAULT"``) that answers ``status``; an
    undeclared success status takes the first declared success."""
    code = str(status)
    for key in (code, f"{code[0]}XX", "DEFAULT"):
        if key in responses:
            return key
    if 200 <= status < 300:
        return next((k for k in responses if k.startswith("2")), None)
    return None


class Attempts:
    """What comes after each attempt of one send: shared by the sync and async transports, which
    do the sending, closing and sleeping (this does no I/O).

    A body that cannot be rewound (a one-shot iterator) is never sent twice; a 401 with fetched
    (client-credentials) tokens drops them and sends once more, never twice."""

    def __init__(self, client: BaseApiClient, call: Call[Any], options: RequestOptions) -> None:
        self._client: BaseApiClient = client
        self._call: Call[Any] = call
        self._rewind: list[tuple[Any, int]] | None = rewind_points(call)
        self._retries: int = client._max_retries(options) if self._rewind is not None else 0
        self._refreshed: bool = False
        self.attempt: int = 0  # retries so far: 0 for the first send

    def rewind(self) -> None:
        """Put file bodies back where the first attempt started reading them."""
        for obj, pos in self._rewind or ():
            obj.seek(pos)

    def after_failure(self, exc: httpx.TransportError, request: httpx.Request) -> float:
        """Seconds to wait before sending again after ``exc``; raises the client's error for it
        when no retry is left."""
        if self.attempt < self._retries:
            self.attempt += 1
            return self._client.retry_delay(self.attempt, None)
        if isinstance(exc, httpx.TimeoutException):
            raise ApiTimeoutError(request=request) from exc
        raise ApiConnectionError(
            f"Connection error: {type(exc).__name__}", request=request
        ) from exc

    def after_response(self, request: httpx.Request, response: httpx.Response) -> float | None:
        """None when ``response`` is the answer; else the seconds to wait before sending again
        (0 after dropping refused tokens); the caller closes the response first."""
        if (
            not self._refreshed
            and self._rewind is not None
            and self._client.refresh_tokens(self._call, response)
        ):
            self._refreshed = True
            return 0.0
        if self.attempt < self._retries and self._client.should_retry(response):
            self.attempt += 1
            delay = self._client.retry_delay(self.attempt, response)
            log.debug(
                "retrying %s %s in %.2fs (retry %d of %d)",
                request.method,
                request.url.path,
                delay,
                self.attempt,
                self._retries,
            )
            return delay
        return None


def _negotiated(call: Call[Any], response: httpx.Response, kind: str, tp: Any) -> tuple[str, Any]:
    """The declared body of the kind the server actually sent, when the status declares several
    (content negotiation: ``image/png`` or ``application/json`` for one 200)."""
    by_kind = call.media.get(_status_key(call.responses, response.status_code) or "")
    if by_kind:
        actual = media_kind(response.headers.get("content-type", ""))
        if actual in by_kind:
            return actual, by_kind[actual]
    return kind, tp


def _read(kind: str, tp: Any, response: httpx.Response, strict: bool) -> Any:
    if kind == "jsonl":
        return read_lines(tp, response, strict)
    return read_body(kind, tp, response, strict)


def _retry_after(headers: httpx.Headers) -> float | None:
    """The delay the server asks for, in seconds, or None when it asks for none (or nonsense)."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            seconds = float(headers.get(name, "")) * scale
        except ValueError:
            continue
        if seconds == seconds:  # not NaN
            return max(seconds, 0.0)
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return None
    return max(parsed.timestamp() - time.time(), 0.0)
