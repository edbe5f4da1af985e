"""IR builder: schemas → types and definitions, operations → groups, on small real spec files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.config import OperationOverride, Target, adhoc_target
from generator.ir import build_api
from generator.ir import model as m
from generator.loader import load_spec


def make_api(tmp_path: Path, schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None,
             version: str = "3.1.0", target: Target | None = None, **extra: Any) -> m.Api:
    doc: dict[str, Any] = {
        "openapi": version,
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
        **extra,
    }
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(doc))
    spec = load_spec(spec_path)
    api, _ = build_api(spec.document, spec.resolve, target or adhoc_target(spec_path, "pkg", tmp_path / "out"))
    return api


def defs(api: m.Api) -> dict[str, m.Definition]:
    return {d.name: d for d in api.definitions}


def fields(d: m.Definition) -> dict[str, m.Field]:
    assert isinstance(d, m.Model)
    return {f.wire: f for f in d.fields}


OK = {"200": {"description": "ok"}}


def test_nullability_30_and_31_and_optional_are_distinct(tmp_path: Path) -> None:
    api = make_api(tmp_path, {
        "A": {"type": "object", "required": ["req", "req_null"], "properties": {
            "req": {"type": "string"},
            "req_null": {"type": ["string", "null"]},
            "opt": {"type": "integer"},
            "opt_null_anyof": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        }},
    })
    f = fields(defs(api)["A"])
    assert (f["req"].required, f["req"].nullable, f["req"].annotation) == (True, False, "str")
    assert (f["req_null"].required, f["req_null"].nullable, f["req_null"].annotation) == (True, True, "str | None")
    assert (f["opt"].required, f["opt"].nullable, f["opt"].annotation) == (False, False, "int | None")
    assert (f["opt_null_anyof"].required, f["opt_null_anyof"].nullable) == (False, True)


def test_openapi_30_nullable(tmp_path: Path) -> None:
    api = make_api(tmp_path, {"A": {"type": "object", "required": ["x"], "properties": {
        "x": {"type": "string", "nullable": True}}}}, version="3.0.3")
    x = fields(defs(api)["A"])["x"]
    assert x.required and x.nullable and x.annotation == "str | None"


def test_enums_are_open_consts_are_exact(tmp_path: Path) -> None:
    api = make_api(tmp_path, {
        "Color": {"type": "string", "enum": ["red", "green"]},
        "Level": {"type": "integer", "enum": [1, 2, 3]},
        "A": {"type": "object", "properties": {
            "color": {"$ref": "#/components/schemas/Color"},
            "kind": {"type": "string", "const": "a"},
            "size": {"type": "string", "enum": ["s", "m"]},
            "window": {"type": "string", "enum": ["1d", "api_key.created"]},
        }},
    })
    d = defs(api)
    color = d["Color"]
    assert isinstance(color, m.Enum) and color.values == ("red", "green")
    level = d["Level"]
    assert isinstance(level, m.Enum) and level.base == "int"
    f = fields(d["A"])
    assert f["color"].type.py() == "Color | str"
    assert f["kind"].type.py() == 'Literal["a"]'
    assert f["size"].type.py() == 'Literal["s", "m"] | str'
    assert f["window"].type.py() == 'Literal["1d", "api_key.created"] | str'


def test_inline_objects_are_hoisted_with_deterministic_names(tmp_path: Path) -> None:
    schemas = {"Parent": {"type": "object", "properties": {
        "child": {"type": "object", "properties": {"a": {"type": "string"}}},
        "items": {"type": "array", "items": {"type": "object", "properties": {"b": {"type": "integer"}}}},
        "meta": {"type": "object", "additionalProperties": {"type": "number"}},
        "free": {"type": "object"},
    }}}
    api = make_api(tmp_path, schemas)
    d = defs(api)
    assert {"Parent", "ParentChild", "ParentItemsItem"} <= set(d)
    f = fields(d["Parent"])
    assert f["child"].type.py() == "ParentChild"
    assert f["items"].type.py() == "list[ParentItemsItem]"
    assert f["meta"].type.py() == "dict[str, float]"
    assert f["free"].type.py() == "dict[str, Any]"
    again = make_api(tmp_path, schemas)
    assert [x.name for x in again.definitions] == [x.name for x in api.definitions]


def test_non_identifier_property_names_get_aliases(tmp_path: Path) -> None:
    api = make_api(tmp_path, {"M": {"type": "object", "properties": {
        "self-harm/intent": {"type": "boolean"}, "api_key.created": {"type": "string"},
        "schema": {"type": "object"}, "model_config": {"type": "string"}, "class": {"type": "string"},
        "json": {"type": "string"}}}})
    f = fields(defs(api)["M"])
    assert f["self-harm/intent"].name == "self_harm_intent" and f["self-harm/intent"].needs_alias
    assert f["api_key.created"].name == "api_key_created"
    assert f["schema"].name == "schema_"
    assert f["model_config"].name == "model_config_"
    assert f["class"].name == "class_"
    assert f["json"].name == "json_"


def test_allof_single_base_is_inherited(tmp_path: Path) -> None:
    api = make_api(tmp_path, {
        "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        "Derived": {"allOf": [{"$ref": "#/components/schemas/Base"},
                              {"type": "object", "required": ["extra"], "properties": {"extra": {"type": "integer"}}}]},
    })
    derived = defs(api)["Derived"]
    assert isinstance(derived, m.Model)
    assert derived.bases == ("Base",)
    assert [f.wire for f in derived.fields] == ["id", "extra"]
    assert [f.wire for f in derived.own_fields] == ["extra"]
    assert all(f.required for f in derived.fields)


def test_recursive_schemas_share_a_module(tmp_path: Path) -> None:
    api = make_api(tmp_path, {
        "Node": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}},
        "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
        "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
        "Leaf": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
    })
    owner = api.module_of()
    assert owner["A"] == owner["B"]
    assert owner["Leaf"] != owner["A"]
    leaf_module = next(mod for mod in api.modules if mod.name == owner["Leaf"])
    assert leaf_module.imports == ((owner["A"], ("A",)),)
    node_module = next(mod for mod in api.modules if mod.name == owner["Node"])
    assert node_module.needs_rebuild


def test_discriminator_inferred_without_mapping(tmp_path: Path) -> None:
    api = make_api(tmp_path, {
        "Cat": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "const": "cat"}}},
        "Dog": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": ["dog"]}}},
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "type"}},
        "Any2": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]},
    })
    pet = defs(api)["Pet"]
    assert isinstance(pet, m.Union) and pet.discriminator == "type"
    assert pet.tag_map == {"cat": "Cat", "dog": "Dog"}
    inferred = defs(api)["Any2"]
    assert isinstance(inferred, m.Union) and inferred.discriminator == "type"


def test_discriminator_with_nested_union_reused_tag_and_optional_tag(tmp_path: Path) -> None:
    obj = lambda tag, required=True: {  # noqa: E731
        "type": "object", "required": ["type"] if required else [],
        "properties": {"type": {"anyOf": [{"type": "string", "enum": [tag]}, {"type": "null"}]}}}
    api = make_api(tmp_path, {
        "In": obj("message"), "Out": obj("message"), "Call": obj("call"), "Ref": obj("ref", required=False),
        "Inner": {"oneOf": [{"$ref": "#/components/schemas/In"}, {"$ref": "#/components/schemas/Call"}]},
        "Outer": {"oneOf": [{"$ref": "#/components/schemas/Inner"}, {"$ref": "#/components/schemas/Out"},
                            {"$ref": "#/components/schemas/Ref"}], "discriminator": {"propertyName": "type"}},
    })
    outer = defs(api)["Outer"]
    assert isinstance(outer, m.Union) and outer.discriminator == "type"
    assert outer.tag_map == {"message": "Inner | Out", "call": "Inner", "ref": "Ref"}
    assert outer.default == "Ref"


def test_mapping_discriminator(tmp_path: Path) -> None:
    api = make_api(tmp_path, {
        "A": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "B": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "U": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
              "discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A", "b": "B"}}},
    })
    u = defs(api)["U"]
    assert isinstance(u, m.Union) and u.tag_map == {"a": "A", "b": "B"}


def test_groups_by_tag_then_first_segment_and_overrides(tmp_path: Path) -> None:
    paths = {
        "/chat/completions": {"post": {"operationId": "createChatCompletion", "responses": OK}},
        "/files/{file_id}": {"get": {"operationId": "retrieveFile", "responses": OK,
                                     "parameters": [{"name": "file_id", "in": "path", "required": True, "schema": {"type": "string"}}]}},
        "/x": {"get": {"operationId": "getX", "tags": ["Fine-tuning"], "responses": OK}},
        "/": {"get": {"operationId": "root", "responses": OK}},
        "/y": {"get": {"responses": OK}},
    }
    api = make_api(tmp_path, paths=paths)
    by_group = {g.class_name: [o.name for o in g.operations] for g in api.groups}
    assert by_group == {"ChatApi": ["create_chat_completion"], "FilesApi": ["retrieve_file"],
                        "FineTuningApi": ["get_x"], "DefaultApi": ["root"], "YApi": ["get_y"]}
    assert [g.key for g in api.groups] == sorted(g.key for g in api.groups)
    target = adhoc_target(tmp_path / "spec.json", "pkg", tmp_path / "o")
    custom = Target(**{**target.__dict__, "groups": {"chat": "conversations"},
                       "operations": {"retrieveFile": OperationOverride(name="get_file")}})
    api2 = make_api(tmp_path, paths=paths, target=custom)
    names = {g.class_name: [o.name for o in g.operations] for g in api2.groups}
    assert names["ConversationsApi"] == ["create_chat_completion"]
    assert names["FilesApi"] == ["get_file"]


def test_parameters_body_and_responses(tmp_path: Path) -> None:
    paths = {"/files": {"post": {
        "operationId": "uploadFile",
        "parameters": [{"name": "X-Trace-Id", "in": "header", "schema": {"type": "string"}},
                       {"name": "dry-run", "in": "query", "schema": {"type": "boolean"}}],
        "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["file"], "properties": {
                "file": {"type": "string", "format": "binary"},
                "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                "purpose": {"type": "string"}}}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"id": {"type": "string"}}}}}},
            "404": {"description": "nf", "content": {"application/json": {"schema": {"type": "object", "properties": {"error": {"type": "string"}}}}}}},
    }}}
    api = make_api(tmp_path, paths=paths)
    op = api.operations[0]
    assert [(p.name, p.location) for p in op.params] == [("dry_run", "query"), ("x_trace_id", "header")]
    assert op.body is not None and op.body.kind == "multipart"
    assert {f.name: f.type.py() for f in op.body.fields} == {"file": "FileTypes", "files": "list[FileTypes]", "purpose": "str"}
    assert [(r.status, r.kind, r.py) for r in op.responses] == [("200", "json", "UploadFileResponse"),
                                                                ("404", "json", "UploadFileResponse404")]


def test_stream_and_pagination_detection(tmp_path: Path) -> None:
    page = {"type": "object", "required": ["data", "has_more"], "properties": {
        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
        "has_more": {"type": "boolean"}, "last_id": {"type": "string"}}}
    paths = {
        "/items": {"get": {"operationId": "listItems", "parameters": [
            {"name": "after", "in": "query", "schema": {"type": "string"}},
            {"name": "limit", "in": "query", "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
        "/chat": {"post": {"operationId": "chat", "requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"stream": {"type": "boolean"}}}}}},
            "responses": {"200": {"description": "ok", "content": {
                "application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}},
                "text/event-stream": {"schema": {"$ref": "#/components/schemas/Item"}}}}}}},
    }
    api = make_api(tmp_path, {"Item": {"type": "object", "properties": {"id": {"type": "string"}}}, "Page": page}, paths)
    ops = {o.id: o for o in api.operations}
    assert ops["listItems"].pagination == m.Pagination(
        "cursor", m.Named("Item"), items=("data",), param="after", param_name="after", next=("last_id",),
        has_more=("has_more",))
    stream = ops["chat"].stream
    assert stream is not None and stream.event_type == m.Named("Item") and stream.sets_stream_flag
    assert ops["chat"].return_type == m.Named("ChatResponse")


def test_security_schemes_and_env(tmp_path: Path) -> None:
    api = make_api(tmp_path, paths={"/a": {"get": {"operationId": "a", "responses": OK}}},
                   security=[{"Key": []}],
                   **{"components": {"schemas": {}, "securitySchemes": {
                       "Key": {"type": "http", "scheme": "bearer"},
                       "Admin": {"type": "http", "scheme": "bearer"},
                       "Header": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}}}},
                   target=adhoc_target(tmp_path / "spec.json", "pkg", tmp_path / "o", api_key_env="MY_KEY"))
    schemes = {s.key: s for s in api.security_schemes}
    assert (schemes["Key"].attr, schemes["Key"].env) == ("access_token", "MY_KEY")
    assert (schemes["Admin"].attr, schemes["Admin"].env) == ("admin", None)
    assert (schemes["Header"].kind, schemes["Header"].param) == ("apikey", "X-Api-Key")
    assert api.operations[0].security == (("Key",),)


@pytest.mark.parametrize("name", ["Client", "Configuration", "ApiClient", "OagenModel"])
def test_schema_names_never_clash_with_the_runtime(tmp_path: Path, name: str) -> None:
    api = make_api(tmp_path, {name: {"type": "object", "properties": {"a": {"type": "string"}}}})
    assert [d.name for d in api.definitions] == [f"{name}Model"]


def test_openapi_31_operation_without_responses_returns_nothing(tmp_path: Path) -> None:
    api = make_api(tmp_path, paths={"/ping": {"post": {"operationId": "ping"}}})
    op = api.operations[0]
    assert op.responses == () and op.return_type is None


def test_binary_override_makes_every_success_body_a_file(tmp_path: Path) -> None:
    json_string = {"application/json": {"schema": {"type": "string"}}}
    err = {"application/json": {"schema": {"type": "object", "properties": {"message": {"type": "string"}}}}}
    paths = {
        "/files/{id}/content": {"get": {"operationId": "downloadFile", "responses": {
            "200": {"description": "ok", "content": json_string},
            "404": {"description": "gone", "content": err}}}},
        "/videos/{id}/content": {"get": {"operationId": "videoContent", "responses": {"200": {
            "description": "ok", "content": {**json_string, "video/mp4": {"schema": {"type": "string", "format": "binary"}}}}}}},
        "/containers/{id}/content": {"get": {"operationId": "containerContent", "responses": OK}},
    }
    for p in paths.values():
        p["get"]["parameters"] = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    plain = {o.id: o for g in make_api(tmp_path, paths=paths).groups for o in g.operations}
    assert [(r.kind, r.type and r.type.py()) for r in plain["downloadFile"].success] == [("json", "str")]
    assert [r.kind for r in plain["containerContent"].success] == ["empty"]
    target = adhoc_target(tmp_path / "spec.json", "pkg", tmp_path / "o")
    binary = OperationOverride(binary=True)
    custom = Target(**{**target.__dict__, "operations": {k: binary for k in plain}})
    ops = {o.id: o for g in make_api(tmp_path, paths=paths, target=custom).groups for o in g.operations}
    for op_id, content_type in (("downloadFile", "*/*"), ("videoContent", "video/mp4"), ("containerContent", "*/*")):
        assert [(r.kind, r.content_type, r.type and r.type.py()) for r in ops[op_id].success] == [
            ("binary", content_type, "bytes")], op_id
    # error responses keep their declared body
    assert [(r.status, r.kind) for r in ops["downloadFile"].responses if not r.is_success] == [("404", "json")]
