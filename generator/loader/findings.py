"""A validation finding at an absolute location, and the helpers both validators share: mapping a
path walked through refs to the file and pointer it lands on, message shortening, de-duplication."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.loader.read import Source, escape, from_pointer
from generator.loader.refs import Parts, follow, split_ref

MAX_MESSAGE = 300


@dataclass(frozen=True)
class Finding:
    """A problem at (document uri, pointer parts). ``anchor`` is what a repair would touch."""

    kind: str
    uri: str
    parts: Parts
    message: str
    anchor: Parts = ()



def schema_kind(err: Any, parts: Parts) -> str:
    last = parts[-1] if parts else ""
    if getattr(err, "validator", None) == "uniqueItems" and last == "required":
        return "duplicate-required"
    if last in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(err.instance, bool):
        return "exclusive-bound"
    return "invalid-schema"



def physical(sources: dict[str, Source], logical: Sequence[Any]) -> tuple[str, Parts]:
    """Map a path walked through refs (as the library walks) to the (uri, parts) it lands on."""
    ref = "#"
    ref, node = deref(sources, ref, sources[""].data)
    for part in logical:
        key = str(part)
        if isinstance(node, list):
            node = node[int(key)]
        elif isinstance(node, dict):
            node = node[key]
        else:
            break
        ref = f"{ref}/{escape(key)}"
        ref, node = deref(sources, ref, node)
    uri, pointer = split_ref(ref)
    return uri, tuple(from_pointer(pointer))


def deref(sources: dict[str, Source], ref: str, node: Any) -> tuple[str, Any]:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return follow(sources, node["$ref"])
    return ref, node


def message_of(err: Any) -> str:
    return shorten(str(getattr(err, "message", err)))


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 3] + "..."


def dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, Parts, str]] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.uri, f.parts, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
