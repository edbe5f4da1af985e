"""Paths → operations grouped into API classes; security schemes; servers; webhooks."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from generator.config import Target
from generator.diagnostics import Diagnostic
from generator.ir import model as m
from generator.ir.types import SchemaRegistry, escape_pointer
from generator.naming import (
    CLIENT_ATTRIBUTES,
    CLIENT_KEY_ARGUMENT,
    CONFIGURATION_ARGUMENTS,
    METHOD_RESERVED,
    RESERVED_CLASS_NAMES,
    Namespace,
    api_class_name,
    claim_class_pair,
    claim_credential,
    claim_group_attribute,
    claim_method,
    credential_arguments,
    env_constant,
    module_name,
    pascal_case,
    snake_case,
)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_BINARY_PREFIXES = ("audio/", "image/", "video/", "font/")
_BINARY_TYPES = frozenset(
    {"application/octet-stream", "application/zip", "application/pdf", "application/gzip",
     "application/x-tar", "application/wasm"}
)


def content_kind(content_type: str) -> m.ResponseKind:
    ct = content_type.split(";", 1)[0].strip().lower()
    if ct == "application/json" or ct.endswith("+json") or ct == "*/*" or ct == "application/*":
        return "json"
    if ct == "text/event-stream":
        return "sse"
    if ct in _BINARY_TYPES or ct.startswith(_BINARY_PREFIXES):
        return "binary"
    if ct.startswith("text/") or ct in ("application/sdp", "application/xml", "application/x-ndjson",
                                         "application/jsonl"):
        return "text"
    return "binary"


class OperationBuilder:
    def __init__(self, doc: Mapping[str, Any], resolve: Any, registry: SchemaRegistry, target: Target) -> None:
        self.doc = doc
        self.resolve = resolve
        self.types = registry
        self.target = target
        self.diagnostics: list[Diagnostic] = []

    # ------------------------------------------------------------------ helpers

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and seen < 64:
            node = self.resolve(node["$ref"])
            seen += 1
        return node

    # ------------------------------------------------------------------ schemes / servers

    def security_schemes(self) -> tuple[m.SecurityScheme, ...]:
        raw = (self.doc.get("components") or {}).get("securitySchemes") or {}
        out: list[m.SecurityScheme] = []
        # the first bearer/oauth2 scheme is `access_token`, the Client's `api_key` argument
        taken = set(CONFIGURATION_ARGUMENTS) | {CLIENT_KEY_ARGUMENT, "access_token"}
        attrs = Namespace(taken)
        first_bearer = True
        for key, value in raw.items():
            scheme = self.deref(value)
            if not isinstance(scheme, Mapping):
                continue
            override = self.target.auth.get(str(key))
            typ = str(scheme.get("type", "")).lower()
            kind: Any
            location: Any = "header"
            param = "Authorization"
            if typ == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                kind = "basic"
            elif typ == "http":
                kind = "bearer"
            elif typ == "apikey":
                kind = "apikey"
                location = scheme.get("in") if scheme.get("in") in ("header", "query", "cookie") else "header"
                param = str(scheme.get("name") or "X-API-Key")
            elif typ in ("oauth2", "openidconnect"):
                kind = "oauth2" if typ == "oauth2" else "openid"
            else:
                continue
            is_first_bearer = kind in ("bearer", "oauth2", "openid") and first_bearer
            if is_first_bearer:
                default_attr, default_env = "access_token", self.target.api_key_env
                first_bearer = False
            else:
                default_attr, default_env = snake_case(str(key), fallback="credential"), None
            basic = kind == "basic"
            if override and override.attr:
                attr = claim_credential(attrs, override.attr, basic)
            elif is_first_bearer:
                attr = default_attr  # reserved for it above
            else:
                attr = claim_credential(attrs, default_attr, basic)
            env = override.env if override and override.env else default_env
            out.append(m.SecurityScheme(str(key), kind, attr, env, location, param,
                                        str(scheme.get("description") or ""),
                                        credential_arguments(attr, basic),
                                        env_constant(attr) if env and not basic else None))
        return tuple(out)

    def servers(self) -> tuple[m.Server, ...]:
        out = []
        for server in self.doc.get("servers") or []:
            if isinstance(server, Mapping) and isinstance(server.get("url"), str):
                url = server["url"]
                for var, spec in (server.get("variables") or {}).items():
                    if isinstance(spec, Mapping) and "default" in spec:
                        url = url.replace("{" + str(var) + "}", str(spec["default"]))
                out.append(m.Server(url.rstrip("/") or "/", str(server.get("description") or "")))
        return tuple(out) or (m.Server("http://localhost"),)

    # ------------------------------------------------------------------ operations

    def groups(self) -> tuple[m.Group, ...]:
        tag_docs = {
            str(t.get("name")): str(t.get("description") or "")
            for t in self.doc.get("tags") or []
            if isinstance(t, Mapping)
        }
        ops_by_group: dict[str, list[m.Operation]] = {}
        titles: dict[str, str] = {}
        method_names: dict[str, Namespace] = {}
        op_ids: set[str] = set()
        paths = self.doc.get("paths") or {}
        for path, item in paths.items():
            item = self.deref(item)
            if not isinstance(item, Mapping):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, Mapping):
                    continue
                pointer = f"/paths/{escape_pointer(str(path))}/{method}"
                title = self._group_title(op, str(path))
                key = snake_case(title, fallback="default")
                titles.setdefault(key, title)
                names = method_names.setdefault(key, Namespace(METHOD_RESERVED | {"api_client"}))
                built = self._operation(str(path), method, op, item, pointer, key, names, op_ids)
                ops_by_group.setdefault(key, []).append(built)
        groups: list[m.Group] = []
        class_names = Namespace(RESERVED_CLASS_NAMES)
        attributes = Namespace(CLIENT_ATTRIBUTES)
        for key in sorted(ops_by_group):
            title = titles[key]
            cls, async_cls = claim_class_pair(class_names, api_class_name(title))
            attr = claim_group_attribute(attributes, key)
            ops = tuple(dataclasses.replace(o, group=attr) for o in ops_by_group[key])
            groups.append(m.Group(attr, cls, module_name(cls), title, tag_docs.get(title, ""),
                                  ops, async_cls))
        return tuple(groups)

    def _group_title(self, op: Mapping[str, Any], path: str) -> str:
        override = self.target.operations.get(str(op.get("operationId", "")))
        if override and override.group:
            return override.group
        tags = op.get("tags")
        if isinstance(tags, list) and tags and isinstance(tags[0], str) and tags[0].strip():
            title = tags[0]
        else:
            segments = [s for s in path.split("/") if s and not s.startswith("{")]
            title = segments[0] if segments else "default"
        return self.target.groups.get(title, title)

    def _operation(
        self, path: str, method: str, op: Mapping[str, Any], item: Mapping[str, Any], pointer: str,
        group: str, names: Namespace, op_ids: set[str],
    ) -> m.Operation:
        op_id = str(op.get("operationId") or "") or f"{method}_{path}"
        if op_id in op_ids:
            self.types.warn(pointer, "duplicate-operation-id", f"operationId {op_id!r} is used twice")
        op_ids.add(op_id)
        override = self.target.operations.get(op_id)
        wanted = override.name if override and override.name else snake_case(op_id, fallback="call")
        name = claim_method(names, wanted)
        ctx = pascal_case(op_id, fallback="Operation")
        params = self._parameters(op, item, pointer, ctx)
        param_names = Namespace(METHOD_RESERVED | {p.name for p in params})
        body = self._body(op, pointer, ctx, param_names)
        responses = self._responses(op, pointer, ctx)
        if override and override.binary:
            responses = _as_binary(responses)
        security = self._security(op)
        stream = self._stream(op_id, responses, body, pointer, self._json_body_props(op))
        summary = str(op.get("summary") or "").strip()
        description = str(op.get("description") or "").strip()
        tags = tuple(str(t) for t in op.get("tags") or [] if isinstance(t, str))
        return m.Operation(
            id=op_id, name=name, method=method.upper(), path=path, group=group, summary=summary,
            description=description, params=params, body=body, responses=responses, security=security,
            deprecated=bool(op.get("deprecated")), stream=stream, tags=tags, pointer=pointer,
        )

    def _parameters(self, op: Mapping[str, Any], item: Mapping[str, Any], pointer: str, ctx: str) -> tuple[m.Parameter, ...]:
        merged: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
        for where, source in (("", item), (pointer, op)):
            base = where or pointer.rsplit("/", 1)[0]
            for i, raw in enumerate(source.get("parameters") or []):
                param = self.deref(raw)
                if not isinstance(param, Mapping) or not isinstance(param.get("name"), str):
                    continue
                loc = str(param.get("in", "query"))
                merged[(loc, param["name"])] = (param, f"{base}/parameters/{i}")
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        names = Namespace(METHOD_RESERVED | {"api_client"})
        out: list[m.Parameter] = []
        for (loc, wire), (param, ptr) in sorted(merged.items(), key=lambda kv: order.get(kv[0][0], 9)):
            if loc not in order:
                continue
            if loc == "header" and wire.lower() in ("accept", "content-type", "authorization"):
                continue
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), Mapping):
                first: Any = next(iter(param["content"].values()), {})
                schema = first.get("schema") if isinstance(first, Mapping) else None
            t = self.types.type_of(schema or {}, f"{ctx}{pascal_case(wire, fallback='Param')}", f"{ptr}/schema")
            if isinstance(t, m.Nullable):
                t = t.inner
            required = bool(param.get("required")) or loc == "path"
            default = schema.get("default") if isinstance(schema, Mapping) else None
            out.append(m.Parameter(
                name=names.claim(_param_name(wire), sep="_"),
                wire=wire, location=loc,  # type: ignore[arg-type]
                type=t, required=required, description=str(param.get("description") or "").strip(),
                default=m.py_literal(default) if default is not None else None,
                deprecated=bool(param.get("deprecated")), style=param.get("style"),
                # explode defaults to true for form style only; the style defaults by location
                # (form in query and cookie, simple in path and header)
                explode=bool(param.get("explode", (param.get("style") or _DEFAULT_STYLE[loc]) == "form")),
            ))
        # required first so the positional order is valid Python
        return tuple(sorted(out, key=lambda p: (p.location != "path", not p.required)))

    def _body(self, op: Mapping[str, Any], pointer: str, ctx: str, names: Namespace) -> m.RequestBody | None:
        raw = op.get("requestBody")
        if raw is None:
            return None
        body = self.deref(raw)
        if not isinstance(body, Mapping):
            return None
        content = body.get("content") or {}
        if not isinstance(content, Mapping) or not content:
            return None
        ct = _pick_request_content(list(content))
        multipart = next((c for c in content if c.split(";", 1)[0].strip().lower() == "multipart/form-data"), None)
        if multipart is not None and ct != multipart and self._has_files(content[multipart]):
            ct = multipart  # only multipart can carry the file uploads this operation accepts
        media = content[ct] if isinstance(content[ct], Mapping) else {}
        schema = media.get("schema") or {}
        bptr = f"{pointer}/requestBody/content/{escape_pointer(ct)}/schema"
        required = bool(body.get("required"))
        description = str(body.get("description") or "").strip()
        base = ct.split(";", 1)[0].strip().lower()
        if base in ("multipart/form-data", "application/x-www-form-urlencoded"):
            kind: m.BodyKind = "multipart" if base.startswith("multipart") else "form"
            fields, model = self._form_fields(schema, bptr, ctx, names)
            return m.RequestBody(kind, base, m.MapOf(m.ANY), required, "", description, fields, model)
        k = content_kind(base)
        if k == "json":
            t = self.types.type_of(schema, f"{ctx}Request", bptr)
            wanted = snake_case(t.name, fallback="body") if isinstance(t, m.Named) else "body"
            pname = names.claim(wanted, sep="_")
            return m.RequestBody("json", base if base != "*/*" else "application/json", t, required,
                                 pname, description)
        if k == "text":
            return m.RequestBody("text", base, m.STR, required, names.claim("body", sep="_"), description)
        return m.RequestBody("binary", base, m.Prim("FileTypes"), required, names.claim("body", sep="_"),
                             description)

    def _has_files(self, media: Any) -> bool:
        schema = self.deref(media.get("schema")) if isinstance(media, Mapping) else None
        if not isinstance(schema, Mapping):
            return False
        for prop, _ptr in self.types._flatten(schema, "").properties.values():
            prop = self.deref(prop)
            items = self.deref(prop.get("items")) if isinstance(prop, Mapping) else None
            for candidate in (prop, items):
                if isinstance(candidate, Mapping) and candidate.get("format") == "binary":
                    return True
                for branch in (candidate.get("anyOf") or candidate.get("oneOf") or []) if isinstance(candidate, Mapping) else []:
                    if isinstance(branch, Mapping) and (branch.get("format") == "binary" or (
                            isinstance(branch.get("items"), Mapping) and branch["items"].get("format") == "binary")):
                        return True
        return False

    def _form_fields(self, schema: Any, pointer: str, ctx: str, names: Namespace) -> tuple[tuple[m.Parameter, ...], str | None]:
        model: str | None = None
        if isinstance(schema, Mapping) and "$ref" in schema:
            named = self.types.named(schema["$ref"])
            model = named.name
            ctx = named.name
        flat = self.types._flatten(self.deref(schema) if isinstance(schema, Mapping) else {}, pointer)
        out: list[m.Parameter] = []
        for wire, (prop, ptr) in flat.properties.items():
            t = self.types.type_of(prop, f"{ctx}{pascal_case(wire, fallback='Field')}", ptr, binary="file")
            if isinstance(t, m.Nullable):
                t = t.inner
            out.append(m.Parameter(
                name=names.claim(_param_name(wire), sep="_"), wire=wire, location="form",
                type=t, required=wire in flat.required,
                description=str(prop.get("description") or "").strip() if isinstance(prop, Mapping) else "",
            ))
        return tuple(sorted(out, key=lambda p: not p.required)), model

    def _responses(self, op: Mapping[str, Any], pointer: str, ctx: str) -> tuple[m.Response, ...]:
        out: list[m.Response] = []
        raw = op.get("responses") or {}
        success_seen = 0
        for status, value in raw.items():
            status = str(status).upper()
            resp = self.deref(value)
            if not isinstance(resp, Mapping):
                continue
            rptr = f"{pointer}/responses/{escape_pointer(status)}"
            headers = tuple(
                m.Header(str(h), str((self.deref(hv) or {}).get("description") or "").strip(),
                         self._header_type(self.deref(hv)))
                for h, hv in (resp.get("headers") or {}).items()
            )
            content = resp.get("content") or {}
            description = str(resp.get("description") or "").strip()
            if not isinstance(content, Mapping) or not content:
                out.append(m.Response(status, "empty", None, None, description, headers))
                continue
            is_ok = status.startswith("2")
            suffix = "" if is_ok and success_seen == 0 else status.title().replace("Xx", "XX")
            if is_ok:
                success_seen += 1
            seen_kinds: set[str] = set()
            for ct in _order_response_content(list(content)):
                kind = content_kind(ct)
                if kind in seen_kinds:
                    continue
                seen_kinds.add(kind)
                media = content[ct] if isinstance(content[ct], Mapping) else {}
                schema = media.get("schema")
                sptr = f"{rptr}/content/{escape_pointer(ct)}/schema"
                t: m.TypeRef | None
                if kind == "json":
                    t = self.types.type_of(schema or {}, f"{ctx}Response{suffix}", sptr)
                elif kind == "sse":
                    t = self.types.type_of(schema, f"{ctx}Event", sptr) if schema else None
                elif kind == "binary":
                    t = m.Prim("bytes")
                else:
                    t = m.STR
                out.append(m.Response(status, kind, ct, t, description, headers))
        return tuple(out)

    def _header_type(self, header: Any) -> str:
        schema = header.get("schema") if isinstance(header, Mapping) else None
        if isinstance(schema, Mapping) and isinstance(schema.get("type"), str):
            return str(schema["type"])
        return "string"

    def _security(self, op: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
        req = op.get("security", self.doc.get("security"))
        if not isinstance(req, list):
            return ()
        out = []
        for alt in req:
            if isinstance(alt, Mapping):
                out.append(tuple(str(k) for k in alt))
        return tuple(out)

    def _json_body_props(self, op: Mapping[str, Any]) -> frozenset[str]:
        """Property names of the JSON or form request body (allOf merged), for the ``stream`` flag."""
        body = self.deref(op.get("requestBody"))
        content = body.get("content") if isinstance(body, Mapping) else None
        if not isinstance(content, Mapping):
            return frozenset()
        for ct, media in content.items():
            base = str(ct).split(";", 1)[0].strip().lower()
            form = base in ("multipart/form-data", "application/x-www-form-urlencoded")
            if (form or content_kind(base) == "json") and isinstance(media, Mapping):
                schema = self.deref(media.get("schema"))
                if isinstance(schema, Mapping):
                    return frozenset(self.types._flatten(schema, "").properties)
        return frozenset()

    def _stream(self, op_id: str, responses: tuple[m.Response, ...], body: m.RequestBody | None,
                pointer: str, body_props: frozenset[str]) -> m.StreamInfo | None:
        override = self.target.operations.get(op_id)
        sse = next((r for r in responses if r.kind == "sse" and r.is_success), None)
        wants = (override.stream if override and override.stream is not None else sse is not None)
        if not wants:
            return None
        event: m.TypeRef | None = None
        if override and override.stream_event:
            event = self.types.named(f"#/components/schemas/{escape_pointer(override.stream_event)}")
        elif sse is not None and sse.type is not None:
            event = sse.type
        else:
            json_ok = next((r for r in responses if r.kind == "json" and r.is_success), None)
            event = json_ok.type if json_ok and json_ok.type else m.ANY
            if sse is not None:
                self.types.warn(pointer, "stream-event", "text/event-stream response has no schema; "
                                "events are typed as the JSON response")
        flag = body is not None and body.kind in ("json", "multipart", "form") and "stream" in body_props
        done = override.stream_done if override and override.stream_done is not None else True
        return m.StreamInfo(event, "text/event-stream", flag, done)


def _as_binary(responses: tuple[m.Response, ...]) -> tuple[m.Response, ...]:
    """The responses of an operation marked ``binary = true``: every success body is a file
    (``bytes``), whatever the spec declares for it; error responses are kept as declared."""
    out: list[m.Response] = []
    done: set[str] = set()
    for r in responses:
        if not r.is_success:
            out.append(r)
        elif r.status not in done:
            done.add(r.status)
            same = [x for x in responses if x.status == r.status and x.kind == "binary"]
            ct = same[0].content_type if same else "*/*"
            out.append(m.Response(r.status, "binary", ct, m.Prim("bytes"), r.description, r.headers))
    return tuple(out)


_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


def _param_name(wire: str) -> str:
    name = snake_case(wire.rstrip("[]"), fallback="param")
    return name


def _pick_request_content(types: list[str]) -> str:
    def rank(ct: str) -> tuple[int, str]:
        base = ct.split(";", 1)[0].strip().lower()
        if base == "application/json":
            return (0, ct)
        if base.endswith("+json"):
            return (1, ct)
        if base == "multipart/form-data":
            return (2, ct)
        if base == "application/x-www-form-urlencoded":
            return (3, ct)
        return (4, ct)
    return min(types, key=rank)


def _order_response_content(types: list[str]) -> list[str]:
    def rank(ct: str) -> int:
        kind = content_kind(ct)
        return {"json": 0, "sse": 1, "binary": 2, "text": 3}.get(kind, 4)
    return sorted(types, key=rank)


def detect_pagination(op: m.Operation, definitions: Mapping[str, m.Definition]) -> m.Operation:
    """OpenAI-style cursor pages: ``after`` + ``limit`` query params, a response with ``data``,
    ``has_more`` and ``last_id``; the result gets a :class:`Pagination` record."""
    if op.method != "GET":
        return op
    query = {p.wire: p for p in op.params_in("query")}
    if "after" not in query or "limit" not in query:
        return op
    rt = op.return_type
    if not isinstance(rt, m.Named):
        return op
    model = definitions.get(rt.name)
    if not isinstance(model, m.Model):
        return op
    fields = {f.wire: f for f in model.fields}
    data = fields.get("data")
    if data is None or not isinstance(data.type, m.ListOf) or "has_more" not in fields:
        return op
    cursor = "last_id" if "last_id" in fields else None
    if cursor is None:
        item = data.type.item
        if isinstance(item, m.Named) and isinstance(definitions.get(item.name), m.Model):
            item_model = definitions[item.name]
            assert isinstance(item_model, m.Model)
            if any(f.wire == "id" for f in item_model.fields):
                cursor = "id"  # the next page starts after the last item's id
    if cursor is None:
        return op
    on_item = cursor not in fields
    pag = m.Pagination(query["after"].name, data.type.item,
                       cursor_field=fields[cursor].name if not on_item else "id",
                       data_field=data.name, has_more_field=fields["has_more"].name,
                       cursor_on_item=on_item)
    return dataclasses.replace(op, pagination=pag)
