"""Questions about a raw schema, answered without building anything: its kind, its ``allOf``
parts, its enum values, its discriminator, its documentation."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Literal

Schema = Mapping[str, Any]
Resolver = Callable[[str], Any]

DOC_KEYS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly",
     "externalDocs", "default", "$comment", "xml", "x-stainless-const", "nullable"}
)


def classify(schema: Any, deref: Resolver) -> str:
    """The kind of definition a named schema becomes: model, enum, union or alias."""
    if not isinstance(schema, Mapping):
        return "alias"
    if "$ref" in schema:
        return "alias"
    if isinstance(schema.get("enum"), list) and schema.get("type") not in ("object", "array"):
        values, _ = enum_values(schema)
        return "enum" if values and all(isinstance(v, str | int) for v in values) else "alias"
    has_props = isinstance(schema.get("properties"), Mapping) and bool(schema.get("properties"))
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and not has_props:
            real = [x for x in schema[key] if isinstance(x, Mapping) and not is_null(x)]
            return "union" if len(real) > 1 else "alias"
    if isinstance(schema.get("allOf"), list):
        parts, _nullable = allof_parts(schema)
        if len(parts) == 1 and not has_props:
            return "alias"
        return "model"
    t = schema.get("type")
    if t == "object" or (t is None and has_props) or (isinstance(t, list) and "object" in t and has_props):
        if not has_props:
            return "alias"
        return "model"
    return "alias"


def allof_parts(schema: Schema) -> tuple[list[Schema], bool]:
    """The ``allOf`` parts that constrain the type, and whether a part only says "or null".

    ``allOf: [{$ref: X}, {nullable: true}]`` (and ``{}`` or doc-only parts) is X, maybe null.
    """
    parts: list[Schema] = []
    nullable = False
    for part in schema.get("allOf") or []:
        if not isinstance(part, Mapping):
            continue
        if is_null(part) or part.get("nullable") is True:
            nullable = True
        if is_null(part) or all(k in DOC_KEYS for k in part):
            continue
        parts.append(part)
    return parts, nullable


def is_null(schema: Any) -> bool:
    """Does the schema allow only ``null`` (``type: null``, ``type: [null]``, ``const: null``,
    ``enum: [null]``)?"""
    if not (type(schema) is dict or isinstance(schema, Mapping)):  # dict first: the ABC check is slow
        return False
    kind = schema.get("type")
    only_null = kind == "null" or (isinstance(kind, list) and bool(kind) and set(kind) == {"null"})
    return only_null or ("const" in schema and schema["const"] is None and len(schema) <= 3) or (
        schema.get("enum") == [None])


def enum_values(schema: Schema) -> tuple[list[Any], bool]:
    raw = schema.get("enum") or []
    nullable = None in raw or schema.get("nullable") is True
    try:  # first occurrences kept, as below, but by hash: an enum can list thousands of values
        return list(dict.fromkeys(v for v in raw if v is not None)), nullable
    except TypeError:  # an object or array value (unhashable): compare by equality
        pass
    values: list[Any] = []
    for v in raw:
        if v is None or v in values:
            continue
        values.append(v)
    return values, nullable


def enum_base(schema: Schema) -> Literal["str", "int", "float", "bool"]:
    values, _ = enum_values(schema)
    if values and all(isinstance(v, bool) for v in values):
        return "bool"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "float"
    return "str"


def string_literals(prop: Schema, deref: Resolver, _seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Fixed string values of a property (``const`` or ``enum``), following ``$ref``s and
    single-branch nullable unions; a reference cycle (``A: anyOf: [$ref: A, null]``) has none."""
    if "$ref" in prop:
        ref = str(prop["$ref"])
        if ref in _seen:
            return ()
        _seen = _seen | {ref}
        target = deref(ref)
        prop = target if isinstance(target, Mapping) else {}
    for key in ("anyOf", "oneOf"):
        branches = prop.get(key)
        if isinstance(branches, list):
            real = [b for b in branches if isinstance(b, Mapping) and not is_null(b)]
            if len(real) == 1:
                return string_literals(real[0], deref, _seen)
    if isinstance(prop.get("const"), str):
        return (prop["const"],)
    enum = prop.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
        return tuple(dict.fromkeys(enum))
    return ()


def discriminator_property(schema: Schema) -> str | None:
    disc = schema.get("discriminator")
    if isinstance(disc, Mapping) and isinstance(disc.get("propertyName"), str):
        return str(disc["propertyName"])
    return None


def discriminator_mapping(schema: Schema) -> dict[str, str]:
    disc = schema.get("discriminator")
    mapping = disc.get("mapping") if isinstance(disc, Mapping) else None
    if not isinstance(mapping, Mapping):
        return {}
    out: dict[str, str] = {}
    for tag, target in mapping.items():
        if isinstance(target, str):
            out[str(tag)] = target if target.startswith(("#", "file:")) else f"#/components/schemas/{target}"
    return out


