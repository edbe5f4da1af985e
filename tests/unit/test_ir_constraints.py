"""Constraints in the IR: a field's bounds, lengths, patterns and array sizes as plain data, in
the 3.0 (boolean) and 3.1 (numeric) forms of exclusive bounds, through $ref, nullable anyOf,
allOf and array items; a pattern Python cannot compile is reported and left out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator import pipeline
from generator.config import adhoc_target, load_targets
from generator.ir import model as m
from tests.unit.test_ir import defs, fields, make_api

REPO = Path(__file__).resolve().parents[2]
C = m.Constraint


def _rules(api: m.Api, model: str) -> dict[str, tuple[m.Constraint, ...]]:
    return {wire: f.constraints for wire, f in fields(defs(api)[model]).items()}


def test_every_rule_in_the_31_form(tmp_path: Path) -> None:
    schemas = {
        "Percent": {"type": "number", "minimum": 0, "maximum": 100},
        "Req": {"type": "object", "properties": {
            "t": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "multipleOf": 0.5},
            "s": {"type": "string", "minLength": 1, "maxLength": 5, "pattern": "^[a-z]+$"},
            "a": {"type": "array", "minItems": 1, "maxItems": 3,
                  "items": {"type": "array", "items": {"type": "integer", "minimum": 0}}},
            "ref": {"$ref": "#/components/schemas/Percent"},
            "nullable": {"anyOf": [{"$ref": "#/components/schemas/Percent"}, {"type": "null"}]},
            "wrapped": {"allOf": [{"$ref": "#/components/schemas/Percent"}], "maximum": 50},
            "plain": {"type": "string"},
        }},
    }
    rules = _rules(make_api(tmp_path, schemas), "Req")
    assert rules == {
        "t": (C("exclusiveMinimum", 0), C("exclusiveMaximum", 1), C("multipleOf", 0.5)),
        "s": (C("minLength", 1), C("maxLength", 5), C("pattern", "^[a-z]+$")),
        "a": (C("minItems", 1), C("maxItems", 3), C("minimum", 0, 2)),
        "ref": (C("minimum", 0), C("maximum", 100)),
        "nullable": (C("minimum", 0), C("maximum", 100)),
        "wrapped": (C("minimum", 0), C("maximum", 50)),  # the property's own rule wins
        "plain": (),
    }


def test_a_union_of_distinct_kinds_keeps_each_kinds_rules(tmp_path: Path) -> None:
    schemas = {"Req": {"type": "object", "properties": {
        "auto_or_positive": {"oneOf": [{"type": "string", "enum": ["auto"]},
                                       {"type": "number", "exclusiveMinimum": 0, "maximum": 2}]},
        "text_or_list": {"anyOf": [{"type": "string", "maxLength": 3},
                                   {"type": "array", "maxItems": 2,
                                    "items": {"type": "string", "maxLength": 4}}]},
        "two_strings": {"anyOf": [{"type": "string", "maxLength": 3},
                                  {"type": "string", "pattern": "^x"}]},
        "untyped_branch": {"anyOf": [{"maxLength": 3}, {"type": "number", "minimum": 1}]},
    }}}
    rules = _rules(make_api(tmp_path, schemas), "Req")
    assert rules["auto_or_positive"] == (C("maximum", 2), C("exclusiveMinimum", 0))
    assert rules["text_or_list"] == (C("maxLength", 3), C("maxItems", 2), C("maxLength", 4, 1))
    assert rules["two_strings"] == ()  # a string may match either branch: neither rule holds
    assert rules["untyped_branch"] == ()


def test_boolean_exclusive_bounds_of_30(tmp_path: Path) -> None:
    schemas = {"Req": {"type": "object", "properties": {
        "x": {"type": "number", "minimum": 0, "exclusiveMinimum": True,
              "maximum": 2, "exclusiveMaximum": False},
    }}}
    rules = _rules(make_api(tmp_path, schemas, version="3.0.3"), "Req")
    assert rules["x"] == (C("maximum", 2), C("exclusiveMinimum", 0))


def test_an_uncompilable_pattern_is_left_out_and_reported(tmp_path: Path) -> None:
    spec = REPO / "tests" / "fixtures" / "specs" / "unsupported" / "pattern-unsupported.yaml"
    _loaded, api, diagnostics = pipeline.build(adhoc_target(spec, "pkg", tmp_path / "out"))
    rules = _rules(api, "Thing")
    assert rules["name"] == (C("maxLength", 10),)  # the other rules of the field stay
    assert rules["code"] == (C("pattern", "^[A-Z]{3}$"),)
    assert [d.code for d in diagnostics if d.code == "pattern-unsupported"] == ["pattern-unsupported"]


def _spec_rules(node: Any, parent: str | None = None) -> int:
    if isinstance(node, dict):
        own = sum(1 for k, v in node.items() if k in m.CONSTRAINT_RULES and parent != "properties"
                  and not isinstance(v, bool | dict | list))
        return own + sum(_spec_rules(v, k) for k, v in node.items())
    if isinstance(node, list):
        return sum(_spec_rules(v) for v in node)
    return 0


def test_every_schema_constraint_of_the_gateway_spec_reaches_the_ir() -> None:
    target = load_targets(REPO / "pyproject.toml")["gateway"]
    document = yaml.safe_load(Path(target.spec).read_text(encoding="utf-8"))
    _loaded, api, _diagnostics = pipeline.build(target)
    in_ir = sum(len(f.constraints) for d in api.definitions if isinstance(d, m.Model)
                for f in d.own_fields)
    # 36 in the spec: 33 on schema properties, 3 on the query parameters of GET /models
    assert _spec_rules(document) == 36
    assert _spec_rules(document["components"]) == in_ir == 33


def test_parameters_and_form_fields_carry_their_rules(tmp_path: Path) -> None:
    schemas = {"Limit": {"type": "integer", "minimum": 1, "maximum": 100}}
    ok = {"200": {"description": "ok"}}
    paths = {"/items/{id}": {"post": {
        "operationId": "put_item",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^it-"}},
            {"name": "limit", "in": "query", "schema": {"$ref": "#/components/schemas/Limit"}},
            {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
            {"name": "plain", "in": "query", "schema": {"type": "string"}},
        ],
        "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {
            "note": {"type": "string", "maxLength": 4},
            "kinds": {"type": "array", "maxItems": 2, "items": {"type": "string", "enum": ["a", "b"]}},
            "file": {"type": "string", "format": "binary"},
        }}}}},
        "responses": ok,
    }}}
    op = make_api(tmp_path, schemas, paths).operations[0]
    assert {p.wire: p.constraints for p in op.params} == {
        "id": (C("pattern", "^it-"),),
        "limit": (C("minimum", 1), C("maximum", 100)),
        "order": (C("enum", ("asc", "desc")),),  # an open enum: the type lets any str through
        "plain": (),
    }
    assert op.body is not None
    assert {f.wire: f.constraints for f in op.body.fields} == {
        "note": (C("maxLength", 4),),
        "kinds": (C("maxItems", 2), C("enum", ("a", "b"), 1)),
        "file": (),
    }
