"""Every IR field that affects the request reaches the rendered operation (defect 11).

Each dataclass field of ``Parameter`` and ``RequestBody`` is classified here as request-affecting
or documentation-only.  For a request-affecting field, changing it must change what is rendered
for the operation (its ``Call(...)`` arguments or its signature); for a documentation-only field,
the ``Call(...)`` arguments must stay the same.  A new IR field in neither list fails the test,
so it cannot be added to the IR and silently ignored by rendering.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.config import adhoc_target
from generator.ir import build_api
from generator.ir import model as m
from generator.loader import load_spec
from generator.python.calls import DEFAULT_STYLES, call_arguments
from generator.python.operations import operation_view
from generator.python.types import Annotations
from generator.runtime import _params

PARAMETER_REQUEST = {"name", "wire", "location", "type", "required", "style", "explode", "constraints"}
PARAMETER_DOCS = {
    "description",
    "deprecated",
    "default",  # the server's default: the client sends nothing when the argument is None
}
BODY_REQUEST = {"kind", "content_type", "type", "required", "param", "fields", "part_types"}
BODY_DOCS = {
    "description",
    "model",  # the model flattened fields came from; the fields themselves are what is sent
}

INT = m.Prim("int")
QUERY = m.Parameter("limit", "limit", "query", m.ListOf(INT), False)
JSON_BODY = m.RequestBody("json", "application/json", m.Named("Pet"), True, "body")
FILE = m.Parameter("file", "file", "form", m.Prim("FileTypes"), True)
MULTIPART = m.RequestBody("multipart", "multipart/form-data", m.Named("Upload"), True, "", fields=(FILE,))

Change = Callable[[Any], Any]

# field → ways to change it; each is applied to the base value of its class
PARAMETER_CHANGES: dict[str, list[Change]] = {
    "name": [lambda p: dataclasses.replace(p, name="max_items")],
    "wire": [lambda p: dataclasses.replace(p, wire="max")],
    "location": [
        lambda p, loc=loc: dataclasses.replace(p, location=loc) for loc in ("path", "header", "cookie")
    ],
    "type": [lambda p: dataclasses.replace(p, type=m.STR)],
    "constraints": [
        lambda p: dataclasses.replace(p, constraints=(m.Constraint("maxItems", 3),)),
        lambda p: dataclasses.replace(p, constraints=(m.Constraint("enum", (1, 2), 1),)),
    ],
    "required": [lambda p: dataclasses.replace(p, required=True)],
    "style": [
        lambda p: dataclasses.replace(p, style="form", explode=False),
        lambda p: dataclasses.replace(p, style="spaceDelimited", explode=False),
        lambda p: dataclasses.replace(p, style="pipeDelimited", explode=False),
        lambda p: dataclasses.replace(p, style="deepObject"),
        lambda p: dataclasses.replace(p, location="path", style="label", explode=False),
        lambda p: dataclasses.replace(p, location="path", style="matrix", explode=False),
    ],
    "explode": [
        lambda p: dataclasses.replace(p, explode=False),
        lambda p: dataclasses.replace(p, location="path", style="simple", explode=True),
        lambda p: dataclasses.replace(p, location="header", style="simple", explode=True),
        lambda p: dataclasses.replace(p, location="cookie", style="form", explode=False),
    ],
    "description": [lambda p: dataclasses.replace(p, description="Page size.")],
    "deprecated": [lambda p: dataclasses.replace(p, deprecated=True)],
    "default": [lambda p: dataclasses.replace(p, default="20")],
}
BODY_CHANGES: dict[str, list[Change]] = {
    "kind": [
        lambda b: dataclasses.replace(b, kind="text", content_type="text/plain", type=m.STR),
        lambda b: dataclasses.replace(b, kind="binary", content_type="application/octet-stream"),
    ],
    "content_type": [lambda b: dataclasses.replace(b, content_type="application/merge-patch+json")],
    "type": [lambda b: dataclasses.replace(b, type=m.Named("Cat"))],
    "required": [lambda b: dataclasses.replace(b, required=False)],
    "param": [lambda b: dataclasses.replace(b, param="payload")],
    "fields": [
        lambda b: dataclasses.replace(MULTIPART, fields=(*MULTIPART.fields, QUERY)),
        lambda b: dataclasses.replace(MULTIPART, fields=(dataclasses.replace(FILE, wire="upload"),)),
    ],
    "part_types": [lambda b: dataclasses.replace(MULTIPART, part_types=((FILE.wire, "image/png"),))],
    "description": [lambda b: dataclasses.replace(b, description="The pet.")],
    "model": [lambda b: dataclasses.replace(b, model="Pet")],
}


def operation(params: tuple[m.Parameter, ...] = (QUERY,), body: m.RequestBody | None = JSON_BODY) -> m.Operation:
    ok = m.Response("200", "json", "application/json", m.Named("Pet"))
    return m.Operation("op", "op", "POST", "/pets/{limit}", "pets", "", "", params, body, (ok,), ())


def rendered(op: m.Operation) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(signature, Call arguments) of an operation, as the generated module prints them."""
    view = operation_view(op, {}, Annotations({"Pet": "pet", "Cat": "cat", "Upload": "upload"}))
    return tuple(view.signature), tuple(view.call_lines)


