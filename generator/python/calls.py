"""One operation → the keyword arguments of its ``Call(...)``: what the runtime sends and how it
reads the answer.  Per-operation code stays declarative; the runtime (api_client) executes it."""

from __future__ import annotations

from collections.abc import Sequence

from generator.ir import model as m
from generator.python.escape import pyrepr


def accept_header(op: m.Operation) -> str:
    """The ``Accept`` value: every declared success content type except event streams."""
    return ", ".join(dict.fromkeys(r.content_type for r in op.success if r.content_type and r.kind != "sse"))


def read_type(r: m.Response) -> m.TypeRef | None:
    """The type the runtime parses a response body with: the JSON type, a JSON line's item
    type; None for bodies read as they are (bytes, text)."""
    if r.kind == "json":
        return r.type
    if r.kind == "jsonl" and isinstance(r.type, m.ListOf):
        return r.type.item
    return None


def _read_type_text(r: m.Response) -> str:
    tp = read_type(r)
    return tp.py() if tp is not None else "None"


def response_map(op: m.Operation) -> str:
    """A Python literal ``{status: (kind, type)}`` for the runtime's response reader."""
    items = []
    seen: set[str] = set()
    for r in op.responses:
        if r.kind == "sse" or r.status in seen:
            continue
        seen.add(r.status)
        items.append(f"{pyrepr(r.status)}: ({pyrepr(r.kind)}, {_read_type_text(r)})")
    return "{" + ", ".join(items) + "}"


def negotiated(op: m.Operation) -> dict[str, list[m.Response]]:
    """Status → its responses, for the statuses that declare bodies of several kinds (the
    response's Content-Type then says which one came)."""
    by_status: dict[str, list[m.Response]] = {}
    for r in op.responses:
        if r.kind not in ("sse", "empty"):
            by_status.setdefault(r.status, []).append(r)
    return {status: rs for status, rs in by_status.items() if len(rs) > 1}


def media_map(op: m.Operation) -> str:
    """A Python literal ``{status: {kind: type}}`` of :func:`negotiated` ("" when none)."""
    items = []
    for status, rs in negotiated(op).items():
        kinds = ", ".join(f"{pyrepr(r.kind)}: {_read_type_text(r)}" for r in rs)
        items.append(f"{pyrepr(status)}: {{{kinds}}}")
    return "{" + ", ".join(items) + "}" if items else ""


# Location → (style, explode) when a parameter does not say (OpenAPI 3; the runtime's
# _params.DEFAULT_STYLES is the same table): only other combinations are spelled out in Call(...).
DEFAULT_STYLES: dict[str, tuple[str, bool]] = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
}
_CALL_FIELD: dict[m.ParamLocation, str] = {"path": "path_params", "query": "query", "header": "headers", "cookie": "cookies"}


def parameter_styles(op: m.Operation) -> dict[tuple[str, str], tuple[str, bool]]:
    """``(location, wire name) → (style, explode)`` of the parameters not serialized by default."""
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    for p in op.params:
        default_style, default_explode = DEFAULT_STYLES[p.location]
        style = p.style or default_style
        if (style, p.explode) != (default_style, default_explode):
            out[(p.location, p.wire)] = (style, p.explode)
    return out


def parameter_constraints(op: m.Operation) -> str | None:
    """``constraints={(location, wire name): rules}`` of ``Call(...)`` for the parameters and
    form fields that have rules (None when none has): data the runtime checks before sending."""
    fields = op.body.fields if op.body is not None and op.body.kind in ("multipart", "form") else ()
    entries = [
        f"{pyrepr((p.location, p.wire))}: "
        + pyrepr(tuple((c.rule, c.value, c.depth) for c in p.constraints))
        for p in (*op.params, *fields)
        if p.constraints and not p.type.is_binary()
    ]
    return "constraints={" + ", ".join(entries) + "}" if entries else None


def call_arguments(op: m.Operation, body_fields: Sequence[tuple[str, str]] = ()) -> list[str]:
    """The arguments of ``Call(...)`` for ``op``, in order, as source text.

    ``body_fields`` are ``(JSON name, argument)`` pairs when the JSON body can also be given as
    keyword arguments: the runtime's ``body_from`` then takes whichever form the caller used."""
    call: list[str] = [pyrepr(op.method), pyrepr(op.path)]
    for location, argument in _CALL_FIELD.items():
        params = op.params_in(location)
        if params:
            call.append(f"{argument}={{" + ", ".join(f"{pyrepr(p.wire)}: {p.name}" for p in params) + "}")
    styles = parameter_styles(op)
    if styles:
        items = (f"{pyrepr(key)}: {pyrepr(value)}" for key, value in styles.items())
        call.append("styles={" + ", ".join(items) + "}")
    body = op.body
    if body is not None:
        call.append(f"body_kind={pyrepr(body.kind)}")
        if body.kind == "json":
            source = body.param
            if body_fields:
                fields = ", ".join(f"{pyrepr(wire)}: {name}" for wire, name in body_fields)
                where = pyrepr(f"{op.method} {op.path}")
                source = f"body_from({body.param}, {{{fields}}}, {where})"
            if isinstance(body.type, m.Named) and body.type.kind == "model":
                patch = ", patch=True" if body.is_merge_patch else ""
                value = f"json_body({source}, {body.type.name}{patch})"
            else:
                value = f"to_jsonable({source})"
            call.append(f"json={value}")
            # an omitted keyword-form body clears has_json itself (Call.__post_init__)
            required = body.required or bool(body_fields)
            call.append("has_json=True" if required else f"has_json={body.param} is not None")
            if body.content_type != "application/json":
                call.append(f"content_type={pyrepr(body.content_type)}")
        elif body.kind in ("multipart", "form"):
            files = [f for f in body.fields if f.type.is_binary()]
            plain = [f for f in body.fields if not f.type.is_binary()]
            call.append("form={" + ", ".join(f"{pyrepr(f.wire)}: {f.name}" for f in plain) + "}")
            if body.kind == "multipart":
                call.append("files={" + ", ".join(f"{pyrepr(f.wire)}: {f.name}" for f in files) + "}")
                if body.part_types:
                    call.append(f"part_types={pyrepr(dict(body.part_types))}")
        else:
            call.append(f"content={body.param}")
            call.append(f"content_type={pyrepr(body.content_type)}")
    accept = accept_header(op)
    if accept:
        call.append(f"accept={pyrepr(accept)}")
    call.append(f"responses={response_map(op)}")
    media = media_map(op)
    if media:
        call.append(f"media={media}")
    if op.security:
        call.append("security=" + pyrepr(tuple(tuple(a) for a in op.security)))
    if op.scopes:
        call.append("scopes=" + pyrepr(dict(op.scopes)))
    constraints = parameter_constraints(op)
    if constraints:
        call.append(constraints)
    return call
