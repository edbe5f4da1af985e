"""A group of hundreds of operations is split by sub-resource (generator/ir/operations/split.py):
no API class over the limit, every operation kept once, names claimed by the naming authority,
and the split reachable as ``client.users.res4.sub3.method()`` over a real socket."""

from __future__ import annotations

import importlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import adhoc_target
from generator.ir import build_api
from generator.ir import model as m
from generator.ir.operations.split import MAX_GROUP_LINES, MAX_GROUP_OPERATIONS
from generator.ir.operations.weights import OperationWeights
from generator.loader import load_spec
from generator.pipeline import generate
from generator.python import docs
from tests.bench.synth import synth_resource_spec
from tests.clients._support import QuickServer
from tests.servers.scripted import Reply

# generated modules stay under this (the rule's purpose; about 280 lines per operation)
MAX_MODULE_LINES = 20_000


def build(tmp_path: Path, spec: dict[str, object]) -> m.Api:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec))
    loaded = load_spec(path)
    api, _ = build_api(loaded.document, loaded.resolve, adhoc_target(path, "pkg", tmp_path / "out"))
    return api


def test_a_large_group_is_split_by_sub_resource_within_the_limit(tmp_path: Path) -> None:
    spec = synth_resource_spec()
    api = build(tmp_path, spec)
    declared = sum(1 for item in spec["paths"].values() for _ in item)  # type: ignore[attr-defined]
    assert declared > 4 * MAX_GROUP_OPERATIONS
    # every operation kept, exactly once
    assert Counter(op.id for op in api.operations) == Counter(
        op["operationId"] for item in spec["paths"].values() for op in item.values()  # type: ignore[attr-defined]
    )
    assert all(len(g.operations) <= MAX_GROUP_OPERATIONS for g in api.groups)
    by_module = {g.module: g for g in api.groups}
    assert len(by_module) == len(api.groups)
    groups = {g.accessor: g for g in api.groups}
    # one class on the client; the rest hang off their parent, reached by attribute path
    assert [g.accessor for g in api.groups if not g.parent] == ["users"]
    for g in api.groups:
        if g.parent:
            parent = by_module[g.parent]
            assert g.accessor == f"{parent.accessor}.{g.key}"
            assert g.key not in {op.name for op in parent.operations}
        assert all(op.group == g.accessor for op in g.operations)
    # the split follows the paths: a resource's operations are its class's, nested when large
    assert {op.path for op in groups["users.res1"].operations} >= {"/users/{user_id}/res1"}
    assert {op.path for op in groups["users.res4.sub3"].operations} == {
        "/users/{user_id}/res4/{res4_id}/sub3", "/users/{user_id}/res4/{res4_id}/sub3/{sub3_id}"}
    assert "/users/{user_id}/res4/$count" in {op.path for op in groups["users.res4"].operations}
    # operations on the group itself and single-operation actions stay on the parent
    assert {op.name for op in groups["users"].operations} >= {"users_list", "users_get", "users_action0"}
    assert "users.res9.sub3" in groups  # sub-resource names are per class, not numbered apart
    # deterministic
    assert build(tmp_path, spec).groups == api.groups


def test_a_group_within_the_limit_is_not_split(tmp_path: Path) -> None:
    api = build(tmp_path, synth_resource_spec(2))  # 3 + 4 + (4 + 4 * 5) + 2 operations
    assert [(g.accessor, g.parent, len(g.operations)) for g in api.groups] == [("users", "", 33)]


@pytest.fixture(scope="module")
def split_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("split")
    spec = root / "tree.json"
    spec.write_text(json.dumps(synth_resource_spec(5)))  # 228 operations; res4 split again
    with pytest.MonkeyPatch.context() as patch:
        # the operation index lists classes past MAX_INDEX_ROWS operations (2,000): lowered
        # here so that a small spec crosses it
        patch.setattr(docs, "MAX_INDEX_ROWS", 100)
        generate(adhoc_target(spec, "split_tree_client", root / "out"))
    sys.path.insert(0, str(root / "out"))
    try:
        yield root / "out"
    finally:
        sys.path.remove(str(root / "out"))
        for name in [n for n in sys.modules if n.split(".")[0] == "split_tree_client"]:
            del sys.modules[name]


def test_split_client_calls_a_nested_sub_resource_over_a_socket(split_client: Path) -> None:
    package = split_client / "split_tree_client"
    sizes = {p.name: len(p.read_text().splitlines()) for p in (package / "api").glob("*.py")}
    assert max(sizes.values()) < MAX_MODULE_LINES
    client_module = importlib.import_module("split_tree_client")
    with QuickServer() as server:
        server.add("GET /users/u1/res4/r9/sub3/s2", Reply.json({"ok": True}))
        with client_module.Client(base_url=server.base_url) as client:
            # loading the client, the group and one sub-resource leaves the other parts unloaded
            leaf = client.users.res4.sub3
            assert type(leaf).__name__ == "UsersRes4Sub3Api"
            assert "split_tree_client.api.users_res2_api" not in sys.modules
            assert leaf.res4_sub3_get(user_id="u1", res4_id="r9", sub3_id="s2") == {"ok": True}
        server.assert_all_consumed()
    # the docs page of the group links its sub-resources' pages
    page = (split_client / "docs" / "UsersApi.md").read_text()
    assert "- `res4`: [UsersRes4Api](UsersRes4Api.md)" in page
    assert "- `sub3`: [UsersRes4Sub3Api](UsersRes4Sub3Api.md)" in (split_client / "docs" / "UsersRes4Api.md").read_text()
    assert "client.users.res4.sub3.res4_sub3_get(" in (split_client / "docs" / "UsersRes4Sub3Api.md").read_text()


