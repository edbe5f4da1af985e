"""Example values for documentation: the smallest call or instance the spec accepts.

Values come from the IR: required fields, the spec's own ``const``/enum values, for a union the
simplest variant that can be built (a discriminated variant carries its tag), and small
placeholders by type.  A model whose required fields are all tags (``role``) also gets its first
optional field with a plain value, so the example carries a payload.  The generated docs'
examples are executed by the tests (model pages offline, calls against Prism, which validates
them), so every value here must be valid.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from generator.ir import model as m


class Upload:
    """Marks a file argument; rendered as an in-memory ``(name, bytes, content_type)`` tuple."""

    def __repr__(self) -> str:
        return '("example.txt", b"hello", "text/plain")'


class _Fail:
    """No valid value (a required field that can only recurse into a model being built)."""


FAIL = _Fail()
_SCALARS = (str, int, float)


class Examples:
    def __init__(self, definitions: Mapping[str, m.Definition],
                 spec_examples: Mapping[str, Any] | None = None) -> None:
        self._defs = definitions
        self._spec = spec_examples or {}

    def value(self, t: m.TypeRef | None) -> Any:
        """A valid value of ``t`` (``None`` when there is none)."""
        out = self._sample(t, ())
        return None if out is FAIL else out

    def has_spec_example(self, name: str) -> bool:
        """Does the spec give ``name`` an example that fits its definition?"""
        return name in self._spec and self.fits(self._spec[name], m.Named(name, self._defs[name].kind))

    def instance(self, name: str) -> Any:
        """The JSON value a model page's example validates: the spec's own example when it fits
        the definition, else a sampled one."""
        if self.has_spec_example(name):
            return self._spec[name]
        return self.value(m.Named(name, self._defs[name].kind))

    def fits(self, value: Any, t: m.TypeRef, depth: int = 0) -> bool:
        """Would the generated model accept ``value`` as ``t``?  Conservative: what this cannot
        tell (a date string's format, say) counts as not fitting, so a sampled example is used."""
        if depth > 40:
            return False
        if isinstance(t, m.Nullable):
            return value is None or self.fits(value, t.inner, depth + 1)
        if isinstance(t, m.LiteralOf):
            return value in t.values and type(value) in {type(v) for v in t.values}
        if isinstance(t, m.ListOf):
            return isinstance(value, list) and all(self.fits(v, t.item, depth + 1) for v in value)
        if isinstance(t, m.MapOf):
            return isinstance(value, dict) and all(self.fits(v, t.value, depth + 1) for v in value.values())
        if isinstance(t, m.UnionOf):
            return any(value is None if x == m.NONE else self.fits(value, x, depth + 1) for x in t.members)
        if isinstance(t, m.Prim):
            return bool(_PRIM_FITS.get(t.name, _never)(value))
        if isinstance(t, m.Named):
            d = self._defs.get(t.name)
            if isinstance(d, m.Enum):
                return value in d.values
            if isinstance(d, m.Alias):
                return self.fits(value, d.target, depth + 1)
            if isinstance(d, m.Union):
                if value is None:
                    return d.nullable
                if d.discriminator:
                    tag = value.get(d.discriminator) if isinstance(value, dict) else None
                    return any(tag in v.tags and self.fits(value, v.type, depth + 1) for v in d.variants)
                return any(self.fits(value, v.type, depth + 1) for v in d.variants)
            if isinstance(d, m.Model):
                return self._fits_model(value, d, depth)
        return False

    def _fits_model(self, value: Any, d: m.Model, depth: int) -> bool:
        if not isinstance(value, dict):
            return False
        for f in d.fields:
            if f.wire not in value:
                if f.required:
                    return False
                continue
            item = value[f.wire]
            if item is None:
                if not (f.nullable or not f.required):
                    return False
            elif not self.fits(item, f.type, depth + 1):
                return False
        known = {f.wire for f in d.fields}
        return d.extra is None or all(self.fits(v, d.extra, depth + 1) for k, v in value.items() if k not in known)

    def _sample(self, t: m.TypeRef | None, stack: tuple[str, ...]) -> Any:
        if t is None:
            return None
        if isinstance(t, m.Nullable):
            inner = self._sample(t.inner, stack)
            return None if inner is FAIL else inner
        if isinstance(t, m.LiteralOf):
            return t.values[0]
        if isinstance(t, m.ListOf):
            item = self._sample(t.item, stack)
            return [] if item is FAIL or item is None else [item]
        if isinstance(t, m.MapOf):
            return {}
        if isinstance(t, m.UnionOf):
            return self._first_valid(t.members, stack)
        if isinstance(t, m.Named):
            return self._named(t.name, stack)
        if isinstance(t, m.Prim):
            return _PRIMS.get(t.name, "example")
        return "example"

    def _first_valid(self, members: tuple[m.TypeRef, ...], stack: tuple[str, ...]) -> Any:
        real = sorted((x for x in members if x != m.NONE), key=self._simplicity)
        for member in real:
            out = self._sample(member, stack)
            if out is not FAIL:
                return out
        return None if m.NONE in members else FAIL

    def _simplicity(self, t: m.TypeRef) -> int:
        """Plain values first (the shortest example), then named types, then lists."""
        if isinstance(t, m.LiteralOf | m.Prim):
            return 0
        if isinstance(t, m.Named):
            d = self._defs.get(t.name)
            return 1 if isinstance(d, m.Enum | m.Alias) else 2
        return 3

    def _named(self, name: str, stack: tuple[str, ...]) -> Any:
        d = self._defs.get(name)
        if name in stack:
            return FAIL
        inner = (*stack, name)
        if isinstance(d, m.Enum):
            return d.values[0] if d.values else "example"
        if isinstance(d, m.Alias):
            return self._sample(d.target, inner)
        if isinstance(d, m.Union):
            return self._union(d, inner)
        if isinstance(d, m.Model):
            return self._model(d, inner)
        return {}

    def _union(self, d: m.Union, stack: tuple[str, ...]) -> Any:
        if not d.discriminator:
            return self._first_valid(tuple(v.type for v in d.variants) + ((m.NONE,) if d.nullable else ()),
                                     stack)
        for variant in d.variants:
            out = self._sample(variant.type, stack)
            if isinstance(out, dict) and variant.tags:
                return {**out, d.discriminator: variant.tags[0]}
        return None if d.nullable else FAIL

    def _model(self, d: m.Model, stack: tuple[str, ...]) -> Any:
        out: dict[str, Any] = {}
        for f in d.fields:
            if not f.required:
                continue
            value = self._sample(f.type, stack)
            if value is FAIL:
                if not f.nullable:
                    return FAIL
                value = None
            out[f.wire] = value
        if all(self._is_tag(f.type) for f in d.fields if f.required):
            for f in d.fields:
                if not f.required and not f.deprecated and not f.read_only:
                    value = self._sample(f.type, stack)
                    if isinstance(value, _SCALARS) and not isinstance(value, bool):
                        out[f.wire] = value
                        break
        return out

    def _is_tag(self, t: m.TypeRef) -> bool:
        if isinstance(t, m.LiteralOf):
            return True
        if isinstance(t, m.UnionOf):
            return any(self._is_tag(x) for x in t.members)
        return isinstance(t, m.Named) and isinstance(self._defs.get(t.name), m.Enum)

    def arguments(self, op: m.Operation, body_arguments: Mapping[str, str] | None = None) -> str:
        """``name=value`` for every required argument of ``op``'s method (the request body
        always, even when the spec makes it optional: an empty call seldom does anything).
        With ``body_arguments`` (JSON name → keyword argument) a JSON object body is written as
        keyword arguments, the documented form."""
        parts: list[str] = []
        for p in op.params:
            if p.required:
                parts.append(f"{p.name}={literal(self.value(p.type))}")
        body = op.body
        if body is not None:
            if body.kind == "json":
                value = self.value(body.type)
                model = self._defs.get(body.type.name) if isinstance(body.type, m.Named) else None
                if value == {} and isinstance(model, m.Model):
                    payload = self._payload(model.fields)
                    value = {payload[0].wire: payload[1]} if payload else value
                # an empty object has no keyword form: the call would send no body at all
                if body_arguments and isinstance(value, dict) and value and set(value) <= set(body_arguments):
                    parts += [f"{body_arguments[k]}={literal(v)}" for k, v in value.items()]
                elif body.required or isinstance(body.type, m.Named):
                    parts.insert(len(op.params_in("path")), f"{body.param}={literal(value)}")
            elif body.kind in ("multipart", "form"):
                shown = [(f, self.value(f.type)) for f in body.fields if f.required]
                payload = None if shown else self._payload(body.fields)
                if payload is not None:
                    shown = [payload]
                parts += [f"{f.name}={literal(v)}" for f, v in shown]
            elif body.kind == "text":
                parts.append(f'{body.param}="example"')
            else:
                parts.append(f'{body.param}=b"example"')
        return ", ".join(parts)

    def _payload(self, fields: Iterable[m.Field | m.Parameter]) -> tuple[Any, Any] | None:
        """``(field, value)`` to show in a body without required fields: an empty body seldom
        does anything, and Prism (like the API) refuses a required body sent as nothing.  A plain
        value first (the shortest example), else the first field in the spec's order with one."""
        found: list[tuple[Any, Any]] = []
        for f in fields:
            if f.required or getattr(f, "deprecated", False) or getattr(f, "read_only", False):
                continue
            value = self.value(f.type)
            if value is not None:
                found.append((f, value))
        plain = [fv for fv in found if isinstance(fv[1], _SCALARS) and not isinstance(fv[1], bool)]
        return (plain or found)[0] if found else None



_PRIMS: dict[str, Any] = {
    "str": "example",
    "int": 1,
    "float": 1.0,
    "bool": True,
    "bytes": b"example",
    "FileTypes": Upload(),
    "datetime.datetime": "2024-01-01T00:00:00Z",
    "datetime.date": "2024-01-01",
    "Any": "example",
    "object": {},
}


def _never(value: Any) -> bool:
    return False


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_PRIM_FITS: dict[str, Any] = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": _number,
    "bool": lambda v: isinstance(v, bool),
    "Any": lambda v: True,
    "object": lambda v: isinstance(v, dict),
}


def literal(value: Any) -> str:
    """``value`` as Python source (dicts with JSON names, as ``model_validate`` takes them)."""
    if isinstance(value, Upload | bytes):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{m.py_literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return m.py_literal(value)
