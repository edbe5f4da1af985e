"""Schemas → type references and named definitions.

:class:`SchemaRegistry` turns JSON Schema (OpenAPI 3.0 and 3.1 dialects) into :mod:`generator.ir.model`
values.  Component schemas get their names first, in document order; inline object schemas,
inline discriminated unions and inline ``allOf`` compositions are hoisted to named definitions
whose names derive from where they appear (``ChatCompletionsRequestTool``).  Everything that
cannot be expressed exactly is degraded to a typed fallback (``Any``) with a warning diagnostic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any, Literal

from generator.diagnostics import Diagnostic, Severity
from generator.ir import model as m
from generator.naming import (
    PYDANTIC_RESERVED,
    RESERVED_CLASS_NAMES,
    Namespace,
    claim_class,
    member_name,
    pascal_case,
)

Schema = Mapping[str, Any]
Resolver = Callable[[str], Any]

_PRIMS: dict[str, m.Prim] = {
    "string": m.STR,
    "integer": m.Prim("int"),
    "number": m.Prim("float"),
    "boolean": m.Prim("bool"),
    "null": m.NONE,
}
_DOC_KEYS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly",
     "externalDocs", "default", "$comment", "xml", "x-stainless-const", "nullable"}
)
_MAX_DEPTH = 200


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def ref_pointer(ref: str) -> str:
    """The pointer part of a canonical ref: ``#/components/schemas/X`` → ``/components/schemas/X``."""
    return ref.split("#", 1)[1] if "#" in ref else ""


def ref_site(ref: str) -> str:
    """Where a ref points, as used in IR pointers: the fragment for the root document, the whole
    canonical URI for other files (so pointers from two files never collide)."""
    return ref_pointer(ref) if ref.startswith("#") else ref


def ref_leaf(ref: str) -> str:
    pointer = ref_pointer(ref)
    leaf = pointer.rsplit("/", 1)[-1] if pointer else ref.rsplit("/", 1)[-1].split(".", 1)[0]
    return leaf.replace("~1", "/").replace("~0", "~")


