"""The findings of :mod:`generator.loader.validate`'s reference (openapi-spec-validator), fast.

openapi-spec-validator runs two phases: the official OpenAPI JSON Schema over the root document,
then a keyword walk (every schema checked against its JSON Schema dialect's meta-schema once,
``default`` values against their schema, ``required`` names defined under ``allOf``, duplicate
parameters / tags / operationIds, path parameters declared and used).  Both phases are pure
Python and take seconds on a large spec.  Here:

* the walk is re-implemented over oagen's own loaded documents, in the library's order and with
  its "visit each schema object once" rules, so the same objects are checked in the same modes;
* every *validity* question (document vs the OAS schema, schema vs the dialect meta-schema,
  default vs schema) is answered by ``jsonschema-rs``, compiled once per schema object;
* the rare *failures* are explained by the very same Python validators the reference uses
  (the first meta-schema error, every default error), so messages and pointers are identical.

The compiled checks are arranged to be conservative: where jsonschema-rs could accept what the
Python validator rejects (OAS 3.0 ``discriminator``, int32/int64 bounds, values that are not
JSON), the Python validator decides.  Anything the walk does not expect (a malformed document)
sends the whole keyword phase to the reference, as does a document that fails the OAS schema for
the structural phase.
"""


from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any

import jsonschema_rs as rs

from generator.loader.compiled import (
    OAS31_DIALECT,
    Discriminator,
    document_registry,
    has_big_int,
    is_json,
    json_safe,
    meta_validator,
    structure_validator,
    value_formats,
)
from generator.loader.defaults import surely_valid
from generator.loader.findings import Finding, dedupe, message_of, schema_kind, shorten
from generator.loader.read import Source, from_pointer, to_pointer
from generator.loader.reference import (
    reference_keyword_findings,
    reference_meta_error,
    reference_schema_path,
    reference_structural_findings,
)
from generator.loader.refs import Parts, follow, split_ref

OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_Ctx = tuple[tuple[Any, ...], str, Parts, Any]  # logical path, uri, physical parts, node


class _Unexpected(Exception):
    """A shape the reference would trip over: let the reference walk decide."""


# --------------------------------------------------------------------------- entry point


def validate_fast(sources: dict[str, Source], version: str) -> list[Finding]:
    """The reference's findings (same kinds, locations and messages), from compiled validators."""
    v31 = not version.startswith("3.0")
    findings, root_plain = _structure(sources, v31)
    walk = _Walk(sources, v31, root_plain)
    try:
        walk.root()
        findings += walk.findings
    except Exception:  # _Unexpected, RecursionError...: the reference reports (or crashes on) such documents itself
        findings += reference_keyword_findings(sources, version)
    return dedupe(findings)


def _structure(sources: dict[str, Source], v31: bool) -> tuple[list[Finding], bool]:
    """(findings of the structural phase, whether the root document is JSON-safe as it is)."""
    src = sources[""]
    data = src.data
    validator = structure_validator(v31)
    plain = False
    try:
        # JSON text holds JSON values only (and the repairs add only JSON values): no copy
        safe, odd = (data, False) if src.json_only() else json_safe(data, "")
        plain = safe is data
        ok = bool(validator.is_valid(safe))
        if ok and odd:  # a date where a string is required must still fail, as in the reference
            ok = bool(validator.is_valid(json_safe(data, {})[0]))
    except Exception:
        ok = False
    return ([] if ok else reference_structural_findings(sources, v31)), plain


