"""Validation findings with ABSOLUTE locations, plus the structural checks oagen needs.

Two implementations give the same findings (kinds, locations, messages):

* the fast one (:mod:`generator.loader.fastvalidate`, the default): compiled ``jsonschema-rs``
  validators answer every validity question; the reference explains the few failures;
* the reference, openapi-spec-validator 0.9 (``OAGEN_VALIDATOR=reference``, or
  :func:`validate_reference`), which tests compare the fast one against.

openapi-spec-validator reports many errors relative to the sub-schema being checked
(``$.required``).  Its keyword validators are subclassed here so that each error is tagged,
where it is born, with the logical path (``SchemaPath.parts``) of the object under check;
that path is then mapped to the physical (file, pointer) by following refs through our own
documents.  The library's ``iter_errors`` is bypassed (it re-wraps errors and drops tags);
its two phases are run directly: the OpenAPI meta-schema over the root document (always with
the pure-Python ``jsonschema`` backend, whatever the library would pick), then the keyword walk.
The library is imported only when the reference runs.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version as _dist_version
from typing import Any

from generator import cache
from generator.loader.read import Source, escape, from_pointer, to_pointer
from generator.loader.refs import Parts, follow, iter_mappings, split_ref

_VALIDATOR_VERSION = _dist_version("openapi-spec-validator")
_RS_VERSION = _dist_version("jsonschema-rs")

_TAG = "_oagen_location"
MAX_MESSAGE = 300
OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Finding:
    """A problem at (document uri, pointer parts). ``anchor`` is what a repair would touch."""

    kind: str
    uri: str
    parts: Parts
    message: str
    anchor: Parts = ()


# --------------------------------------------------------------------------- tagging


def _tag(errors: Iterator[Any], kind: str, parts: Sequence[Any], relative: bool = True) -> Iterator[Any]:
    for err in errors:
        yield _tag_one(err, kind, parts, relative)


def _tag_one(err: Any, kind: str, parts: Sequence[Any], relative: bool = True) -> Any:
    """Tag an error not tagged yet: (kind, logical parts of the object, path inside it)."""
    if getattr(err, _TAG, None) is None:
        inner = tuple(err.path) if relative else ()
        setattr(err, _TAG, (kind, tuple(parts), inner))
    return err


@lru_cache(maxsize=1)
def _reference_classes() -> tuple[Any, Any]:
    """openapi-spec-validator's spec validators, with keyword validators that tag their errors."""
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.validation import keywords as kw
    from openapi_spec_validator.validation.exceptions import (
        DuplicateOperationIDError,
        ExtraParametersError,
    )
    from openapi_spec_validator.validation.validators import (
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    class _SchemaMixin(kw.SchemaValidator):
        def __call__(self, schema: SchemaPath, require_properties: bool = True,
                     meta_checked: bool = False) -> Iterator[Any]:
            for err in super().__call__(schema, require_properties, meta_checked):
                if isinstance(err, ExtraParametersError):
                    yield _tag_one(err, "required-undefined", (*schema.parts, "required"), False)
                else:
                    yield _tag_one(err, "invalid-schema", schema.parts)

    class _DefaultMixin(kw.ValueValidator):
        def __call__(self, schema: SchemaPath, value: Any) -> Iterator[Any]:
            yield from _tag(super().__call__(schema, value), "invalid-default", (*schema.parts, "default"))

    class _Schema30(_SchemaMixin, kw.OpenAPIV30SchemaValidator):
        pass

    class _Schema31(_SchemaMixin, kw.OpenAPIV31SchemaValidator):
        pass

    class _Default30(_DefaultMixin, kw.OpenAPIV30ValueValidator):
        pass

    class _Default31(_DefaultMixin, kw.OpenAPIV31ValueValidator):
        pass

    class _Operation(kw.OperationValidator):
        def __call__(self, url: str, name: str, operation: SchemaPath,
                     path_parameters: SchemaPath | None) -> Iterator[Any]:
            for err in super().__call__(url, name, operation, path_parameters):
                where = (*operation.parts, "operationId") if isinstance(err, DuplicateOperationIDError) \
                    else operation.parts
                yield _tag_one(err, "invalid-operation", where, False)

    class _Parameters(kw.ParametersValidator):
        def __call__(self, parameters: SchemaPath) -> Iterator[Any]:
            yield from _tag(super().__call__(parameters), "duplicate-parameter", parameters.parts, False)

    class _Tags(kw.TagsValidator):
        def __call__(self, tags: SchemaPath) -> Iterator[Any]:
            yield from _tag(super().__call__(tags), "duplicate-tag", tags.parts, False)

    class _V30(OpenAPIV30SpecValidator):
        keyword_validators = {  # noqa: RUF012 -- the library's class attribute, a dict there too
            **OpenAPIV30SpecValidator.keyword_validators, "schema": _Schema30, "default": _Default30,
            "operation": _Operation, "parameters": _Parameters, "tags": _Tags}

    class _V31(OpenAPIV31SpecValidator):
        keyword_validators = {  # noqa: RUF012 -- the library's class attribute, a dict there too
            **OpenAPIV31SpecValidator.keyword_validators, "schema": _Schema31, "default": _Default31,
            "operation": _Operation, "parameters": _Parameters, "tags": _Tags}

    return _V30, _V31


@lru_cache(maxsize=2)
def _python_structure_validator(v31: bool) -> Any:
    """The OpenAPI JSON Schema as openapi-spec-validator checks it, pinned to pure Python.

    (With jsonschema-rs installed the library would switch backends by itself, and word its
    messages differently; the reference stays what it was.)
    """
    from openapi_spec_validator.schemas import schema_v30, schema_v31
    from openapi_spec_validator.schemas.backend.jsonschema import create_validator

    return create_validator(schema_v31 if v31 else schema_v30)


# --------------------------------------------------------------------------- running


def validate(sources: dict[str, Source], version: str, *, repaired: bool) -> list[Finding]:
    """Every problem openapi-spec-validator finds, each at its absolute location.

    The fast implementation unless ``OAGEN_VALIDATOR=reference``.  Cached on the bytes and
    locations of every loaded file, the mode (``repaired``: validating the lenient-repaired
    documents), the implementation, the validators' versions and oagen's own source.
    """
    mode = "reference" if os.environ.get("OAGEN_VALIDATOR") == "reference" else "fast"
    k = cache.key(
        "validate", version, str(repaired), mode, _VALIDATOR_VERSION, _RS_VERSION,
        cache.source_fingerprint(),
        *(f"{uri}={src.sha256}" for uri, src in sorted((s.uri, s) for s in sources.values())),
    )
    hit = cache.get_json("validation", k)
    if isinstance(hit, list):
        try:
            return [Finding(f["kind"], f["uri"], tuple(f["parts"]), f["message"], tuple(f["anchor"]))
                    for f in hit]
        except (KeyError, TypeError):
            pass
    if mode == "reference":
        findings = validate_reference(sources, version)
    else:
        from generator.loader.fastvalidate import validate_fast

        findings = validate_fast(sources, version)
    cache.put_json("validation", k, [
        {"kind": f.kind, "uri": f.uri, "parts": list(f.parts), "message": f.message,
         "anchor": list(f.anchor)} for f in findings
    ])
    return findings


def validate_reference(sources: dict[str, Source], version: str) -> list[Finding]:
    """openapi-spec-validator's findings (uncached): the reference for the fast implementation."""
    v31 = not version.startswith("3.0")
    return _dedupe(reference_structural_findings(sources, v31) + reference_keyword_findings(sources, version))


def reference_structural_findings(sources: dict[str, Source], v31: bool) -> list[Finding]:
    """Phase 1: the root document against the OpenAPI JSON Schema."""
    return [Finding("openapi-schema", "", tuple(str(p) for p in err.absolute_path), _message(err))
            for err in _python_structure_validator(v31).iter_errors(sources[""].data)]


def reference_schema_path(sources: dict[str, Source]) -> Any:
    """The root document as the library walks it: refs served from our loaded documents."""
    from jsonschema_path import SchemaPath

    root = sources[""]
    return SchemaPath.from_dict(root.data, base_uri=root.uri, handlers={"file": _Handler(sources)})


def reference_keyword_findings(sources: dict[str, Source], version: str) -> list[Finding]:
    """Phase 2: the library's keyword walk (schemas, defaults, parameters, operations, tags)."""
    v30_cls, v31_cls = _reference_classes()
    cls = v30_cls if version.startswith("3.0") else v31_cls
    validator = cls(reference_schema_path(sources))
    findings: list[Finding] = []
    try:
        for err in validator.root_validator(validator.schema_path):
            findings.append(_finding(sources, err))
    except RecursionError:
        findings.append(Finding("validator-crash", "", (), "validation stopped: the document nests too deeply"))
    except Exception as exc:  # the library walks unchecked structure; never let it traceback
        findings.append(Finding("validator-crash", "", (), f"validation stopped: {type(exc).__name__}: {exc}"))
    return findings


class _Handler:
    """Serves our loaded (canonicalised, maybe repaired) documents to the library's resolver."""

    def __init__(self, sources: dict[str, Source]) -> None:
        self._sources = sources
        self._cache: dict[str, Any] = {}

    def __call__(self, uri: str) -> Any:
        uri = uri.partition("#")[0]
        if uri not in self._cache:
            if uri not in self._sources:
                raise FileNotFoundError(uri)
            self._cache[uri] = _absolute_root_refs(self._sources[uri].data, self._sources[""].uri)
        return self._cache[uri]


def _absolute_root_refs(data: Any, root_uri: str) -> Any:
    """A copy in which refs to the root document (``#/...``) carry the root's uri."""
    data = copy.deepcopy(data)
    for _, node in iter_mappings(data):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            node["$ref"] = root_uri + ref
    return data


def _finding(sources: dict[str, Source], err: Any) -> Finding:
    kind, logical, inner = getattr(err, _TAG, None) or ("invalid-openapi", (), tuple(err.path))
    uri, parts = physical(sources, logical)
    full = (*parts, *(str(p) for p in inner))
    message = _message(err)
    if kind == "invalid-schema":
        kind = _schema_kind(err, full)
    elif kind == "invalid-default":
        message = f"default value {_short(repr(_default(sources, uri, parts)))} does not match its schema: {message}"
    return Finding(kind, uri, full, message, parts)


def _schema_kind(err: Any, parts: Parts) -> str:
    last = parts[-1] if parts else ""
    if getattr(err, "validator", None) == "uniqueItems" and last == "required":
        return "duplicate-required"
    if last in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(err.instance, bool):
        return "exclusive-bound"
    return "invalid-schema"


def _default(sources: dict[str, Source], uri: str, parts: Parts) -> Any:
    node: Any = sources[uri].data
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def physical(sources: dict[str, Source], logical: Sequence[Any]) -> tuple[str, Parts]:
    """Map a path walked through refs (as the library walks) to the (uri, parts) it lands on."""
    ref = "#"
    ref, node = _deref(sources, ref, sources[""].data)
    for part in logical:
        key = str(part)
        if isinstance(node, list):
            node = node[int(key)]
        elif isinstance(node, dict):
            node = node[key]
        else:
            break
        ref = f"{ref}/{escape(key)}"
        ref, node = _deref(sources, ref, node)
    uri, pointer = split_ref(ref)
    return uri, tuple(from_pointer(pointer))


def _deref(sources: dict[str, Source], ref: str, node: Any) -> tuple[str, Any]:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return follow(sources, node["$ref"])
    return ref, node


def _message(err: Any) -> str:
    return _short(str(getattr(err, "message", err)))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 3] + "..."


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, Parts, str]] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.uri, f.parts, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


