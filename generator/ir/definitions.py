"""Definitions of the models package: models and their fields, enums, unions, aliases, modules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.ir.typerefs import JsonScalar, LiteralOf, TypeRef

CONSTRAINT_RULES = (
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
    "minLength", "maxLength", "pattern", "minItems", "maxItems", "enum",
)
"""The JSON Schema keywords a request is checked against, in the order they are checked."""


@dataclass(frozen=True, slots=True)
class Constraint:
    """One rule of the spec on a field's value: ``rule`` is a JSON Schema keyword of
    :data:`CONSTRAINT_RULES` (exclusive bounds always in the 3.1 numeric form), ``value`` its
    operand; ``depth`` 0 is the value itself, 1 each item of an array, 2 each item of those."""

    rule: str
    # ``enum``: the values a parameter typed as an open enum (``Literal[...] | str``) may take
    value: int | float | str | tuple[JsonScalar, ...]
    depth: int = 0


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # Python attribute
    wire: str  # JSON property name
    type: TypeRef  # without the "| None" added for optional fields
    required: bool
    nullable: bool
    description: str = ""
    default: str | None = None  # a Python literal for a spec default, for docs only
    read_only: bool = False
    deprecated: bool = False
    example: str | None = None  # a Python literal for a scalar spec example, for docs only
    constraints: tuple[Constraint, ...] = ()  # checked on requests only

    @property
    def annotation(self) -> str:
        t = self.type.py()
        optional = self.nullable or not self.required
        if optional and not t.endswith("| None") and t not in ("None", "Any"):
            t = f"{t} | None"
        return t

    @property
    def needs_alias(self) -> bool:
        return self.name != self.wire


@dataclass(frozen=True, slots=True)
class Model:
    name: str
    pointer: str
    fields: tuple[Field, ...]
    description: str = ""
    bases: tuple[str, ...] = ()  # other models this one extends (allOf of a single $ref)
    inherited: frozenset[str] = frozenset()  # field names that a base defines identically
    extra: TypeRef | None = None  # additionalProperties type, when typed
    deprecated: bool = False
    kind: Literal["model"] = "model"

    def names(self) -> frozenset[str]:
        out: set[str] = set(self.bases)
        for f in self.fields:
            out |= f.type.names()
        if self.extra is not None:
            out |= self.extra.names()
        return frozenset(out)

    @property
    def own_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.name not in self.inherited)


@dataclass(frozen=True, slots=True)
class Enum:
    name: str
    pointer: str
    values: tuple[JsonScalar, ...]
    base: Literal["str", "int"] = "str"
    description: str = ""
    kind: Literal["enum"] = "enum"

    def names(self) -> frozenset[str]:
        return frozenset()

    @property
    def literal(self) -> str:
        return LiteralOf(self.values).py()


@dataclass(frozen=True, slots=True)
class Variant:
    type: TypeRef
    tags: tuple[str, ...] = ()  # discriminator values selecting this variant


@dataclass(frozen=True, slots=True)
class Union:
    name: str
    pointer: str
    variants: tuple[Variant, ...]
    discriminator: str | None = None  # wire name of the tag property, when every variant has tags
    description: str = ""
    default: str | None = None  # the choice (annotation) for a value whose tag is missing or null
    nullable: bool = False  # the schema also allows null
    kind: Literal["union"] = "union"

    def names(self) -> frozenset[str]:
        return frozenset().union(*(v.type.names() for v in self.variants))

    @property
    def tag_groups(self) -> dict[str, tuple[TypeRef, ...]]:
        """Tag value → the variants it selects (more than one when the spec reuses a tag)."""
        out: dict[str, list[TypeRef]] = {}
        for v in self.variants:
            for t in v.tags:
                out.setdefault(t, [])
                if v.type not in out[t]:
                    out[t].append(v.type)
        return {t: tuple(types) for t, types in out.items()}

    @property
    def choices(self) -> tuple[tuple[str, str], ...]:
        """``(label, annotation)`` per choice of the tagged union; a reused tag selects a plain
        union of its variants (parsed by trying each), every other tag exactly one model."""
        seen: dict[str, str] = {}
        for types in self.tag_groups.values():
            ann = " | ".join(t.py() for t in types)
            seen.setdefault(ann, ann)
        if self.default is not None:
            seen.setdefault(self.default, self.default)
        return tuple((label, ann) for label, ann in seen.items())

    @property
    def tag_map(self) -> dict[str, str]:
        return {t: " | ".join(x.py() for x in types) for t, types in self.tag_groups.items()}


@dataclass(frozen=True, slots=True)
class Alias:
    name: str
    pointer: str
    target: TypeRef
    description: str = ""
    kind: Literal["alias"] = "alias"

    def names(self) -> frozenset[str]:
        return self.target.names()


Definition = Model | Enum | Union | Alias


@dataclass(frozen=True, slots=True)
class Module:
    """A module of the models package; definitions that reference each other in a cycle share one."""

    name: str
    definitions: tuple[Definition, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]  # (module, names) from sibling modules
    needs_rebuild: bool = False
