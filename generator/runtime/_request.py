"""What one operation call sends: ``Call`` and ``RequestOptions``, request bodies (JSON,
multipart, form, raw) with ``extra_body`` merged in, and file uploads."""

from __future__ import annotations

import json
import os
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

import httpx
from pydantic import BaseModel

from ._constraints import ParameterConstraints, check_parameters, check_request
from ._decode import media_kind
from ._omit import Omit
from ._params import (
    DEFAULT_STYLES,
)

__all__ = [
    "Call",
    "FileTypes",
    "RequestOptions",
    "body_arguments",
    "check_header",
    "json_body",
    "json_lines",
    "multipart_parts",
    "rewind_points",
    "to_jsonable",
]

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

FileContent = bytes | IO[bytes] | os.PathLike[str]
FileTypes = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""A file to upload: bytes, a path, a binary file object, or ``(filename, content[, content_type])``."""


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings that every operation method accepts as keyword arguments."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    # None: the configuration's setting; see BaseConfiguration.strict_response_validation
    strict_response_validation: bool | None = None


@dataclass(frozen=True)
class Call(Generic[T]):
    """Everything one operation call sends, and how its responses are read.

    ``T`` is the type the success response parses to (a phantom: no field holds it), so that
    ``ApiClient.call(Call[T]) -> ApiResponse[T]`` is typed without a cast at the call site.
    """

    method: str
    path: str
    path_params: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None
    has_json: bool = False
    form: Mapping[str, Any] | None = None
    files: Mapping[str, Any] | None = None
    # a raw body: bytes, text, a binary file, an (async) iterator of chunks; for "jsonl" also
    # an (async) iterable of items
    content: Any = None
    content_type: str | None = None
    accept: str = "application/json"
    responses: Mapping[str, tuple[str, Any]] = field(default_factory=dict)
    # status → {kind: type} for a status that declares bodies of several kinds (JSON and
    # image/png, say): the response's actual Content-Type chooses among them
    media: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    security: Sequence[Sequence[str]] = ()
    # OAuth2 scopes the operation asks of a client-credentials scheme (scheme → scopes)
    scopes: Mapping[str, Sequence[str]] = field(default_factory=dict)
    cookies: Mapping[str, Any] = field(default_factory=dict)
    # (location, name) → (style, explode) for parameters not serialized as their location's default
    styles: Mapping[tuple[str, str], tuple[str, bool]] = field(default_factory=dict)
    # multipart: part name → its content type from the spec's `encoding` object (a JSON type
    # sends the whole value, an array too, as one JSON part)
    part_types: Mapping[str, str] = field(default_factory=dict)
    # "json", "multipart", "form", "text", "jsonl" or "binary": the body the operation sends
    # (None: none)
    body_kind: str | None = None
    # a URL the server named (a pagination next link): sent instead of ``path`` and ``query``,
    # resolved against the configured host when relative
    url: str | None = None
    # the spec's rules on parameters and form fields, checked here: a call that breaks one is
    # refused (RequestValidationError) before anything is built or sent
    constraints: ParameterConstraints = field(default_factory=dict)

    def __post_init__(self) -> None:
        if isinstance(self.json, Omit):  # a body given neither whole nor as keyword arguments
            object.__setattr__(self, "json", None)
            object.__setattr__(self, "has_json", False)
        if self.constraints:
            check_parameters(
                self.constraints,
                {
                    "path": self.path_params,
                    "query": self.query,
                    "header": self.headers,
                    "cookie": self.cookies,
                    "form": self.form,
                },
            )

    def style(self, location: str, name: str) -> tuple[str, bool]:
        """``(style, explode)`` of a parameter."""
        return self.styles.get((location, name), DEFAULT_STYLES[location])

    def for_stream(self, set_flag: bool, accept: str = "text/event-stream") -> Call[T]:
        """The call of the operation's ``..._stream`` method: ``accept`` is the streamed media
        type (server-sent events, or JSON Lines)."""
        body, form = self.json, self.form
        if set_flag and isinstance(body, dict):
            body = {**body, "stream": True}
        if set_flag and form is not None:
            form = {**form, "stream": True}
        return replace(self, json=body, form=form, accept=accept)


def json_body(value: Any, model: type[M], *, patch: bool = False) -> Any:
    """A request body as JSON data: models are dumped, dicts validated against ``model`` first
    (None, an optional body left out, stays None; so does :data:`omit`, no body at all).  A body
    that breaks a constraint of the spec raises :class:`RequestValidationError`: nothing is sent.

    ``patch``: a JSON Merge Patch (RFC 7396, ``application/merge-patch+json``).  A patch is not an
    instance of ``model``: any member may be ``null`` (delete it) and nested objects are patches
    too, so a dict is sent as given, not validated; a model sends the fields that were set, an
    explicit None as ``null``.
    """
    if value is None or isinstance(value, Omit):
        return value
    if patch and not isinstance(value, BaseModel):
        return to_jsonable(value)
    instance = value if isinstance(value, BaseModel) else model.model_validate(value)
    check_request(instance)
    return instance.model_dump(mode="json", by_alias=True, exclude_unset=True)


def to_jsonable(value: Any) -> Any:
    """Any argument value → JSON data (models by alias, unset fields left out; None stays None)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def _json_line(item: Any) -> bytes:
    if isinstance(item, bytes):  # a line already serialized
        return item.rstrip(b"\n") + b"\n"
    text = json.dumps(to_jsonable(item), separators=(",", ":"), ensure_ascii=False)
    return text.encode() + b"\n"