class SchemaRegistry:
    """Builds and owns every named definition of the models package."""

    def __init__(self, resolve: Resolver, components: Mapping[str, Any]) -> None:
        self._resolve = resolve
        self.definitions: dict[str, m.Definition] = {}
        self.diagnostics: list[Diagnostic] = []
        self._names = Namespace(RESERVED_CLASS_NAMES)
        self._by_ref: dict[str, m.Named] = {}
        self._by_pointer: dict[str, m.Named] = {}
        self._null_refs: set[str] = set()  # refs to `type: null` schemas
        self._pending: list[tuple[str, str, Schema]] = []  # (name, pointer, schema) to build
        self._depth = 0
        for key, schema in components.items():
            self._register(f"#/components/schemas/{escape_pointer(key)}", key, schema)

    # ---------------------------------------------------------------- public

    def build_all(self) -> None:
        """Build every registered definition, including ones registered while building."""
        while self._pending:
            name, pointer, schema = self._pending.pop(0)
            self.definitions[name] = self._definition(name, pointer, schema)
        self._break_eager_cycles()
        self._collapse_alias_chains()

    def _collapse_alias_chains(self) -> None:
        """``A = B``, ``B = C``, … ``Y = Z``: every alias names the end of its chain directly, so
        that importing one does not import every link (1000 links overflowed the import stack)."""
        for name, d in list(self.definitions.items()):
            if not (isinstance(d, m.Alias) and isinstance(d.target, m.Named)):
                continue
            target: m.Named = d.target
            seen = {name}
            while True:
                nxt = self.definitions.get(target.name)
                if not (isinstance(nxt, m.Alias) and isinstance(nxt.target, m.Named)) or nxt.name in seen:
                    break
                seen.add(nxt.name)
                target = nxt.target
            if target is not d.target and target.name != name:
                self.definitions[name] = replace(d, target=target)

    def _break_eager_cycles(self) -> None:
        """Aliases and unions are evaluated when their module runs, so a cycle made of them only
        (``A = list[A]``, ``U = int | list[U]``, ``A = list[B]; B = dict[str, A]``) cannot be
        defined: inside such a cycle, references to its members are typed as Any."""
        from generator.ir.modules import strongly_connected

        models = sorted(n for n, d in self.definitions.items() if isinstance(d, m.Model))
        bases = {n: frozenset(b for b in self._model_def(n).bases if b in self.definitions)
                 for n in models}
        for comp in strongly_connected(models, bases):
            if len(comp) == 1 and comp[0] not in bases[comp[0]]:
                continue
            for n in comp:  # a class cannot extend itself: flatten (its fields are all there)
                d = self._model_def(n)
                self.warn(d.pointer, "inheritance-cycle",
                          f"allOf cycle among {', '.join(sorted(comp))}: {n} does not extend a base")
                self.definitions[n] = replace(d, bases=(), inherited=frozenset())

        eager = sorted(n for n, d in self.definitions.items() if isinstance(d, m.Alias | m.Union))
        edges = {n: frozenset(x for x in self.definitions[n].names() if x in eager) for n in eager}
        for comp in strongly_connected(eager, edges):
            if len(comp) == 1 and comp[0] not in edges[comp[0]]:
                continue
            members = frozenset(comp)
            for n in comp:
                u = self.definitions[n]
                self.warn(u.pointer, "degraded",
                          f"typed as Any: recursive reference among {', '.join(sorted(members))} "
                          "(aliases/unions cannot refer to themselves)")
                if isinstance(u, m.Alias):
                    self.definitions[n] = replace(u, target=_erase(u.target, members))
                elif isinstance(u, m.Union):
                    variants = tuple(replace(v, type=_erase(v.type, members)) for v in u.variants)
                    self.definitions[n] = replace(u, variants=variants)

    def named(self, ref: str) -> m.Named:
        """The definition a ``$ref`` names, registering it when first seen."""
        found = self._by_ref.get(ref)
        if found is None:
            target = self._deref(ref)
            found = self._register(ref, ref_leaf(ref), target)
        return found

    def type_of(self, schema: Any, ctx: str, pointer: str, *, binary: str = "bytes") -> m.TypeRef:
        """The type of ``schema`` found at ``pointer``; ``ctx`` names hoisted inline definitions."""
        self._depth += 1
        try:
            if self._depth > _MAX_DEPTH:
                return self._degrade(pointer, "schema nesting is too deep")
            return self._type_of(schema, ctx, pointer, binary)
        finally:
            self._depth -= 1

    def claim_name(self, wanted: str) -> str:
        return claim_class(self._names, wanted)

    def hoist(self, name: str, pointer: str, schema: Schema) -> m.Named:
        """Register an inline schema as a definition named ``name`` (made unique)."""
        cached = self._by_pointer.get(pointer)
        if cached is not None and pointer:
            return cached
        final = self.claim_name(name)
        kind = classify(schema, self._deref)
        named = self._named_for(final, kind, schema)
        self._pending.append((final, pointer, schema))
        self._by_pointer[pointer] = named
        return named

    def warn(self, pointer: str, code: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(Severity.WARNING, code, message, pointer))

    # ---------------------------------------------------------------- registration

    def _register(self, ref: str, leaf: str, schema: Any) -> m.Named:
        name = claim_class(self._names, leaf)
        if not isinstance(schema, Mapping):
            schema = {}
        kind = classify(schema, self._deref)
        named = self._named_for(name, kind, schema)
        self._by_ref[ref] = named
        if _is_null(schema):
            self._null_refs.add(ref)
        self._pending.append((name, ref_site(ref), schema))
        return named

    def _named_for(self, name: str, kind: str, schema: Schema) -> m.Named:
        if kind == "enum":
            base: Literal["str", "int"] = "int" if _enum_base(schema) == "int" else "str"
            return m.Named(name, "enum", open_enum=True, enum_base=base)
        if kind == "model":
            return m.Named(name, "model")
        if kind == "union":
            return m.Named(name, "union")
        return m.Named(name, "alias")

    def _deref(self, ref: str) -> Any:
        return self._resolve(ref)

    def _degrade(self, pointer: str, why: str) -> m.TypeRef:
        self.warn(pointer, "degraded", f"typed as Any: {why}")
        return m.ANY

    # ---------------------------------------------------------------- definitions

    def _definition(self, name: str, pointer: str, schema: Schema) -> m.Definition:
        kind = classify(schema, self._deref)
        description = _doc(schema)
        if kind == "enum":
            values, _nullable = _enum_values(schema)
            base: Literal["str", "int"] = "int" if _enum_base(schema) == "int" else "str"
            return m.Enum(name, pointer, tuple(values), base, description)
        if kind == "model":
            return self._model(name, pointer, schema)
        if kind == "union":
            return self._union(name, pointer, schema)
        target = self.type_of(_without_docs(schema), name, pointer, binary="bytes")
        if isinstance(target, m.Named) and target.name == name:
            target = self._degrade(pointer, "alias refers to itself")
        return m.Alias(name, pointer, target, description)

    def _model_def(self, name: str) -> m.Model:
        d = self.definitions[name]
        assert isinstance(d, m.Model)
        return d

    def _model(self, name: str, pointer: str, schema: Schema) -> m.Model:
        merged = self._flatten(schema, pointer)
        bases = tuple(b for b in merged.bases if self._is_model_ref(b))[:1]
        fields = self._fields(name, pointer, merged)
        inherited: frozenset[str] = frozenset()
        if bases:
            base_ref = bases[0]
            base_flat = self._flatten(self._deref(base_ref), ref_site(base_ref))
            wire_to_py = {f.wire: f.name for f in fields}
            if set(base_flat.properties) <= set(merged.properties):
                inherited = frozenset(
                    wire_to_py[wire]
                    for wire, (_prop, ptr) in base_flat.properties.items()
                    if merged.properties[wire][1] == ptr
                    and (wire in merged.required) == (wire in base_flat.required)
                )
            else:
                bases = ()  # the derived schema lost a base field: not a subtype, flatten instead
            if bases and self._overrides_incompatibly(base_ref, base_flat, fields, inherited):
                bases, inherited = (), frozenset()  # a redefined field of another type: flatten
        extra = None
        ap = merged.additional
        if isinstance(ap, Mapping) and ap:
            extra = self.type_of(ap, f"{name}Value", f"{pointer}/additionalProperties")
            if extra == m.ANY:
                extra = None
        base_names = tuple(self.named(b).name for b in bases)
        return m.Model(name, pointer, fields, _doc(schema), base_names, inherited, extra,
                       bool(schema.get("deprecated")))

    def _overrides_incompatibly(self, base_ref: str, base_flat: _Flat, fields: tuple[m.Field, ...],
                                inherited: frozenset[str]) -> bool:
        """Does the derived model redeclare a base field with another Python type? (A subclass
        narrowing ``list[dict]`` to ``list[Trip]`` would be an incompatible override.)"""
        redeclared = {f.wire: f for f in fields if f.name not in inherited and f.wire in base_flat.properties}
        if not redeclared:
            return False
        base = {f.wire: f for f in self._fields(self.named(base_ref).name, ref_site(base_ref), base_flat)}
        return any(f.annotation != base[w].annotation or f.name != base[w].name
                   for w, f in redeclared.items() if w in base)

    def _is_model_ref(self, ref: str) -> bool:
        return self.named(ref).kind == "model"

    def _fields(self, owner: str, pointer: str, flat: _Flat) -> tuple[m.Field, ...]:
        names = Namespace(PYDANTIC_RESERVED)
        out: list[m.Field] = []
        for wire, (prop, prop_ptr) in flat.properties.items():
            py = names.claim(member_name(wire), sep="_")
            if not isinstance(prop, Mapping):
                prop = {}
            ctx = f"{owner}{pascal_case(wire, fallback='Field')}"
            t = self.type_of(prop, ctx, prop_ptr)
            nullable = False
            if isinstance(t, m.Nullable):
                t, nullable = t.inner, True
            elif t == m.NONE:
                nullable = True
            out.append(
                m.Field(
                    name=py,
                    wire=wire,
                    type=t,
                    required=wire in flat.required,
                    nullable=nullable,
                    description=_doc(prop),
                    default=m.py_literal(prop["default"]) if "default" in prop else None,
                    read_only=bool(prop.get("readOnly")),
                    deprecated=bool(prop.get("deprecated")),
                )
            )
        # A field is a class attribute, so a field named like a type used in the class's own
        # annotations (`str`, `datetime`, `bytes`…) would shadow that type when pydantic
        # evaluates them: such a field gets a trailing underscore (its wire name is kept).
        used = {word for f in out for word in _IDENTIFIER.findall(_STRING.sub("", f.annotation))}
        if any(f.name in used for f in out):
            out = [replace(f, name=names.claim(f.name + "_", sep="_")) if f.name in used else f
                   for f in out]
        return tuple(out)

    def _union(self, name: str, pointer: str, schema: Schema) -> m.Union:
        key = "oneOf" if "oneOf" in schema else "anyOf"
        members = [x for x in schema.get(key) or [] if isinstance(x, Mapping)]
        variants: list[m.Variant] = []
        prop = _discriminator_property(schema)
        mapping = _discriminator_mapping(schema)
        if prop is None:
            prop = self._infer_discriminator(members)
        optional_tag: list[m.TypeRef] = []
        for i, member in enumerate(members):
            if _is_null(member):
                continue
            tags = self._variant_tags(member, prop, mapping) if prop else ()
            vname = _variant_name(name, member, i, tags, self._deref)
            t = self.type_of(member, vname, f"{pointer}/{key}/{i}")
            variants.append(m.Variant(t, tags))
            if prop and self._tag_optional(member, prop):
                optional_tag.append(t)
        discriminated = (
            prop is not None
            and len(variants) > 1
            and all(v.tags and isinstance(v.type, m.Named) for v in variants)
        )
        if prop is not None and not discriminated and _discriminator_property(schema):
            self.warn(pointer, "discriminator",
                      f"discriminator {prop!r} could not be used (a variant has no fixed tag); "
                      "parsing tries each variant in turn")
        if not discriminated:
            variants = [m.Variant(v.type) for v in variants]
        if not variants:
            variants = [m.Variant(m.ANY)]
        # a value without the tag (or with a null tag) goes to the variants whose tag is optional
        default = " | ".join(dict.fromkeys(t.py() for t in optional_tag)) if discriminated else None
        nullable = any(_is_null(x) for x in members)
        return m.Union(name, pointer, tuple(variants), prop if discriminated else None, _doc(schema),
                       default=default or None, nullable=nullable)

    def _infer_discriminator(self, members: list[Schema]) -> str | None:
        real = [x for x in members if not _is_null(x)]
        if len(real) < 2 or not all("$ref" in x or x.get("type") == "object" for x in real):
            return None
        candidates: set[str] | None = None
        for member in real:
            props = {k for k, v in self._literal_props(member).items() if v}
            candidates = props if candidates is None else candidates & props
            if not candidates:
                return None
        for prop in sorted(candidates or (), key=lambda p: (p != "type", p)):
            seen: set[str] = set()
            ok = True
            for member in real:
                tags = set(self._literal_props(member)[prop])
                if tags & seen:
                    ok = False
                    break
                seen |= tags
            if ok:
                return prop
        return None

    def _literal_props(self, member: Schema) -> dict[str, tuple[str, ...]]:
        flat = self._flatten(self._deref(member["$ref"]) if "$ref" in member else member, "")
        out: dict[str, tuple[str, ...]] = {}
        for key, (prop, _ptr) in flat.properties.items():
            if isinstance(prop, Mapping):
                out[key] = _string_literals(prop, self._deref)
        return out

    def _variant_tags(self, member: Schema, prop: str, mapping: dict[str, str]) -> tuple[str, ...]:
        if "$ref" in member:
            mapped = tuple(sorted(tag for tag, ref in mapping.items() if ref == member["$ref"]))
            if mapped:
                return mapped
        return self._tags_of(member, prop, 0)

    def _tags_of(self, member: Any, prop: str, depth: int) -> tuple[str, ...]:
        """Tag values of ``prop`` that select ``member``; a nested union contributes its members'."""
        if depth > 16 or not isinstance(member, Mapping):
            return ()
        target = self._deref(member["$ref"]) if "$ref" in member else member
        if not isinstance(target, Mapping):
            return ()
        nested = target.get("oneOf") or target.get("anyOf")
        if isinstance(nested, list) and not target.get("properties"):
            tags: list[str] = []
            for sub in nested:
                if isinstance(sub, Mapping) and not _is_null(sub):
                    sub_tags = self._tags_of(sub, prop, depth + 1)
                    if not sub_tags:
                        return ()
                    tags.extend(sub_tags)
            return tuple(dict.fromkeys(tags))
        return self._literal_props(member).get(prop, ())

    def _tag_optional(self, member: Schema, prop: str) -> bool:
        """True when ``member`` is an object whose tag property may be left out."""
        target = self._deref(member["$ref"]) if "$ref" in member else member
        if not isinstance(target, Mapping) or target.get("oneOf") or target.get("anyOf"):
            return False
        flat = self._flatten(target, "")
        return prop in flat.properties and prop not in flat.required

    # ---------------------------------------------------------------- allOf

    def _flatten(self, schema: Schema, pointer: str) -> _Flat:
        flat = _Flat()
        self._merge_into(flat, schema, pointer, depth=0, top=True)
        return flat

    def _merge_into(self, flat: _Flat, schema: Schema, pointer: str, *, depth: int, top: bool) -> None:
        if depth > 64 or not isinstance(schema, Mapping):
            return
        for i, part in enumerate(schema.get("allOf") or []):
            if not isinstance(part, Mapping):
                continue
            if "$ref" in part and top:
                flat.bases.append(part["$ref"])
            if "$ref" in part:
                target = self._deref(part["$ref"])
                self._merge_into(flat, target, ref_site(part["$ref"]), depth=depth + 1, top=False)
            else:
                self._merge_into(flat, part, f"{pointer}/allOf/{i}", depth=depth + 1, top=False)
        if "$ref" in schema and not top:
            self._merge_into(flat, self._deref(schema["$ref"]), ref_site(schema["$ref"]),
                             depth=depth + 1, top=False)
        props = schema.get("properties")
        if isinstance(props, Mapping):
            for key, prop in props.items():
                flat.properties[str(key)] = (prop, f"{pointer}/properties/{escape_pointer(str(key))}")
        required = schema.get("required")
        if isinstance(required, list):
            flat.required.update(str(r) for r in required)
        if "additionalProperties" in schema:
            flat.additional = schema["additionalProperties"]

    # ---------------------------------------------------------------- type_of

    def _type_of(self, schema: Any, ctx: str, pointer: str, binary: str) -> m.TypeRef:
        if schema is True or schema is None:
            return m.ANY
        if schema is False or not isinstance(schema, Mapping):
            return m.ANY
        nullable = bool(schema.get("nullable")) and schema.get("nullable") is True
        t = self._core_type(schema, ctx, pointer, binary)
        if nullable and not isinstance(t, m.Nullable) and t not in (m.ANY, m.NONE):
            t = m.Nullable(t)
        return t

    def _core_type(self, schema: Schema, ctx: str, pointer: str, binary: str) -> m.TypeRef:
        if "$ref" in schema:
            named = self.named(schema["$ref"])
            # a reference to a `type: null` schema is None itself (`X | None` with X = None
            # cannot be evaluated); the alias X is still defined
            return m.NONE if schema["$ref"] in self._null_refs else named
        if "const" in schema:
            value = schema["const"]
            if isinstance(value, Mapping | list):  # Literal[...] takes scalars only
                return m.ANY
            return m.NONE if value is None else m.LiteralOf((value,))
        if "enum" in schema and isinstance(schema["enum"], list):
            return self._inline_enum(schema)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                return self._inline_union(schema, key, ctx, pointer, binary)
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
            else:
                return m.ANY
        return self._simple(schema, str(types), ctx, pointer, binary)

    def _simple(self, schema: Schema, t: str, ctx: str, pointer: str, binary: str) -> m.TypeRef:
        if t == "object":
            props = schema.get("properties")
            if isinstance(props, Mapping) and props:
                return self.hoist(ctx, pointer, schema)
            ap = schema.get("additionalProperties")
            if isinstance(ap, Mapping) and ap:
                return m.MapOf(self.type_of(ap, f"{ctx}Value", f"{pointer}/additionalProperties",
                                            binary=binary))
            return m.MapOf(m.ANY)
        if t == "array":
            items = schema.get("items")
            if items is None:
                return m.ListOf(m.ANY)
            if isinstance(items, list):  # 3.0 tuple form is invalid; treat as any
                return m.ListOf(m.ANY)
            return m.ListOf(self.type_of(items, f"{ctx}Item", f"{pointer}/items", binary=binary))
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
            return self._degrade(pointer, f"unknown type {t!r}")
        return prim

    def _inline_enum(self, schema: Schema) -> m.TypeRef:
        values, nullable = _enum_values(schema)
        if not values:
            return m.NONE if nullable else m.ANY
        if any(isinstance(v, Mapping | list) for v in values):  # Literal[...] takes scalars only
            return m.ANY
        base = _enum_base(schema)
        lit = m.LiteralOf(tuple(values), open=len(values) > 1 and base in ("str", "int"), base=base)
        return m.Nullable(lit) if nullable else lit

    def _inline_union(self, schema: Schema, key: str, ctx: str, pointer: str, binary: str) -> m.TypeRef:
        members = [x for x in schema[key] if isinstance(x, Mapping)]
        nullable = any(_is_null(x) for x in members)
        real = [x for x in members if not _is_null(x)]
        extra_props = isinstance(schema.get("properties"), Mapping) and schema.get("properties")
        if extra_props:
            return self.hoist(ctx, pointer, schema)
        if len(real) > 1 and (schema.get("discriminator") or self._infer_discriminator(real)):
            t: m.TypeRef = self.hoist(ctx, pointer, {k: v for k, v in schema.items() if k != "nullable"})
        else:
            types: list[m.TypeRef] = []
            for i, member in enumerate(members):
                if _is_null(member):
                    continue
                mt = self.type_of(member, f"{ctx}{_variant_suffix(member, i)}", f"{pointer}/{key}/{i}",
                                  binary=binary)
                if isinstance(mt, m.Nullable):
                    nullable, mt = True, mt.inner
                if mt == m.NONE:
                    nullable = True
                    continue
                if mt not in types:
                    types.append(mt)
            if m.ANY in types:
                t = m.ANY
            elif not types:
                t = m.NONE
            else:
                t = types[0] if len(types) == 1 else m.UnionOf(tuple(types))
        if nullable and t not in (m.ANY, m.NONE):
            return m.Nullable(t)
        return t