def float_literals(schema: Schema) -> tuple[int | float, ...]:
    """The values of a ``const``/``enum`` of numbers that are not all integers (``Literal`` cannot
    hold floats, so such a schema is typed ``float``), else ``()``."""
    if "const" in schema:
        values = [schema["const"]]
    elif isinstance(schema.get("enum"), list):
        values = enum_values(schema)[0]
    else:
        return ()
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
    return tuple(values) if values and numbers and any(isinstance(v, float) for v in values) else ()


def doc(schema: Any) -> str:
    """The description (else the title); a float enum's allowed values are added, as its type
    (``float``) no longer lists them."""
    if not isinstance(schema, Mapping):
        return ""
    text = schema.get("description") or schema.get("title") or ""
    text = str(text).strip() if isinstance(text, str | int | float) else ""
    floats = float_literals(schema)
    if floats:
        allowed = f"Allowed values: {', '.join(repr(v) for v in floats)}."
        text = f"{text}\n\n{allowed}" if text else allowed
    return text


def without_docs(schema: Schema) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in ("description", "title")}


# Keys that only document a schema: two inline schemas that differ only in these are one model
# (the first one met keeps its text).  ``title`` is not among them: it names the model.
_TEXT_KEYS = frozenset({"description", "example", "examples", "$comment", "externalDocs"})
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions")
_SUBSCHEMAS = ("items", "additionalProperties", "not", "contains", "if", "then", "else")


_NOT_COPIED = _TEXT_KEYS.union(_SUBSCHEMA_LISTS, _SUBSCHEMA_MAPS, _SUBSCHEMAS)  # by _structure

# id(schema) → (schema, its structure): holding the schema keeps its id from being reused.
Structures = dict[int, tuple[Any, Any]]


def structural_key(schema: Any, structures: Structures | None = None) -> str:
    """A canonical text of ``schema`` without its documentation text, refs left unresolved:
    property names, types, required sets, constraints and nested structure all count.

    ``structures`` remembers the structure of every schema met, for callers that key schemas
    nested in one another (an inline object is keyed when hoisted, then again as part of each
    inline object around it): it is only valid while no schema it holds is changed."""
    return json.dumps(_structure(schema, {} if structures is None else structures),
                      sort_keys=True, default=repr)


def _structure(schema: Any, structures: Structures) -> Any:
    if not isinstance(schema, Mapping):
        return schema
    if type(schema) is dict and _NOT_COPIED.isdisjoint(schema):
        return schema  # a leaf (`type: string`): the copy below would be equal to it
    known = structures.get(id(schema))
    if known is not None and known[0] is schema:
        return known[1]
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _TEXT_KEYS:
            continue
        if key in _SUBSCHEMA_LISTS and isinstance(value, list):
            out[key] = [_structure(v, structures) for v in value]
        elif key in _SUBSCHEMA_MAPS and isinstance(value, Mapping):
            out[key] = {str(k): _structure(v, structures) for k, v in value.items()}
        elif key in _SUBSCHEMAS:
            out[key] = _structure(value, structures)
        else:
            out[key] = value
    structures[id(schema)] = (schema, out)
    return out


_FIELD_DOC_KEYS = ("description", "default", "example", "examples", "deprecated")


def field_docs(prop: Any) -> dict[str, Any]:
    """The documentation of a property: its own keys, else those of the branches of a nullable
    ``anyOf``/``oneOf`` (``anyOf: [{type: number, description, default}, {type: 'null'}]``), else
    of a single ``allOf`` part; the first branch that has a key gives it."""
    if not isinstance(prop, Mapping):
        return {}
    found = {k: prop[k] for k in _FIELD_DOC_KEYS if k in prop}
    branches: list[Any] = []
    for key in ("anyOf", "oneOf"):
        members = prop.get(key)
        if isinstance(members, list) and any(is_null(x) for x in members):
            branches.extend(x for x in members if isinstance(x, Mapping) and not is_null(x))
    parts, _nullable = allof_parts(prop)
    if len(parts) == 1:
        branches.append(parts[0])
    for branch in branches:
        for k in _FIELD_DOC_KEYS:
            if k not in found and k in branch:
                found[k] = branch[k]
    return found


def nullable_object(schema: Schema, deref: Resolver) -> tuple[str, Schema] | None:
    """``(pointer suffix, object schema)`` when ``schema`` only says "this inline object, or
    null" (``anyOf: [{type: object, properties: ...}, {type: 'null'}]``), else None.  The object
    inherits the wrapper's description when it has none."""
    if isinstance(schema.get("properties"), Mapping) or schema.get("discriminator"):
        return None
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if not isinstance(members, list) or not any(is_null(x) for x in members):
            continue
        real = [(i, x) for i, x in enumerate(members) if isinstance(x, Mapping) and not is_null(x)]
        if len(real) != 1:
            return None
        index, inner = real[0]
        if "$ref" in inner or classify(inner, deref) != "model":
            return None
        inherited = {k: schema[k] for k in ("description", "deprecated") if k in schema and k not in inner}
        return f"{key}/{index}", {**inner, **inherited}
    return None
