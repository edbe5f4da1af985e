"""The docs' example calls (generator/python/examples.py) send a body whenever the operation has
one: a body whose fields are all optional shows one of them instead of sending nothing (Prism
answered the OpenAI spec's modify_thread, create_container_file, ... examples with 422: a
required body sent as nothing)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.config import adhoc_target
from generator.ir import build_api
from generator.ir import model as m
from generator.loader import load_spec
from generator.python.examples import Examples


def _api(tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any]) -> m.Api:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(doc))
    spec = load_spec(spec_path)
    api, _ = build_api(spec.document, spec.resolve, adhoc_target(spec_path, "pkg", tmp_path / "out"))
    return api


def _post(op_id: str, content_type: str, schema: str) -> dict[str, Any]:
    return {"post": {
        "operationId": op_id,
        "requestBody": {"required": True,
                        "content": {content_type: {"schema": {"$ref": f"#/components/schemas/{schema}"}}}},
        "responses": {"204": {"description": "none"}},
    }}


def _arguments(api: m.Api, keywords: bool = True) -> str:
    """The example arguments of the API's one operation; its JSON body as keyword arguments named
    like its fields when ``keywords``."""
    examples = Examples({d.name: d for d in api.definitions})
    op = api.operations[0]
    fields = next(d for d in api.definitions if isinstance(d, m.Model) and op.body is not None
                  and isinstance(op.body.type, m.Named) and d.name == op.body.type.name).fields
    return examples.arguments(op, {f.wire: f.name for f in fields} if keywords else None)


def test_an_all_optional_json_body_shows_a_plain_field_first(tmp_path: Path) -> None:
    api = _api(tmp_path, {"/things": _post("modifyThing", "application/json", "ModifyThing")},
               {"ModifyThing": {"type": "object", "properties": {
                   "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
                   "old": {"type": "string", "deprecated": True},
                   "name": {"type": "string"}}}})
    assert _arguments(api) == 'name="example"'
    # the whole-body form too: never an empty call
    assert _arguments(api, keywords=False) == 'modify_thing={"name": "example"}'


def test_an_all_optional_json_body_without_plain_fields_shows_the_first(tmp_path: Path) -> None:
    api = _api(tmp_path, {"/things": _post("modifyThing", "application/json", "ModifyThing")},
               {"ModifyThing": {"type": "object", "properties": {
                   "tool_resources": {"type": "object", "properties": {"a": {"type": "string"}}},
                   "metadata": {"type": "object", "additionalProperties": {"type": "string"}}}}})
    assert _arguments(api) == 'tool_resources={"a": "example"}'


def test_an_all_optional_multipart_body_shows_a_field(tmp_path: Path) -> None:
    api = _api(tmp_path, {"/files": _post("createFile", "multipart/form-data", "CreateFile")},
               {"CreateFile": {"type": "object", "properties": {
                   "file": {"type": "string", "format": "binary"},
                   "file_id": {"type": "string"}}}})
    op = api.operations[0]
    assert Examples({d.name: d for d in api.definitions}).arguments(op) == 'file_id="example"'


def test_required_fields_alone_when_there_are_some(tmp_path: Path) -> None:
    api = _api(tmp_path, {"/things": _post("createThing", "application/json", "CreateThing")},
               {"CreateThing": {"type": "object", "required": ["size"], "properties": {
                   "name": {"type": "string"}, "size": {"type": "integer"}}}})
    assert _arguments(api) == "size=1"