class _Flat:
    """Properties, required names and bases of a schema with its ``allOf`` parts merged."""

    __slots__ = ("additional", "bases", "properties", "required")

    def __init__(self) -> None:
        self.properties: dict[str, tuple[Any, str]] = {}
        self.required: set[str] = set()
        self.bases: list[str] = []
        self.additional: Any = None


# -------------------------------------------------------------------- helpers


def classify(schema: Any, deref: Resolver) -> str:
    """The kind of definition a named schema becomes: model, enum, union or alias."""
    if not isinstance(schema, Mapping):
        return "alias"
    if "$ref" in schema:
        return "alias"
    if isinstance(schema.get("enum"), list) and schema.get("type") not in ("object", "array"):
        values, _ = _enum_values(schema)
        return "enum" if values and all(isinstance(v, str | int) for v in values) else "alias"
    has_props = isinstance(schema.get("properties"), Mapping) and bool(schema.get("properties"))
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and not has_props:
            real = [x for x in schema[key] if isinstance(x, Mapping) and not _is_null(x)]
            return "union" if len(real) > 1 else "alias"
    if isinstance(schema.get("allOf"), list):
        parts, _nullable = allof_parts(schema)
        if len(parts) == 1 and not has_props:
            return "alias"
        return "model"
    t = schema.get("type")
    if t == "object" or (t is None and has_props) or (isinstance(t, list) and "object" in t and has_props):
        if not has_props:
            return "alias"
        return "model"
    return "alias"


