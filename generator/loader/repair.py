"""Known-benign defects: found by a scan of every document, repaired in lenient mode.

Each kind is found the same way in both modes; ``apply=False`` (strict mode) only reports.

* ``duplicate-required``: a property listed twice in ``required`` -> deduplicated, order kept.
* ``exclusive-bound`` (3.1): OpenAPI-3.0-style boolean ``exclusiveMinimum/Maximum`` -> the 3.1
  numeric form, taking the bound from ``minimum``/``maximum``; (3.0) the numeric 3.1 form -> the
  3.0 boolean form.
* ``nullable`` (3.1): the 3.0 keyword -> ``"null"`` added to ``type`` (and ``enum``), or a
  ``{"type": "null"}`` branch for typeless/composed schemas.
* ``recursive-anchor`` (3.1): draft 2019-09 ``$recursiveAnchor``/``$recursiveRef: '#'`` -> a plain
  ``$ref`` to the anchoring schema.
* ``invalid-default``: a ``default`` that does not validate against its own schema -> removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.loader.findings import Finding
from generator.loader.read import Source, to_pointer
from generator.loader.refs import Parts, iter_mappings

# Keywords that describe a schema without constraining it: kept on the outside when wrapping.
ANNOTATIONS = frozenset({"title", "description", "default", "example", "examples", "deprecated",
                         "readOnly", "writeOnly", "externalDocs", "xml"})


# Every key a repair below looks at: a mapping with none of them has nothing to find.
_KEYWORDS = frozenset({"required", "exclusiveMinimum", "exclusiveMaximum", "nullable",
                       "$recursiveAnchor", "$recursiveRef"})


@dataclass(frozen=True)
class Repair:
    code: str
    uri: str
    parts: Parts
    message: str  # what is wrong
    action: str  # what lenient mode did (or would do) about it


@dataclass
class Relocations:
    """Subtrees a repair moved (wrapped into ``anyOf: [<here>, null]``): new place -> old place."""

    moves: dict[str, list[tuple[Parts, Parts]]]

    def original(self, uri: str, parts: Parts) -> Parts:
        """Where ``parts`` (a location in the repaired document) was in the file."""
        moves = sorted(self.moves.get(uri, []), key=lambda m: -len(m[0]))
        changed = True
        while changed:
            changed = False
            for new, old in moves:
                if parts[: len(new)] == new:
                    parts, changed = (*old, *parts[len(new):]), True
                    break
        return parts


def scan(sources: dict[str, Source], version: str, *,
         apply: bool) -> tuple[list[Repair], Relocations]:
    """Find (and with ``apply`` repair) benign defects; pointers are those of the files."""
    out: list[Repair] = []
    relocations = Relocations({})
    v31 = not version.startswith("3.0")
    for uri, src in sources.items():
        anchors: list[Parts] = []
        moves = relocations.moves.setdefault(uri, [])
        for parts, node in iter_mappings(src.data, may_share=not src.json_only()):
            if parts and parts[-1] == "properties":
                continue  # a map of property names, not a schema
            if _KEYWORDS.isdisjoint(node):
                continue  # nothing any repair looks at (most mappings)
            found = [_required(node, apply)]
            if v31:
                wrapped = apply and _wraps(node)
                found += [_exclusive31(node, apply), _nullable(node, apply),
                          _recursive(uri, parts, node, anchors, apply)]
                if wrapped:
                    moves.append(((*parts, "anyOf", "0"), parts))
            else:
                found += [_exclusive30(node, apply)]
            at = relocations.original(uri, parts)
            out.extend(Repair(code, uri, (*at, key), msg, act)
                       for code, key, msg, act in (f for f in found if f is not None))
    return out, relocations


def _wraps(node: dict[str, Any]) -> bool:
    """Whether the nullable repair will move this schema's core into ``anyOf[0]``."""
    return (node.get("nullable") is True and not isinstance(node.get("type"), (str, list))
            and not isinstance(node.get("anyOf"), list)
            and any(k in node for k in ("$ref", "allOf", "oneOf")))


_Found = tuple[str, str, str, str] | None  # code, key, message, action


def _required(node: dict[str, Any], apply: bool) -> _Found:
    req = node.get("required")
    if not isinstance(req, list) or len(req) == len({repr(x) for x in req}):
        return None
    seen: list[Any] = []
    dupes: list[Any] = []
    for name in req:
        if name not in seen:
            seen.append(name)
        elif name not in dupes:
            dupes.append(name)
    if apply:
        node["required"] = seen
    listed = ", ".join(repr(d) for d in dupes)
    return ("duplicate-required", "required", f"`required` lists {listed} more than once",
            "duplicates removed")


