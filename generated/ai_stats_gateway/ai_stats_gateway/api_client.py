"""HTTP transport: builds requests, applies auth, retries, parses responses. Sync and async."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import json
import logging
import os
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from ._config import BaseConfiguration
from ._params import (
    DEFAULT_STYLES,
    cookie_header,
    cookie_items,
    header_value,
    path_segment,
    query_items,
)
from ._settings import PACKAGE
from ._streaming import AsyncStream, Stream
from .api_response import ApiResponse
from .exceptions import (
    ApiConnectionError,
    ApiResponseValidationError,
    ApiTimeoutError,
    status_error,
)

__all__ = ["ApiClient", "AsyncApiClient", "Call", "FileTypes", "RequestOptions", "json_body"]

log = logging.getLogger(PACKAGE)

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

FileContent = bytes | IO[bytes] | os.PathLike[str]
FileTypes = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""A file to upload: bytes, a path, a binary file object, or ``(filename, content[, content_type])``."""

RETRY_STATUSES = frozenset({408, 409, 429})
RETRY_COUNT_HEADER = "X-Retry-Count"


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings that every operation method accepts as keyword arguments."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None


@dataclass(frozen=True)
class Call:
    """Everything one operation call sends, and how its responses are read."""

    method: str
    path: str
    path_params: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None
    has_json: bool = False
    form: Mapping[str, Any] | None = None
    files: Mapping[str, Any] | None = None
    content: bytes | str | IO[bytes] | None = None
    content_type: str | None = None
    accept: str = "application/json"
    responses: Mapping[str, tuple[str, Any]] = field(default_factory=dict)
    security: Sequence[Sequence[str]] = ()
    cookies: Mapping[str, Any] = field(default_factory=dict)
    # (location, name) → (style, explode) for parameters not serialized as their location's default
    styles: Mapping[tuple[str, str], tuple[str, bool]] = field(default_factory=dict)
    # "json", "multipart", "form", "text" or "binary": the body the operation sends (None: none)
    body_kind: str | None = None

    def style(self, location: str, name: str) -> tuple[str, bool]:
        """``(style, explode)`` of a parameter."""
        return self.styles.get((location, name), DEFAULT_STYLES[location])

    def for_stream(self, set_flag: bool) -> Call:
        body, form = self.json, self.form
        if set_flag and isinstance(body, dict):
            body = {**body, "stream": True}
        if set_flag and form is not None:
            form = {**form, "stream": True}
        return replace(self, json=body, form=form, accept="text/event-stream")


def json_body(value: Any, model: type[M]) -> Any:
    """A request body as JSON data: models are dumped, dicts validated against ``model`` first
    (None, an optional body left out, stays None)."""
    if value is None:
        return None
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return model.model_validate(value).model_dump(mode="json", by_alias=True, exclude_unset=True)


def to_jsonable(value: Any) -> Any:
    """Any argument value → JSON data (models by alias, unset fields left out; None stays None)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=512)
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


def parse_json(tp: Any, content: bytes | str) -> Any:
    """Validate JSON text against ``tp`` (a model class or any type), the fast path for models."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp.model_validate_json(content)
    return _adapter(tp).validate_json(content)


def _check_header(name: str, value: str) -> str:
    if "\r" in value or "\n" in value or "\x00" in value:
        raise ValueError(f"header {name!r} contains a line break or NUL; refusing to send it")
    return value


def _file_tuple(value: Any) -> tuple[str | None, Any, str | None]:
    if isinstance(value, tuple):
        name, content = value[0], value[1]
        ctype = value[2] if len(value) > 2 else None
        return (name, _file_content(content), ctype)
    if isinstance(value, bytes | bytearray):
        return ("upload", bytes(value), None)
    if isinstance(value, os.PathLike):
        path = Path(os.fspath(value))
        return (path.name, path.read_bytes(), None)
    name = getattr(value, "name", None)
    return (os.path.basename(name) if isinstance(name, str) else "upload", value, None)


def _file_content(content: Any) -> Any:
    if isinstance(content, os.PathLike):
        return Path(os.fspath(content)).read_bytes()
    return content