def json_lines(
    items: Iterable[Any] | AsyncIterable[Any],
) -> Iterator[bytes] | AsyncIterator[bytes]:
    """A JSON Lines body from items (models, dicts, values): one line per item, produced as the
    request is sent, so a long (async) iterator is never held in memory."""
    if isinstance(items, AsyncIterable):
        source = items

        async def lines() -> AsyncIterator[bytes]:
            async for item in source:
                yield _json_line(item)

        return lines()
    return (_json_line(item) for item in items)


CHUNK_SIZE = 64 * 1024


async def _chunks(source: Any) -> AsyncIterator[bytes]:
    """A binary file object or an iterator of chunks, as the async stream httpx's AsyncClient
    needs (the file is read a chunk at a time, never whole)."""
    if hasattr(source, "read"):
        while chunk := source.read(CHUNK_SIZE):
            yield chunk
        return
    for chunk in source:
        yield chunk


def check_header(name: str, value: str) -> str:
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


def _form_part(value: Any, declared: str | None) -> tuple[None, bytes] | tuple[None, bytes, str]:
    """A multipart part without a filename; objects are JSON parts (OpenAPI 3.1's default)."""
    if isinstance(value, BaseModel | dict):
        return (None, _json_bytes(value), declared or "application/json")
    if declared is not None:
        return (None, _form_value(value).encode(), declared)
    return (None, _form_value(value).encode())


def _json_bytes(value: Any) -> bytes:
    return json.dumps(to_jsonable(value), separators=(",", ":"), ensure_ascii=False).encode()


def multipart_parts(
    form: Mapping[str, Any], files: Mapping[str, Any], part_types: Mapping[str, str]
) -> list[tuple[str, Any]]:
    """The parts of a multipart/form-data body, in order: plain fields (an array is one part
    per item, unless the spec's ``encoding`` makes the field JSON: then the whole value is one
    JSON part), then files (an array of files is one part per file).  A part's content type is
    the caller's (a file's third tuple item), else the ``encoding`` object's."""
    parts: list[tuple[str, Any]] = []
    for key, value in form.items():
        declared = part_types.get(key)
        if value is not None and declared is not None and media_kind(declared) == "json":
            parts.append((key, (None, _json_bytes(value), declared)))
            continue
        for item in value if isinstance(value, list | tuple) else [value]:
            if item is not None:
                parts.append((key, _form_part(item, declared)))
    for key, value in files.items():
        for item in value if isinstance(value, list) else [value]:
            if item is not None:
                filename, content, content_type = _file_tuple(item)
                parts.append((key, (filename, content, content_type or part_types.get(key))))
    return parts


def _form_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, BaseModel | dict):
        return json.dumps(to_jsonable(value), separators=(",", ":"))
    return str(value)


def rewind_points(call: Call[Any]) -> list[tuple[Any, int]] | None:
    """Seek positions of file objects in the body, or None when one cannot be rewound."""
    points: list[tuple[Any, int]] = []
    values: list[Any] = list((call.files or {}).values())
    if call.content is not None and not isinstance(call.content, bytes | str):
        if not hasattr(call.content, "read"):
            return None  # an iterator is consumed by the first attempt
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


def body_arguments(
    call: Call[Any],
    extra_body: Mapping[str, Any] | None,
    headers: dict[str, str],
    asynchronous: bool = False,
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
        return {"files": multipart_parts(form, call.files, call.part_types)}
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
        elif call.body_kind == "jsonl" and not isinstance(content, bytes):
            content = json_lines(content)
        if asynchronous and not isinstance(content, bytes | AsyncIterable):
            content = _chunks(content)  # httpx's async client sends async streams only
        headers["Content-Type"] = call.content_type or "application/octet-stream"
        return {"content": content}
    return {}
