"""The client-visible API surface of the IR (:func:`surface`), the input of every change report.

The comparison runs on this surface, never on the spec text: a plain, JSON-serialisable
description of every operation (Python method name, group, parameters, request body, success
responses, security, streaming/pagination) and every definition of the models package (fields,
enum values, union variants, alias targets).  The same surface is stored in each generated
package (``.oagen-surface.json``), so a regeneration, or ``oagen diff TARGET``, can report what
changed since the last output without the old spec.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from generator.ir import model as m

SURFACE_VERSION = 1

Usage = Literal["request", "response", "both", "none"]

def surface(api: m.Api) -> dict[str, Any]:
    """The client-visible API surface of ``api``: compact, JSON-serialisable, deterministic."""
    operations = {f"{op.method} {op.path}": _operation(op) for op in api.operations}
    usage = _usage(api)
    definitions = {d.name: _definition(d, usage.get(d.name, "none")) for d in api.definitions}
    return {
        "version": SURFACE_VERSION,
        "servers": [s.url for s in api.servers],
        "security": {s.key: f"{s.kind} {s.location} {s.param} {s.attr}"
                     + (f" {s.http_scheme}" if s.http_scheme != "Bearer" else "") for s in
                     sorted(api.security_schemes, key=lambda s: s.key)},
        "operations": dict(sorted(operations.items())),
        "definitions": dict(sorted(definitions.items())),
    }


def _type(t: m.TypeRef | None) -> str:
    return "None" if t is None else t.py()


def _literal(t: m.TypeRef) -> m.LiteralOf | None:
    if isinstance(t, m.Nullable):
        t = t.inner
    return t if isinstance(t, m.LiteralOf) else None


def _variants(t: m.TypeRef) -> list[str] | None:
    """The members of an inline union type (``None`` included when nullable), else None."""
    tail: list[str] = []
    if isinstance(t, m.Nullable):
        t, tail = t.inner, ["None"]
    if not isinstance(t, m.UnionOf):
        return None
    return sorted({x.py() for x in t.members} | set(tail))


def _typed(entry: dict[str, Any], t: m.TypeRef) -> dict[str, Any]:
    """Add ``type`` (and ``values`` for an inline ``Literal``, ``variants`` for an inline union)."""
    entry["type"] = _type(t)
    lit = _literal(t)
    if lit is not None:
        entry["values"] = list(lit.values)
    variants = _variants(t)
    if variants is not None:
        entry["variants"] = variants
    return entry


def _param(p: m.Parameter) -> dict[str, Any]:
    entry: dict[str, Any] = {"in": p.location}
    if p.required:
        entry["required"] = True
    if p.name != p.wire:
        entry["name"] = p.name
    return _typed(entry, p.type)


def _params(params: Iterable[m.Parameter]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for p in params:
        key = p.wire if p.wire not in out else f"{p.wire}@{p.location}"
        out[key] = _param(p)
    return dict(sorted(out.items()))


def _operation(op: m.Operation) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": op.id, "name": op.name, "group": op.group, "params": _params(op.params)}
    if op.body is not None:
        body: dict[str, Any] = {"kind": op.body.kind, "content_type": op.body.content_type,
                                "type": _type(op.body.type), "required": op.body.required}
        if op.body.fields:
            body["fields"] = _params(op.body.fields)
        entry["body"] = body
    entry["responses"] = {r.status: f"{r.kind} {r.py}" for r in sorted(op.success, key=lambda r: r.status)}
    entry["security"] = sorted(sorted(alt) for alt in op.security)
    if op.stream is not None:
        entry["stream"] = _type(op.stream.event_type)
    if op.pagination is not None:
        entry["paginated"] = _type(op.pagination.item_type)
    return entry


def _definition(d: m.Definition, usage: Usage) -> dict[str, Any]:
    entry: dict[str, Any] = {"kind": d.kind, "usage": usage}
    if isinstance(d, m.Model):
        fields: dict[str, Any] = {}
        for f in d.fields:
            fe: dict[str, Any] = {}
            if f.required:
                fe["required"] = True
            if f.nullable:
                fe["nullable"] = True
            if f.name != f.wire:
                fe["name"] = f.name
            fields[f.wire] = _typed(fe, f.type)
        entry["fields"] = dict(sorted(fields.items()))
        if d.bases:
            entry["bases"] = list(d.bases)
    elif isinstance(d, m.Enum):
        entry["values"] = list(d.values)
    elif isinstance(d, m.Union):
        entry["variants"] = sorted({_type(v.type) for v in d.variants})
    else:
        entry["type"] = _type(d.target)
    return entry


def _usage(api: m.Api) -> dict[str, Usage]:
    """Definition name → how it is reachable: from requests, responses, both (or neither)."""
    by_name = {d.name: d for d in api.definitions}
    request: set[str] = set()
    response: set[str] = set()
    for op in api.operations:
        for p in op.params:
            request |= p.type.names()
        if op.body is not None:
            request |= op.body.type.names()
            if op.body.model:
                request.add(op.body.model)
            for p in op.body.fields:
                request |= p.type.names()
        for r in op.responses:
            if r.type is not None:
                response |= r.type.names()
        if op.stream is not None:
            response |= op.stream.event_type.names()
        if op.pagination is not None:
            response |= op.pagination.item_type.names()
    for hook in api.webhooks:
        response |= hook.event_type.names()
    request, response = _closure(request, by_name), _closure(response, by_name)
    out: dict[str, Usage] = {}
    for name in by_name:
        if name in request and name in response:
            out[name] = "both"
        elif name in request:
            out[name] = "request"
        elif name in response:
            out[name] = "response"
    return out


def _closure(roots: set[str], by_name: Mapping[str, m.Definition]) -> set[str]:
    """Everything reachable from ``roots``: the names a definition mentions, and the models that
    extend it (a subtype can stand where its base is expected, e.g. a discriminator mapping)."""
    subtypes: dict[str, set[str]] = {}
    for d in by_name.values():
        if isinstance(d, m.Model):
            for base in d.bases:
                subtypes.setdefault(base, set()).add(d.name)
    seen: set[str] = set()
    stack = [n for n in roots if n in by_name]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        nxt = by_name[name].names() | subtypes.get(name, set())
        stack.extend(n for n in nxt if n in by_name and n not in seen)
    return seen
