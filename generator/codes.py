"""The table of diagnostic codes the IR reports: one place for each code's severity, its
one-line meaning and what the user can do about it.

A degradation is a construct oagen cannot express exactly: it falls back (to ``Any``, ``float``,
``str``, bytes) or skips the feature, and says so with one of these codes, at the JSON pointer of
the construct (the pipeline adds file and line).  ``tests/fixtures/specs/unsupported/<code>.yaml``
holds one small spec per degradation code.  The README's "Diagnostic codes" section lists this
table; ``python -m generator.codes`` prints it as Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diagnostics import Diagnostic, Severity


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    severity: Severity
    meaning: str  # what happened, in one line
    remedy: str  # what the user can do
    degradation: bool = True  # a fallback or a skipped feature (has a negative fixture)


_W, _I = Severity.WARNING, Severity.INFO

CODES: dict[str, Code] = {c.code: c for c in (
    Code("const-not-literal", _W, "a `const` object or array is typed Any (Literal takes scalars only)",
         "declare the value's schema (type/properties) next to or instead of `const`"),
    Code("enum-not-literal", _W, "an `enum` with object or array values, or numbers mixed with other "
         "kinds, is typed Any", "split the enum by kind, or declare the values' schema instead"),
    Code("float-literal", _W, "a `const`/`enum` of non-integer numbers is typed float (Literal cannot "
         "hold floats); the allowed values are listed in the description",
         "nothing needed; use integers or strings if the values must be checked statically"),
    Code("false-schema", _W, "the `false` schema (no value allowed) is typed Any",
         "remove the property, or mark it `readOnly`/`deprecated` instead"),
    Code("not-schema", _W, "`not` is ignored; a schema with nothing else is typed Any",
         "describe the allowed values positively (type, enum, oneOf)"),
    Code("pattern-properties", _W, "`patternProperties` is ignored: keys matching the patterns are "
         "not typed", "declare `properties`, or `additionalProperties` with the value schema"),
    Code("unknown-type", _W, "a `type` that is not a JSON Schema type is typed Any",
         "use one of string, number, integer, boolean, array, object, null"),
    Code("tuple-items", _W, "a tuple array (`items: [...]` or `prefixItems`) is typed list[Any]",
         "use `items` with one schema (a oneOf of the item kinds)"),
    Code("schema-too-deep", _W, "inline schemas nested more than 200 levels deep are typed Any below "
         "that depth", "move inner schemas to components/schemas and $ref them"),
    Code("recursive-alias", _W, "aliases or unions that refer to themselves only through aliases/unions "
         "are typed Any inside the cycle", "make one member of the cycle an object schema"),
    Code("inheritance-cycle", _W, "an allOf cycle among models: the models are flattened, without base "
         "classes", "remove the cycle from the allOf chain"),
    Code("discriminator", _W, "a declared discriminator cannot be used (a variant has no fixed tag): "
         "parsing tries each variant in turn", "give every variant the tag property with a `const` or "
         "single-value `enum`, or a discriminator `mapping`"),
    Code("pattern-unsupported", _W, "a `pattern` Python's `re` cannot compile is not checked on "
         "requests (the other constraints still are)",
         "write the pattern in the common ECMA 262 / Python subset (no \\p{...} classes)"),
    Code("xml-body", _W, "an XML request or response body is sent/returned as text (str), without a model",
         "offer an application/json content type, or parse the text yourself"),
    Code("unknown-media-type", _W, "a media type oagen does not know is sent/returned as bytes",
         "use a standard media type (application/json, text/*, multipart/form-data…)"),
    Code("security-scheme-unsupported", _W, "a security scheme of an unsupported type (mutualTLS…) is "
         "skipped: the client does not send it", "configure it on the httpx client (`http_client=`), "
         "e.g. client certificates"),
    Code("stream-event", _W, "a text/event-stream response has no schema: events are typed as the "
         "JSON response (or Any)", "give the event-stream media type a `schema`"),
    Code("pagination-config", _W, "a target's `operations.<id>.pagination` names a field or parameter "
         "the operation does not have (or leaves out one its style needs): no auto-paging method",
         "use the wire names of the response fields (dotted for nested ones) and of the parameter",
         degradation=False),
    Code("duplicate-operation-id", _W, "an operationId is used twice; the second method gets another "
         "name", "make operationIds unique", degradation=False),
    Code("renamed", _I, "a spec name is not the plain conversion of its identifier (keyword, clash…)",
         "nothing needed; `operations.<id>.name` in the target renames an operation", degradation=False),
)}


def diagnostic(code: str, message: str, pointer: str | None) -> Diagnostic:
    """A diagnostic with the table's severity; a degradation's message ends with the remedy.
    An unknown code is a bug in oagen, so it raises."""
    entry = CODES[code]
    text = f"{message} (you can: {entry.remedy})" if entry.degradation else message
    return Diagnostic(entry.severity, code, text, pointer)


def markdown_table() -> str:
    rows = ["| Code | Severity | Meaning | What you can do |", "| --- | --- | --- | --- |"]
    rows += [f"| `{c.code}` | {c.severity.value} | {c.meaning} | {c.remedy} |" for c in CODES.values()]
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
