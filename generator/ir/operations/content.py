"""Media types: the one table that says how a content type is sent and received."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from generator.ir import model as m

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
# the runtime's _decode.media_kind knows the same names
JSON_LINES_TYPES = frozenset({"application/jsonl", "application/x-ndjson", "application/x-jsonlines"})
_BINARY_PREFIXES = ("audio/", "image/", "video/", "font/")
_BINARY_TYPES = frozenset(
    {"application/octet-stream", "application/zip", "application/pdf", "application/gzip",
     "application/x-tar", "application/wasm"}
)


def base_type(content_type: str) -> str:
    """``application/json; charset=utf-8`` → ``application/json``."""
    return _base_type(content_type)


# A pure function of a string, asked again for every media type of every operation (130k times
# on Microsoft Graph, for a handful of distinct types).
@functools.lru_cache(maxsize=1024)
def _base_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def content_kind(content_type: str) -> m.ResponseKind:
    return _kind(base_type(content_type))[0]


def degradation(content_type: str) -> str | None:
    """The diagnostic code for a media type oagen sends or returns without its structure:
    XML as text, an unknown type as bytes; ``None`` for the types it handles."""
    ct = base_type(content_type)
    if ct in ("application/xml", "text/xml") or ct.endswith("+xml"):
        return "xml-body"
    if not _kind(ct)[1]:
        return "unknown-media-type"
    return None


def _kind(ct: str) -> tuple[m.ResponseKind, bool]:
    """How a (base) media type is carried, and whether the type is a known one."""
    if ct == "application/json" or ct.endswith("+json") or ct == "*/*" or ct == "application/*":
        return "json", True
    if ct == "text/event-stream":
        return "sse", True
    if ct in JSON_LINES_TYPES:
        return "jsonl", True
    if ct in _BINARY_TYPES or ct.startswith(_BINARY_PREFIXES):
        return "binary", True
    if ct.startswith("text/") or ct in ("application/sdp", "application/xml"):
        return "text", True
    return "binary", False


def degradation_message(code: str, content_type: str, what: str) -> str:
    carried = "text (str)" if code == "xml-body" else "bytes"
    return f"{what} of media type {content_type!r} is carried as {carried}"


def item_schema(media: Any, schema: Any) -> Any:
    """The schema of one item of a JSON Lines body: OpenAPI 3.2's ``itemSchema``, else the
    ``items`` of an array schema; None when the schema describes the text as a whole (TypeSpec
    writes ``type: string``), so items are untyped."""
    if isinstance(media, Mapping) and isinstance(media.get("itemSchema"), Mapping):
        return media["itemSchema"]
    if isinstance(schema, Mapping) and schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
        return schema["items"]
    return None


def pick_request_content(types: list[str]) -> str:
    def rank(ct: str) -> tuple[int, str]:
        base = base_type(ct)
        if base == "application/json":
            return (0, ct)
        if base.endswith("+json"):
            return (1, ct)
        if base == "multipart/form-data":
            return (2, ct)
        if base == "application/x-www-form-urlencoded":
            return (3, ct)
        return (4, ct)
    return min(types, key=rank)


def order_response_content(types: list[str]) -> list[str]:
    def rank(ct: str) -> int:
        kind = content_kind(ct)
        return {"json": 0, "sse": 1, "jsonl": 2, "binary": 3, "text": 4}.get(kind, 5)
    return sorted(types, key=rank)
