"""``allOf`` flattening: the properties, required names and bases of a schema with its parts merged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir.pointers import escape_pointer, ref_site
from generator.ir.schemas.shapes import Resolver, Schema


class Flat:
    """Properties, required names and bases of a schema with its ``allOf`` parts merged."""

    __slots__ = ("additional", "bases", "properties", "required")

    def __init__(self) -> None:
        self.properties: dict[str, tuple[Any, str]] = {}  # wire name → (schema, pointer)
        self.required: set[str] = set()
        self.bases: list[str] = []  # refs of the top-level allOf parts
        self.additional: Any = None  # the last additionalProperties seen


def flatten(schema: Schema, pointer: str, deref: Resolver) -> Flat:
    flat = Flat()
    _merge_into(flat, schema, pointer, deref, depth=0, top=True)
    return flat


def _merge_into(flat: Flat, schema: Schema, pointer: str, deref: Resolver, *, depth: int, top: bool) -> None:
    if depth > 64 or not isinstance(schema, Mapping):
        return
    for i, part in enumerate(schema.get("allOf") or []):
        if not isinstance(part, Mapping):
            continue
        if "$ref" in part and top:
            flat.bases.append(part["$ref"])
        if "$ref" in part:
            target = deref(part["$ref"])
            _merge_into(flat, target, ref_site(part["$ref"]), deref, depth=depth + 1, top=False)
        else:
            _merge_into(flat, part, f"{pointer}/allOf/{i}", deref, depth=depth + 1, top=False)
    if "$ref" in schema and not top:
        _merge_into(flat, deref(schema["$ref"]), ref_site(schema["$ref"]), deref,
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
