"""The target setting ``wire_tests``: read and checked, and what it adds to the output (a
tests/ folder: conftest plus one module per API group with a test per operation, names from the
naming authority).  Running the generated tests is tests/clients/test_wire_tests.py's job."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.config import adhoc_target, target_from_table
from generator.diagnostics import ConfigError
from generator.naming import Namespace, claim_wire_test
from generator.pipeline import generate

BASE = {"spec": "s.yaml", "package": "pkg", "output": "out"}
OBJECT = {"type": "object", "properties": {"id": {"type": "string"}}}
# no required field, and no plain one an example would add: its sampled value is {}
TAGS = {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}}}
JSON_OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/items": {
            "get": {"operationId": "list", "tags": ["items"], "responses": JSON_OK},
            # a required JSON body whose fields are all optional: the keyword form has nothing to say
            "post": {"operationId": "list_async", "tags": ["items"], "responses": JSON_OK,
                     "requestBody": {"required": True, "content": {"application/json": {
                         "schema": {"$ref": "#/components/schemas/Tags"}}}}},
        },
        "/files": {
            # a required form whose fields are all optional (a file or a file id)
            "post": {"operationId": "upload", "tags": ["files"], "responses": JSON_OK,
                     "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                         "type": "object", "properties": {"file_id": {"type": "string"},
                                                          "file": {"type": "string", "format": "binary"}}}}}}},
        },
    },
    "components": {"schemas": {"Item": OBJECT, "Tags": TAGS},
                   "securitySchemes": {"Key": {"type": "http", "scheme": "bearer"}}},
    "security": [{"Key": []}],
}


def _generate(tmp_path: Path, wire_tests: bool) -> dict[str, str]:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    target = replace(adhoc_target(spec, "acme", tmp_path / "out", api_key_env="ACME_KEY"),
                     wire_tests=wire_tests)
    return {path: data.decode("utf-8") for path, data in generate(target, write=False).files.items()}


def test_the_setting_is_read_checked_and_part_of_the_fingerprint(tmp_path: Path) -> None:
    on = target_from_table("t", {**BASE, "wire_tests": True}, tmp_path)
    off = target_from_table("t", BASE, tmp_path)
    assert (on.wire_tests, off.wire_tests) == (True, False)
    assert on.fingerprint() != off.fingerprint()
    with pytest.raises(ConfigError, match="wire_tests must be true or false"):
        target_from_table("t", {**BASE, "wire_tests": "yes"}, tmp_path)


def test_off_by_default_nothing_is_added(tmp_path: Path) -> None:
    files = _generate(tmp_path, wire_tests=False)
    assert not [p for p in files if p.startswith("tests/")]
    assert "TEST_BASE_URL" not in files["README.md"]
    assert "pytest" not in files["pyproject.toml"]


def test_a_module_per_group_a_test_per_operation(tmp_path: Path) -> None:
    files = _generate(tmp_path, wire_tests=True)
    assert sorted(p for p in files if p.startswith("tests/")) == [
        "tests/conftest.py", "tests/test_files_api.py", "tests/test_items_api.py"]
    for path in ("tests/conftest.py", "tests/test_files_api.py", "tests/test_items_api.py"):
        compile(files[path], path, "exec")
    items = files["tests/test_items_api.py"]
    # method `list_async` and the async test of `list` cannot share a name
    assert re.findall(r"^def (test_\w+)\((\w+)", items, flags=re.M) == [
        ("test_list", "client"), ("test_list_async", "client_arguments"), ("test_list_async_2", "client")]
    assert "client.items.list_with_http_info()" in items
    assert "async with AsyncClient(**client_arguments) as client:" in items
    assert "TypeAdapter(Item).validate_python(response.data, strict=True)" in items
    assert "from acme.models.item import Item" in items
    # a required body is sent even when no field is required: the example shows one optional field
    assert 'client.items.list_async_with_http_info(tags_=["example"])' in items
    assert 'client.files.upload_with_http_info(file_id="example")' in files["tests/test_files_api.py"]
    conftest = files["tests/conftest.py"]
    assert 'BASE_URL_ENV = "ACME_TEST_BASE_URL"' in conftest
    assert '"api_key": os.environ.get("ACME_KEY", "test-api_key")' in conftest
    assert "pytest.fail(" in conftest and "pytest.skip" not in conftest
    assert "ACME_TEST_BASE_URL" in files["README.md"]
    assert 'testpaths = ["tests"]' in files["pyproject.toml"]


def test_test_names_are_claimed_together() -> None:
    names = Namespace()
    assert [claim_wire_test(names, "x"), claim_wire_test(names, "x", "async"),
            claim_wire_test(names, "x_async")] == ["test_x", "test_x_async", "test_x_async_2"]