def _exclusive31(node: dict[str, Any], apply: bool) -> _Found:
    for key, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = node.get(key)
        if not isinstance(flag, bool):
            continue
        if flag and bound in node:
            action = f"rewritten as `{key}: {node[bound]}` (3.1 form), `{bound}` dropped"
            if apply:
                node[key] = node.pop(bound)
        else:
            action = f"`{key}: {str(flag).lower()}` dropped (no `{bound}` to make exclusive)" \
                if flag else f"`{key}: false` dropped (no effect)"
            if apply:
                del node[key]
        return ("exclusive-bound", key,
                f"boolean `{key}: {str(flag).lower()}` is OpenAPI 3.0 syntax; 3.1 takes a number", action)
    return None


def _exclusive30(node: dict[str, Any], apply: bool) -> _Found:
    for key, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = node.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or bound in node:
            continue
        if apply:
            node[bound] = value
            node[key] = True
        return ("exclusive-bound", key,
                f"numeric `{key}: {value}` is OpenAPI 3.1 syntax; 3.0 takes a boolean",
                f"rewritten as `{bound}: {value}` with `{key}: true`")
    return None


def _nullable(node: dict[str, Any], apply: bool) -> _Found:
    flag = node.get("nullable")
    if not isinstance(flag, bool):
        return None
    message = "`nullable` is not an OpenAPI 3.1 keyword (3.1 uses `type: [..., 'null']`)"
    if not flag:
        if apply:
            del node["nullable"]
        return ("nullable", "nullable", message, "`nullable: false` dropped (no effect)")
    action = _make_nullable(node, apply)
    return ("nullable", "nullable", message, action)


def _make_nullable(node: dict[str, Any], apply: bool) -> str:
    if apply:
        del node["nullable"]
    kind = node.get("type")
    if isinstance(kind, (str, list)):
        if apply:
            types = [kind] if isinstance(kind, str) else list(kind)
            node["type"] = types if "null" in types else [*types, "null"]
            _enum_with_null(node)
        return "rewritten as `type: [..., 'null']`"
    if isinstance(node.get("anyOf"), list):
        if apply and {"type": "null"} not in node["anyOf"]:
            node["anyOf"].append({"type": "null"})
        return "`{type: 'null'}` added to `anyOf`"
    if any(k in node for k in ("$ref", "allOf", "oneOf")):
        if apply:
            core = {k: node.pop(k) for k in list(node) if k not in ANNOTATIONS}
            node["anyOf"] = [core, {"type": "null"}]
        return "wrapped as `anyOf: [<schema>, {type: 'null'}]`"
    if apply:
        _enum_with_null(node)
    return "dropped (the schema already admits null)"


def _enum_with_null(node: dict[str, Any]) -> None:
    enum = node.get("enum")
    if isinstance(enum, list) and None not in enum:
        enum.append(None)


def _recursive(uri: str, parts: Parts, node: dict[str, Any], anchors: list[Parts],
               apply: bool) -> _Found:
    if node.get("$recursiveAnchor") is True:
        anchors.append(parts)
        if apply:
            del node["$recursiveAnchor"]
        return ("recursive-anchor", "$recursiveAnchor",
                "`$recursiveAnchor` is JSON Schema 2019-09; OpenAPI 3.1 uses 2020-12",
                "dropped; `$recursiveRef: '#'` below it becomes a plain `$ref` to this schema")
    if node.get("$recursiveRef") != "#":
        return None
    owner = max((a for a in anchors if parts[: len(a)] == a), key=len, default=None)
    if owner is None:
        return None
    target = f"{uri}#{to_pointer(owner)}"
    if apply:
        del node["$recursiveRef"]
        node["$ref"] = target
    return ("recursive-anchor", "$recursiveRef",
            "`$recursiveRef` is JSON Schema 2019-09; OpenAPI 3.1 uses 2020-12",
            f"rewritten as `$ref: {target}`")


def drop_invalid_defaults(sources: dict[str, Source], findings: list[Finding]) -> list[Repair]:
    """Remove every ``default`` that the validator found not to match its schema."""
    reasons: dict[tuple[str, Parts], list[str]] = {}
    for f in findings:
        if f.kind == "invalid-default" and f.anchor and f.anchor[-1] == "default":
            reasons.setdefault((f.uri, f.anchor), []).append(f.message)
    repairs = []
    for (uri, anchor), messages in reasons.items():
        parent = _node(sources[uri].data, anchor[:-1])
        if isinstance(parent, dict):
            parent.pop("default", None)
        repairs.append(Repair("invalid-default", uri, anchor, "; ".join(messages), "default removed"))
    return repairs


def _node(data: Any, parts: Parts) -> Any:
    for part in parts:
        data = data[int(part)] if isinstance(data, list) else data.get(part)
    return data
