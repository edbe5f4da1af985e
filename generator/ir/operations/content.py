"""Media types: the one table that says how a content type is sent and received."""

from __future__ import annotations

from generator.ir import model as m

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
_BINARY_PREFIXES = ("audio/", "image/", "video/", "font/")
_BINARY_TYPES = frozenset(
    {"application/octet-stream", "application/zip", "application/pdf", "application/gzip",
     "application/x-tar", "application/wasm"}
)


def base_type(content_type: str) -> str:
    """``application/json; charset=utf-8`` → ``application/json``."""
    return content_type.split(";", 1)[0].strip().lower()


def content_kind(content_type: str) -> m.ResponseKind:
    ct = base_type(content_type)
    if ct == "application/json" or ct.endswith("+json") or ct == "*/*" or ct == "application/*":
        return "json"
    if ct == "text/event-stream":
        return "sse"
    if ct in _BINARY_TYPES or ct.startswith(_BINARY_PREFIXES):
        return "binary"
    if ct.startswith("text/") or ct in ("application/sdp", "application/xml", "application/x-ndjson",
                                         "application/jsonl"):
        return "text"
    return "binary"


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
        return {"json": 0, "sse": 1, "binary": 2, "text": 3}.get(kind, 4)
    return sorted(types, key=rank)
