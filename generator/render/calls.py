"""One operation → the keyword arguments of its ``Call(...)``: what the runtime sends and how it
reads the answer.  Per-operation code stays declarative; the runtime (api_client) executes it."""

from __future__ import annotations

from generator.ir import model as m
from generator.render.environment import pyrepr


def accept_header(op: m.Operation) -> str:
    """The ``Accept`` value: every declared success content type except event streams."""
    return ", ".join(dict.fromkeys(r.content_type for r in op.success if r.content_type and r.kind != "sse"))


def response_map(op: m.Operation) -> str:
    """A Python literal ``{status: (kind, type)}`` for the runtime's response reader."""
    items = []
    seen: set[str] = set()
    for r in op.responses:
        if r.kind == "sse" or r.status in seen:
            continue
        seen.add(r.status)
        tp = r.type.py() if r.type is not None and r.kind == "json" else "None"
        items.append(f"{pyrepr(r.status)}: ({pyrepr(r.kind)}, {tp})")
    return "{" + ", ".join(items) + "}"


def call_arguments(op: m.Operation) -> list[str]:
    """The arguments of ``Call(...)`` for ``op``, in order, as source text."""
    call: list[str] = [pyrepr(op.method), pyrepr(op.path)]
    if op.params_in("path"):
        call.append("path_params={" + ", ".join(f"{pyrepr(p.wire)}: {p.name}" for p in op.params_in("path")) + "}")
    if op.params_in("query"):
        call.append("query={" + ", ".join(f"{pyrepr(p.wire)}: {p.name}" for p in op.params_in("query")) + "}")
    if op.params_in("header"):
        call.append("headers={" + ", ".join(f"{pyrepr(p.wire)}: {p.name}" for p in op.params_in("header")) + "}")
    body = op.body
    if body is not None:
        if body.kind == "json":
            if isinstance(body.type, m.Named) and body.type.kind == "model":
                value = f"json_body({body.param}, {body.type.name})"
            else:
                value = f"to_jsonable({body.param})"
            call.append(f"json={value}")
            call.append("has_json=True" if body.required else f"has_json={body.param} is not None")
            if body.content_type != "application/json":
                call.append(f"content_type={pyrepr(body.content_type)}")
        elif body.kind in ("multipart", "form"):
            files = [f for f in body.fields if f.type.is_binary()]
            plain = [f for f in body.fields if not f.type.is_binary()]
            call.append("form={" + ", ".join(f"{pyrepr(f.wire)}: {f.name}" for f in plain) + "}")
            if body.kind == "multipart":
                call.append("files={" + ", ".join(f"{pyrepr(f.wire)}: {f.name}" for f in files) + "}")
        else:
            call.append(f"content={body.param}")
            call.append(f"content_type={pyrepr(body.content_type)}")
    accept = accept_header(op)
    if accept:
        call.append(f"accept={pyrepr(accept)}")
    call.append(f"responses={response_map(op)}")
    if op.security:
        call.append("security=" + pyrepr(tuple(tuple(a) for a in op.security)))
    return call