def allof_parts(schema: Schema) -> tuple[list[Schema], bool]:
    """The ``allOf`` parts that constrain the type, and whether a part only says "or null".

    ``allOf: [{$ref: X}, {nullable: true}]`` (and ``{}`` or doc-only parts) is X, maybe null.
    """
    parts: list[Schema] = []
    nullable = False
    for part in schema.get("allOf") or []:
        if not isinstance(part, Mapping):
            continue
        if _is_null(part) or part.get("nullable") is True:
            nullable = True
        if _is_null(part) or all(k in _DOC_KEYS for k in part):
            continue
        parts.append(part)
    return parts, nullable


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (
        schema.get("type") == "null" or ("const" in schema and schema["const"] is None and len(schema) <= 3)
        or (schema.get("enum") == [None])
    )


def _enum_values(schema: Schema) -> tuple[list[Any], bool]:
    raw = schema.get("enum") or []
    nullable = None in raw or schema.get("nullable") is True
    values: list[Any] = []
    for v in raw:
        if v is None or v in values:
            continue
        values.append(v)
    return values, nullable


def _enum_base(schema: Schema) -> Literal["str", "int", "float", "bool"]:
    values, _ = _enum_values(schema)
    if values and all(isinstance(v, bool) for v in values):
        return "bool"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "float"
    return "str"


