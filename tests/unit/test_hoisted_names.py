"""Issue 15: names a person would choose for hoisted inline schemas, and docs that survive a
nullable ``anyOf``.  Small specs for each rule; the two targets for the limits and stability."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_targets
from generator.ir import build_api
from generator.ir import model as m
from generator.loader import load_spec
from generator.naming import module_name
from generator.naming.inline import Site, hoisted_names, site_names
from generator.pipeline import build
from tests.unit.test_ir import defs, fields, make_api

REPO = Path(__file__).resolve().parents[2]
OBJ = {"type": "object", "properties": {"a": {"type": "string"}}}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


# ------------------------------------------------------------------ the naming rules alone

def test_a_short_site_is_owner_and_steps() -> None:
    assert site_names(Site("Run").prop("usage")) == ["RunUsage"]


def test_a_long_site_drops_its_middle_steps_never_starting_on_item() -> None:
    site = Site("CreateAssistantRequest", ("ToolResources", "FileSearch", "VectorStores", "Item",
                                           "ChunkingStrategy", "Static"))
    assert site_names(site) == [
        "CreateAssistantRequestChunkingStrategyStatic",  # "VectorStoresItem..." would be 60 long
        "CreateAssistantRequestStatic",
        "ResourcesFileSearchVectorStoresItemChunkingStrategyStatic",  # the trailing words
    ]


def test_an_owner_too_long_keeps_the_trailing_words() -> None:
    owner = "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed"
    names = site_names(Site(owner).prop("error"))
    assert names == ["EventConversationItemInputAudioTranscriptionFailedError"]


def test_a_title_comes_first() -> None:
    assert hoisted_names(Site("Owner").prop("x"), "Static Chunking Strategy")[0] == "StaticChunkingStrategy"
    assert hoisted_names(Site("Owner").prop("x"), None) == ["OwnerX"]


def test_long_module_names_keep_both_ends() -> None:
    beta = module_name("RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted")
    ga = module_name("RealtimeServerEventConversationItemInputAudioTranscriptionCompleted")
    assert len(beta) <= 72 and len(ga) <= 72 and beta != ga
    assert beta.startswith("realtime_beta_") and beta.endswith("_transcription_completed")
    assert module_name("ShortName") == "short_name"


# ------------------------------------------------------------------ the rules in the IR

def test_inline_schema_takes_its_title(tmp_path: Path) -> None:
    titled = {**OBJ, "title": "Chunking Options"}
    api = make_api(tmp_path, {"Owner": {"type": "object", "properties": {"opts": titled}}})
    assert fields(defs(api)["Owner"])["opts"].type == m.Named("ChunkingOptions", "model")


def test_a_title_taken_by_a_component_falls_back_to_the_site(tmp_path: Path) -> None:
    titled = {**OBJ, "title": "Owner", "required": ["a"]}
    api = make_api(tmp_path, {"Owner": {"type": "object", "properties": {"opts": titled}}})
    assert fields(defs(api)["Owner"])["opts"].type == m.Named("OwnerOpts", "model")


def test_nullable_inline_object_is_x_or_none_without_variant(tmp_path: Path) -> None:
    api = make_api(tmp_path, {"Run": {"type": "object", "properties": {"usage": _nullable(OBJ)}}})
    f = fields(defs(api)["Run"])["usage"]
    assert f.type == m.Named("RunUsage", "model") and f.nullable
    assert not [n for n in defs(api) if "Variant" in n]


def test_component_wrapping_an_object_in_null_is_the_model(tmp_path: Path) -> None:
    usage = {**_nullable({**OBJ, "required": ["a"]}), "description": "Usage, or null."}
    api = make_api(tmp_path, {
        "RunStepCompletionUsage": usage,
        "Run": {"type": "object", "required": ["usage"],
                "properties": {"usage": {"$ref": "#/components/schemas/RunStepCompletionUsage"}}},
    })
    d = defs(api)
    assert isinstance(d["RunStepCompletionUsage"], m.Model)
    assert d["RunStepCompletionUsage"].description == "Usage, or null."
    assert sorted(d) == ["Run", "RunStepCompletionUsage"]
    assert fields(d["Run"])["usage"].annotation == "RunStepCompletionUsage | None"


def test_structural_twins_share_one_model_with_the_first_docs(tmp_path: Path) -> None:
    first = {**OBJ, "description": "first"}
    second = {**OBJ, "description": "second", "properties": {"a": {"type": "string", "description": "x"}}}
    other = {**OBJ, "required": ["a"]}  # a different required set: not a twin
    api = make_api(tmp_path, {
        "A": {"type": "object", "properties": {"code": first}},
        "B": {"type": "object", "properties": {"code": second}},
        "C": {"type": "object", "properties": {"code": other}},
    })
    d = defs(api)
    assert fields(d["A"])["code"].type == fields(d["B"])["code"].type == m.Named("ACode", "model")
    assert fields(d["C"])["code"].type == m.Named("CCode", "model")
    assert d["ACode"].description == "first" and "BCode" not in d


def test_nullable_branch_docs_reach_the_field(tmp_path: Path) -> None:
    temperature = _nullable({"type": "number", "description": "Sampling temperature.", "default": 1,
                             "example": 0.5, "deprecated": True})
    ref_sibling = {"$ref": "#/components/schemas/Mode", "description": "The mode.", "default": "fast"}
    api = make_api(tmp_path, {
        "Mode": {"type": "string", "enum": ["fast", "slow"]},
        "Assistant": {"type": "object", "properties": {"temperature": temperature, "mode": ref_sibling}},
    })
    f = fields(defs(api)["Assistant"])
    t = f["temperature"]
    assert (t.description, t.default, t.example, t.deprecated) == ("Sampling temperature.", "1", "0.5", True)
    assert (f["mode"].description, f["mode"].default) == ("The mode.", '"fast"')


# ------------------------------------------------------------------ the two targets

@pytest.fixture(scope="module")
def openai() -> m.Api:
    _spec, api, _ = build(load_targets(REPO / "pyproject.toml")["openai"])
    return api


def _hoisted(api: m.Api) -> list[m.Definition]:
    return [d for d in api.definitions
            if not (d.pointer.startswith("/components/schemas/") and d.pointer.count("/") == 3)]


def test_openai_hoisted_names_and_module_paths_are_short(openai: m.Api) -> None:
    hoisted = _hoisted(openai)
    assert len(hoisted) > 300
    assert max(len(d.name) for d in hoisted) < 60
    assert max(len(f"openai_client/models/{mod.name}.py") for mod in openai.modules) < 100
    assert not [d.name for d in hoisted if "Variant1" in d.name and isinstance(d, m.Model)
                and d.pointer.endswith("/anyOf/0")]
    assert "RunStepCompletionUsageVariant1" not in {d.name for d in openai.definitions}


def test_openai_tool_resources_code_interpreter_is_shared(openai: m.Api) -> None:
    names = [d.name for d in openai.definitions if d.name.endswith("CodeInterpreter")
             and "ToolResources" in d.name]
    assert len(names) < 7, names


def _at(doc: Any, pointer: str) -> Any:
    for token in pointer.strip("/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        doc = doc[int(token)] if isinstance(doc, list) else doc.get(token, {})
    return doc


def test_openai_nullable_anyof_descriptions_survive(openai: m.Api) -> None:
    """Every property of every model (components and hoisted) whose text sits on a branch of its
    nullable ``anyOf``/``oneOf`` has that text, and that default, on its field."""
    doc = yaml.safe_load((REPO / "specs" / "openai.openapi.yml").read_text(encoding="utf-8"))
    lost: list[str] = []
    checked = defaults = 0
    for d in openai.definitions:
        if not isinstance(d, m.Model) or d.pointer.startswith("file:"):
            continue
        own = fields(d)
        for wire, prop in (_at(doc, d.pointer).get("properties") or {}).items():
            members = prop.get("anyOf") or prop.get("oneOf") or []
            if not any(b.get("type") == "null" for b in members):
                continue
            branches = [b for b in members if b.get("type") != "null"]
            if "description" not in prop and any("description" in b for b in branches):
                checked += 1
                lost += [] if own[wire].description else [f"{d.name}.{wire}"]
            if "default" not in prop and any(b.get("default") is not None for b in branches):
                defaults += 1
                lost += [] if own[wire].default is not None else [f"{d.name}.{wire} default"]
    assert checked >= 305 and defaults > 0 and lost == []
    temperature = fields(next(d for d in openai.definitions if d.name == "AssistantObject"))["temperature"]
    assert temperature.description.startswith("What sampling temperature") and temperature.default == "1"


def _pointer_names(doc: dict[str, Any], tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    target = load_targets(REPO / "pyproject.toml")["gateway"]
    spec = load_spec(path, overlay=target.overlay)
    api, _ = build_api(spec.document, spec.resolve, target)
    return {d.pointer: d.name for d in api.definitions}


def test_names_are_stable_when_an_unrelated_operation_comes_or_goes(tmp_path: Path) -> None:
    base = yaml.safe_load((REPO / "specs" / "ai-stats-gateway.openapi.yaml").read_text(encoding="utf-8"))
    before = _pointer_names(base, tmp_path)
    removed = copy.deepcopy(base)
    first = next(iter(removed["paths"]))
    del removed["paths"][first]
    added = copy.deepcopy(base)
    added["paths"]["/extra"] = {"get": {"operationId": "getExtra", "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"tool_calls": {"type": "array", "items": {
                "type": "object", "properties": {"id": {"type": "integer"}}}}}}}}}}}}
    for edited in (removed, added):
        after = _pointer_names(edited, tmp_path)
        common = before.keys() & after.keys()
        assert len(common) > 40
        assert {p: before[p] for p in common} == {p: after[p] for p in common}
