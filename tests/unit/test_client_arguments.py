"""Per-target client settings: ``base_url_env`` and ``client_headers`` in the configuration, and
the naming of header arguments next to credential arguments (one scope, no collisions)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.config import ClientHeader, adhoc_target, target_from_table
from generator.diagnostics import ConfigError
from tests.unit.test_ir import OK, make_api

BASE = {"spec": "s.yaml", "package": "pkg", "output": "out"}


def test_client_headers_and_base_url_env_are_read(tmp_path: Path) -> None:
    target = target_from_table("t", {
        **BASE, "base_url_env": "ACME_URL",
        "client_headers": {"organization": {"header": "Acme-Org", "env": "ACME_ORG"},
                           "project": {"header": "Acme-Project"}},
    }, tmp_path)
    assert target.base_url_env == "ACME_URL"
    assert dict(target.client_headers) == {"organization": ClientHeader("Acme-Org", "ACME_ORG"),
                                           "project": ClientHeader("Acme-Project", None)}


@pytest.mark.parametrize("table", [
    {"base_url_env": "NOT A NAME"},
    {"client_headers": {"org": {"header": "Bad Header"}}},
    {"client_headers": {"org": {"header": "X-Org", "env": "1BAD"}}},
    {"client_headers": {"org": {"header": "X-Org", "unknown": 1}}},
    {"client_headers": {"not-an-identifier": {"header": "X-Org"}}},
    {"client_headers": {"org": "X-Org"}},
    {"webhook_signing": "svix"},
    {"webhook_signing": "standard-webhooks", "webhook_secret_env": "NOT A NAME"},
])
def test_bad_client_settings_are_refused(tmp_path: Path, table: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        target_from_table("t", {**BASE, **table}, tmp_path)


def _api(tmp_path: Path, headers: dict[str, ClientHeader], schemes: dict[str, Any], **changes: Any) -> Any:
    target = replace(adhoc_target(tmp_path / "spec.json", "pkg", tmp_path / "o"),
                     client_headers=headers, **changes)
    return make_api(tmp_path, paths={"/a": {"get": {"operationId": "a", "responses": OK}}},
                    **{"components": {"schemas": {}, "securitySchemes": schemes}}, target=target)


def test_a_credential_never_takes_a_header_arguments_name(tmp_path: Path) -> None:
    api = _api(tmp_path, {"organization": ClientHeader("X-Org")},
               {"Organization": {"type": "apiKey", "in": "header", "name": "X-Key"}})
    assert [h.argument for h in api.client_headers] == ["organization"]
    assert [s.attr for s in api.security_schemes] == ["organization_2"]


def test_a_header_argument_never_takes_a_configuration_argument(tmp_path: Path) -> None:
    api = _api(tmp_path, {"timeout": ClientHeader("X-Timeout"), "api_key": ClientHeader("X-Key")}, {})
    assert [h.argument for h in api.client_headers] == ["timeout_2", "api_key_2"]


def test_the_base_url_variable_defaults_to_the_package_and_can_be_set(tmp_path: Path) -> None:
    assert _api(tmp_path, {}, {}).base_url_env == "PKG_BASE_URL"
    assert _api(tmp_path, {}, {}, base_url_env="ACME_URL").base_url_env == "ACME_URL"


CLIENT_CREDENTIALS = {"type": "oauth2", "flows": {"clientCredentials": {
    "tokenUrl": "https://auth.example.com/token", "scopes": {"read": "", "write": ""}}}}


def test_a_client_credentials_flow_adds_client_id_and_secret_with_env_vars(tmp_path: Path) -> None:
    api = _api(tmp_path, {}, {"Machine": CLIENT_CREDENTIALS, "Other": CLIENT_CREDENTIALS,
                              "User": {"type": "oauth2", "flows": {"implicit": {
                                  "authorizationUrl": "https://auth.example.com/a", "scopes": {}}}}})
    machine, other, user = api.security_schemes
    assert machine.arguments == ("access_token", "client_id", "client_secret")
    assert machine.client_env == ("PKG_CLIENT_ID", "PKG_CLIENT_SECRET")
    assert machine.token_url == "https://auth.example.com/token"
    # a second scheme gets its own names; a flow without a token endpoint takes a token only
    assert other.arguments == ("other", "other_client_id", "other_client_secret")
    assert other.client_env == ("PKG_OTHER_CLIENT_ID", "PKG_OTHER_CLIENT_SECRET")
    assert (user.arguments, user.token_url) == (("user",), None)


def test_an_operation_asks_its_requirement_s_scopes(tmp_path: Path) -> None:
    ops = {"get": {"operationId": "a", "responses": OK, "security": [{"Machine": ["read"]}]},
           "post": {"operationId": "b", "responses": OK, "security": [{"Key": []}]}}
    api = make_api(tmp_path, paths={"/a": ops}, components={"schemas": {}, "securitySchemes": {
        "Machine": CLIENT_CREDENTIALS, "Key": {"type": "apiKey", "in": "header", "name": "K"}}})
    scopes = {op.id: op.scopes for g in api.groups for op in g.operations}
    assert scopes == {"a": (("Machine", ("read",)),), "b": ()}


def test_server_variables_become_arguments_named_apart_from_the_others(tmp_path: Path) -> None:
    servers = [{"url": "https://{region}.example.com/{apiVersion}/{timeout}", "variables": {
                   "region": {"default": "eu", "enum": ["eu", "us"]},
                   "apiVersion": {"default": "v1"}, "timeout": {"default": "x"}}},
               {"url": "{client_id}/{undeclared}", "variables": {"client_id": {"default": ""}}}]
    api = make_api(tmp_path, paths={"/a": {"get": {"operationId": "a", "responses": OK}}},
                   servers=servers, components={"schemas": {}, "securitySchemes": {
                       "Machine": CLIENT_CREDENTIALS}})
    first, second = api.servers
    assert [(v.name, v.argument, v.default, v.enum) for v in first.variables] == [
        ("region", "region", "eu", ("eu", "us")), ("apiVersion", "api_version", "v1", ()),
        ("timeout", "timeout_2", "x", ())]
    assert first.url == "https://eu.example.com/v1/x"
    assert first.template == "https://{region}.example.com/{apiVersion}/{timeout}"
    # a credential's argument is taken; a placeholder without a declaration still needs a value
    assert [(v.name, v.argument, v.default) for v in second.variables] == [
        ("client_id", "client_id_2", ""), ("undeclared", "undeclared", "")]


def test_webhook_signing_sets_the_secret_variable_and_claims_the_argument(tmp_path: Path) -> None:
    assert _api(tmp_path, {}, {}).webhook_secret_env is None  # no signing: no client.webhooks
    signed = _api(tmp_path, {}, {}, webhook_signing="standard-webhooks")
    assert signed.webhook_secret_env == "PKG_WEBHOOK_SECRET"
    named = _api(tmp_path, {}, {}, webhook_signing="standard-webhooks", webhook_secret_env="ACME_WH")
    assert named.webhook_secret_env == "ACME_WH"
    # the Client's webhook_secret argument is never taken by a credential or a header argument
    api = _api(tmp_path, {"webhook_secret": ClientHeader("X-Secret")},
               {"WebhookSecret": {"type": "apiKey", "in": "header", "name": "X-Key"}})
    assert [h.argument for h in api.client_headers] == ["webhook_secret_2"]
    assert [s.attr for s in api.security_schemes] == ["webhook_secret_3"]
