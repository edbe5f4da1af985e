"""Drive one Spector scenario through a generated client, from the scenario's own data.

Each mock API endpoint says what the server expects (method, URI, query, headers, body) and what
it answers. The driver finds the operation with that method whose path template matches the URI
(in the compiled OpenAPI document and the client's .oagen-surface.json), turns the expected wire
values back into Python arguments using the parameter's schema (so the client has to serialize
them again exactly), calls the generated method (sync or async), and compares the parsed result
with the expected response body. Nothing here knows a particular scenario.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import enum
import inspect
import json
import re
import urllib.parse
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from generator.runtime._request import RequestOptions
from tests.spector.build import GeneratedClient

BASE_URL = "{{BASE_URL}}"
# every method's per-call options (the runtime's RequestOptions), never a scenario argument
PER_CALL = {f.name for f in dataclasses.fields(RequestOptions)} | {"self"}
JSON_LINES = ("application/jsonl", "application/x-ndjson")
DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


class HarnessLimit(Exception):
    """The scenario needs something the data-driven driver cannot express (listed in the table)."""


def _template_regex(path: str, *, prefix: bool = False) -> re.Pattern[str]:
    out, last = "", 0
    for m in re.finditer(r"\{([^}]+)\}", path):
        out += re.escape(path[last:m.start()]) + "([^/]+)"
        last = m.end()
    return re.compile("^" + out + re.escape(path[last:]) + ("" if prefix else "$"))


def server_path(client: GeneratedClient) -> str:
    """The path part of the first server URL ("{endpoint}/versioning/api-version:{version}" ->
    "/versioning/api-version:{version}"): the mock serves it under its own host."""
    servers = client.document.get("servers") or [{"url": ""}]
    url = re.sub(r"^(\{[^}/]+\}|[a-z]+://[^/]*)", "", servers[0]["url"])
    return url.rstrip("/")


def find_operation(client: GeneratedClient, method: str, uri: str) -> tuple[str, str, dict[str, Any], dict[str, str]]:
    """(server path prefix as sent, path template, OpenAPI operation, path arguments by wire name)."""
    uri = uri.replace("\\:", ":")  # express escapes a literal colon in its route
    m_prefix = _template_regex(server_path(client), prefix=True).match(uri)
    if m_prefix is None:
        raise HarnessLimit(f"{uri} is not under the server URL {server_path(client)!r}")
    prefix, rest = m_prefix.group(0), uri[m_prefix.end():] or "/"
    for path, item in client.document.get("paths", {}).items():
        op = item.get(method.lower())
        if op is None:
            continue
        names = re.findall(r"\{([^}]+)\}", path)
        m = _template_regex(path).match(rest)
        if m:
            values = [urllib.parse.unquote(v) for v in m.groups()]
            return prefix, path, op, dict(zip(names, values, strict=True))
    raise HarnessLimit(f"no operation {method.upper()} matches {uri}")


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _scalar(doc: dict[str, Any], schema: dict[str, Any], text: str) -> Any:
    schema = _resolve(doc, schema)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    fmt = schema.get("format")
    if kind == "integer":
        return int(text)
    if kind == "number":
        return float(text)
    if kind == "boolean":
        return text == "true"
    if kind == "string" and fmt == "date-time":
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if kind == "string" and fmt == "date":
        return dt.date.fromisoformat(text)
    if kind == "string" and fmt == "byte":
        return base64.b64decode(text)
    return text


def _pairs(doc: dict[str, Any], schema: dict[str, Any], items: list[tuple[str, str]]) -> dict[str, Any]:
    values = schema.get("additionalProperties")
    props = schema.get("properties", {})
    return {k: _scalar(doc, props.get(k, values if isinstance(values, dict) else {}), v) for k, v in items}


def _unstyle(param: dict[str, Any], kind: str | None, text: str) -> list[str] | list[tuple[str, str]] | str:
    """Undo RFC 6570 / OpenAPI style serialization of one path or query value (the inverse of
    what the client must produce): the parts of an array, the (key, value) pairs of an object,
    or the scalar text."""
    style = param.get("style", "form" if param["in"] in ("query", "cookie") else "simple")
    explode = param.get("explode", style == "form")
    name = param["name"]
    if style == "label":
        text, sep = text.removeprefix("."), ("." if explode else ",")
    elif style == "matrix":
        chunks = text.removeprefix(";").split(";")
        if kind == "object" and explode:
            return [tuple(c.split("=", 1)) for c in chunks]  # type: ignore[misc]
        parts = [c.removeprefix(f"{name}=") for c in chunks]
        if kind == "array" and explode:
            return parts
        text, sep = parts[0], ","
    else:
        sep = DELIMITERS.get(style, ",")
    if kind == "array":
        return text.split(sep)
    if kind == "object":
        if explode:
            return [tuple(c.split("=", 1)) for c in text.split(sep)]  # type: ignore[misc]
        flat = text.split(",")
        return list(zip(flat[0::2], flat[1::2], strict=True))
    return text


def _parameter_value(doc: dict[str, Any], param: dict[str, Any], value: Any) -> Any:
    schema = _resolve(doc, param.get("schema", {}))
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" and isinstance(value, dict):  # an exploded form object: its own query keys
        return _pairs(doc, schema, [(k, str(v)) for k, v in value.items()])
    if kind == "array" and isinstance(value, list):
        return [_scalar(doc, schema.get("items", {}), str(p)) for p in value]
    parts = _unstyle(param, kind, str(value))
    if kind == "array":
        return [_scalar(doc, schema.get("items", {}), str(p)) for p in parts]
    if kind == "object":
        return _pairs(doc, schema, parts)  # type: ignore[arg-type]
    return _scalar(doc, schema, str(parts))


def _query_value(doc: dict[str, Any], params: list[dict[str, Any]], param: dict[str, Any], query: Mapping[str, Any]) -> Any:
    """The expected query value of `param`; an exploded form object has no key of its own: its
    properties are the query keys no other parameter claims."""
    if param["name"] in query:
        return query[param["name"]]
    schema = _resolve(doc, param.get("schema", {}))
    if schema.get("type") == "object" and param.get("explode", param.get("style", "form") == "form"):
        claimed = {p["name"] for p in params if p["in"] == "query"}
        rest = {k: v for k, v in query.items() if k not in claimed}
        return rest or None
    return None


def _header(headers: Mapping[str, Any] | None, name: str) -> Any:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value
    return None


def arguments(client: GeneratedClient, endpoint: dict[str, Any], base_url: str) -> tuple[str, str, dict[str, Any]]:
    """(server path prefix, method name "group.name", keyword arguments) for one endpoint."""
    request = endpoint["request"]
    prefix, path, op, path_values = find_operation(client, endpoint["method"], endpoint["uri"])
    surface = client.surface["operations"].get(f"{endpoint['method'].upper()} {path}")
    if surface is None:
        raise HarnessLimit(f"{endpoint['method'].upper()} {path} is not in the client's surface")
    doc = client.document
    params = [_resolve(doc, p) for p in client.document["paths"][path].get("parameters", []) + op.get("parameters", [])]
    kwargs: dict[str, Any] = {}
    for param in params:
        key = param["name"] if param["name"] in surface["params"] else f"{param['name']}@{param['in']}"
        entry = surface["params"].get(key)
        if entry is None and param["in"] == "header":  # header names are case-insensitive
            entry = next((v for k, v in surface["params"].items() if k.lower() == param["name"].lower()), None)
        if entry is None:
            continue  # a constant parameter the client sends by itself
        py_name = entry.get("name", param["name"])
        location = param["in"]
        if location == "path":
            raw: Any = path_values.get(param["name"])
        elif location == "query":
            raw = _query_value(doc, params, param, request.get("query") or {})
        elif location == "header":
            raw = _header(request.get("headers"), param["name"])
        else:
            raise HarnessLimit(f"{location} parameter {param['name']}")
        if raw is None:
            if param.get("required"):
                raise HarnessLimit(f"no value for required {location} parameter {param['name']}")
            continue
        if isinstance(raw, str):
            raw = raw.replace(BASE_URL, base_url)
        kwargs[py_name] = _parameter_value(doc, param, raw)
    body = request.get("body")
    if body is not None:
        if "body" not in surface:
            raise HarnessLimit("the endpoint sends a body the operation does not declare")
        if body.get("kind") == "multipart":
            kwargs.update(_multipart_arguments(doc, op, surface["body"], body))
            return prefix, f"{surface['group']}.{surface['name']}", kwargs
        if "fields" in surface["body"]:
            raise HarnessLimit("form body")
        value: Any
        if "base64" in body:
            value = base64.b64decode(body["base64"])
        elif surface["body"]["kind"] == "json":
            value = json.loads(body["text"].replace(BASE_URL, base_url))
        elif body.get("contentType") == "application/json":
            # the mock data holds a text body as its JSON value (`"{cat}"`): send the string
            value = json.loads(body["text"])
        else:
            value = body["text"]
        kwargs["\0body"] = value
    return prefix, f"{surface['group']}.{surface['name']}", kwargs


def paginated(client: GeneratedClient, endpoints: list[dict[str, Any]]) -> bool:
    """Does the scenario page through one operation: several endpoints, the first one an
    auto-paging operation (the later ones are what the client's iterator requests by itself)?"""
    if len(endpoints) < 2:
        return False
    _, path, _, _ = find_operation(client, endpoints[0]["method"], endpoints[0]["uri"])
    surface = client.surface["operations"].get(f"{endpoints[0]['method'].upper()} {path}") or {}
    return "paginated" in surface


def _multipart_arguments(doc: dict[str, Any], op: dict[str, Any], surface_body: dict[str, Any],
                         body: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the parts the mock expects: plain parts converted by their property
    schema, files as (filename, bytes, content type) tuples, a list for an array property."""
    fields = surface_body.get("fields", {})
    media = op["requestBody"]["content"]["multipart/form-data"]
    properties = _resolve(doc, media.get("schema", {})).get("properties", {})
    out: dict[str, Any] = {}

    def argument(wire: str) -> str:
        if wire not in fields:
            raise HarnessLimit(f"multipart part {wire!r} is not a field of the operation")
        return str(fields[wire].get("name", wire))

    for wire, value in (body.get("parts") or {}).items():
        schema = _resolve(doc, properties.get(wire, {}))
        if schema.get("type") in ("object", "array") or isinstance(value, dict | list):
            out[argument(wire)] = value  # a JSON part (a model's dict form)
        else:
            out[argument(wire)] = _scalar(doc, schema, str(value))
    for file in body.get("files") or []:
        wire = file["fieldname"]
        upload = (file["originalname"], base64.b64decode(file["base64"]), file["mimetype"])
        if _resolve(doc, properties.get(wire, {})).get("type") == "array":
            out.setdefault(argument(wire), []).append(upload)
        else:
            out[argument(wire)] = upload
    return out


def credentials(client: GeneratedClient, endpoint: dict[str, Any]) -> dict[str, str]:
    """Client arguments for the security schemes whose credential the request carries.

    The surface records a scheme as "kind location param attr [http-scheme]" (attr: the Client
    argument; http-scheme: the Authorization prefix when it is not Bearer)."""
    request = endpoint["request"]
    out: dict[str, str] = {}
    for description in client.surface.get("security", {}).values():
        kind, location, param, attr, *rest = description.split()
        prefix = rest[0] if rest else "bearer"
        if location == "header":
            value = _header(request.get("headers"), param)
        elif location == "query":
            value = (request.get("query") or {}).get(param)
        else:
            raise HarnessLimit(f"{location} credential {param}")
        if value is None:
            continue
        if kind in ("bearer", "oauth2", "openid"):
            scheme, _, token = str(value).partition(" ")
            if scheme.lower() != prefix.lower():
                continue  # another scheme's value in the same header
            value = token
        out[attr] = str(value)
    return out or _unchecked_credential(client, endpoint)


def _unchecked_credential(client: GeneratedClient, endpoint: dict[str, Any]) -> dict[str, str]:
    """A placeholder credential for an operation that requires one when the mock checks none
    (`Authentication_OAuth2_invalid` answers 403 whatever is sent): the client refuses to send
    such an operation without a credential, as it should."""
    _, _, op, _ = find_operation(client, endpoint["method"], endpoint["uri"])
    security = op.get("security", client.document.get("security")) or []
    if not security or any(not alternative for alternative in security):
        return {}
    description = client.surface.get("security", {}).get(next(iter(security[0])))
    if description is None:
        return {}
    kind, _, _, attr, *_ = description.split()
    return {} if kind == "basic" else {attr: "unchecked-credential"}


def bind(method: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Put the body under the method's body parameter: the one that is no declared parameter
    (nor one of the body's fields, which are keyword-only)."""
    if "\0body" not in kwargs:
        return kwargs
    kwargs = dict(kwargs)
    body = kwargs.pop("\0body")
    params = inspect.signature(method).parameters
    free = [n for n in params if n not in PER_CALL and n not in kwargs]
    if len(free) > 1:  # a JSON object body also takes its fields as keyword-only arguments
        free = [n for n in free if params[n].kind is not inspect.Parameter.KEYWORD_ONLY] or free
    if len(free) != 1:
        raise HarnessLimit(f"cannot tell the body parameter among {free}")
    kwargs[free[0]] = body
    return kwargs


def expected_body(body: dict[str, Any] | None, base_url: str) -> Any:
    """The parsed value of a dumped body (the response's, or the request's for an echo)."""
    if body is None:
        return None
    content_type = (body.get("contentType") or "").split(";")[0].strip()
    if content_type in JSON_LINES:  # the client parses each line
        text = base64.b64decode(body["base64"]).decode() if "base64" in body else body.get("text") or ""
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    if "base64" in body:
        return base64.b64decode(body["base64"])
    text = (body.get("text") or "").replace(BASE_URL, base_url)
    if content_type == "application/json" or content_type.endswith("+json"):
        return json.loads(text)
    return text


def mismatch(expected: Any, actual: Any, where: str = "$") -> str | None:
    """None when the parsed `actual` means the JSON `expected`, else where and how they differ."""
    if isinstance(actual, BaseModel):
        actual = actual.model_dump(mode="python", by_alias=True, exclude_unset=True)
    if isinstance(actual, enum.Enum):
        actual = actual.value
    if isinstance(expected, dict) and isinstance(actual, dict):
        if set(expected) != set(actual):
            return f"{where}: keys {sorted(actual)} != expected {sorted(expected)}"
        for k in expected:
            found = mismatch(expected[k], actual[k], f"{where}.{k}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list | tuple):
        if len(expected) != len(actual):
            return f"{where}: {len(actual)} items != expected {len(expected)}"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            found = mismatch(e, a, f"{where}[{i}]")
            if found:
                return found
        return None
    if isinstance(expected, str) and isinstance(actual, dt.datetime):
        same = dt.datetime.fromisoformat(expected.replace("Z", "+00:00")) == actual
    elif isinstance(expected, str) and isinstance(actual, dt.date):
        same = dt.date.fromisoformat(expected) == actual
    elif isinstance(expected, str) and isinstance(actual, bytes):
        same = base64.b64decode(expected + "==") == actual or base64.urlsafe_b64decode(expected + "==") == actual
    elif isinstance(expected, bool) or isinstance(actual, bool):
        same = expected is actual
    elif isinstance(expected, int | float) and isinstance(actual, int | float):
        same = float(expected) == float(actual)
    else:
        same = type(expected) is type(actual) and expected == actual
    return None if same else f"{where}: {actual!r} != expected {expected!r}"
