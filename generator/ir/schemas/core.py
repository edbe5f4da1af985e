"""The state every schema kind shares: the definitions built so far, the class-name namespace,
the refs and inline pointers already named, the diagnostics, and the depth guard of ``type_of``.

Inline object schemas, inline discriminated unions and inline ``allOf`` compositions are hoisted
to named definitions, named by :mod:`generator.naming.inline` from their title or from where they
appear (``ChatCompletionsRequestTool``).  Inline schemas with the same structure
(:func:`~generator.ir.schemas.shapes.structural_key`: everything but documentation text) share
one definition, built from the first one met.

A component schema that only wraps one inline object in "or null" (``anyOf: [{type: object,
...}, {type: 'null'}]``) is that object's model, and every ``$ref`` to it is ``X | None``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from generator.codes import diagnostic
from generator.diagnostics import Diagnostic
from generator.ir import model as m
from generator.ir.pointers import escape_pointer, ref_leaf, ref_site
from generator.ir.schemas.allof import Flat, flatten
from generator.ir.schemas.shapes import (
    Resolver,
    Schema,
    Structures,
    classify,
    enum_base,
    is_null,
    nullable_object,
    structural_key,
)
from generator.naming import RESERVED_CLASS_NAMES, Namespace, claim_class
from generator.naming.inline import Site, as_site, claim_hoisted, hoisted_names, site_names

_MAX_DEPTH = 200


class RegistryCore:
    """Registration and naming of definitions; the schema kinds build on it."""

    def __init__(self, resolve: Resolver, components: Mapping[str, Any]) -> None:
        self._resolve = resolve
        self.definitions: dict[str, m.Definition] = {}
        self.diagnostics: list[Diagnostic] = []
        self._names = Namespace(RESERVED_CLASS_NAMES)
        self._by_ref: dict[str, m.Named] = {}
        self._by_pointer: dict[str, m.Named] = {}
        self._null_refs: set[str] = set()  # refs to `type: null` schemas
        self._nullable_refs: set[str] = set()  # refs to "an inline object or null" wrappers
        self._by_shape: dict[str, m.Named] = {}  # structural key → hoisted definition
        # the structures of schemas keyed so far: nested inline schemas are keyed once each (no
        # schema is changed while the IR is built, and each entry holds its schema alive)
        self._structures: Structures = {}
        self._sites: dict[str, Site] = {}  # hoisted name → the site its own inline schemas extend
        self.shared: dict[str, int] = {}  # hoisted name → inline schemas beyond the first sharing it
        self._pending: list[tuple[str, str, Schema]] = []  # (name, pointer, schema) to build
        self._depth = 0
        self._reported: set[tuple[str, str]] = set()  # (code, pointer): a base is built twice
        # $ref → its properties' fixed string values (union tags): a pure function of the
        # referenced schema, which nothing changes while the IR is built
        self._literals_by_ref: dict[str, Mapping[str, tuple[str, ...]]] = {}
        # base $ref → its fields by wire name, as a subclass compares them: built from the base
        # schema alone (every named and hoisted type they use is registered by then)
        self._base_fields: dict[str, Mapping[str, m.Field]] = {}
        for key, schema in components.items():
            self._register(f"#/components/schemas/{escape_pointer(key)}", key, schema)

    # ---------------------------------------------------------------- public

    def named(self, ref: str) -> m.Named:
        """The definition a ``$ref`` names, registering it when first seen."""
        found = self._by_ref.get(ref)
        if found is None:
            target = self._deref(ref)
            found = self._register(ref, ref_leaf(ref), target)
        return found

    def type_of(self, schema: Any, ctx: str | Site, pointer: str, *, binary: str = "bytes") -> m.TypeRef:
        """The type of ``schema`` found at ``pointer``; ``ctx`` (the site, or the plain name of
        an owner) names hoisted inline definitions."""
        self._depth += 1
        try:
            if self._depth > _MAX_DEPTH:
                return self._degrade(pointer, "schema-too-deep", "schema nesting is too deep")
            # ctx is made a Site only where a schema uses it (a hoisted or nested schema): most
            # types (a $ref, a scalar, an enum) never need the PascalCase of a one-off site name
            return self._type_of(schema, ctx, pointer, binary)
        finally:
            self._depth -= 1

    def site_of(self, name: str) -> Site:
        """The site that inline schemas inside the definition ``name`` extend."""
        return self._sites.get(name) or Site(name)

    def claim_name(self, wanted: str) -> str:
        return claim_class(self._names, wanted)

    def hoist(self, site: str | Site, pointer: str, schema: Schema) -> m.Named:
        """Register an inline schema found at ``site`` as a definition, or return the one an
        inline schema of the same structure already registered."""
        cached = self._by_pointer.get(pointer)
        if cached is not None and pointer:
            return cached
        key = structural_key(schema, self._structures)
        shared = self._by_shape.get(key)
        if shared is not None:
            self._by_pointer[pointer] = shared
            self.shared[shared.name] = self.shared.get(shared.name, 0) + 1
            return shared
        where = as_site(site)
        final = claim_hoisted(self._names, hoisted_names(where, schema.get("title")))
        # inline schemas inside it extend its site, so that shortening can drop the middle of
        # the whole path; a model named by its title starts a path of its own
        self._sites[final] = where if final in site_names(where) else Site(final)
        kind = classify(schema, self._deref)
        named = self._named_for(final, kind, schema)
        self._pending.append((final, pointer, schema))
        self._by_pointer[pointer] = named
        self._by_shape[key] = named
        return named

    def warn(self, pointer: str, code: str, message: str) -> None:
        """Report ``code`` (from :data:`generator.codes.CODES`) once per pointer."""
        if (code, pointer) not in self._reported:
            self._reported.add((code, pointer))
            self.diagnostics.append(diagnostic(code, message, pointer))

    # ---------------------------------------------------------------- for the schema kinds

    def _type_of(self, schema: Any, ctx: str | Site, pointer: str, binary: str) -> m.TypeRef:
        raise NotImplementedError  # the registry dispatches on the schema's kind

    def _deref(self, ref: str) -> Any:
        return self._resolve(ref)

    def _flatten(self, schema: Schema, pointer: str) -> Flat:
        return flatten(schema, pointer, self._deref)

    def _pattern_properties(self, pointer: str) -> None:
        self.warn(pointer, "pattern-properties",
                  "`patternProperties` ignored: values of keys matching the patterns are not typed")

    def _degrade(self, pointer: str, code: str, why: str) -> m.TypeRef:
        self.warn(pointer, code, f"typed as Any: {why}")
        return m.ANY

    # ---------------------------------------------------------------- registration

    def _register(self, ref: str, leaf: str, schema: Any) -> m.Named:
        name = claim_class(self._names, leaf)
        if not isinstance(schema, Mapping):
            schema = {}
        site = ref_site(ref)
        wrapped = nullable_object(schema, self._deref)
        if wrapped is not None:  # the object is the model; `X | None` wherever it is referenced
            self._nullable_refs.add(ref)
            branch, schema = wrapped
            site = f"{site}/{branch}"
        kind = classify(schema, self._deref)
        named = self._named_for(name, kind, schema)
        self._by_ref[ref] = named
        if is_null(schema):
            self._null_refs.add(ref)
        self._pending.append((name, site, schema))
        return named

    def _named_for(self, name: str, kind: str, schema: Schema) -> m.Named:
        if kind == "enum":
            base: Literal["str", "int"] = "int" if enum_base(schema) == "int" else "str"
            return m.Named(name, "enum", open_enum=True, enum_base=base)
        if kind == "model":
            return m.Named(name, "model")
        if kind == "union":
            return m.Named(name, "union")
        return m.Named(name, "alias")