def _string_literals(prop: Schema, deref: Resolver) -> tuple[str, ...]:
    """Fixed string values of a property (``const`` or ``enum``), following one ``$ref``."""
    if "$ref" in prop:
        target = deref(prop["$ref"])
        prop = target if isinstance(target, Mapping) else {}
    for key in ("anyOf", "oneOf"):
        branches = prop.get(key)
        if isinstance(branches, list):
            real = [b for b in branches if isinstance(b, Mapping) and not _is_null(b)]
            if len(real) == 1:
                return _string_literals(real[0], deref)
    if isinstance(prop.get("const"), str):
        return (prop["const"],)
    enum = prop.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
        return tuple(dict.fromkeys(enum))
    return ()


def _discriminator_property(schema: Schema) -> str | None:
    disc = schema.get("discriminator")
    if isinstance(disc, Mapping) and isinstance(disc.get("propertyName"), str):
        return str(disc["propertyName"])
    return None


def _discriminator_mapping(schema: Schema) -> dict[str, str]:
    disc = schema.get("discriminator")
    mapping = disc.get("mapping") if isinstance(disc, Mapping) else None
    if not isinstance(mapping, Mapping):
        return {}
    out: dict[str, str] = {}
    for tag, target in mapping.items():
        if isinstance(target, str):
            out[str(tag)] = target if target.startswith(("#", "file:")) else f"#/components/schemas/{target}"
    return out