def field_names(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


@pytest.mark.parametrize(
    ("cls", "request_fields", "docs_fields"),
    [(m.Parameter, PARAMETER_REQUEST, PARAMETER_DOCS), (m.RequestBody, BODY_REQUEST, BODY_DOCS)],
)
def test_every_ir_field_is_classified(cls: type, request_fields: set[str], docs_fields: set[str]) -> None:
    assert not request_fields & docs_fields
    unclassified = field_names(cls) - request_fields - docs_fields
    assert not unclassified, f"classify {cls.__name__}.{sorted(unclassified)} in this test"
    assert not (request_fields | docs_fields) - field_names(cls), "a classified field no longer exists"


CASES = [
    pytest.param("parameter", name, i, id=f"Parameter.{name}[{i}]")
    for name, changes in PARAMETER_CHANGES.items()
    for i in range(len(changes))
] + [
    pytest.param("body", name, i, id=f"RequestBody.{name}[{i}]")
    for name, changes in BODY_CHANGES.items()
    for i in range(len(changes))
]


@pytest.mark.parametrize(("what", "name", "index"), CASES)
def test_request_fields_change_the_rendered_call(what: str, name: str, index: int) -> None:
    if what == "parameter":
        param = PARAMETER_CHANGES[name][index](QUERY)
        base = operation()
        if name in ("style", "explode"):
            # against the same parameter serialized as its location's default
            default = dataclasses.replace(param, style=None, explode=DEFAULT_STYLES[param.location][1])
            base = operation(params=(default,))
        changed = operation(params=(param,))
        request = name in PARAMETER_REQUEST
    else:
        body = MULTIPART if name in ("fields", "part_types") else JSON_BODY
        base = operation(body=body)
        changed = operation(body=BODY_CHANGES[name][index](body))
        request = name in BODY_REQUEST
    assert base != changed, "the change must change the IR"
    if request:
        assert rendered(changed) != rendered(base), f"{what}.{name} does not reach the rendered operation"
    else:
        assert call_arguments(changed) == call_arguments(base), f"{what}.{name} is documentation only"


@pytest.mark.parametrize("name", sorted(PARAMETER_REQUEST | BODY_REQUEST))
def test_every_request_field_has_a_change(name: str) -> None:
    assert name in PARAMETER_CHANGES or name in BODY_CHANGES


@pytest.mark.parametrize("location", ["path", "query", "header", "cookie"])
def test_a_parameter_in_every_location_is_sent(location: m.ParamLocation) -> None:
    param = dataclasses.replace(QUERY, location=location, required=True)
    assert any('"limit": limit' in arg for arg in call_arguments(operation(params=(param,))))


def test_cookies_and_non_default_styles_are_call_arguments() -> None:
    cookie = m.Parameter("session", "session", "cookie", m.STR, True)
    ids = m.Parameter("ids", "ids", "query", m.ListOf(INT), True, style="pipeDelimited", explode=False)
    args = call_arguments(operation(params=(cookie, ids), body=None))
    assert 'cookies={"session": session}' in args
    assert 'styles={("query", "ids"): ("pipeDelimited", False)}' in args


def test_renderer_and_runtime_agree_on_default_styles() -> None:
    assert dict(_params.DEFAULT_STYLES) == DEFAULT_STYLES


def test_ir_defaults_render_no_styles_argument(tmp_path: Path) -> None:
    """The IR's defaults (style by location, explode true for form only) are the renderer's."""
    params: list[dict[str, Any]] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "array", "items": {"type": "integer"}}},
        {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "X-Ids", "in": "header", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "sid", "in": "cookie", "required": True, "schema": {"type": "string"}},
        {"name": "csv", "in": "query", "explode": False, "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "f", "in": "query", "style": "deepObject", "schema": {"type": "object"}},
    ]
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {"/things/{id}": {"get": {"operationId": "getThing", "parameters": params,
                                           "responses": {"204": {"description": "none"}}}}},
    }
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(doc))
    spec = load_spec(spec_path)
    api, _ = build_api(spec.document, spec.resolve, adhoc_target(spec_path, "pkg", tmp_path / "out"))
    op = api.operations[0]
    by_wire = {p.wire: p for p in op.params}
    assert (by_wire["id"].explode, by_wire["X-Ids"].explode, by_wire["tags"].explode) == (False, False, True)
    args = call_arguments(op)
    assert 'cookies={"sid": sid}' in args
    styles = [a for a in args if a.startswith("styles=")]
    # explode defaults to false for every style but form (deepObject is exploded by definition)
    assert styles == ['styles={("query", "csv"): ("form", False), ("query", "f"): ("deepObject", False)}']
