"""Request bodies: JSON, multipart and form (flattened into keyword arguments), text, binary."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir import model as m
from generator.ir.operations.content import (
    FORM_TYPES,
    base_type,
    content_kind,
    degradation,
    degradation_message,
    item_schema,
    pick_request_content,
)
from generator.ir.operations.context import OperationContext
from generator.ir.operations.parameters import enum_constraint, param_name, schema_constraints
from generator.ir.pointers import escape_pointer
from generator.ir.schemas.allof import flatten
from generator.ir.schemas.shapes import DOC_KEYS
from generator.naming import Namespace, member_site, site, snake_case


def request_body(ctx: OperationContext, op: Mapping[str, Any], pointer: str, type_ctx: str,
                 names: Namespace) -> m.RequestBody | None:
    raw = op.get("requestBody")
    if raw is None:
        return None
    body = ctx.deref(raw)
    if not isinstance(body, Mapping):
        return None
    content = body.get("content") or {}
    if not isinstance(content, Mapping) or not content:
        return None
    ct = pick_request_content(list(content))
    multipart = next((c for c in content if base_type(c) == "multipart/form-data"), None)
    if multipart is not None and ct != multipart and _has_files(ctx, content[multipart]):
        ct = multipart  # only multipart can carry the file uploads this operation accepts
    media = content[ct] if isinstance(content[ct], Mapping) else {}
    schema = media.get("schema") or {}
    bptr = f"{pointer}/requestBody/content/{escape_pointer(ct)}/schema"
    required = bool(body.get("required"))
    description = str(body.get("description") or "").strip()
    base = base_type(ct)
    if base in FORM_TYPES:
        kind: m.BodyKind = "multipart" if base.startswith("multipart") else "form"
        fields, model = _form_fields(ctx, schema, bptr, type_ctx, names)
        part_types = _part_types(media, {f.wire for f in fields}) if kind == "multipart" else ()
        return m.RequestBody(kind, base, m.MapOf(m.ANY), required, "", description, fields, model,
                             part_types)
    k = content_kind(base)
    code = degradation(base)
    if code is not None:
        ctx.warn(bptr.rsplit("/", 1)[0], code, degradation_message(code, ct, "the request body"))
    if k == "json":
        t = ctx.types.type_of(schema, site(type_ctx, "Request"), bptr)
        wanted = snake_case(t.name, fallback="body") if isinstance(t, m.Named) else "body"
        pname = names.claim(wanted, sep="_")
        return m.RequestBody("json", base if base != "*/*" else "application/json", t, required,
                             pname, description)
    if k == "jsonl":
        item = item_schema(media, schema)
        t = m.ListOf(ctx.types.type_of(item, site(type_ctx, "Item"), bptr) if item else m.ANY)
        return m.RequestBody("jsonl", base, t, required, names.claim("body", sep="_"), description)
    if k == "text":
        return m.RequestBody("text", base, m.STR, required, names.claim("body", sep="_"), description)
    return m.RequestBody("binary", base, m.Prim("FileTypes"), required, names.claim("body", sep="_"),
                         description)


def body_properties(ctx: OperationContext, op: Mapping[str, Any]) -> frozenset[str]:
    """Property names of the JSON or form request body (allOf merged), for the ``stream`` flag."""
    body = ctx.deref(op.get("requestBody"))
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping):
        return frozenset()
    for ct, media in content.items():
        base = base_type(str(ct))
        if (base in FORM_TYPES or content_kind(base) == "json") and isinstance(media, Mapping):
            schema = ctx.deref(media.get("schema"))
            if isinstance(schema, Mapping):
                return frozenset(flatten(schema, "", ctx.resolve).properties)
    return frozenset()


def _has_files(ctx: OperationContext, media: Any) -> bool:
    schema = ctx.deref(media.get("schema")) if isinstance(media, Mapping) else None
    if not isinstance(schema, Mapping):
        return False
    for prop, _ptr in flatten(schema, "", ctx.resolve).properties.values():
        prop = ctx.deref(prop)
        items = ctx.deref(prop.get("items")) if isinstance(prop, Mapping) else None
        for candidate in (prop, items):
            if isinstance(candidate, Mapping) and (candidate.get("format") == "binary" or _is_file_part(candidate)):
                return True
            for branch in (candidate.get("anyOf") or candidate.get("oneOf") or []) if isinstance(candidate, Mapping) else []:
                if isinstance(branch, Mapping) and (branch.get("format") == "binary" or (
                        isinstance(branch.get("items"), Mapping) and branch["items"].get("format") == "binary")):
                    return True
    return False


def _part_types(media: Mapping[str, Any], wires: set[str]) -> tuple[tuple[str, str], ...]:
    """Content types the ``encoding`` object declares for multipart parts (the first of a
    comma-separated list; ``*/*`` says nothing, so it is left out)."""
    encoding = media.get("encoding")
    out: list[tuple[str, str]] = []
    for wire, enc in (encoding.items() if isinstance(encoding, Mapping) else ()):
        ct = enc.get("contentType") if isinstance(enc, Mapping) else None
        first = str(ct).split(",", 1)[0].strip() if isinstance(ct, str) else ""
        if wire in wires and first and first != "*/*" and "*" not in first:
            out.append((str(wire), first))
    return tuple(sorted(out))


def _is_file_part(schema: Any) -> bool:
    """A multipart property that is a file without ``format: binary``: OpenAPI 3.1 writes a file
    part as ``{}`` (no schema: application/octet-stream) or as a string with
    ``contentMediaType`` and no ``contentEncoding``."""
    if not isinstance(schema, Mapping):
        return False
    if all(k in DOC_KEYS for k in schema):
        return True
    return (schema.get("type") == "string" and "contentMediaType" in schema
            and "contentEncoding" not in schema)


def _form_fields(ctx: OperationContext, schema: Any, pointer: str, type_ctx: str,
                 names: Namespace) -> tuple[tuple[m.Parameter, ...], str | None]:
    model: str | None = None
    if isinstance(schema, Mapping) and "$ref" in schema:
        named = ctx.types.named(schema["$ref"])
        model = named.name
        type_ctx = named.name
    flat = flatten(ctx.deref(schema) if isinstance(schema, Mapping) else {}, pointer, ctx.resolve)
    out: list[m.Parameter] = []
    for wire, (prop, ptr) in flat.properties.items():
        if _is_file_part(ctx.deref(prop)):
            t: m.TypeRef = m.Prim("FileTypes")
        elif isinstance(prop, Mapping) and prop.get("type") == "array" and _is_file_part(ctx.deref(prop.get("items"))):
            t = m.ListOf(m.Prim("FileTypes"))
        else:
            t = ctx.types.type_of(prop, member_site(type_ctx, wire, "Field"), ptr, binary="file")
        if isinstance(t, m.Nullable):
            t = t.inner
        out.append(m.Parameter(
            name=names.claim(param_name(wire), sep="_"), wire=wire, location="form",
            type=t, required=wire in flat.required,
            description=str(prop.get("description") or "").strip() if isinstance(prop, Mapping) else "",
            # the body schema's properties: its model (when it has one) warns about patterns
            constraints=schema_constraints(ctx, prop, ptr, warn=False) + enum_constraint(t),
        ))
    return tuple(sorted(out, key=lambda p: not p.required)), model
