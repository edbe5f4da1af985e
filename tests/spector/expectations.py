"""What the harness knows about scenarios that do not pass (the table in docs/conformance.md).

- GENERATOR: known oagen defects. Their tests run under `xfail(strict=True)`: they fail today, and
  the day one passes, the test fails until the entry is removed.
- HARNESS: scenarios the data-driven driver cannot drive yet (hand-written driver code needed);
  they are not run, and the table lists them as not driven.
Keys are scenario names; a value is the reason, or {lane: reason} for lane-specific entries
(lanes: "3.0", "3.1").
"""

from __future__ import annotations

GENERATOR: dict[str, str | dict[str, str]] = {}

HARNESS: dict[str, str] = {}

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
