"""The compiled ``jsonschema-rs`` validators the fast validator asks, and JSON-safe values.

The compiled checks are arranged to be conservative: where jsonschema-rs could accept what the
Python validator rejects (OAS 3.0 ``discriminator``, int32/int64 bounds, values that are not
JSON), the caller lets the Python validator decide.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema_rs as rs

OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"
OAS31_META_BASE = "https://spec.openapis.org/oas/3.1/meta/base"
# Formats jsonschema-rs knows by itself; each is overridden so only Python's checks apply.
_RS_FORMATS = ("date", "date-time", "duration", "email", "hostname", "idn-email", "idn-hostname",
               "ipv4", "ipv6", "iri", "iri-reference", "json-pointer", "regex",
               "relative-json-pointer", "time", "uri", "uri-reference", "uri-template", "uuid")
_INT32 = 1 << 31


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


def python_format_ok(value: Any, name: str, v31: bool) -> bool:
    """The reference's format verdict (what the compiled validator's format callbacks answer)."""
    return bool(_python_checker(v31).conforms(value, name))


def value_formats(v31: bool) -> dict[str, Callable[[Any], bool]]:
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
def structure_validator(v31: bool) -> Any:
    schema = _load("openapi_spec_validator", "resources", "schemas", "v3.1" if v31 else "v3.0",
                   "schema.json")
    return rs.validator_for(schema, validate_formats=False)


@lru_cache(maxsize=2)
def meta_validator(v31: bool) -> Any:
    if v31:
        root = ("schemas", "oas3.1")
        dialect = _load("openapi_schema_validator", *root, "metaschema.json")
        base = _load("openapi_schema_validator", *root, "vocabularies", "base")
        registry = rs.Registry([(OAS31_DIALECT, dialect), (OAS31_META_BASE, base)])
        return rs.validator_for(dialect, registry=registry, validate_formats=True,
                                formats=_meta_formats())
    meta = _load("jsonschema_specifications", "schemas", "draft4", "metaschema.json")
    return rs.validator_for(meta, validate_formats=True, formats=_meta_formats())


class Discriminator:
    """OAS 3.0: the reference resolves ``discriminator`` itself; make rs defer to it."""

    def __init__(self, parent_schema: Any, value: Any, schema_path: Any) -> None:
        pass

    def validate(self, instance: Any) -> None:
        raise ValueError("discriminator: decided by the reference validator")


# --------------------------------------------------------------------------- JSON-safe values


def json_safe(data: Any, replacement: Any) -> tuple[Any, bool]:
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


def has_big_int(value: Any) -> bool:
    if isinstance(value, dict):
        return any(has_big_int(v) for v in value.values())
    if isinstance(value, list):
        return any(has_big_int(v) for v in value)
    return isinstance(value, int) and not isinstance(value, bool) and not -_INT32 < value < _INT32


def is_json(value: Any) -> bool:
    return json_safe(value, None)[1] is False


def document_registry(documents: list[tuple[str, Any, bool]], root_uri: str) -> Any:
    """A registry of every loaded document, given as (canonical uri, data, whether the data is
    JSON-safe as it is): JSON-safe, refs to the root absolute (as the reference's resolver sees
    them)."""
    resources = []
    for uri, data, plain in documents:
        safe = data if plain else json_safe(data, None)[0]
        resources.append((uri, absolute(safe, root_uri)) if uri else (root_uri, safe))
    return rs.Registry(resources, draft=rs.Draft202012)


def absolute(data: Any, root_uri: str) -> Any:
    """A copy whose refs to the root document (``#/...``) carry the root's uri."""
    if isinstance(data, dict):
        out = {k: absolute(v, root_uri) for k, v in data.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            out["$ref"] = root_uri + ref
        return out
    if isinstance(data, list):
        return [absolute(v, root_uri) for v in data]
    return data
