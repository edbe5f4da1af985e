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

import importlib.util
import json
import re
import string
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema_rs as rs

from generator.loader.read import Source, from_pointer, to_pointer
from generator.loader.refs import Parts, follow, split_ref
from generator.loader.validate import (
    Finding,
    _dedupe,
    _message,
    _schema_kind,
    _short,
    reference_keyword_findings,
    reference_structural_findings,
)

OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"
OAS31_META_BASE = "https://spec.openapis.org/oas/3.1/meta/base"
OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Formats jsonschema-rs knows by itself; each is overridden so only Python's checks apply.
_RS_FORMATS = ("date", "date-time", "duration", "email", "hostname", "idn-email", "idn-hostname",
               "ipv4", "ipv6", "iri", "iri-reference", "json-pointer", "regex",
               "relative-json-pointer", "time", "uri", "uri-reference", "uri-template", "uuid")
_INT32 = 1 << 31

_Ctx = tuple[tuple[Any, ...], str, Parts, Any]  # logical path, uri, physical parts, node


class _Unexpected(Exception):
    """A shape the reference would trip over: let the reference walk decide."""


# --------------------------------------------------------------------------- compiled schemas


def _package_file(package: str, *rel: str) -> Path:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations)), *rel)


def _load(package: str, *rel: str) -> Any:
    return json.loads(_package_file(package, *rel).read_text(encoding="utf-8"))


_HAS_REGRESS = importlib.util.find_spec("regress") is not None


def _regex_ok(value: Any) -> bool:
    if _HAS_REGRESS:  # the reference then checks ECMA syntax
        from openapi_schema_validator._regex import is_valid_regex

        return bool(is_valid_regex(value))
    try:
        re.compile(value)
    except (re.error, TypeError):
        return False
    return True


def _accept(_: Any) -> bool:
    return True


@lru_cache(maxsize=2)
def _python_checker(v31: bool) -> Any:
    from openapi_schema_validator import oas30_format_checker, oas31_format_checker

    return oas31_format_checker if v31 else oas30_format_checker


def _value_formats(v31: bool) -> dict[str, Callable[[Any], bool]]:
    """rs format callbacks that give exactly the reference's format verdicts (loaded on first use)."""

    def make(name: str) -> Callable[[Any], bool]:
        return lambda value: bool(_python_checker(v31).conforms(value, name))

    names = set(_RS_FORMATS) | {"int32", "int64", "float", "double", "password", "binary", "byte"}
    return {name: make(name) for name in names}


def _meta_formats() -> dict[str, Callable[[Any], bool]]:
    # Of the meta-schemas' formats (uri, uri-reference, regex) the reference checks only regex.
    formats: dict[str, Callable[[Any], bool]] = dict.fromkeys(_RS_FORMATS, _accept)
    formats["regex"] = _regex_ok
    return formats


@lru_cache(maxsize=2)
def _structure_validator(v31: bool) -> Any:
    schema = _load("openapi_spec_validator", "resources", "schemas", "v3.1" if v31 else "v3.0",
                   "schema.json")
    return rs.validator_for(schema, validate_formats=False)


@lru_cache(maxsize=2)
def _meta_validator(v31: bool) -> Any:
    if v31:
        root = ("schemas", "oas3.1")
        dialect = _load("openapi_schema_validator", *root, "metaschema.json")
        base = _load("openapi_schema_validator", *root, "vocabularies", "base")
        registry = rs.Registry([(OAS31_DIALECT, dialect), (OAS31_META_BASE, base)])
        return rs.validator_for(dialect, registry=registry, validate_formats=True,
                                formats=_meta_formats())
    meta = _load("jsonschema_specifications", "schemas", "draft4", "metaschema.json")
    return rs.validator_for(meta, validate_formats=True, formats=_meta_formats())


