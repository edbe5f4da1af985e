"""python/layout.py claims a statement only when its layout is black's: each case here is laid out,
must be claimed (not left to black), and black must leave the result unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.config import adhoc_target
from generator.pipeline import generate
from generator.python import layout
from generator.render.format import format_source
from generator.render.write import MANIFEST

LONG = "x" * 80


@pytest.mark.parametrize("source", [
    # a def whose parameters are already one per line, but whose head alone is over the limit
    f"class A:\n    async def {LONG}_with_http_info(\n        self,\n        org: str,\n    ) -> None:\n"
    "        pass\n",
    f"def {LONG}_with_http_info_and_more(\n    org: str,\n) -> None:\n    pass\n",
    # no parameters, a long return annotation: black wraps the annotation in parentheses
    f"def _{LONG}_call() -> Call[InteractionLimitResponse | dict[str, Any]]:\n    return 1\n",
    f"class A:\n    def _{LONG[:70]}_call() -> Call[list[Package]]:\n        return 1\n",
    # names too long to fit whatever black does (Graph's sub-resource accessors): the def still
    # splits at its parameters, the long lines stay long
    f"class A:\n    @property\n    def {'d' * 119}(self) -> {'B' * 105}:\n        return 1\n",
    f"class A:\n    @property\n    def {'d' * 90}(self) -> {'B' * 95}:\n        return 1\n",
    f"def _{'e' * 95}_call() -> Call[{'B' * 80}]:\n    return 1\n",
    f"class {'C' * 105}:\n    x: int\n",
    # return of a call whose name does not fit: wrapped in parentheses when the name fits in
    # them, else split at the call's bracket with the first line left long
    f"class A:\n    def f(self) -> None:\n        return {'R' * 86}(self.api_client)\n",
    f"class A:\n    def f(self) -> None:\n        return {'R' * 95}(self.api_client)\n",
    f"class A:\n    def f(self) -> None:\n        x = {'R' * 95}(self.api_client, other)\n",
    # self alone: black splits at the parameters, "self," on its own line
    f"class A:\n    @property\n    def {LONG}(self) -> CertificateBasedAuthApi:\n        return 1\n",
    # an argument that is a call whose name alone is over the limit: split at its bracket anyway
    f"def f() -> None:\n    return send(\n        _{LONG}_incident_report_call(service_id=service_id, issue_id=i),\n"
    "        x,\n    )\n",
    f"def f() -> None:\n    return send(\n        _{LONG}_incident_report_call(service_health_id=service_health_id, "
    "service_health_issue_id=service_health_issue_id, and_one_more_argument=and_one_more_argument),\n"
    "        x,\n    )\n",
    # a no-argument call whose name alone is over the limit: black leaves it
    f"def f() -> None:\n    return send(\n        _{LONG}_incident_report_call_with_no_arguments(),\n        x,\n    )\n",
    # a keyword argument whose value is a dict keyed by tuples (parameter styles)
    'def f() -> None:\n    return Call(\n        "GET",\n        styles={("query", "$top"): ("form", False), '
    '("query", "$skip"): ("form", False), ("query", "$search"): ("form", False)},\n'
    '        other={("query", "$top"): ("form", False)},\n    )\n',
])  # fmt: skip
def test_long_def_lines_are_laid_out_as_black_does(source: str) -> None:
    text, claimed = layout.relayout(source)
    assert claimed, text
    assert format_source(text) == text
    assert max(map(len, source.splitlines())) > layout.LIMIT  # the case has a long line indeed


@pytest.mark.parametrize(("name", "annotation", "default"), [
    # the hint is wrapped in parentheses and the default split at its own brackets after ") = "
    ("additional_data_options", "MicrosoftGraphSecurityAdditionalDataOptions | dict[str, Any] | str | None",
     'Field(default=None, validation_alias="additionalDataOptions", serialization_alias="additionalDataOptions")'),
    ("enrollment_configuration_assignments",
     "list[MicrosoftGraphEnrollmentConfigurationAssignment | dict[str, Any] | None] | None",
     'Field(default=None, validation_alias="enrollmentConfigurationAssignments", '
     'serialization_alias="enrollmentConfigurationAssignments")'),
    ("enrollment_configuration_assignments_xxxxxxxxxx",
     "list[MicrosoftGraphEnrollmentConfigurationAssignment | dict[str, Any] | None] | None",
     'Field(default=None, validation_alias="e")'),
])  # fmt: skip
def test_long_hint_and_long_default_are_laid_out_as_black_does(name: str, annotation: str, default: str) -> None:
    lines = layout.field(name, annotation, default)
    assert lines is not None
    text = "class M(OagenModel):\n" + "\n".join(lines) + "\n"
    assert format_source(text) == text


def test_a_def_head_too_long_even_when_wrapped_is_left_to_black() -> None:
    source = f"def _{LONG}_call() -> Call[{'Y' * 90} | dict[str, Any]]:\n    return 1\n"
    assert layout.relayout(source)[1] is False


_TABLES = [
    '{"labels": (("minItems", 1, 0), ("maxItems", 100, 0))}',
    '{"encrypted_value": (("pattern", "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|'
    '[A-Za-z0-9+/]{4})$", 0),)}',
    '{"name": (("minLength", 1, 0), ("maxLength", 50, 0)), "description": (("minLength", 1, 0), '
    '("maxLength", 255, 0)), "managers": (("maxItems", 10, 0),), "team_managers": (("maxItems", 10, 0),)}',
    '{"commit_sha": (("minLength", 40, 0), ("maxLength", 64, 0), ("pattern", "^([0-9a-fA-F]{40}'
    '(?:[0-9a-fA-F]{24})?)$", 0)), "ref": (("pattern", "^refs/(heads|tags|pull)/.*$", 0),)}',
    '{"n": (("minimum", -1.5, 0), ("multipleOf", 1e-05, 1), ("exclusiveMaximum", 10, 2))}',
]


@pytest.mark.parametrize("table", _TABLES)
def test_constraint_tables_are_laid_out_as_black_does(table: str) -> None:
    lines = layout.field("__oagen_constraints__", "ClassVar[Constraints]", table)
    assert lines is not None
    text = "class M(OagenModel):\n" + "\n".join(lines) + "\n"
    assert format_source(text) == text


def test_request_models_with_constraints_skip_black(tmp_path: Path) -> None:
    """A request body whose fields carry rules: its module is laid out, black is not needed."""
    body = {"type": "object", "properties": {
        "encrypted_value_for_the_secret": {"type": "string", "minLength": 1, "maxLength": 50,
                                           "pattern": "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==)?$"},
        "labels": {"type": "array", "items": {"type": "string", "maxLength": 20}, "minItems": 1,
                   "maxItems": 100},
    }}  # fmt: skip
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/s": {"put": {"operationId": "putSecret", "requestBody": {"required": True,
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Secret"}}}},
                      "responses": {"204": {"description": "ok"}}}}},
            "components": {"schemas": {"Secret": body}}}  # fmt: skip
    path = tmp_path / "s.json"
    path.write_text(json.dumps(spec))
    result = generate(adhoc_target(path, "c", tmp_path / "out"), write=False)
    module = next(t.decode() for p, t in result.files.items() if p.endswith("models/secret.py"))
    assert "__oagen_constraints__: ClassVar[Constraints] = {" in module
    assert max(map(len, module.splitlines())) <= layout.LIMIT
    assert format_source(module) == module
    sent_to_black = json.loads(result.files[MANIFEST])["sources"]
    assert sent_to_black == {}


def test_request_forms_with_non_identifier_keys_skip_black(tmp_path: Path) -> None:
    """Graph's "@odata.type" keys make the request form a functional TypedDict: laid out too."""
    props = {f"@odata.property_number_{i}": {"type": "string"} for i in range(6)}
    props["id"] = {"type": "string"}
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/e": {"post": {"operationId": "postEntity", "requestBody": {"required": True,
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entity"}}}},
                      "responses": {"204": {"description": "ok"}}}}},
            "components": {"schemas": {"Entity": {"type": "object", "properties": props}}}}  # fmt: skip
    path = tmp_path / "s.json"
    path.write_text(json.dumps(spec))
    result = generate(adhoc_target(path, "c", tmp_path / "out"), write=False)
    module = next(t.decode() for p, t in result.files.items() if p.endswith("models/entity.py"))
    assert '= TypedDict(\n    "' in module  # the functional form, split (it is over 100 columns flat)
    assert format_source(module) == module
    assert json.loads(result.files[MANIFEST])["sources"] == {}
