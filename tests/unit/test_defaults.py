"""generator.loader.defaults: "surely valid" only where every validator agrees; else defer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema_rs as rs
import pytest
from openapi_schema_validator import (
    OAS30Validator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)

from generator.loader import fastvalidate
from generator.loader.compiled import value_formats
from generator.loader.defaults import surely_valid
from generator.loader.fastvalidate import validate_fast
from generator.loader.read import read_source
from generator.loader.refs import load_documents

# (schema, default, v31, what surely_valid must answer)
CASES: list[tuple[dict[str, Any], Any, bool, bool]] = [
    ({"type": "integer"}, 5, False, True),
    ({"type": "integer"}, True, False, False),  # bool is not an integer in JSON Schema
    ({"type": "integer"}, True, True, False),
    ({"type": "integer"}, 1.0, True, False),  # an integer from draft 6 on, not in 3.0's draft 4: defer
    ({"type": "number"}, False, True, False),
    ({"type": "number", "minimum": 1, "maximum": 10}, 1, False, True),
    ({"type": "number", "minimum": 1}, 0.5, False, False),
    ({"type": "integer", "exclusiveMinimum": 1}, 1, True, False),
    ({"type": "integer", "exclusiveMinimum": 1}, 2, True, True),
    ({"type": "integer", "minimum": 1, "exclusiveMinimum": True}, 2, False, False),  # 3.0 form: defer
    ({"type": "integer", "exclusiveMinimum": 1}, 2, False, False),  # 3.1 form in 3.0: defer
    ({"enum": [1, 2]}, 1, True, True),
    ({"enum": [1, 2]}, 1.0, True, False),  # 1 == 1.0 in JSON, but that is the validators' call
    ({"enum": [1, 2]}, True, True, False),  # True == 1 in Python, never in JSON
    ({"enum": [0, 2]}, False, True, False),
    ({"enum": [True]}, 1, True, False),
    ({"type": "string", "enum": ["a", "b"]}, "c", False, False),
    ({"type": "string", "enum": ["a", None]}, "a", True, True),
    ({"type": ["string", "null"], "enum": ["a", None]}, None, True, True),
    ({"type": "string", "enum": ["a", None]}, None, True, False),
    ({"type": "string", "nullable": True}, None, False, False),  # 3.0 null: `nullable` decides
    ({"type": "string", "nullable": True}, "x", False, True),
    ({"type": ["string", "null"]}, None, False, False),  # a type list is not 3.0
    ({"type": "string", "minLength": 2, "maxLength": 3}, "abc", False, True),
    ({"type": "string", "maxLength": 2}, "abc", False, False),
    ({"type": "string", "minLength": 1}, "é", True, True),
    ({"type": "string", "format": "date-time"}, "2020-01-02T03:04:05Z", True, True),
    ({"type": "string", "format": "date-time"}, "yesterday", True, False),
    ({"type": "string", "format": "uuid"}, "not-a-uuid", False, False),
    ({"type": "integer", "format": "int32"}, 30, False, True),
    ({"type": "integer", "format": "int64"}, -7, True, True),
    ({"type": "number", "format": "float"}, 1, False, True),
    ({"type": "number", "format": "double"}, 1.5, True, True),
    ({"type": "string", "format": "int32"}, "x", True, True),  # the checker only bounds ints
    ({"type": "integer", "format": "int64"}, 1 << 40, False, False),  # big ints: the reference decides
    ({"type": "string", "format": "made-up"}, "x", True, True),
    ({"type": "string", "pattern": "^a"}, "abc", True, False),  # patterns are not understood here
    ({"type": "number", "multipleOf": 0.1}, 0.3, True, False),
    ({"allOf": [{"type": "string"}, {"maxLength": 3}]}, "x", True, True),
    ({"allOf": [{"type": "string"}, {"maxLength": 3}]}, "long", True, False),
    ({"allOf": [{"type": "string"}, {"$ref": "#/components/schemas/S0"}]}, "x", True, False),
    ({"anyOf": [{"type": "string"}, {"enum": ["a", "b"]}]}, "auto", False, True),
    ({"anyOf": [{"$ref": "#/components/schemas/S0"}, {"type": "integer"}]}, 2, True, True),
    ({"anyOf": [{"type": "integer"}, {"type": "null"}]}, None, True, True),
    ({"anyOf": [{"type": "integer"}, {"type": "boolean"}]}, "x", True, False),
    ({"anyOf": [{"type": "string"}], "discriminator": {"propertyName": "k"}}, "x", False, False),
    ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, "x", True, False),
    ({"type": "array", "items": {"type": "string"}}, [], True, False),  # only scalars
    ({"type": "string", "items": {"type": "integer"}, "x-ext": 1, "title": "t"}, "s", True, True),
    ({"type": "object"}, "s", True, False),
    ({"const": "a"}, "a", True, True),
    ({"type": "number"}, float("nan"), True, False),
]


@pytest.mark.parametrize(("schema", "value", "v31", "expected"), CASES)
def test_verdicts(schema: dict[str, Any], value: Any, v31: bool, expected: bool) -> None:
    assert surely_valid(schema, value, v31) is expected


# (cases with a `$ref` need the document: the end-to-end test below has them)
@pytest.mark.parametrize(("schema", "value", "v31", "expected"),
                         [c for c in CASES if c[3] and "$ref" not in json.dumps(c[0])])
def test_surely_valid_agrees_with_both_validators(schema: dict[str, Any], value: Any, v31: bool,
                                                  expected: bool) -> None:
    compiled = rs.validator_for(schema, validate_formats=True, formats=value_formats(v31))
    assert compiled.is_valid(value)
    reference = (OAS31Validator(schema, format_checker=oas31_format_checker) if v31
                 else OAS30Validator(schema, format_checker=oas30_format_checker))
    assert not list(reference.iter_errors(value))


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_findings_are_those_without_the_fast_path(tmp_path: Path, version: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    v31 = version.startswith("3.1")
    schemas = {f"S{i}": {**schema, "default": value}
               for i, (schema, value, case_v31, _) in enumerate(CASES)
               if case_v31 == v31 and value == value}  # (NaN is not JSON)
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"openapi": version, "info": {"title": "t", "version": "1"},
                                "paths": {}, "components": {"schemas": schemas}}))
    sources = load_documents(read_source(spec)).sources
    got = validate_fast(sources, version)
    monkeypatch.setattr(fastvalidate, "surely_valid", lambda *_: False)
    want = validate_fast(sources, version)  # every default through the compiled validator
    assert got == want
    assert sum(f.kind == "invalid-default" for f in want) >= 4  # the deferred cases still get reported
