"""IR facts that decide what goes on the wire (found by the Spector conformance suite)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_ir import OK, make_api


def test_a_format_byte_parameter_is_bytes_a_body_string_is_not(tmp_path: Path) -> None:
    byte = {"type": "string", "format": "byte"}
    paths = {"/a": {"get": {"operationId": "a", "parameters": [
        {"name": "one", "in": "query", "required": True, "schema": byte},
        {"name": "many", "in": "header", "schema": {"type": "array", "items": byte}},
        {"name": "text", "in": "query", "schema": {"type": "string"}}], "responses": OK}}}
    op = make_api(tmp_path, paths=paths, version="3.0.3").operations[0]
    assert {p.name: p.type.py() for p in op.params} == {"one": "bytes", "many": "list[bytes]", "text": "str"}


def test_a_declared_accept_header_is_an_argument(tmp_path: Path) -> None:
    paths = {"/a": {"get": {"operationId": "a", "parameters": [
        {"name": "accept", "in": "header", "required": True,
         "schema": {"type": "string", "enum": ["image/png", "image/jpeg"]}},
        {"name": "Content-Type", "in": "header", "schema": {"type": "string"}}], "responses": OK}}}
    op = make_api(tmp_path, paths=paths).operations[0]
    assert [(p.wire, p.location, p.required) for p in op.params] == [("Accept", "header", True)]


def test_an_http_scheme_other_than_basic_and_bearer_keeps_its_name(tmp_path: Path) -> None:
    schemes = {"Custom": {"type": "http", "scheme": "SharedAccessKey"},
               "Token": {"type": "http", "scheme": "bearer"}}
    api = make_api(tmp_path, paths={"/a": {"get": {"operationId": "a", "responses": OK}}},
                   **{"components": {"schemas": {}, "securitySchemes": schemes}})
    found = {s.key: (s.kind, s.http_scheme) for s in api.security_schemes}
    assert found == {"Custom": ("bearer", "SharedAccessKey"), "Token": ("bearer", "Bearer")}


def test_optional_security_is_the_last_alternative(tmp_path: Path) -> None:
    api = make_api(tmp_path, paths={"/a": {"get": {"operationId": "a", "responses": OK}}},
                   security=[{}, {"OAuth": ["read"]}],
                   **{"components": {"schemas": {}, "securitySchemes": {
                       "OAuth": {"type": "oauth2", "flows": {"implicit": {
                           "authorizationUrl": "https://example.com/auth", "scopes": {"read": ""}}}}}}})
    assert api.operations[0].security == (("OAuth",), ())
