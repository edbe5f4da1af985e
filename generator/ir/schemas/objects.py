"""Object schemas → models: fields, ``allOf`` inheritance (or flattening), additionalProperties."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from generator.ir import model as m
from generator.ir.pointers import ref_site
from generator.ir.schemas.allof import Flat
from generator.ir.schemas.core import RegistryCore
from generator.ir.schemas.shapes import Schema, doc
from generator.naming import PYDANTIC_RESERVED, Namespace, member_name, pascal_case

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')  # literals name no type


class ObjectSchemas(RegistryCore):
    def _model(self, name: str, pointer: str, schema: Schema) -> m.Model:
        merged = self._flatten(schema, pointer)
        if "patternProperties" in schema:
            self._pattern_properties(pointer)
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
        return m.Model(name, pointer, fields, doc(schema), base_names, inherited, extra,
                       bool(schema.get("deprecated")))

    def _overrides_incompatibly(self, base_ref: str, base_flat: Flat, fields: tuple[m.Field, ...],
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

    def _fields(self, owner: str, pointer: str, flat: Flat) -> tuple[m.Field, ...]:
        names = Namespace(PYDANTIC_RESERVED)
        out: list[m.Field] = []
        for wire, (prop, prop_ptr) in flat.properties.items():
            py = names.claim(member_name(wire), sep="_")
            ctx = f"{owner}{pascal_case(wire, fallback='Field')}"
            t = self.type_of(prop, ctx, prop_ptr)  # before the check below: `false` is degraded
            if not isinstance(prop, Mapping):
                prop = {}
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
                    description=doc(prop),
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
