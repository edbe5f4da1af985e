"""Structural checks: problems that make generation impossible, whatever the mode."""

from __future__ import annotations

from typing import Any

from generator.loader.findings import Finding, deref
from generator.loader.read import Source, from_pointer, to_pointer
from generator.loader.refs import Parts, split_ref

OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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
    ref, item = deref(sources, "#" + to_pointer(parts), item)
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
