"""Responses: one per status and kind of content (JSON, event stream, binary, text), with headers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir import model as m
from generator.ir.operations.content import (
    content_kind,
    degradation,
    degradation_message,
    item_schema,
    order_response_content,
)
from generator.ir.operations.context import OperationContext
from generator.ir.pointers import escape_pointer
from generator.naming import Namespace, site


def responses(ctx: OperationContext, op: Mapping[str, Any], pointer: str, type_ctx: str) -> tuple[m.Response, ...]:
    out: list[m.Response] = []
    raw = op.get("responses") or {}
    success_seen = 0
    for status, value in raw.items():
        status = str(status).upper()
        resp = ctx.deref(value)
        if not isinstance(resp, Mapping):
            continue
        rptr = f"{pointer}/responses/{escape_pointer(status)}"
        headers = tuple(
            m.Header(str(h), str((ctx.deref(hv) or {}).get("description") or "").strip(),
                     _header_type(ctx.deref(hv)))
            for h, hv in (resp.get("headers") or {}).items()
        )
        content = resp.get("content") or {}
        description = str(resp.get("description") or "").strip()
        if not isinstance(content, Mapping) or not content:
            out.append(m.Response(status, "empty", None, None, description, headers))
            continue
        is_ok = status.startswith("2")
        suffix = "" if is_ok and success_seen == 0 else status.title().replace("Xx", "XX")
        if is_ok:
            success_seen += 1
        seen_kinds: set[str] = set()
        for ct in order_response_content(list(content)):
            kind = content_kind(ct)
            if kind in seen_kinds:
                continue
            seen_kinds.add(kind)
            media = content[ct] if isinstance(content[ct], Mapping) else {}
            schema = media.get("schema")
            sptr = f"{rptr}/content/{escape_pointer(ct)}/schema"
            code = degradation(ct)
            if code is not None:
                ctx.warn(sptr.rsplit("/", 1)[0], code, degradation_message(code, ct, f"the {status} response"))
            t: m.TypeRef | None
            if kind == "json":
                t = ctx.types.type_of(schema or {}, site(type_ctx, "Response", suffix), sptr)
            elif kind == "sse":
                t = ctx.types.type_of(schema, site(type_ctx, "Event"), sptr) if schema else None
            elif kind == "jsonl":
                item = item_schema(media, schema)
                t = m.ListOf(ctx.types.type_of(item, site(type_ctx, "Item"), sptr) if item else m.ANY)
            elif kind == "binary":
                t = m.Prim("bytes")
            else:
                t = m.STR
            out.append(m.Response(status, kind, ct, t, description, headers))
    return tuple(out)


def accept_parameter(ctx: OperationContext, op: Mapping[str, Any], params: tuple[m.Parameter, ...],
                     names: Namespace) -> m.Parameter | None:
    """The ``accept`` argument of an operation whose success responses come in several media
    types (content negotiation): one of them, sent as ``Accept``; None (the default) sends them
    all.  None when the operation declares its own ``Accept`` parameter or has one media type."""
    if any(p.location == "header" and p.wire == "Accept" for p in params):
        return None
    types: list[str] = []
    for status, value in (op.get("responses") or {}).items():
        resp = ctx.deref(value)
        content = resp.get("content") if isinstance(resp, Mapping) else None
        if str(status).startswith("2") and isinstance(content, Mapping):
            types += [str(ct) for ct in content if content_kind(str(ct)) != "sse"]
    choices = tuple(dict.fromkeys(types))
    if len(choices) < 2:
        return None
    return m.Parameter(names.claim("accept", sep="_"), "Accept", "header", m.LiteralOf(choices), False,
                       "The media type to ask for; the response is read by the one the server sends.",
                       explode=False)


def _header_type(header: Any) -> str:
    schema = header.get("schema") if isinstance(header, Mapping) else None
    if isinstance(schema, Mapping) and isinstance(schema.get("type"), str):
        return str(schema["type"])
    return "string"


def as_binary(responses: tuple[m.Response, ...]) -> tuple[m.Response, ...]:
    """The responses of an operation marked ``binary = true``: every success body is a file
    (``bytes``), whatever the spec declares for it; error responses are kept as declared."""
    out: list[m.Response] = []
    done: set[str] = set()
    for r in responses:
        if not r.is_success:
            out.append(r)
        elif r.status not in done:
            done.add(r.status)
            same = [x for x in responses if x.status == r.status and x.kind == "binary"]
            ct = same[0].content_type if same else "*/*"
            out.append(m.Response(r.status, "binary", ct, m.Prim("bytes"), r.description, r.headers))
    return tuple(out)
