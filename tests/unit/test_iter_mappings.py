"""generator.loader.refs.iter_mappings: the inlined walk visits what the plain rules say, in order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import SpecError
from generator.loader.read import MAX_DEPTH, check_shape, read_source
from generator.loader.refs import DATA_KEYS, Parts, iter_mappings

REPO = Path(__file__).resolve().parents[2]


def _is_data(parts: Parts, key: str, value: Any) -> bool:
    """Whether ``key: value`` under ``parts`` is data: the rules, one by one, as first written."""
    in_properties = bool(parts) and parts[-1] == "properties"
    if key == "default" and parts and parts[-1] == "responses":  # the default response, not data
        return False
    if key in DATA_KEYS and not in_properties:
        return True
    if key.startswith("x-") and not in_properties:  # extensions are opaque data (x-ms-examples...)
        return True
    if key == "examples" and isinstance(value, list):  # JSON Schema examples: values
        return True
    return key == "value" and len(parts) >= 2 and parts[-2] == "examples" and parts[-1] != "properties"


def plain_walk(data: Any) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """The walk as first written: every child asked through _is_data."""
    stack: list[tuple[Parts, Any]] = [((), data)]
    entered: set[int] = set()
    while stack:
        parts, node = stack.pop()
        if id(node) in entered:
            continue
        entered.add(id(node))
        if isinstance(node, dict):
            yield parts, node
            items: Any = ((str(k), v) for k, v in node.items() if not _is_data(parts, str(k), v))
        else:
            items = ((str(i), v) for i, v in enumerate(node))
        stack.extend(reversed([((*parts, k), v) for k, v in items if isinstance(v, (dict, list))]))


def visited(walk: Iterator[tuple[Parts, dict[str, Any]]]) -> list[tuple[Parts, int]]:
    return [(parts, id(node)) for parts, node in walk]


TRICKY: dict[Any, Any] = {
    "paths": {"/a": {"get": {"responses": {"default": {"content": {}}, "200": {"x-y": {"q": {}}}}}}},
    "components": {"schemas": {"S": {
        "default": {"not": "visited"}, "enum": [{}], "const": {}, "example": {"a": {}},
        "examples": [{"b": {}}], "x-ext": {"c": {}},
        "properties": {"default": {"type": "object"}, "enum": {}, "x-p": {"d": {}},
                       "examples": [{"e": {}}], "value": {}},
    }}, "examples": {"E": {"value": {"f": {}}, "summary": "s"}}},
    1: {"int key": {}},
    "list": [{"g": {}}, [{"h": {}}], 3],
}
TRICKY["shared"] = TRICKY["components"]  # visited once, as a YAML alias would be


def test_inlined_rules_match_the_plain_ones_on_a_tricky_document() -> None:
    got = visited(iter_mappings(TRICKY))
    assert got == visited(plain_walk(TRICKY))
    paths = {p for p, _ in got}
    assert ("paths", "/a", "get", "responses", "default") in paths  # the default response
    assert ("components", "schemas", "S", "properties", "default") in paths  # a property named so
    assert ("components", "schemas", "S", "default") not in paths  # a default value: data
    assert ("components", "examples", "E", "value") not in paths
    assert ("1", "int key") in paths


def test_inlined_rules_match_the_plain_ones_on_the_fixtures() -> None:
    checked = json_files = 0
    for path in sorted((REPO / "tests" / "fixtures").rglob("*")):
        if path.suffix not in (".yaml", ".yml", ".json"):
            continue
        try:
            src = read_source(path.resolve())
        except SpecError:
            continue
        data = src.data
        assert visited(iter_mappings(data)) == visited(plain_walk(data)), path
        if src.json_only():  # a tree: the walk that does not track shared containers agrees
            assert visited(iter_mappings(data, may_share=False)) == visited(plain_walk(data)), path
            json_files += 1
        checked += 1
    assert checked > 20 and json_files > 0


def chain(levels: int) -> Any:
    root: Any = {}
    node = root
    for _ in range(levels):
        node["a"] = [{}]
        node = node["a"][0]
    return root


@pytest.mark.parametrize("may_share", [True, False])  # YAML / JSON data
def test_check_shape_refuses_one_level_too_deep(tmp_path: Path, may_share: bool) -> None:
    check_shape(chain(MAX_DEPTH // 2), tmp_path / "x.yaml", may_share=may_share)  # {} at MAX_DEPTH
    wide = {"short": [1, {}], "long": [chain(MAX_DEPTH // 2)]}  # one branch one level too deep
    with pytest.raises(SpecError) as info:
        check_shape(wide, tmp_path / "x.yaml", may_share=may_share)
    assert info.value.diagnostics[0].code == "nesting-too-deep"
