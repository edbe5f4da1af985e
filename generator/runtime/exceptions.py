"""Errors raised by the generated client.

Every error derives from :class:`ApiError`.  A response with a non-success status raises
:class:`ApiStatusError` or the subclass for its status; network problems raise
:class:`ApiConnectionError` / :class:`ApiTimeoutError`; a body that does not match the declared
type raises :class:`ApiResponseValidationError`; a request body that breaks a constraint of the
spec raises :class:`RequestValidationError` before it is sent; a webhook delivery that fails its
signature check raises :class:`WebhookVerificationError`.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiResponseValidationError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "StreamError",
    "TokenError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")


class ApiError(Exception):
    """Base class of every error this client raises."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message: str = message
        self.request: httpx.Request | None = request


class MissingCredentialsError(ApiError):
    """An operation that needs credentials was called with none configured; raised before
    anything is sent.  The message names the client argument and the environment variable."""


class TokenError(ApiError):
    """The OAuth2 token endpoint refused the client credentials or answered without a token;
    ``status_code`` is its status.  Nothing was sent to the API."""

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, status_code: int = 0
    ) -> None:
        super().__init__(message, request=request)
        self.status_code = status_code


class ApiConnectionError(ApiError):
    """The request could not be sent or the response could not be read."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, read, write or pool)."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class RequestValidationError(ApiError):
    """A request breaks a constraint of the spec (a bound, a length, a pattern, an array size)
    and was refused before anything was sent."""

    def __init__(self, path: str, value: Any, rule: str, limit: Any) -> None:
        shown = repr(value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        super().__init__(
            f"request refused before sending: {path} = {shown} breaks `{rule}: {limit!r}`"
        )
        # the JSON path of the value in the request body, e.g. messages[0].content
        self.path: str = path
        self.value: Any = value
        self.rule: str = rule  # the JSON Schema keyword: maximum, minItems, pattern...
        self.limit: Any = limit  # the keyword's operand in the spec


class WebhookVerificationError(ApiError):
    """A webhook delivery failed verification: a header is missing, no signature matches the
    payload and the secret, or its timestamp is outside the tolerance window."""


class StreamError(ApiError):
    """A server-sent event stream ended before its terminating event, or carried an error."""


class ApiStatusError(ApiError):
    """The server answered with a status the operation does not treat as success."""

    status: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any = None) -> None:
        super().__init__(message, request=response.request)
        self.response: httpx.Response = response
        self.status = response.status_code
        self.status_code: int = response.status_code
        self.headers: httpx.Headers = response.headers
        # the parsed error model where the spec declares one, else JSON or text
        self.body: Any = body
        self.raw: bytes = response.content
        self.request_id: str | None = next(
            (response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None
        )

    def __str__(self) -> str:
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.message}{rid}"


class BadRequestError(ApiStatusError):
    status = 400


class AuthenticationError(ApiStatusError):
    status = 401


class PermissionDeniedError(ApiStatusError):
    status = 403


class NotFoundError(ApiStatusError):
    status = 404


class ConflictError(ApiStatusError):
    status = 409


class UnprocessableEntityError(ApiStatusError):
    status = 422


class RateLimitError(ApiStatusError):
    status = 429


class InternalServerError(ApiStatusError):
    """Any 5xx status."""


class ApiResponseValidationError(ApiError):
    """A successful response whose body cannot be read as its declared type: one that does not
    match it in strict mode, or (in any mode) an empty body, a body that is not JSON where JSON is
    declared, or JSON of the wrong shape (an array for an object).  The message lists every error
    with its location; ``raw`` (and ``body``) keep the body, ``response`` the HTTP response."""

    def __init__(
        self, message: str, *, response: httpx.Response, errors: Any = None, body: Any = None
    ) -> None:
        super().__init__(message, request=response.request)
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.raw: bytes = _content(response)  # of a stream: b"" (its events are read one by one)
        # the body, or the stream event's data
        self.body: Any = body if body is not None else self.raw
        self.errors: Any = errors if errors is not None else []


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: Any) -> ApiStatusError:
    """The error instance for a non-success response."""
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else ApiStatusError
    detail = ""
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict):
            detail = str(err.get("message") or "")
        elif isinstance(err, str):
            detail = err
    elif hasattr(body, "model_dump"):
        dumped = body.model_dump()
        err = dumped.get("error", dumped)
        detail = str(err.get("message") or "") if isinstance(err, dict) else str(err or "")
    message = (
        f"HTTP {response.status_code} from {response.request.method} {response.request.url.path}"
    )
    if detail:
        message += f": {detail[:500]}"
    return cls(message, response=response, body=body)