class _Discriminator:
    """OAS 3.0: the reference resolves ``discriminator`` itself; make rs defer to it."""

    def __init__(self, parent_schema: Any, value: Any, schema_path: Any) -> None:
        pass

    def validate(self, instance: Any) -> None:
        raise ValueError("discriminator: decided by the reference validator")


# --------------------------------------------------------------------------- JSON-safe values


def _json_safe(data: Any, replacement: Any) -> tuple[Any, bool]:
    """``data`` with every non-JSON scalar replaced (and non-str keys stringified); copied on write."""
    found = False

    def walk(node: Any) -> Any:
        nonlocal found
        if isinstance(node, dict):
            out: dict[str, Any] | None = None
            for i, (k, v) in enumerate(node.items()):
                new = walk(v)
                if out is None and (new is not v or not isinstance(k, str)):
                    out = {str(kk): vv for kk, vv in list(node.items())[:i]}
                if out is not None:
                    out[str(k)] = new
            return node if out is None else out
        if isinstance(node, list):
            items = [walk(v) for v in node]
            return node if all(a is b for a, b in zip(items, node, strict=True)) else items
        if node is None or isinstance(node, (str, bool, int, float)):
            return node
        found = True
        return replacement

    return walk(data), found


def _has_big_int(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_has_big_int(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_big_int(v) for v in value)
    return isinstance(value, int) and not isinstance(value, bool) and not -_INT32 < value < _INT32


def _is_json(value: Any) -> bool:
    return _json_safe(value, None)[1] is False


# --------------------------------------------------------------------------- entry point


def validate_fast(sources: dict[str, Source], version: str) -> list[Finding]:
    """The reference's findings (same kinds, locations and messages), from compiled validators."""
    v31 = not version.startswith("3.0")
    findings = _structure(sources, v31)
    walk = _Walk(sources, v31)
    try:
        walk.root()
        findings += walk.findings
    except Exception:  # _Unexpected, RecursionError...: the reference reports (or crashes on) such documents itself
        findings += reference_keyword_findings(sources, version)
    return _dedupe(findings)


def _structure(sources: dict[str, Source], v31: bool) -> list[Finding]:
    data = sources[""].data
    validator = _structure_validator(v31)
    try:
        safe, odd = _json_safe(data, "")
        ok = bool(validator.is_valid(safe))
        if ok and odd:  # a date where a string is required must still fail, as in the reference
            ok = bool(validator.is_valid(_json_safe(data, {})[0]))
    except Exception:
        ok = False
    return [] if ok else reference_structural_findings(sources, v31)


class _Walk:
    """openapi-spec-validator's keyword walk (``keywords.py``) over oagen's documents."""

    def __init__(self, sources: dict[str, Source], v31: bool) -> None:
        self.sources = sources
        self.v31 = v31
        self.findings: list[Finding] = []
        self.visited: set[int] = set()
        self.meta_checked: set[int] = set()
        self.operation_ids: set[Any] = set()
        root = sources[""].data
        self.dialect = root.get("jsonSchemaDialect", OAS31_DIALECT) if v31 else None
        self._defaults: dict[int, Any] = {}
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
            ref, value = follow(self.sources, value["$ref"])
            uri, pointer = split_ref(ref)
            where: Parts = tuple(from_pointer(pointer))
        else:
            where = (*parts, str(key))
        return (*logical, key), uri, where, value

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
                    self.add("duplicate-tag", tags[1], tags[2], _short(f"Duplicate tag name '{name}'"))
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
                         _short(f"Duplicate parameter '{param[3]['name']}'"))
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
                         _short(f"Operation ID '{op_id}' for '{name}' in '{url}' is not unique"))
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
                self.add("invalid-operation", op[1], op[2], _short(message.format(param)))
        for param in sorted(declared):
            if param not in in_url:
                self.add("invalid-operation", op[1], op[2], _short(message.format(param)))

    def _path_names(self, params: _Ctx) -> list[Any]:
        return [_field(p, "name") for p in self._each(params) if _field(p, "in") == "path"]

    # -------------------------------------------------------------- schemas

    def schema(self, ctx: _Ctx, require_properties: bool = True, meta_checked: bool = False) -> None:
        _, uri, parts, value = ctx
        if not isinstance(value, (dict, bool)):
            self.add("invalid-schema", uri, parts, _short(f"{value!r} is not of type 'object', 'boolean'"), parts)
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
                     _short(f"Required list has not defined properties: {extra}"), where)
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
                if _meta_validator(self.v31).is_valid(value):
                    return False
            except Exception:  # not JSON (a YAML date...): the reference decides
                pass
        err = _reference_meta_error(value, self.v31, self.dialect)
        if err is None:
            return False
        full = (*parts, *(str(p) for p in getattr(err, "path", ())))
        self.add(_schema_kind(err, full), uri, full, _message(err), parts)
        return True

    # -------------------------------------------------------------- defaults

    def _check_default(self, ctx: _Ctx, default: Any) -> None:
        logical, uri, parts, value = ctx
        if self._default_ok(uri, parts, value, default):
            return
        anchor = (*parts, "default")
        shown = _short(repr(default))
        for err in self._reference_default_errors(logical, default):
            full = (*anchor, *(str(p) for p in err.path))
            self.add("invalid-default", uri, full,
                     f"default value {shown} does not match its schema: {_message(err)}", anchor)

    def _default_ok(self, uri: str, parts: Parts, schema: Any, default: Any) -> bool:
        if _has_big_int(default) or not _is_json(default):
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
                validate_formats=True, formats=_value_formats(self.v31),
                keywords=None if self.v31 else {"discriminator": _Discriminator})
        except Exception:  # e.g. a 3.0-style boolean exclusiveMinimum: the reference decides
            return None

    def registry(self) -> Any:
        """Every loaded document, JSON-safe, root refs absolute (as the reference's resolver sees them)."""
        if self._registry is None:
            root_uri = self.sources[""].uri
            resources = []
            for uri, src in self.sources.items():
                data = _json_safe(src.data, None)[0]
                if uri:
                    data = _absolute(data, root_uri)
                resources.append((uri or root_uri, data))
            self._registry = rs.Registry(resources, draft=rs.Draft202012)
        return self._registry

    def _reference_default_errors(self, logical: tuple[Any, ...], default: Any) -> list[Any]:
        from openapi_spec_validator.validation import keywords as kw

        from generator.loader.validate import reference_schema_path

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