def test_split_docs_index_pages_instead_of_one_long_list(split_client: Path) -> None:
    readme = (split_client / "README.md").read_text()
    # the README lists the client's groups only; their pages link the sub-resources
    assert "- [UsersApi](docs/UsersApi.md): 8 operations and 220 in sub-resources" in readme
    assert "UsersRes4Api" not in readme
    index = (split_client / "docs" / "Operations.md").read_text()
    # past MAX_INDEX_ROWS operations the index lists every class, not every operation
    assert "| [UsersRes4Sub3Api](UsersRes4Sub3Api.md) | `client.users.res4.sub3` | 5 |" in index
    assert "res4_sub3_get" not in index
    assert index.count("\n|") < 100


def _heavy_spec(resources: int, per_resource: int, values: int) -> dict[str, object]:
    """One tag of ``resources`` sub-resources, each of ``per_resource`` GET operations with a
    ``$select`` query parameter of ``values`` enum values (Graph's OData functions): few
    operations, but each prints its enum in every signature."""
    select = {"name": "$select", "in": "query", "schema": {
        "type": "array", "items": {"type": "string", "enum": [f"field{i}" for i in range(values)]}}}
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}
    paths = {
        f"/users/{{user_id}}/res{r}/fn{k}()": {"get": {
            "operationId": f"res{r}.fn{k}", "tags": ["users"], "responses": ok,
            "parameters": [{"name": "user_id", "in": "path", "required": True,
                            "schema": {"type": "string"}}, select]}}
        for r in range(resources) for k in range(per_resource)
    }
    return {"openapi": "3.1.0", "info": {"title": "Heavy functions", "version": "1"},
            "servers": [{"url": "https://api.example.com"}], "paths": paths}


def test_a_group_of_few_heavy_operations_is_split_by_size(tmp_path: Path) -> None:
    # 4 sub-resources of 8 operations: 32, well under the operation limit, but each operation
    # prints its 150 enum values in every signature (~1,000 lines): ~33,000 lines in one module
    api = build(tmp_path, _heavy_spec(4, 8, 150))
    assert len(api.operations) < MAX_GROUP_OPERATIONS
    weights = OperationWeights({})
    assert all(weights.lines(op) > 600 for op in api.operations)
    assert sum(weights.lines(op) for op in api.operations) > 2 * MAX_GROUP_LINES
    groups = {g.accessor: g for g in api.groups}
    assert sorted(groups) == ["users", "users.res0", "users.res1", "users.res2", "users.res3"]
    assert all(sum(weights.lines(op) for op in g.operations) <= MAX_GROUP_LINES for g in api.groups)
    assert {op.path for op in groups["users.res2"].operations} == {
        f"/users/{{user_id}}/res2/fn{k}()" for k in range(8)}
    # the same operations with short parameters stay one class
    light = build(tmp_path, _heavy_spec(4, 8, 3))
    assert [g.accessor for g in light.groups] == ["users"]


def test_the_weight_estimates_the_rendered_module(tmp_path: Path) -> None:
    """The estimate the split relies on is near the module black prints, heavy or light."""
    for values, resources in ((150, 1), (3, 2)):
        spec = tmp_path / f"heavy{values}.json"
        spec.write_text(json.dumps(_heavy_spec(resources, 2, values)))
        out = tmp_path / f"out{values}"
        result = generate(adhoc_target(spec, "heavy_client", out))
        (group,) = result.api.groups
        rendered = len((out / "heavy_client" / "api" / f"{group.module}.py").read_text().splitlines())
        estimate = sum(OperationWeights({}).lines(op) for op in group.operations)
        assert 0.75 * rendered <= estimate <= 1.25 * rendered, (values, estimate, rendered)


def test_a_sub_resource_named_like_a_builtin_gets_another_attribute(tmp_path: Path) -> None:
    # Graph's /drives/{drive-id}/list: an accessor named `list` in the class body would shadow
    # `list[...]` in the annotations of the methods after it (mypy: not valid as a type)
    spec = _heavy_spec(2, 8, 150)
    paths = spec["paths"]
    assert isinstance(paths, dict)
    spec["paths"] = {p.replace("/res0/", "/list/"): item for p, item in paths.items()}
    api = build(tmp_path, spec)
    keys = {g.key for g in api.groups if g.parent}
    assert "list" not in keys and len(keys) == 2
    assert {op.path.split("/")[3] for g in api.groups if g.key.startswith("list")
            for op in g.operations} == {"list"}
