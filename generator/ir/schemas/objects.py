"""Object schemas → models: fields, ``allOf`` inheritance (or flattening), additionalProperties."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import replace

from generator.ir import model as m
from generator.ir.pointers import ref_site
from generator.ir.schemas.allof import Flat
from generator.ir.schemas.constraints import constraints_of
from generator.ir.schemas.core import RegistryCore
from generator.ir.schemas.shapes import Schema, doc, field_docs
from generator.naming import PYDANTIC_RESERVED, Namespace, member_name

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
            extra = self.type_of(ap, self.site_of(name).value(), f"{pointer}/additionalProperties")
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
        base = self._base_fields.get(base_ref)
        if base is None:  # once per base, not once per subclass (Graph: 1,626 subclasses of a few bases)
            base_fields = self._fields(self.named(base_ref).name, ref_site(base_ref), base_flat)
            base = self._base_fields[base_ref] = {f.wire: f for f in base_fields}
        return any(f.annotation != base[w].annotation or f.name != base[w].name
                   for w, f in redeclared.items() if w in base)

    def _is_model_ref(self, ref: str) -> bool:
        return self.named(ref).kind == "model"

    def _fields(self, owner: str, pointer: str, flat: Flat) -> tuple[m.Field, ...]:
        names = Namespace(PYDANTIC_RESERVED)
        out: list[m.Field] = []
        for wire, (prop, prop_ptr) in flat.properties.items():
            py = names.claim(member_name(wire), sep="_")
            t = self.type_of(prop, self.site_of(owner).prop(wire), prop_ptr)  # before the check below: `false` is degraded
            if not isinstance(prop, Mapping):
                prop = {}
            docs = field_docs(prop)  # a nullable anyOf's branches document the field too
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
                    description=doc({**prop, **docs}),
                    default=m.py_literal(docs["default"]) if "default" in docs else None,
                    read_only=bool(prop.get("readOnly")),
                    deprecated=bool(docs.get("deprecated")),
                    example=_example(docs),
                    constraints=self._constraints(prop, prop_ptr),
                )
            )
        # A field is a class attribute, so a field named like a type used in the class's own
        # annotations (`str`, `datetime`, `bytes`…) would shadow that type when pydantic
        # evaluates them: such a field gets a trailing underscore (its wire name is kept).
        used = set().union(*(_annotation_names(f.annotation) for f in out))
        if any(f.name in used for f in out):
            out = [replace(f, name=names.claim(f.name + "_", sep="_")) if f.name in used else f
                   for f in out]
        return tuple(out)


    def _constraints(self, prop: Mapping[str, object], pointer: str) -> tuple[m.Constraint, ...]:
        def bad_pattern(pattern: str, reason: str) -> None:
            self.warn(pointer, "pattern-unsupported",
                      f"`pattern` {pattern!r} is not checked: Python's `re` cannot compile it ({reason})")

        return constraints_of(prop, self._deref, bad_pattern)


@functools.lru_cache(maxsize=4096)
def _annotation_names(annotation: str) -> frozenset[str]:
    """The identifiers an annotation uses, its string literals left out.  Memoised: a pure
    function of the text, and most fields share a handful of annotations (``str | None``)."""
    return frozenset(_IDENTIFIER.findall(_STRING.sub("", annotation)))


def _example(docs: Mapping[str, object]) -> str | None:
    """A scalar example as a Python literal (``example``, else the first of ``examples``);
    objects and arrays are left to the model's own example."""
    value = docs.get("example")
    if value is None and isinstance(docs.get("examples"), list) and docs["examples"]:
        value = docs["examples"][0]  # type: ignore[index]
    if isinstance(value, str | int | float | bool) and not (isinstance(value, str) and "\n" in value):
        return m.py_literal(value)
    return None