def _elapsed(response: httpx.Response) -> datetime.timedelta:
    """Time to the response; zero for a response that was never sent (a mock or a replay)."""
    try:
        return response.elapsed
    except RuntimeError:
        return datetime.timedelta(0)


def _form_part(value: Any) -> tuple[None, bytes] | tuple[None, bytes, str]:
    """A multipart part without a filename; objects are JSON parts (OpenAPI 3.1's default)."""
    if isinstance(value, BaseModel | dict):
        return (
            None,
            json.dumps(to_jsonable(value), separators=(",", ":")).encode(),
            "application/json",
        )
    return (None, _form_value(value).encode())


def _form_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, BaseModel | dict):
        return json.dumps(to_jsonable(value), separators=(",", ":"))
    return str(value)


def _rewind_points(call: Call) -> list[tuple[Any, int]] | None:
    """Seek positions of file objects in the body, or None when one cannot be rewound."""
    points: list[tuple[Any, int]] = []
    values: list[Any] = list((call.files or {}).values())
    if call.content is not None and not isinstance(call.content, bytes | str):
        values.append(call.content)
    for v in values:
        for item in v if isinstance(v, list) else [v]:
            obj = item[1] if isinstance(item, tuple) else item
            if hasattr(obj, "read"):
                try:
                    points.append((obj, obj.tell()))
                except (OSError, ValueError, AttributeError):
                    return None
                if not (hasattr(obj, "seekable") and obj.seekable()):
                    return None
    return points


def _body_arguments(
    call: Call, extra_body: Mapping[str, Any] | None, headers: dict[str, str]
) -> dict[str, Any]:
    """The ``httpx`` body arguments for ``call``, with ``extra_body`` merged into the body the
    operation sends: keys of a JSON object, or extra fields of a form."""
    if extra_body and call.body_kind not in ("json", "multipart", "form"):
        what = "no body" if call.body_kind is None else f"a raw {call.body_kind} body"
        raise TypeError(
            f"extra_body cannot be used with {call.method.upper()} {call.path}: "
            f"the operation sends {what}"
        )
    if call.has_json or (extra_body and call.body_kind == "json"):
        body = call.json if call.has_json else {}
        if extra_body:
            if not isinstance(body, dict):
                raise TypeError(
                    f"extra_body cannot be used with {call.method.upper()} {call.path}: "
                    f"its JSON body is a {type(body).__name__}, not an object"
                )
            body = {**body, **extra_body}
        headers["Content-Type"] = call.content_type or "application/json"
        return {"content": json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()}
    form = {**(call.form or {}), **(extra_body or {})}
    if call.files is not None:  # multipart/form-data: plain fields as parts without filename
        parts: list[tuple[str, Any]] = []
        for key, value in form.items():
            for item in value if isinstance(value, list) else [value]:
                if item is not None:
                    parts.append((key, _form_part(item)))
        for key, value in call.files.items():
            for item in value if isinstance(value, list) else [value]:
                if item is not None:
                    parts.append((key, _file_tuple(item)))
        return {"files": parts}
    if call.form is not None:  # application/x-www-form-urlencoded
        return {
            "data": {
                key: (
                    [_form_value(v) for v in value]
                    if isinstance(value, list)
                    else _form_value(value)
                )
                for key, value in form.items()
                if value is not None
            }
        }
    if call.content is not None:
        content = call.content
        if isinstance(content, str):
            content = content.encode()
        headers["Content-Type"] = call.content_type or "application/octet-stream"
        return {"content": content}
    return {}


