"""What a successful response body becomes: the declared type, read fast when the body matches it,
leniently when it does not (or strictly, on request), with the actual Content-Type winning over
the declared one for bodies that are not JSON."""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Any, get_origin

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from ._lenient import build, error_lines
from ._settings import PACKAGE
from .exceptions import ApiResponseValidationError

__all__ = ["decode_json", "media_kind", "parse_json", "read_body"]

log = logging.getLogger(PACKAGE)


@lru_cache(maxsize=512)
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


def parse_json(tp: Any, content: bytes | str) -> Any:
    """Validate JSON text against ``tp`` (a model class or any type): the fast path."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp.model_validate_json(content)
    return _adapter(tp).validate_json(content)


def read_body(kind: str, tp: Any, response: httpx.Response, strict: bool) -> Any:
    """The data of a 2xx response whose declared body is ``(kind, tp)``."""
    if response.status_code == 204 or kind == "empty" or (kind == "json" and tp is None):
        return None
    if kind == "binary":
        return response.content
    if kind == "text":
        return response.text
    content = response.content
    if not content or (content[:1].isspace() and not content.strip()):
        raise _invalid(response, "the body is empty, but the operation declares one")
    media = _media_type(response)
    if media and not _is_json(media):
        if tp is str:  # a declared JSON string that is a file in practice: the body as sent
            return response.text if media.startswith("text/") else content
        if strict or not _looks_like_json(content):
            raise _invalid(response, f"expected a JSON body, got {media}")
        # lenient: JSON labelled with another type (text/plain, say) is read as JSON
        log.debug(
            "%s %s: a JSON body labelled %s, read as JSON",
            response.request.method,
            response.request.url.path,
            media,
        )
    return decode_json(tp, content, response, strict, what="response")


def decode_json(
    tp: Any, content: bytes | str, response: httpx.Response, strict: bool, *, what: str
) -> Any:
    """JSON text as ``tp``: validated (fast path), else built leniently, else (strict) an error."""
    try:
        return parse_json(tp, content)
    except ValidationError as exc:
        failure = exc
    try:
        data = json.loads(content)
    except ValueError:
        if tp is str and not strict:  # a declared JSON string sent as plain text
            return content.decode("utf-8", "replace") if isinstance(content, bytes) else content
        raise _invalid(response, f"the {what} is not valid JSON", content=content) from None
    if strict:
        raise _invalid(response, f"the {what} does not match the declared type", failure, content)
    if not _shape_fits(tp, data):
        raise _invalid(
            response,
            f"the {what} is {_shape(data)}, not the declared type",
            failure,
            content,
        )
    try:
        value, found = build(tp, data, failure)
    except Exception as exc:  # a bug in the lenient builder must not hide the body
        raise _invalid(
            response,
            f"the {what} could not be built leniently ({exc!r:.200})",
            failure,
            content,
        ) from exc
    if found and log.isEnabledFor(logging.DEBUG):
        request = response.request
        log.debug(
            "%s %s: %s built leniently, %d value(s) kept as sent: %s",
            request.method,
            request.url.path,
            what,
            len(found),
            "; ".join(str(d) for d in found[:10]),
        )
    return value


def _shape_fits(tp: Any, data: Any) -> bool:
    """Can a lenient build give an instance of ``tp``?  A model needs an object, a list an array."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return isinstance(data, dict)
    origin = get_origin(tp)
    if origin is list:
        return isinstance(data, list)
    if origin is dict:
        return isinstance(data, dict)
    return True


def _shape(data: Any) -> str:
    if isinstance(data, list):
        return "an array"
    if isinstance(data, dict):
        return "an object"
    return "null" if data is None else f"a {type(data).__name__}"


def _looks_like_json(content: bytes) -> bool:
    start = content.lstrip()[:1]
    if start not in (b"{", b"["):
        return False
    try:
        json.loads(content)
    except ValueError:
        return False
    return True


def _media_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def media_kind(content_type: str) -> str:
    """How a received body of this Content-Type is read: "json", "jsonl", "sse", "text" or
    "binary" (the generator's table, generator/ir/operations/content.py, in short)."""
    media = content_type.split(";", 1)[0].strip().lower()
    if _is_json(media) or not media:
        return "json"
    if media in (
        "application/jsonl",
        "application/x-ndjson",
        "application/x-jsonlines",
    ):
        return "jsonl"
    if media == "text/event-stream":
        return "sse"
    if media.startswith("text/") or media == "application/xml" or media.endswith("+xml"):
        return "text"
    return "binary"


def _is_json(media: str) -> bool:
    return media in ("application/json", "text/json") or media.endswith("+json")


def _invalid(
    response: httpx.Response,
    problem: str,
    exc: ValidationError | None = None,
    content: bytes | str | None = None,
) -> ApiResponseValidationError:
    request = response.request
    lines = error_lines(exc) if exc is not None else []
    message = f"{request.method} {request.url.path} (HTTP {response.status_code}): {problem}"
    if lines:
        message += f": {len(lines)} error(s):\n  " + "\n  ".join(lines[:50])
        if len(lines) > 50:
            message += f"\n  ... and {len(lines) - 50} more"
    return ApiResponseValidationError(
        message,
        response=response,
        errors=exc.errors(include_url=False) if exc is not None else [],
        body=content if content is not None else response.content,
    )
