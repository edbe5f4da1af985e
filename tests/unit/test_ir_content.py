"""Media types in the IR and the ``Call(...)`` they print: JSON Lines, content negotiation, JSON
Merge Patch, raw request bodies."""

from __future__ import annotations

from pathlib import Path

from generator.ir import model as m
from generator.python.calls import call_arguments
from tests.unit.test_ir import make_api

ITEM = {"type": "object", "required": ["desc"], "properties": {"desc": {"type": "string"}}}
COMPONENTS = {"components": {"schemas": {"Item": ITEM}}}
ITEM_REF = {"$ref": "#/components/schemas/Item"}


def _op(tmp_path: Path, operation: dict[str, object], version: str = "3.1.0") -> m.Operation:
    paths = {"/a": {"post": {"operationId": "a", **operation}}}
    return make_api(tmp_path, paths=paths, version=version, **COMPONENTS).operations[0]


def test_a_json_lines_response_is_a_list_of_typed_items_and_streams(tmp_path: Path) -> None:
    content = {"application/x-ndjson": {"schema": {"type": "array", "items": ITEM_REF}}}
    op = _op(tmp_path, {"responses": {"200": {"description": "ok", "content": content}}})
    (r,) = op.responses
    assert (r.kind, r.type.py() if r.type else None) == ("jsonl", "list[Item]")
    assert op.stream is not None and op.stream.event_type.py() == "Item"
    assert op.stream.content_type == "application/x-ndjson" and not op.stream.ends_with_done
    assert 'responses={"200": ("jsonl", Item)}' in call_arguments(op)


def test_json_lines_without_an_item_schema_are_untyped(tmp_path: Path) -> None:
    # TypeSpec writes `type: string` for the stream as a whole
    content = {"application/jsonl": {"schema": {"type": "string"}}}
    op = _op(tmp_path, {"requestBody": {"required": True, "content": content},
                        "responses": {"200": {"description": "ok", "content": content}}})
    assert op.body is not None and (op.body.kind, op.body.type.py()) == ("jsonl", "list[Any]")
    assert op.responses[0].type is not None and op.responses[0].type.py() == "list[Any]"
    assert 'body_kind="jsonl"' in call_arguments(op)


def test_a_status_with_a_json_and_an_image_body_is_negotiated(tmp_path: Path) -> None:
    content = {"image/png": {"schema": {"type": "string", "format": "binary"}},
               "application/json": {"schema": ITEM_REF}}
    op = _op(tmp_path, {"responses": {"200": {"description": "ok", "content": content}}})
    args = call_arguments(op)
    assert 'responses={"200": ("json", Item)}' in args
    assert 'media={"200": {"json": Item, "binary": None}}' in args
    assert 'accept="application/json, image/png"' in args
    (accept,) = op.params  # the per-call choice of media type, sent as Accept
    assert (accept.name, accept.wire, accept.location, accept.required) == ("accept", "Accept", "header", False)
    assert accept.type.py() == 'Literal["image/png", "application/json"]'
    assert 'headers={"Accept": accept}' in args


def test_a_declared_accept_parameter_is_the_only_one(tmp_path: Path) -> None:
    content = {"image/png": {"schema": {"type": "string", "format": "binary"}},
               "application/json": {"schema": ITEM_REF}}
    param = {"name": "accept", "in": "header", "required": True,
             "schema": {"type": "string", "enum": ["image/png", "application/json"]}}
    op = _op(tmp_path, {"parameters": [param], "responses": {"200": {"description": "ok", "content": content}}})
    assert [(p.wire, p.required) for p in op.params] == [("Accept", True)]


def test_one_body_kind_per_status_is_not_negotiated(tmp_path: Path) -> None:
    content = {"image/png": {"schema": {"type": "string", "format": "binary"}},
               "image/jpeg": {"schema": {"type": "string", "format": "binary"}}}
    op = _op(tmp_path, {"responses": {"200": {"description": "ok", "content": content}}})
    assert not any(a.startswith("media=") for a in call_arguments(op))
    assert [p.type.py() for p in op.params] == ['Literal["image/png", "image/jpeg"]']


def test_a_merge_patch_body_is_sent_as_a_patch_on_3_0_and_3_1(tmp_path: Path) -> None:
    body = {"required": True, "content": {"application/merge-patch+json": {"schema": ITEM_REF}}}
    for version in ("3.0.3", "3.1.0"):
        (tmp_path / version).mkdir()
        op = _op(tmp_path / version, {"requestBody": body, "responses": {"204": {"description": "ok"}}},
                 version)
        assert op.body is not None and op.body.is_merge_patch
        (json_arg,) = [a for a in call_arguments(op) if a.startswith("json=")]
        assert json_arg == "json=json_body(item, Item, patch=True)"
        assert 'content_type="application/merge-patch+json"' in call_arguments(op)


def test_multipart_files_in_3_1_form_and_part_types_from_encoding(tmp_path: Path) -> None:
    schema = {"type": "object", "required": ["id", "avatar"], "properties": {
        "id": {"type": "string"},
        "avatar": {},  # OpenAPI 3.1: a part without a schema is a file (application/octet-stream)
        "pictures": {"type": "array", "items": {}},
        "thumb": {"type": "string", "contentMediaType": "image/png"},
        "encoded": {"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"},
        "address": ITEM_REF}}
    encoding = {"address": {"contentType": "application/json"}, "avatar": {"contentType": "image/jpeg, image/png"},
                "pictures": {"contentType": "*/*"}}
    body = {"required": True, "content": {"multipart/form-data": {"schema": schema, "encoding": encoding}}}
    op = _op(tmp_path, {"requestBody": body, "responses": {"204": {"description": "ok"}}})
    assert op.body is not None and op.body.kind == "multipart"
    types = {f.wire: f.type.py() for f in op.body.fields}
    assert types == {"id": "str", "avatar": "FileTypes", "pictures": "list[FileTypes]", "thumb": "FileTypes",
                     "encoded": "str", "address": "Item"}
    assert op.body.part_types == (("address", "application/json"), ("avatar", "image/jpeg"))
    assert 'part_types={"address": "application/json", "avatar": "image/jpeg"}' in call_arguments(op)