class BaseApiClient:
    """Request building and response reading, shared by the sync and async clients."""

    def __init__(self, configuration: BaseConfiguration | None = None) -> None:
        self.configuration = configuration or BaseConfiguration()

    # ------------------------------------------------------------------ building

    def build_request(
        self,
        call: Call,
        options: RequestOptions,
        attempt: int,
        client: httpx.Client | httpx.AsyncClient,
    ) -> httpx.Request:
        config = self.configuration
        path = call.path
        for key, value in call.path_params.items():
            path = path.replace("{" + key + "}", path_segment(key, value, *call.style("path", key)))
        url = config.host + path
        params: list[tuple[str, Any]] = []
        for key, value in call.query.items():
            params.extend(query_items(key, value, *call.style("query", key)))
        for key, value in (options.extra_query or {}).items():
            params.extend(query_items(key, value, "deepObject", True))
        headers: dict[str, str] = dict(config.default_headers)
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
            _check_header(key, value)
        timeout = options.timeout if options.timeout is not None else config.timeout
        kwargs = _body_arguments(call, options.extra_body, headers)
        return client.build_request(
            call.method,
            url,
            params=params or None,
            headers=headers,
            timeout=timeout,
            **kwargs,
        )

    def _apply_auth(
        self,
        call: Call,
        headers: dict[str, str],
        params: list[tuple[str, Any]],
        cookies: list[tuple[str, str]],
    ) -> None:
        if not call.security:
            return
        for alternative in call.security:
            found = [self.configuration.auth_for(s) for s in alternative]
            if all(f is not None for f in found):
                for location, name, value in (f for f in found if f is not None):
                    if location == "header":
                        headers[name] = value
                    elif location == "query":
                        params.append((name, value))
                    else:
                        cookies.append((name, value))
                return

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

    # ------------------------------------------------------------------ reading

    def parse(self, call: Call, response: httpx.Response) -> ApiResponse[Any]:
        kind, tp = _pick(call.responses, response.status_code)
        if not response.is_success:
            raise status_error(response, self._error_body(kind, tp, response))
        data: Any
        if kind == "json":
            data = self._parse_json(tp, response) if response.content else None
        elif kind == "binary":
            data = response.content
        elif kind == "text":
            data = response.text
        else:
            data = None
        return ApiResponse(
            data,
            response.status_code,
            response.headers,
            response.content,
            _elapsed(response),
            response,
        )

    def _parse_json(self, tp: Any, response: httpx.Response) -> Any:
        try:
            return parse_json(tp, response.content)
        except ValidationError as exc:
            if not self.configuration.validate_responses:
                try:
                    return json.loads(response.content)
                except ValueError:
                    return response.text
            errors = exc.errors()
            first = errors[0]["msg"] if errors else ""
            raise ApiResponseValidationError(
                f"response of {response.request.method} {response.request.url.path} "
                f"(HTTP {response.status_code}) does not match the declared type: "
                f"{exc.error_count()} error(s), first: {first}",
                response=response,
                errors=exc.errors(),
            ) from None

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


def _pick(responses: Mapping[str, tuple[str, Any]], status: int) -> tuple[str, Any]:
    code = str(status)
    if code in responses:
        return responses[code]
    wildcard = f"{code[0]}XX"
    if wildcard in responses:
        return responses[wildcard]
    if "DEFAULT" in responses:
        return responses["DEFAULT"]
    if 200 <= status < 300:
        ok = [v for k, v in responses.items() if k.startswith("2")]
        if ok:
            return ok[0]
    return ("json", None)


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


