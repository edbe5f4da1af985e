"""What the harness knows about scenarios that do not pass (the table in docs/conformance.md).

- GENERATOR: known oagen defects. Their tests run under `xfail(strict=True)`: they fail today, and
  the day one passes, the test fails until the entry is removed.
- INEXPRESSIBLE: scenarios OpenAPI 3.0/3.1 cannot express (the compiled document lacks or
  distorts the operation); not run, listed with the reason.
- HARNESS: scenarios the data-driven driver cannot drive yet (hand-written driver code needed);
  they are not run, and the table lists them as not driven.
Keys are scenario names; a value is the reason, or {lane: reason} for lane-specific entries
(lanes: "3.0", "3.1").
"""

from __future__ import annotations

GENERATOR: dict[str, str | dict[str, str]] = {
    # parameter serialization: the client sends `input=210000` / `input=150`; the mock compares the query text with a number
    "Encode_Duration_Query_floatMillisecondsLargerUnit": "mock defect: it compares the query text `210000` with the number 210000 (`Expected query param input=210000 but got 210000`)",
    "Encode_Duration_Query_floatSecondsLargerUnit": "mock defect: it compares the query text `150` with the number 150 (`Expected query param input=150 but got 150`)",
    # bodies and responses
    "Documentation_Lists_bulletPointsModel": "mock defect: `op bulletPointsModel(input: BulletPointsModel)` makes the body `{\"input\": {\"prop\": ...}}` (`input` required, as compiled), but the mock expects `{\"prop\": \"Simple\"}`; a client that follows the spec cannot send that",
}

INEXPRESSIBLE: dict[str, str] = {
    "Routes_QueryParameters_QueryContinuation_Standard_primitive": "OpenAPI cannot express a path with a fixed query string (`primitive?fixed=true{&param}`): cut from the compiled spec (tests/spector/prepare.mjs)",
    "Routes_QueryParameters_QueryContinuation_Standard_array": "OpenAPI cannot express a path with a fixed query string (`array?fixed=true{&param}`): cut from the compiled spec (tests/spector/prepare.mjs)",
    "Routes_QueryParameters_QueryContinuation_Standard_record": "OpenAPI cannot express a path with a fixed query string (`record?fixed=true{&param}`): cut from the compiled spec (tests/spector/prepare.mjs)",
    "Routes_QueryParameters_QueryContinuation_Explode_primitive": "OpenAPI cannot express a path with a fixed query string (`primitive?fixed=true{&param}`): cut from the compiled spec (tests/spector/prepare.mjs)",
    "Routes_QueryParameters_QueryContinuation_Explode_array": "OpenAPI cannot express a path with a fixed query string (`array?fixed=true{&param}`): cut from the compiled spec (tests/spector/prepare.mjs)",
    "Routes_QueryParameters_QueryContinuation_Explode_record": "OpenAPI cannot express a path with a fixed query string (`record?fixed=true{&param}`): cut from the compiled spec (tests/spector/prepare.mjs)",
    "Routes_PathParameters_PathExpansion_Standard_primitive": "OpenAPI has no path-segment style (RFC 6570 `{/param}`): the emitter writes `primitive{param}`, a simple-style value without the leading `/`",
    "Routes_PathParameters_PathExpansion_Standard_array": "OpenAPI has no path-segment style (RFC 6570 `{/param}`): the emitter writes `array{param}`, a simple-style value without the leading `/`",
    "Routes_PathParameters_PathExpansion_Standard_record": "OpenAPI has no path-segment style (RFC 6570 `{/param}`): the emitter writes `record{param}`, a simple-style value without the leading `/`",
    "Routes_PathParameters_PathExpansion_Explode_primitive": "OpenAPI has no path-segment style (RFC 6570 `{/param}`): the emitter writes `primitive{param}`, a simple-style value without the leading `/`",
    "Routes_PathParameters_PathExpansion_Explode_array": "OpenAPI has no path-segment style (RFC 6570 `{/param}`): the emitter writes `array{param}`, a simple-style value without the leading `/`",
    "Routes_PathParameters_PathExpansion_Explode_record": "OpenAPI has no path-segment style (RFC 6570 `{/param}`): the emitter writes `record{param}`, a simple-style value without the leading `/`",
    "Routes_PathParameters_ReservedExpansion_template": "OpenAPI cannot express reserved expansion in a path (`allowReserved` applies to query parameters only): `/` in the value must be percent-encoded",
    "Routes_PathParameters_ReservedExpansion_annotation": "OpenAPI cannot express reserved expansion in a path (`allowReserved` applies to query parameters only): `/` in the value must be percent-encoded",
    "Parameters_Path_optional": "OpenAPI cannot express an optional path segment: emitted as `/parameters/path/optional{name}`",
}

HARNESS: dict[str, str] = {
    "Type_Model_Visibility_getModel": "the compiled operation has a required request body the scenario does not send (visibility-filtered body)",
    "Type_Model_Visibility_headModel": "the compiled operation has a required request body the scenario does not send (visibility-filtered body)",
    "Type_Model_Visibility_putReadOnlyModel": "the compiled operation has a required request body the scenario does not send (visibility-filtered body)",
}

# Scenarios whose mock handler (code, not data) answers with the request's own body: the driver
# expects the request body back (per-scenario knowledge, from reading the handlers in mockapi.ts).
ECHO: frozenset[str] = frozenset({
    "Encode_Datetime_Property_default",
    "Encode_Datetime_Property_rfc3339",
    "Encode_Datetime_Property_rfc7231",
    "Encode_Datetime_Property_unixTimestamp",
    "Encode_Datetime_Property_unixTimestampArray",
})

# Areas (spec folder prefixes) that `make test` drives; `make spector` drives every area.
DEFAULT_AREAS = (
    "type/scalar",
    "type/property/value-types",
    "type/array",
    "type/dictionary",
    "type/enum",
    "parameters/basic",
    "parameters/query",
    "authentication/api-key",
)
