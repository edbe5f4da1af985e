"""A plain-Python answer to "does this scalar ``default`` surely match its simple schema?".

Most defaults in a spec are a scalar under a schema of a few keywords (``type``, ``enum``,
bounds, lengths, ``format``, an ``anyOf``/``allOf`` of such schemas).  Compiling a jsonschema-rs validator for each (and the registry of
the whole document its ``$ref`` needs) costs far more than checking them here.  This check only
ever says "surely valid": for a keyword it does not fully understand, a value that is not a
plain JSON scalar, or anything that might fail, it answers False and the caller asks the compiled
validator and the reference exactly as before, so findings (and their messages) do not change.

It is conservative where the validators differ among themselves: OpenAPI 3.0's validator is
draft-4 based (``1.0`` is not an integer there) and treats ``null`` through ``nullable``, so
floats under ``integer``, ``null`` in 3.0, cross-type matches in ``enum`` (``1`` vs ``1.0``) and
3.0's ``exclusiveMinimum``/``exclusiveMaximum`` are all left to the validators.
"""

from __future__ import annotations

from typing import Any

from generator.loader.compiled import python_format_ok

_INT32 = 1 << 31
# Keywords that never constrain a value (annotations; OAS ``nullable`` only matters for null).
_ANNOTATIONS = frozenset({"title", "description", "default", "example", "examples", "deprecated",
                          "readOnly", "writeOnly", "externalDocs", "xml", "$comment", "nullable"})
# Keywords that only constrain objects or arrays: no effect on a scalar.
_CONTAINER_ONLY = frozenset({"properties", "additionalProperties", "patternProperties", "required",
                             "minProperties", "maxProperties", "propertyNames", "items",
                             "prefixItems", "minItems", "maxItems", "uniqueItems", "contains",
                             "minContains", "maxContains", "dependentRequired"})
_JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})


def surely_valid(schema: Any, value: Any, v31: bool) -> bool:
    """True only if ``value`` matches ``schema`` for every validator oagen asks; False = don't know."""
    if not isinstance(schema, dict) or not _plain_scalar(value, v31):
        return False
    if value is None and "nullable" in schema:
        return False  # `nullable` is about null: the validators' own business
    for key, arg in schema.items():
        if not isinstance(key, str):
            return False
        if key in _ANNOTATIONS or key.startswith("x-") or key in _CONTAINER_ONLY:
            continue
        check = _CHECKS.get(key)
        if check is None or not check(arg, value, v31):
            return False
    return True


def _plain_scalar(value: Any, v31: bool) -> bool:
    if value is None:
        return v31  # 3.0 handles null through `nullable`: its validator decides
    if isinstance(value, (bool, str)):
        return True
    if isinstance(value, int):
        return -_INT32 < value < _INT32  # int32/int64 bounds: the reference decides
    return isinstance(value, float) and value == value and abs(value) != float("inf")


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _type(arg: Any, value: Any, v31: bool) -> bool:
    names = arg if isinstance(arg, list) and v31 else [arg]
    if not names or not all(isinstance(n, str) and n in _JSON_TYPES for n in names):
        return False
    return any(_has_type(value, name) for name in names)


def _has_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "integer":  # a float here (even 1.0) is left to the validators
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return _is_number(value)
    if name == "null":
        return value is None
    return False  # object / array: a scalar is neither


def _same(a: Any, b: Any) -> bool:
    """JSON equality without Python's cross-type matches (True == 1, 1 == 1.0): exact type only."""
    return type(a) is type(b) and a == b


def _enum(arg: Any, value: Any, v31: bool) -> bool:
    return isinstance(arg, list) and bool(arg) and any(_same(value, item) for item in arg)


def _const(arg: Any, value: Any, v31: bool) -> bool:
    return v31 and _same(value, arg)


def _bound(compare: str) -> Any:
    def check(arg: Any, value: Any, v31: bool) -> bool:
        if not _is_number(arg):
            return False  # 3.0's boolean exclusive bounds, or a malformed bound
        if not _is_number(value):
            return True  # numeric keywords do not apply to other types
        if compare == "ge":
            return bool(value >= arg)
        if compare == "le":
            return bool(value <= arg)
        if compare == "gt":
            return bool(value > arg)
        return bool(value < arg)

    return check


def _exclusive(compare: str) -> Any:
    plain = _bound(compare)

    def check(arg: Any, value: Any, v31: bool) -> bool:
        return v31 and plain(arg, value, v31)  # 3.0 (draft 4) takes a boolean here

    return check


def _length(longest: bool) -> Any:
    def check(arg: Any, value: Any, v31: bool) -> bool:
        if not isinstance(arg, int) or isinstance(arg, bool) or arg < 0:
            return False
        if not isinstance(value, str):
            return True
        return len(value) <= arg if longest else len(value) >= arg

    return check


# Formats whose reference checker accepts every non-string scalar _plain_scalar lets through
# (openapi_schema_validator._format: int32/int64 only bound ints, float/double only reject
# non-float numbers that are not ints): no need to load the checker for those.
_NUMERIC_FORMATS = frozenset({"int32", "int64", "float", "double"})


def _format(arg: Any, value: Any, v31: bool) -> bool:
    # The compiled validator checks formats of strings through the reference's format checker,
    # and the reference checks every value: ask that same checker, whatever the value.
    if not isinstance(arg, str):
        return False
    if arg in _NUMERIC_FORMATS and not isinstance(value, str):
        return True
    return python_format_ok(value, arg, v31)


def _any_of(arg: Any, value: Any, v31: bool) -> bool:
    # One branch surely valid is enough, whatever the others (a `$ref` branch is not looked into).
    return isinstance(arg, list) and any(surely_valid(branch, value, v31) for branch in arg)


def _all_of(arg: Any, value: Any, v31: bool) -> bool:
    return isinstance(arg, list) and bool(arg) and all(surely_valid(b, value, v31) for b in arg)


_CHECKS = {
    "anyOf": _any_of,
    "allOf": _all_of,
    "type": _type,
    "enum": _enum,
    "const": _const,
    "minimum": _bound("ge"),
    "maximum": _bound("le"),
    "exclusiveMinimum": _exclusive("gt"),
    "exclusiveMaximum": _exclusive("lt"),
    "minLength": _length(False),
    "maxLength": _length(True),
    "format": _format,
}
