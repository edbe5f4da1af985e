"""Path, query, header and cookie parameters (path-item and operation levels merged)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir import model as m
from generator.ir.operations.context import OperationContext
from generator.ir.schemas.constraints import constraints_of
from generator.naming import METHOD_RESERVED, Namespace, member_site, snake_case

_ORDER = {"path": 0, "query": 1, "header": 2, "cookie": 3}
_TAKEN = METHOD_RESERVED | {"api_client"}  # names no argument of an operation method may take


def param_name(wire: str) -> str:
    return snake_case(wire.rstrip("[]"), fallback="param")


def parameters(ctx: OperationContext, op: Mapping[str, Any], item: Mapping[str, Any], pointer: str,
               type_ctx: str) -> tuple[m.Parameter, ...]:
    merged: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
    for where, source in (("", item), (pointer, op)):
        base = where or pointer.rsplit("/", 1)[0]
        for i, raw in enumerate(source.get("parameters") or []):
            param = ctx.deref(raw)
            if not isinstance(param, Mapping) or not isinstance(param.get("name"), str):
                continue
            loc = str(param.get("in", "query"))
            merged[(loc, param["name"])] = (param, f"{base}/parameters/{i}")
    names = Namespace(_TAKEN)
    out: list[m.Parameter] = []
    for (loc, wire), (param, ptr) in sorted(merged.items(), key=lambda kv: _ORDER.get(kv[0][0], 9)):
        if loc not in _ORDER:
            continue
        # the runtime sets these; a declared `Accept` stays an argument: content negotiation
        # (it then replaces the Accept the runtime derives from the responses)
        if loc == "header" and wire.lower() in ("content-type", "authorization"):
            continue
        if loc == "header" and wire.lower() == "accept":
            wire = "Accept"  # the runtime's spelling, so the argument replaces its value
        schema = param.get("schema")
        if schema is None and isinstance(param.get("content"), Mapping):
            first: Any = next(iter(param["content"].values()), {})
            schema = first.get("schema") if isinstance(first, Mapping) else None
        t = ctx.types.type_of(schema or {}, member_site(type_ctx, wire, "Param"), f"{ptr}/schema")
        if isinstance(t, m.Nullable):
            t = t.inner
        t = _bytes_if_base64(ctx, schema, t)
        required = bool(param.get("required")) or loc == "path"
        default = schema.get("default") if isinstance(schema, Mapping) else None
        style = param.get("style")
        if style is None and loc == "query" and ctx.target.query_object_style and _is_object(ctx, schema):
            style = ctx.target.query_object_style  # the target's choice for undeclared styles
        out.append(m.Parameter(
            name=names.claim(param_name(wire), sep="_"),
            wire=wire, location=loc,  # type: ignore[arg-type]
            type=t, required=required, description=str(param.get("description") or "").strip(),
            default=m.py_literal(default) if default is not None else None,
            deprecated=bool(param.get("deprecated")), style=style,
            # explode defaults to true for form style only; the style defaults by location
            # (form in query and cookie, simple in path and header)
            explode=bool(param.get("explode", (style or _DEFAULT_STYLE[loc]) == "form")),
            constraints=schema_constraints(ctx, schema, f"{ptr}/schema") + enum_constraint(t),
        ))
    # required first so the positional order is valid Python
    return tuple(sorted(out, key=lambda p: (p.location != "path", not p.required)))


def schema_constraints(ctx: OperationContext, schema: Any, pointer: str, *,
                       warn: bool = True) -> tuple[m.Constraint, ...]:
    """The rules of a parameter's (or form field's) schema; a pattern Python's `re` cannot
    compile is left out with a warning (``warn=False`` where the schema's model warns already)."""
    def bad_pattern(pattern: str, reason: str) -> None:
        if warn:
            ctx.warn(pointer, "pattern-unsupported",
                     f"`pattern` {pattern!r} is not checked: Python's `re` cannot compile it ({reason})")

    return constraints_of(schema, ctx.resolve, bad_pattern) if isinstance(schema, Mapping) else ()


def enum_constraint(t: m.TypeRef) -> tuple[m.Constraint, ...]:
    """An ``enum`` rule for a value typed as an open enum (``Literal["asc", "desc"] | str``, or a
    list of them): the type lets any string through, the spec does not.  A closed ``Literal``
    needs none (type checkers catch a wrong value)."""
    if isinstance(t, m.LiteralOf) and t.open:
        return (m.Constraint("enum", t.values, 0),)
    if isinstance(t, m.ListOf) and isinstance(t.item, m.LiteralOf) and t.item.open:
        return (m.Constraint("enum", t.item.values, 1),)
    return ()


def _bytes_if_base64(ctx: OperationContext, schema: Any, t: m.TypeRef) -> m.TypeRef:
    """A ``format: byte`` string parameter (or an array of them) is typed ``bytes``, which the
    runtime sends base64-encoded; in a body such a string stays ``str`` (the JSON text)."""
    schema = ctx.deref(schema)
    if not isinstance(schema, Mapping):
        return t
    if schema.get("type") == "string" and schema.get("format") == "byte" and t == m.STR:
        return m.Prim("bytes")
    if schema.get("type") == "array" and isinstance(t, m.ListOf):
        item = _bytes_if_base64(ctx, schema.get("items"), t.item)
        return t if item is t.item else m.ListOf(item)
    return t


_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


def _is_object(ctx: OperationContext, schema: Any, depth: int = 0) -> bool:
    """Is a parameter's value a JSON object (properties or a map, maybe nullable)?"""
    schema = ctx.deref(schema)
    if not isinstance(schema, Mapping) or depth > 8:
        return False
    branches = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(branches, list):
        real = [b for b in branches if not (isinstance(b, Mapping) and b.get("type") == "null")]
        return len(real) == 1 and _is_object(ctx, real[0], depth + 1)
    kind = schema.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind) or (
        kind is None and ("properties" in schema or "additionalProperties" in schema))
