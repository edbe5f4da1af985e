"""The constraints of a property's schema (bounds, lengths, patterns, array sizes) as plain
:class:`~generator.ir.definitions.Constraint` data, looking through ``$ref``, a single ``allOf``
part and the non-null branch of a nullable ``anyOf``/``oneOf``."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from generator.ir import model as m
from generator.ir.schemas.shapes import allof_parts, is_null

Resolver = Callable[[str], Any]
# Called with (keyword, pattern, reason) for a pattern Python's `re` cannot compile.
OnBadPattern = Callable[[str, str], None]

_MAX_HOPS = 16  # $ref chains and wrappers followed before giving up (cycles)


def constraints_of(prop: Any, deref: Resolver, on_bad_pattern: OnBadPattern) -> tuple[m.Constraint, ...]:
    out: list[m.Constraint] = []
    _collect(prop, deref, on_bad_pattern, 0, 0, out)
    if not out:
        return ()
    seen: set[tuple[str, int]] = set()
    unique = []
    for c in out:  # a wrapper's own rule wins over the one of the schema it refers to
        if (c.rule, c.depth) not in seen:
            seen.add((c.rule, c.depth))
            unique.append(c)
    return tuple(sorted(unique, key=lambda c: (c.depth, _ORDER[c.rule])))


_ORDER = {rule: i for i, rule in enumerate(m.CONSTRAINT_RULES)}


def _collect(schema: Any, deref: Resolver, bad: OnBadPattern, depth: int, hops: int,
             out: list[m.Constraint]) -> None:
    if not (type(schema) is dict or isinstance(schema, Mapping)):  # dict first: the ABC check is slow
        return
    if hops > _MAX_HOPS or depth > 2 or _WALKED_KEYS.isdisjoint(schema):
        return
    out.extend(_own(schema, depth, bad))
    if isinstance(schema.get("$ref"), str):
        try:
            target = deref(schema["$ref"])
        except Exception:  # an unresolvable ref is reported by the loader; nothing to check here
            return
        if isinstance(target, Mapping) and not isinstance(target.get("properties"), Mapping):
            _collect(target, deref, bad, depth, hops + 1, out)
        return
    parts, _nullable = allof_parts(schema)
    if len(parts) == 1:
        _collect(parts[0], deref, bad, depth, hops + 1, out)
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list):
            real = [x for x in members if isinstance(x, Mapping) and not is_null(x)]
            if len(real) == 1:  # only "X or null": X's rules hold for every non-null value
                _collect(real[0], deref, bad, depth, hops + 1, out)
            elif len(real) > 1:
                _collect_by_kind(real, deref, bad, depth, hops, out)
    items = schema.get("items")
    if isinstance(items, Mapping) and _is_array(schema):
        _collect(items, deref, bad, depth + 1, hops + 1, out)


_FAMILY = {"minimum": "number", "maximum": "number", "exclusiveMinimum": "number",
           "exclusiveMaximum": "number", "multipleOf": "number", "minLength": "string",
           "maxLength": "string", "pattern": "string", "minItems": "array", "maxItems": "array"}


def _collect_by_kind(branches: list[Any], deref: Resolver, bad: OnBadPattern, depth: int,
                     hops: int, out: list[m.Constraint]) -> None:
    """The rules of a union whose constrained branches are of distinct JSON kinds (``"auto"`` or
    a number > 0): each rule only ever applies to values of its own kind, so the branch of that
    kind decides it.  Two branches of one kind, or a branch of unknown kind, give no rules."""
    kinds = [_kind(b, deref) for b in branches]
    ruled = [k for k in kinds if k in ("number", "string", "array")]
    if None in kinds or len(ruled) != len(set(ruled)):
        return
    for branch, kind in zip(branches, kinds, strict=True):
        found: list[m.Constraint] = []
        _collect(branch, deref, bad, depth, hops + 1, found)
        out.extend(c for c in found if (c.depth == depth and _FAMILY[c.rule] == kind)
                   or (c.depth > depth and kind == "array"))


def _kind(schema: Any, deref: Resolver) -> str | None:
    """The JSON kind of a branch's values ("number" for integers too), or None when unclear."""
    for _ in range(_MAX_HOPS):
        if not isinstance(schema, Mapping) or not isinstance(schema.get("$ref"), str):
            break
        try:
            schema = deref(schema["$ref"])
        except Exception:
            return None
    if not isinstance(schema, Mapping):
        return None
    t = schema.get("type")
    if isinstance(t, str):
        return "number" if t == "integer" else t
    if isinstance(schema.get("properties"), Mapping):
        return "object"
    return None


def _is_array(schema: Mapping[str, Any]) -> bool:
    t = schema.get("type")
    return t == "array" or (isinstance(t, list) and "array" in t) or (t is None and "items" in schema)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


# Every key _own reads: most schemas have none of them, and one set operation says so.
_RULE_KEYS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
                        "minLength", "maxLength", "minItems", "maxItems", "pattern"})


# Every key _collect looks at, directly or through _own and allof_parts: a schema with none of
# them (a plain `type: string`) has no rules.
_WALKED_KEYS = _RULE_KEYS | {"$ref", "allOf", "anyOf", "oneOf", "items"}


def _own(schema: Mapping[str, Any], depth: int, bad: OnBadPattern) -> list[m.Constraint]:
    if _RULE_KEYS.isdisjoint(schema):
        return []
    found: list[m.Constraint] = []
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        flag = schema.get(exclusive)
        if _number(flag):  # 3.1: the exclusive bound is a number of its own
            found.append(m.Constraint(exclusive, schema[exclusive], depth))
        if _number(schema.get(bound)):  # 3.0: `exclusiveMinimum: true` makes `minimum` exclusive
            found.append(m.Constraint(exclusive if flag is True else bound, schema[bound], depth))
    if _number(schema.get("multipleOf")) and schema["multipleOf"] > 0:
        found.append(m.Constraint("multipleOf", schema["multipleOf"], depth))
    for key in ("minLength", "maxLength", "minItems", "maxItems"):
        if _count(schema.get(key)):
            found.append(m.Constraint(key, schema[key], depth))
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        try:
            re.compile(pattern)
        except (re.error, OverflowError, RecursionError) as exc:
            bad(pattern, str(exc))
        else:
            found.append(m.Constraint("pattern", pattern, depth))
    return found
