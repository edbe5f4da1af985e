"""Streamed responses, server-sent events or JSON Lines: whether an operation streams, the
event (item) type, the ``stream`` flag."""

from __future__ import annotations

from generator.ir import model as m
from generator.ir.operations.context import OperationContext
from generator.ir.pointers import escape_pointer


def stream_info(ctx: OperationContext, op_id: str, responses: tuple[m.Response, ...],
                body: m.RequestBody | None, pointer: str, body_props: frozenset[str]) -> m.StreamInfo | None:
    override = ctx.target.operations.get(op_id)
    sse = next((r for r in responses if r.kind == "sse" and r.is_success), None)
    lines = next((r for r in responses if r.kind == "jsonl" and r.is_success), None)
    if sse is None and lines is not None and isinstance(lines.type, m.ListOf):
        # JSON Lines: items as they arrive; no `stream` flag, no [DONE]
        return m.StreamInfo(lines.type.item, lines.content_type or "application/jsonl", False, False)
    wants = (override.stream if override and override.stream is not None else sse is not None)
    if not wants:
        return None
    event: m.TypeRef | None = None
    if override and override.stream_event:
        event = ctx.types.named(f"#/components/schemas/{escape_pointer(override.stream_event)}")
    elif sse is not None and sse.type is not None:
        event = sse.type
    else:
        json_ok = next((r for r in responses if r.kind == "json" and r.is_success), None)
        event = json_ok.type if json_ok and json_ok.type else m.ANY
        if sse is not None:
            ctx.types.warn(pointer, "stream-event", "text/event-stream response has no schema; "
                           "events are typed as the JSON response")
    flag = body is not None and body.kind in ("json", "multipart", "form") and "stream" in body_props
    done = override.stream_done if override and override.stream_done is not None else True
    return m.StreamInfo(event, "text/event-stream", flag, done)
