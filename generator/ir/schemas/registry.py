"""The schema registry: builds every named definition and dispatches a schema to its kind.

Component schemas get their names first, in document order; inline schemas that need a class are
hoisted while building, and built in turn (:meth:`SchemaRegistry.build_all`).  Everything that
cannot be expressed exactly is degraded to a typed fallback (``Any``) with a warning diagnostic.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from generator.ir import model as m
from generator.ir.schemas.cycles import break_eager_cycles, collapse_alias_chains
from generator.ir.schemas.objects import ObjectSchemas
from generator.ir.schemas.scalars import ScalarSchemas
from generator.ir.schemas.shapes import (
    Schema,
    allof_parts,
    classify,
    doc,
    enum_base,
    enum_values,
    without_docs,
)
from generator.ir.schemas.unions import UnionSchemas
from generator.naming.inline import Site, as_site


class SchemaRegistry(ObjectSchemas, UnionSchemas, ScalarSchemas):
    """Builds and owns every named definition of the models package."""

    def build_all(self) -> None:
        """Build every registered definition, including ones registered while building."""
        while self._pending:
            name, pointer, schema = self._pending.pop(0)
            self.definitions[name] = self._definition(name, pointer, schema)
        break_eager_cycles(self.definitions, self.warn)
        collapse_alias_chains(self.definitions)

    def _definition(self, name: str, pointer: str, schema: Schema) -> m.Definition:
        kind = classify(schema, self._deref)
        description = doc(schema)
        if kind == "enum":
            values, _nullable = enum_values(schema)
            base: Literal["str", "int"] = "int" if enum_base(schema) == "int" else "str"
            return m.Enum(name, pointer, tuple(values), base, description)
        if kind == "model":
            return self._model(name, pointer, schema)
        if kind == "union":
            return self._union(name, pointer, schema)
        target = self.type_of(without_docs(schema), self.site_of(name), pointer, binary="bytes")
        if isinstance(target, m.Named) and target.name == name:
            target = self._degrade(pointer, "recursive-alias", "alias refers to itself")
        return m.Alias(name, pointer, target, description)

    # ---------------------------------------------------------------- type_of

    def _type_of(self, schema: Any, ctx: str | Site, pointer: str, binary: str) -> m.TypeRef:
        if schema is True or schema is None:
            return m.ANY
        if schema is False:
            return self._degrade(pointer, "false-schema", "the `false` schema allows no value")
        if not (type(schema) is dict or isinstance(schema, Mapping)):  # dict first: the ABC check is slow
            return m.ANY
        nullable = bool(schema.get("nullable")) and schema.get("nullable") is True
        t = self._core_type(schema, ctx, pointer, binary)
        if nullable and not isinstance(t, m.Nullable) and t not in (m.ANY, m.NONE):
            t = m.Nullable(t)
        return t

    def _core_type(self, schema: Schema, ctx: str | Site, pointer: str, binary: str) -> m.TypeRef:
        if "$ref" in schema:
            named = self.named(schema["$ref"])
            # a reference to a `type: null` schema is None itself (`X | None` with X = None
            # cannot be evaluated); the alias X is still defined
            if schema["$ref"] in self._null_refs:
                return m.NONE
            return m.Nullable(named) if schema["$ref"] in self._nullable_refs else named
        if "const" in schema:
            return self._const(schema, pointer)
        if "enum" in schema and isinstance(schema["enum"], list):
            return self._inline_enum(schema, pointer)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                return self._inline_union(schema, key, as_site(ctx), pointer, binary)
        if isinstance(schema.get("allOf"), list):
            parts, nullable = allof_parts(schema)
            if len(parts) == 1 and not schema.get("properties"):
                index = schema["allOf"].index(parts[0])
                t = self.type_of(parts[0], ctx, f"{pointer}/allOf/{index}", binary=binary)
                return m.Nullable(t) if nullable and not isinstance(t, m.Nullable) and t != m.ANY else t
            return self.hoist(ctx, pointer, schema)
        types = schema.get("type")
        if isinstance(types, list):
            real = [t for t in types if t != "null"]
            members = [self._simple(schema, str(t), ctx, pointer, binary) for t in real]
            core: m.TypeRef = members[0] if len(members) == 1 else (
                m.UnionOf(tuple(members)) if members else m.NONE)
            return m.Nullable(core) if "null" in types and core != m.NONE else core
        if types is None:
            if "properties" in schema:
                types = "object"
            elif "items" in schema:
                types = "array"
            elif "not" in schema:
                return self._degrade(pointer, "not-schema", "`not` is not supported")
            else:
                if "patternProperties" in schema:
                    self._pattern_properties(pointer)
                return m.ANY
        return self._simple(schema, str(types), ctx, pointer, binary)

    def _simple(self, schema: Schema, t: str, ctx: str | Site, pointer: str, binary: str) -> m.TypeRef:
        if t == "object":
            props = schema.get("properties")
            if isinstance(props, Mapping) and props:
                return self.hoist(ctx, pointer, schema)
            if "patternProperties" in schema:
                self._pattern_properties(pointer)
            ap = schema.get("additionalProperties")
            if isinstance(ap, Mapping) and ap:
                return m.MapOf(self.type_of(ap, as_site(ctx).value(), f"{pointer}/additionalProperties",
                                            binary=binary))
            return m.MapOf(m.ANY)
        if t == "array":
            items = schema.get("items")
            if isinstance(items, list) or (items is None and "prefixItems" in schema):
                self.warn(pointer, "tuple-items", "tuple array typed as list[Any]")
                return m.ListOf(m.ANY)
            if items is None:
                return m.ListOf(m.ANY)
            return m.ListOf(self.type_of(items, as_site(ctx).item(), f"{pointer}/items", binary=binary))
        return self._scalar(schema, t, pointer, binary)