class _Walk:
    """openapi-spec-validator's keyword walk (``keywords.py``) over oagen's documents."""

    def __init__(self, sources: dict[str, Source], v31: bool, root_plain: bool = False) -> None:
        self.sources = sources
        self.root_plain = root_plain  # the root document needs no JSON-safe copy
        self.v31 = v31
        self.findings: list[Finding] = []
        self.visited: set[int] = set()
        self.meta_checked: set[int] = set()
        self.operation_ids: set[Any] = set()
        root = sources[""].data
        self.dialect = root.get("jsonSchemaDialect", OAS31_DIALECT) if v31 else None
        self._defaults: dict[int, Any] = {}
        self._targets: dict[str, tuple[str, Parts, Any]] = {}
        self._registry: Any = None
        self._schema_path: Any = None

    # -------------------------------------------------------------- navigation

    def child(self, ctx: _Ctx, key: Any) -> _Ctx:
        logical, uri, parts, node = ctx
        if isinstance(node, dict):
            if key not in node:
                raise _Unexpected(key)
        elif not (isinstance(node, list) and isinstance(key, int)):
            raise _Unexpected(key)
        value = node[key]
        if isinstance(value, dict) and isinstance(value.get("$ref"), str):
            uri, where, value = self._follow(value["$ref"])
        else:
            where = (*parts, str(key))
        return (*logical, key), uri, where, value

    def _follow(self, ref: str) -> tuple[str, Parts, Any]:
        """(uri, parts, node) a ref leads to; memoised (the documents do not change meanwhile)."""
        known = self._targets.get(ref)
        if known is None:
            final, value = follow(self.sources, ref)
            uri, pointer = split_ref(final)
            known = self._targets[ref] = (uri, tuple(from_pointer(pointer)), value)
        return known

    def items(self, ctx: _Ctx, key: str) -> Iterator[_Ctx]:
        seq = self.child(ctx, key)
        if not isinstance(seq[3], list):
            raise _Unexpected(key)
        for i in range(len(seq[3])):
            yield self.child(seq, i)

    def mapping(self, ctx: _Ctx, key: str) -> _Ctx:
        out = self.child(ctx, key)
        if not isinstance(out[3], dict) or not all(isinstance(k, str) for k in out[3]):
            raise _Unexpected(key)
        return out

    def add(self, kind: str, uri: str, parts: Parts, message: str, anchor: Parts | None = None) -> None:
        """A finding as the reference words it (``message`` already shortened where it shortens)."""
        self.findings.append(Finding(kind, uri, parts, message, parts if anchor is None else anchor))

    # -------------------------------------------------------------- the walk

    def root(self) -> None:
        ctx: _Ctx = ((), "", (), self.sources[""].data)
        doc = ctx[3]
        if "tags" in doc:
            tags = self.child(ctx, "tags")
            seen: set[Any] = set()
            for tag in self.items(ctx, "tags"):
                name = _field(tag, "name")
                if name in seen:
                    self.add("duplicate-tag", tags[1], tags[2], shorten(f"Duplicate tag name '{name}'"))
                seen.add(name)
        if "paths" in doc:
            paths = self.mapping(ctx, "paths")
            for url in paths[3]:
                self.path(url, self.mapping(paths, url))
        if "components" in doc:
            components = self.mapping(ctx, "components")
            if "schemas" in components[3]:
                schemas = self.mapping(components, "schemas")
                for name in schemas[3]:
                    self.schema(self.child(schemas, name))

    def path(self, url: str, item: _Ctx) -> None:
        parameters = None
        if "parameters" in item[3]:
            parameters = self.child(item, "parameters")
            self.parameters(parameters)
        for field in item[3]:
            if field in OPERATIONS:
                self.operation(url, field, self.mapping(item, field), parameters)

    def parameters(self, params: _Ctx) -> None:
        seen: set[tuple[Any, Any]] = set()
        for param in self._each(params):
            if not isinstance(param[3], dict):
                raise _Unexpected("parameter")
            if "schema" in param[3]:
                self.schema(self.child(param, "schema"))
            key = (_field(param, "name"), _field(param, "in"))
            if key in seen:
                self.add("duplicate-parameter", params[1], params[2],
                         shorten(f"Duplicate parameter '{param[3]['name']}'"))
            seen.add(key)

    def _each(self, seq: _Ctx) -> Iterator[_Ctx]:
        if not isinstance(seq[3], list):
            raise _Unexpected("sequence")
        for i in range(len(seq[3])):
            yield self.child(seq, i)

    def operation(self, url: str, name: str, op: _Ctx, path_params: _Ctx | None) -> None:
        node = op[3]
        if "operationId" in node:
            op_id = node["operationId"]
            if op_id is not None and op_id in self.operation_ids:
                self.add("invalid-operation", op[1], (*op[2], "operationId"),
                         shorten(f"Operation ID '{op_id}' for '{name}' in '{url}' is not unique"))
            self.operation_ids.add(op_id)
        if "responses" in node:
            responses = self.mapping(op, "responses")
            for code in responses[3]:
                response = self.mapping(responses, code)
                if "content" in response[3]:
                    content = self.mapping(response, "content")
                    for mimetype in content[3]:
                        media = self.mapping(content, mimetype)
                        if "schema" in media[3]:
                            self.schema(self.child(media, "schema"))
        names: list[Any] = []
        if "parameters" in node:
            params = self.child(op, "parameters")
            self.parameters(params)
            names += self._path_names(params)
        if path_params is not None:
            names += self._path_names(path_params)
        declared = set(names)
        in_url = {item[1] for item in string.Formatter().parse(url) if item[1]}
        message = "Path parameter '{}' for '" + name + "' operation in '" + url + "' was not resolved"
        for param in sorted(in_url):
            if param not in declared:
                self.add("invalid-operation", op[1], op[2], shorten(message.format(param)))
        for param in sorted(declared):
            if param not in in_url:
                self.add("invalid-operation", op[1], op[2], shorten(message.format(param)))

    def _path_names(self, params: _Ctx) -> list[Any]:
        return [_field(p, "name") for p in self._each(params) if _field(p, "in") == "path"]

    # -------------------------------------------------------------- schemas

    def schema(self, ctx: _Ctx, require_properties: bool = True, meta_checked: bool = False) -> None:
        _, uri, parts, value = ctx
        if not isinstance(value, (dict, bool)):
            self.add("invalid-schema", uri, parts, shorten(f"{value!r} is not of type 'object', 'boolean'"), parts)
            return
        sid = id(value)
        if not meta_checked and sid not in self.meta_checked:
            self.meta_checked.add(sid)
            if self._meta_failed(ctx):
                return
        if sid in self.visited:
            return
        self.visited.add(sid)
        if not isinstance(value, dict):
            raise _Unexpected("boolean schema")  # the reference's handling of these is its own
        nested: list[str] = []
        if "allOf" in value:
            for inner in self.items(ctx, "allOf"):
                self.schema(inner, False, True)
                nested += list(self._properties(inner))
        for key in ("anyOf", "oneOf"):
            if key in value:
                for inner in self.items(ctx, key):
                    self.schema(inner, False, True)
        for key in ("not", "items"):
            if key in value:
                self.schema(self.child(ctx, key), False, True)
        props = None
        if "properties" in value:
            props = self.mapping(ctx, "properties")
            for name in props[3]:
                self.schema(self.child(props, name), False, True)
        required = ("required" in value and self.child(ctx, "required")[3]) or []
        properties = (props is not None and list(props[3])) or []
        extra = list(set(required) - set(properties) - set(nested)) if "allOf" in value else []
        if extra and require_properties:
            where = (*parts, "required")
            self.add("required-undefined", uri, where,
                     shorten(f"Required list has not defined properties: {extra}"), where)
        if "default" in value:
            default = value["default"]
            nullable = value.get("nullable", False)
            if default is not None or nullable is not True:
                self._check_default(ctx, default)

    def _properties(self, ctx: _Ctx) -> set[str]:
        value = ctx[3]
        if not isinstance(value, dict):
            raise _Unexpected("schema")
        props: set[str] = set()
        if "properties" in value:
            props.update(self.mapping(ctx, "properties")[3])
        for key in ("allOf", "anyOf", "oneOf"):
            if key in value:
                for sub in self.items(ctx, key):
                    props.update(self._properties(sub))
        for key in ("items", "not"):
            if key in value:
                props.update(self._properties(self.child(ctx, key)))
        return props

    # -------------------------------------------------------------- meta-schema

    def _meta_failed(self, ctx: _Ctx) -> bool:
        _, uri, parts, value = ctx
        fast = not self.v31 or (self.dialect == OAS31_DIALECT
                                and not (isinstance(value, dict) and "$schema" in value))
        if fast:
            try:
                if meta_validator(self.v31).is_valid(value):
                    return False
            except Exception:  # not JSON (a YAML date...): the reference decides
                pass
        err = reference_meta_error(value, self.v31, self.dialect)
        if err is None:
            return False
        full = (*parts, *(str(p) for p in getattr(err, "path", ())))
        self.add(schema_kind(err, full), uri, full, message_of(err), parts)
        return True

    # -------------------------------------------------------------- defaults

    def _check_default(self, ctx: _Ctx, default: Any) -> None:
        logical, uri, parts, value = ctx
        if self._default_ok(uri, parts, value, default):
            return
        anchor = (*parts, "default")
        shown = shorten(repr(default))
        for err in self._reference_default_errors(logical, default):
            full = (*anchor, *(str(p) for p in err.path))
            self.add("invalid-default", uri, full,
                     f"default value {shown} does not match its schema: {message_of(err)}", anchor)

    def _default_ok(self, uri: str, parts: Parts, schema: Any, default: Any) -> bool:
        if surely_valid(schema, default, self.v31):  # most defaults: no validator to compile
            return True
        if has_big_int(default) or not is_json(default):
            return False  # int32/int64 bounds and non-JSON values: the reference decides
        sid = id(schema)
        if sid not in self._defaults:
            self._defaults[sid] = self._compile(uri, parts)
        validator = self._defaults[sid]
        if validator is None:
            return False
        try:
            return bool(validator.is_valid(default))
        except Exception:
            return False

    def _compile(self, uri: str, parts: Parts) -> Any:
        base = uri or self.sources[""].uri
        try:
            return rs.validator_for(
                {"$ref": f"{base}#{to_pointer(parts)}"}, registry=self.registry(),
                validate_formats=True, formats=value_formats(self.v31),
                keywords=None if self.v31 else {"discriminator": Discriminator})
        except Exception:  # e.g. a 3.0-style boolean exclusiveMinimum: the reference decides
            return None

    def registry(self) -> Any:
        if self._registry is None:  # on first need: most defaults never compile a validator
            self._registry = document_registry(
                [(uri, src.data, self.root_plain if not uri else src.json_only())
                 for uri, src in self.sources.items()], self.sources[""].uri)
        return self._registry

    def _reference_default_errors(self, logical: tuple[Any, ...], default: Any) -> list[Any]:
        from openapi_spec_validator.validation import keywords as kw

        if self._schema_path is None:
            self._schema_path = reference_schema_path(self.sources)
        sp = self._schema_path
        for key in logical:
            sp = sp / key
        cls = kw.OpenAPIV31ValueValidator if self.v31 else kw.OpenAPIV30ValueValidator
        return list(cls(None)(sp, default))  # type: ignore[arg-type]


def _field(ctx: _Ctx, key: str) -> Any:
    node = ctx[3]
    if not isinstance(node, dict) or key not in node:
        raise _Unexpected(key)
    value = node[key]
    if isinstance(value, (dict, list)):
        raise _Unexpected(key)
    return value


__all__ = ["validate_fast"]