def _variant_suffix(member: Schema, index: int) -> str:
    title = member.get("title")
    if isinstance(title, str) and title.strip():
        return pascal_case(title)
    t = member.get("type")
    if isinstance(t, str):
        return pascal_case(t) if t != "object" else f"Variant{index + 1}"
    return f"Variant{index + 1}"


def _variant_name(union: str, member: Schema, index: int, tags: tuple[str, ...], deref: Resolver) -> str:
    if "$ref" in member:
        return f"{union}{ref_leaf(member['$ref'])}"
    if tags:
        return f"{union}{pascal_case(tags[0])}"
    return f"{union}{_variant_suffix(member, index)}"


def _doc(schema: Any) -> str:
    if not isinstance(schema, Mapping):
        return ""
    text = schema.get("description") or schema.get("title") or ""
    return str(text).strip() if isinstance(text, str | int | float) else ""


def _without_docs(schema: Schema) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in ("description", "title")}


def iter_refs(node: Any) -> Iterator[str]:
    """Every ``$ref`` string below ``node`` (iterative, so deep documents cannot overflow)."""
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, Mapping):
            ref = cur.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')  # literals name no type


def _erase(t: m.TypeRef, names: frozenset[str]) -> m.TypeRef:
    """``t`` with every reference to one of ``names`` replaced by Any."""
    if not (t.names() & names):
        return t
    if isinstance(t, m.Named):
        return m.ANY
    if isinstance(t, m.ListOf):
        return replace(t, item=_erase(t.item, names))
    if isinstance(t, m.MapOf):
        return replace(t, value=_erase(t.value, names))
    if isinstance(t, m.Nullable):
        return replace(t, inner=_erase(t.inner, names))
    if isinstance(t, m.UnionOf):
        return replace(t, members=tuple(_erase(x, names) for x in t.members))
    return m.ANY
