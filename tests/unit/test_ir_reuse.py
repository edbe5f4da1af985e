"""What the IR builder computes once and reuses within a build (resolved refs, structural keys,
a base model's fields, name conversions) gives the same answers as computing it each time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.ir import model as m
from generator.ir.resolving import remembering
from generator.ir.schemas.shapes import Structures, enum_values, structural_key
from generator.naming import pascal_case, snake_case, words
from tests.unit.test_ir import defs, fields, make_api


def test_a_ref_is_resolved_once_and_a_failing_ref_every_time() -> None:
    calls: list[str] = []
    nodes = {"#/a": {"type": "string"}}

    def resolve(ref: str) -> Any:
        calls.append(ref)
        if ref not in nodes:
            raise LookupError(ref)
        return nodes[ref]

    once = remembering(resolve)
    assert once("#/a") is nodes["#/a"]
    assert once("#/a") is nodes["#/a"]
    for _ in range(2):
        with pytest.raises(LookupError):
            once("#/missing")
    assert calls == ["#/a", "#/missing", "#/missing"]
    # a resolver made for another build starts empty
    remembering(resolve)("#/a")
    assert calls[-1] == "#/a" and len(calls) == 4


def test_structural_keys_with_remembered_structures_match_fresh_ones() -> None:
    inner = {"type": "object", "description": "doc", "properties": {"x": {"type": "integer"}}}
    outer = {"type": "object", "properties": {"a": inner, "b": {"type": "array", "items": inner}}}
    structures: Structures = {}
    inner_key = structural_key(inner, structures)
    assert structural_key(outer, structures) == structural_key(outer)
    assert structural_key(inner, structures) == inner_key == structural_key(inner)
    # a schema of another shape never takes a remembered key
    other = {"type": "object", "properties": {"x": {"type": "string"}}}
    assert structural_key(other, structures) != inner_key
    assert structural_key({**inner, "description": "other doc"}, structures) == inner_key


def test_enum_values_keep_first_occurrences_with_or_without_hashable_values() -> None:
    assert enum_values({"enum": ["b", "a", "b", None, "a"]}) == (["b", "a"], True)
    assert enum_values({"enum": [1, True, 1.0, 2]}) == ([1, 2], False)  # equal values: the first
    objects = {"enum": [{"k": 1}, [1], {"k": 1}, "x", [1]], "nullable": True}
    assert enum_values(objects) == ([{"k": 1}, [1], "x"], True)


def test_name_conversions_are_unchanged_by_reuse() -> None:
    first = words("chatCompletion.chunk")
    first.append("mutated")  # a caller's list is its own
    assert words("chatCompletion.chunk") == ["chat", "Completion", "chunk"]
    assert [snake_case("class"), snake_case("class")] == ["class_", "class_"]
    assert pascal_case("", fallback="Model") == "Model"
    assert pascal_case("", fallback="Field") == "Field"  # the fallback is part of the question
    assert snake_case("9lives", fallback="param") == "param_9lives"
    assert snake_case("9lives", fallback="field") == "field_9lives"


def test_each_subclass_of_one_base_is_checked_against_the_base_on_its_own(tmp_path: Path) -> None:
    """The base's fields are built once; a subclass that redeclares a field with another type
    is flattened, while its siblings still extend the base."""
    base = {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object"}},
                                             "id": {"type": "string"}}}
    api = make_api(tmp_path, {
        "Base": base,
        "Trip": {"type": "object", "properties": {"to": {"type": "string"}}},
        "Narrowing": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Trip"}}}}]},
        "Same": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {
            "id": {"type": "string", "description": "the same type, documented again"}}}]},
        "Adding": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {
            "extra": {"type": "integer"}}}]},
        "NarrowingToo": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Trip"}}}}]},
    })
    d = defs(api)
    bases = {n: d[n].bases for n in ("Narrowing", "Same", "Adding", "NarrowingToo")
             if isinstance(d[n], m.Model)}
    assert bases == {"Narrowing": (), "Same": ("Base",), "Adding": ("Base",), "NarrowingToo": ()}
    assert fields(d["Narrowing"])["items"].annotation == "list[Trip] | None"
    assert fields(d["Adding"])["extra"].annotation == "int | None"