class ApiClient(BaseApiClient):
    """Synchronous client on :class:`httpx.Client`; pass ``http_client`` for proxies, mTLS, transports."""

    def __init__(
        self,
        configuration: BaseConfiguration | None = None,
        *,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(configuration)
        self._owns_client = http_client is None
        self.http_client = http_client or httpx.Client(
            timeout=self.configuration.timeout, follow_redirects=True
        )

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_client:
            self.http_client.close()

    def __repr__(self) -> str:
        return f"ApiClient({self.configuration!r})"

    def send(self, call: Call, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Send with retries; returns the first response that is not retried."""
        retries = self._max_retries(options)
        rewind = _rewind_points(call)
        if rewind is None:
            retries = 0
        attempt = 0
        while True:
            for obj, pos in rewind or ():
                obj.seek(pos)
            request = self.build_request(call, options, attempt, self.http_client)
            started = time.monotonic()
            try:
                response = self.http_client.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                self._log(request, None, started)
                if attempt < retries:
                    attempt += 1
                    time.sleep(self.retry_delay(attempt, None))
                    continue
                raise ApiTimeoutError(request=request) from exc
            except httpx.TransportError as exc:
                self._log(request, None, started)
                if attempt < retries:
                    attempt += 1
                    time.sleep(self.retry_delay(attempt, None))
                    continue
                raise ApiConnectionError(
                    f"Connection error: {type(exc).__name__}", request=request
                ) from exc
            self._log(request, response, started)
            if attempt < retries and self.should_retry(response):
                attempt += 1
                delay = self.retry_delay(attempt, response)
                response.close()
                log.debug(
                    "retrying %s %s in %.2fs (retry %d of %d)",
                    request.method,
                    request.url.path,
                    delay,
                    attempt,
                    retries,
                )
                time.sleep(delay)
                continue
            return response

    def call(self, call: Call, options: RequestOptions) -> ApiResponse[Any]:
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
        return self.parse(call, response)

    def stream(
        self, call: Call, event_type: Any, options: RequestOptions, *, expect_done: bool = True
    ) -> Stream[Any]:
        response = self.send(call, options, stream=True)
        if not response.is_success:
            try:
                response.read()
            finally:
                response.close()
            self.parse(call, response)  # raises the status error
        return Stream(response, event_type, expect_done=expect_done)

    def download(
        self, call: Call, destination: str | os.PathLike[str], options: RequestOptions
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
                f"Connection error during download: {type(exc).__name__}", request=response.request
            ) from exc
        finally:
            response.close()
        return ApiResponse(
            target, response.status_code, response.headers, b"", _elapsed(response), response
        )


class AsyncApiClient(BaseApiClient):
    """Asynchronous twin of :class:`ApiClient` on :class:`httpx.AsyncClient`."""

    def __init__(
        self,
        configuration: BaseConfiguration | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(configuration)
        self._owns_client = http_client is None
        self.http_client = http_client or httpx.AsyncClient(
            timeout=self.configuration.timeout, follow_redirects=True
        )

    async def __aenter__(self) -> AsyncApiClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._owns_client:
            await self.http_client.aclose()

    def __repr__(self) -> str:
        return f"AsyncApiClient({self.configuration!r})"

    async def send(
        self, call: Call, options: RequestOptions, *, stream: bool = False
    ) -> httpx.Response:
        retries = self._max_retries(options)
        rewind = _rewind_points(call)
        if rewind is None:
            retries = 0
        attempt = 0
        while True:
            for obj, pos in rewind or ():
                obj.seek(pos)
            request = self.build_request(call, options, attempt, self.http_client)
            started = time.monotonic()
            try:
                response = await self.http_client.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                self._log(request, None, started)
                if attempt < retries:
                    attempt += 1
                    await asyncio.sleep(self.retry_delay(attempt, None))
                    continue
                raise ApiTimeoutError(request=request) from exc
            except httpx.TransportError as exc:
                self._log(request, None, started)
                if attempt < retries:
                    attempt += 1
                    await asyncio.sleep(self.retry_delay(attempt, None))
                    continue
                raise ApiConnectionError(
                    f"Connection error: {type(exc).__name__}", request=request
                ) from exc
            self._log(request, response, started)
            if attempt < retries and self.should_retry(response):
                attempt += 1
                delay = self.retry_delay(attempt, response)
                await response.aclose()
                log.debug(
                    "retrying %s %s in %.2fs (retry %d of %d)",
                    request.method,
                    request.url.path,
                    delay,
                    attempt,
                    retries,
                )
                await asyncio.sleep(delay)
                continue
            return response

    async def call(self, call: Call, options: RequestOptions) -> ApiResponse[Any]:
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
        return self.parse(call, response)

    def stream(
        self, call: Call, event_type: Any, options: RequestOptions, *, expect_done: bool = True
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

        return AsyncStream(open_response, event_type, expect_done=expect_done)

    async def download(
        self, call: Call, destination: str | os.PathLike[str], options: RequestOptions
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
                f"Connection error during download: {type(exc).__name__}", request=response.request
            ) from exc
        finally:
            await response.aclose()
        return ApiResponse(
            target, response.status_code, response.headers, b"", _elapsed(response), response
        )