def _absolute(data: Any, root_uri: str) -> Any:
    """A copy whose refs to the root document (``#/...``) carry the root's uri."""
    if isinstance(data, dict):
        out = {k: _absolute(v, root_uri) for k, v in data.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            out["$ref"] = root_uri + ref
        return out
    if isinstance(data, list):
        return [_absolute(v, root_uri) for v in data]
    return data


def _reference_meta_error(value: Any, v31: bool, dialect: Any) -> Any:
    """The reference's meta-schema check: its first error, or None."""
    from functools import partial

    from jsonschema.exceptions import SchemaError, ValidationError  # type: ignore[import-untyped]
    from jsonschema.validators import validator_for  # type: ignore[import-untyped]
    from openapi_schema_validator import OAS30Validator, oas31_format_checker
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    checker: Callable[[Any], None]
    if v31:
        dialect_id = value["$schema"] if isinstance(value, dict) and "$schema" in value else dialect
        if not isinstance(dialect_id, str):
            return OpenAPIValidationError(f"Unknown JSON Schema dialect: {dialect_id!r}")
        cls = validator_for({"$schema": dialect_id}, default=None)
        if cls is None:
            return OpenAPIValidationError(f"Unknown JSON Schema dialect: {dialect_id!r}")
        checker = partial(cls.check_schema, format_checker=oas31_format_checker)
    else:
        checker = OAS30Validator.check_schema
    try:
        checker(value)
    except (SchemaError, ValidationError) as err:
        return err
    return None


__all__ = ["validate_fast"]