# --------------------------------------------------------------------------- structure


def check_structure(sources: dict[str, Source], version: str = "3.0.0") -> list[Finding]:
    """Problems that make generation impossible, whatever the mode. An operation without
    `responses` is one in OpenAPI 3.0; 3.1 made the field optional (the call returns nothing)."""
    doc = sources[""].data
    findings: list[Finding] = []
    for key in ("paths", "components", "webhooks"):
        if key in doc and not isinstance(doc[key], dict):
            findings.append(Finding("bad-structure", "", (key,), f"`{key}` must be a mapping, "
                                    f"not {type(doc[key]).__name__}"))
    paths = doc.get("paths")
    if isinstance(paths, dict):
        for url, item in paths.items():
            findings.extend(_check_path_item(sources, ("paths", str(url)), item,
                                             responses_optional=version.startswith("3.1")))
    return findings


def _check_path_item(sources: dict[str, Source], parts: Parts, item: Any, *,
                     responses_optional: bool = False) -> list[Finding]:
    ref, item = _deref(sources, "#" + to_pointer(parts), item)
    uri, pointer = split_ref(ref)
    where = tuple(from_pointer(pointer))
    if not isinstance(item, dict):
        return [Finding("bad-structure", uri, where, "a path item must be a mapping of operations")]
    out: list[Finding] = []
    for method in OPERATIONS:
        if method in item:
            label = f"{method.upper()} {parts[-1]}"
            out.extend(_check_operation(uri, (*where, method), label, item[method],
                                        responses_optional=responses_optional))
    return out


def _check_operation(uri: str, parts: Parts, label: str, op: Any, *,
                     responses_optional: bool = False) -> list[Finding]:
    if not isinstance(op, dict):
        return [Finding("bad-structure", uri, parts, f"operation {label} must be a mapping")]
    responses = op.get("responses")
    if responses is None and responses_optional:
        return []
    if responses is None:
        return [Finding("no-responses", uri, parts,
                        f"operation {label} has no `responses`; every operation needs at least one")]
    if isinstance(responses, dict) and isinstance(responses.get("$ref"), str):
        return []
    if not isinstance(responses, dict) or not responses:
        return [Finding("no-responses", uri, (*parts, "responses"),
                        f"operation {label}: `responses` must be a non-empty mapping")]
    return []
