"""Example arguments for documentation: the smallest call the spec accepts.

Values come from the IR: required fields only, the first enum value, the first union variant,
the spec's own ``const``/enum values, and small placeholders by type.  The generated READMEs'
examples are executed by the tests (against Prism, which validates them), so they must be valid.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir import model as m


class Upload:
    """Marks a file argument; rendered as an in-memory ``(name, bytes, content_type)`` tuple."""

    def __repr__(self) -> str:
        return '("example.txt", b"hello", "text/plain")'


class Examples:
    def __init__(self, definitions: Mapping[str, m.Definition]) -> None:
        self._defs = definitions

    def value(self, t: m.TypeRef | None, depth: int = 0) -> Any:
        if t is None or depth > 6:
            return None
        if isinstance(t, m.Nullable):
            return self.value(t.inner, depth)
        if isinstance(t, m.LiteralOf):
            return t.values[0]
        if isinstance(t, m.ListOf):
            item = self.value(t.item, depth + 1)
            return [item] if item is not None else []
        if isinstance(t, m.MapOf):
            return {}
        if isinstance(t, m.UnionOf):
            real = [x for x in t.members if x != m.NONE]
            return self.value(real[0], depth) if real else None
        if isinstance(t, m.Named):
            return self._named(t.name, depth)
        if isinstance(t, m.Prim):
            return _PRIMS.get(t.name, "example")
        return "example"

    def _named(self, name: str, depth: int) -> Any:
        d = self._defs.get(name)
        if isinstance(d, m.Enum):
            return d.values[0] if d.values else "example"
        if isinstance(d, m.Alias):
            return self.value(d.target, depth + 1)
        if isinstance(d, m.Union):
            return self.value(d.variants[0].type, depth + 1) if d.variants else {}
        if isinstance(d, m.Model):
            return {f.wire: self.value(f.type, depth + 1) for f in d.fields if f.required}
        return {}

    def arguments(self, op: m.Operation) -> str:
        """``name=value`` for every required argument of ``op``'s method."""
        parts: list[str] = []
        for p in op.params:
            if p.required:
                parts.append(f"{p.name}={_literal(self.value(p.type))}")
        body = op.body
        if body is not None and body.required:
            if body.kind == "json":
                parts.insert(len(op.params_in("path")), f"{body.param}={_literal(self.value(body.type))}")
            elif body.kind in ("multipart", "form"):
                parts += [f"{f.name}={_literal(self.value(f.type))}" for f in body.fields if f.required]
            elif body.kind == "text":
                parts.append(f'{body.param}="example"')
            else:
                parts.append(f'{body.param}=b"example"')
        return ", ".join(parts)


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


def _literal(value: Any) -> str:
    if isinstance(value, Upload | bytes):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{m.py_literal(str(k))}: {_literal(v)}" for k, v in value.items()) + "}"
    return m.py_literal(value)
