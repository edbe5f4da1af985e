"""What the harness knows about scenarios that do not pass (the table in docs/conformance.md).

- GENERATOR: known oagen defects. Their tests run under `xfail(strict=True)`: they fail today, and
  the day one passes, the test fails until the entry is removed.
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
    # pagination
    "Payload_Pageable_ServerDrivenPagination_link": "next-link pagination: the client does not follow `next` (only `after`/`has_more` is detected)",
    "Payload_Pageable_ServerDrivenPagination_linkString": "next-link pagination: the client does not follow `next` (only `after`/`has_more` is detected)",
    "Payload_Pageable_ServerDrivenPagination_nestedLink": "next-link pagination: the client does not follow `nestedNext.next` (only `after`/`has_more` is detected)",
}

HARNESS: dict[str, str] = {
    "Encode_Datetime_Property_default": "the response is the mock handler's echo of the request, not in the scenario data",
    "Encode_Datetime_Property_rfc3339": "the response is the mock handler's echo of the request, not in the scenario data",
    "Encode_Datetime_Property_rfc7231": "the response is the mock handler's echo of the request, not in the scenario data",
    "Encode_Datetime_Property_unixTimestamp": "the response is the mock handler's echo of the request, not in the scenario data",
    "Encode_Datetime_Property_unixTimestampArray": "the response is the mock handler's echo of the request, not in the scenario data",
    "Parameters_Path_optional": "OpenAPI cannot express an optional path segment: emitted as `/parameters/path/optional{name}`",
    "Type_Model_Visibility_getModel": "the compiled operation has a required request body the scenario does not send (visibility-filtered body)",
    "Type_Model_Visibility_headModel": "the compiled operation has a required request body the scenario does not send (visibility-filtered body)",
    "Type_Model_Visibility_putReadOnlyModel": "the compiled operation has a required request body the scenario does not send (visibility-filtered body)",
    "Versioning_MadeOptional_test": "the v2 document makes `param` optional but the driver found no value for it in the data (needs a look)",
    "Versioning_Removed_v2": "two free arguments (`test_model`, `param`): the driver cannot tell the body parameter",
}

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
