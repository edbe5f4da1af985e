"""One client-visible change (:class:`Change`), the kinds there are, and their report order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    kind: str  # "field-added", "operation-removed"… (additions end in "-added")
    breaking: bool
    where: str  # "POST /chat/completions", "model ChatMessage.role", "enum Role"
    message: str
    before: str | None = None
    after: str | None = None


# Report order and group headers.
KINDS: dict[str, str] = {
    "server-changed": "Servers changed",
    "security-scheme-added": "Security schemes added",
    "security-scheme-removed": "Security schemes removed",
    "security-scheme-changed": "Security schemes changed",
    "operation-added": "Operations added",
    "operation-removed": "Operations removed",
    "operation-renamed": "Operations renamed",
    "operation-moved": "Operations moved to another group",
    "operation-path-changed": "Operation paths changed",
    "operation-security-changed": "Operation security changed",
    "operation-streaming-changed": "Streaming changed",
    "operation-pagination-changed": "Pagination changed",
    "param-added": "Parameters added",
    "param-removed": "Parameters removed",
    "param-renamed": "Parameters renamed",
    "param-location-changed": "Parameter locations changed",
    "param-required": "Parameters made required",
    "param-optional": "Parameters made optional",
    "param-type-changed": "Parameter types changed",
    "body-added": "Request bodies added",
    "body-removed": "Request bodies removed",
    "body-changed": "Request bodies changed",
    "response-added": "Responses added",
    "response-removed": "Responses removed",
    "response-type-changed": "Response types changed",
    "definition-added": "Definitions added",
    "definition-removed": "Definitions removed",
    "definition-kind-changed": "Definitions changing kind",
    "field-added": "Fields added",
    "field-removed": "Fields removed",
    "field-renamed": "Fields renamed",
    "field-required": "Fields made required",
    "field-optional": "Fields made optional",
    "field-nullable": "Fields made nullable",
    "field-non-nullable": "Fields made non-nullable",
    "field-type-changed": "Field types changed",
    "alias-type-changed": "Alias targets changed",
    "enum-value-added": "Enum values added",
    "enum-value-removed": "Enum values removed",
    "union-variant-added": "Union variants added",
    "union-variant-removed": "Union variants removed",
}
KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


def sort_key(c: Change) -> tuple[int, str, str, str, str, bool]:
    return (KIND_ORDER.get(c.kind, len(KIND_ORDER)), c.kind, c.where, c.message, c.before or "", c.breaking)
