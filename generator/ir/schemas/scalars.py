"""Scalars: primitive types, string formats, ``const`` and inline ``enum`` (as ``Literal``)."""

from __future__ import annotations

from collections.abc import Mapping

from generator.ir import model as m
from generator.ir.schemas.core import RegistryCore
from generator.ir.schemas.shapes import Schema, enum_base, enum_values, float_literals

FLOAT = m.Prim("float")
_PRIMS: dict[str, m.Prim] = {
    "string": m.STR,
    "integer": m.Prim("int"),
    "number": FLOAT,
    "boolean": m.Prim("bool"),
    "null": m.NONE,
}


class ScalarSchemas(RegistryCore):
    def _const(self, schema: Schema, pointer: str) -> m.TypeRef:
        value = schema["const"]
        if isinstance(value, Mapping | list):  # Literal[...] takes scalars only
            return self._degrade(pointer, "const-not-literal", "`const` is an object or array")
        if float_literals(schema):
            self.warn(pointer, "float-literal", f"const {value!r} is typed float")
            return FLOAT
        return m.NONE if value is None else m.LiteralOf((value,))

    def _inline_enum(self, schema: Schema, pointer: str) -> m.TypeRef:
        values, nullable = enum_values(schema)
        if not values:
            return m.NONE if nullable else m.ANY
        if all(type(v) is str for v in values):  # the usual case: none of the checks below apply
            lit = m.LiteralOf(tuple(values), open=len(values) > 1, base="str")
            return m.Nullable(lit) if nullable else lit
        if any(isinstance(v, Mapping | list) for v in values):  # Literal[...] takes scalars only
            return self._degrade(pointer, "enum-not-literal", "`enum` has object or array values")
        if float_literals(schema):
            shown = ", ".join(repr(v) for v in values)
            self.warn(pointer, "float-literal", f"enum [{shown}] is typed float")
            return m.Nullable(FLOAT) if nullable else FLOAT
        if any(isinstance(v, float) for v in values):
            return self._degrade(pointer, "enum-not-literal", "`enum` mixes non-integer numbers with "
                                 "other kinds of value")
        base = enum_base(schema)
        lit = m.LiteralOf(tuple(values), open=len(values) > 1 and base in ("str", "int"), base=base)
        return m.Nullable(lit) if nullable else lit

    def _scalar(self, schema: Schema, t: str, pointer: str, binary: str) -> m.TypeRef:
        """A ``type`` other than object and array; strings by ``format``."""
        if t == "string":
            fmt = schema.get("format")
            if fmt == "binary":
                return m.Prim("FileTypes") if binary == "file" else m.Prim("bytes")
            if fmt == "date-time":
                return m.Prim("datetime.datetime")
            if fmt == "date":
                return m.Prim("datetime.date")
            return m.STR
        prim = _PRIMS.get(t)
        if prim is None:
            return self._degrade(pointer, "unknown-type", f"unknown type {t!r}")
        return prim
