"""The reference validator: openapi-spec-validator 0.9, its findings at ABSOLUTE locations.

The fast validator (:mod:`generator.loader.fastvalidate`) gives the same findings and is
compared against this one by the tests; it also calls on it to explain the few failures.

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
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from generator.loader.findings import Finding, dedupe, message_of, physical, schema_kind, shorten
from generator.loader.read import Source
from generator.loader.refs import Parts, iter_mappings

_TAG = "_oagen_location"


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



def validate_reference(sources: dict[str, Source], version: str) -> list[Finding]:
    """openapi-spec-validator's findings (uncached): the reference for the fast implementation."""
    v31 = not version.startswith("3.0")
    return dedupe(reference_structural_findings(sources, v31) + reference_keyword_findings(sources, version))


def reference_structural_findings(sources: dict[str, Source], v31: bool) -> list[Finding]:
    """Phase 1: the root document against the OpenAPI JSON Schema."""
    return [Finding("openapi-schema", "", tuple(str(p) for p in err.absolute_path), message_of(err))
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
    message = message_of(err)
    if kind == "invalid-schema":
        kind = schema_kind(err, full)
    elif kind == "invalid-default":
        message = f"default value {shorten(repr(_default(sources, uri, parts)))} does not match its schema: {message}"
    return Finding(kind, uri, full, message, parts)



def _default(sources: dict[str, Source], uri: str, parts: Parts) -> Any:
    node: Any = sources[uri].data
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node



def reference_meta_error(value: Any, v31: bool, dialect: Any) -> Any:
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
