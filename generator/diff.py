"""API-level change report between two versions of a spec (``oagen diff OLD NEW``).

The comparison runs on the *client-visible surface* of the IR, never on the spec text: a plain,
JSON-serialisable description of every operation (Python method name, group, parameters, request
body, success responses, security, streaming/pagination) and every definition of the models
package (fields, enum values, union variants, alias targets), see :func:`surface`.  The same
surface is stored in each generated package's manifest, so a regeneration can report what
changed since the last output without the old spec.

Breaking or not is judged from the point of view of *code that uses the generated client*:

* **Operations**: removing one, renaming its Python method, or moving it to another group is
  breaking; adding one is not.  An operationId change that leaves the method name unchanged is
  reported but not breaking.  An operation that keeps its operationId but changes path is reported
  as ``operation-path-changed`` (not breaking: the method is the same) and compared in detail.
* **Parameters** (and multipart/form body fields, which become keyword arguments): a new required
  one, a removed one, one made required, a type change or a Python-name change are breaking; a new
  optional one or one made optional is not.
* **Definitions** are classified by how they are reachable (transitively, through field types,
  union variants, alias targets and bases) from request bodies and parameters (``request``),
  from responses, streamed events and webhooks (``response``), from both, or from neither.
  - request: added required field, removed field, field made required, type change, field made
    non-nullable → breaking; added optional field, field made optional or nullable → not.
  - response: removed field, field made optional, type change, field made nullable → breaking;
    added field, field made required or non-nullable → not.
  - both *or neither*: the stricter of the two rules (a model nobody references may still be
    imported and used either way).
* **Enum values and union variants** (including inline ``Literal[...]`` types of fields and
  parameters): adding one is never breaking; removing one is breaking when the definition is used
  in requests (callers may be sending it) and not when it only appears in responses (the client
  just receives fewer possibilities).
* **Definitions** added are not breaking; removed or changing kind (model → union…) is breaking.
* **Security**: a scheme removed or changed is breaking, a new one is not; an operation's security
  change is breaking when some previously sufficient set of credentials no longer satisfies any of
  the new alternatives (the operation now needs a scheme it did not).
* **Servers**: a changed default server URL is reported but not breaking (it only changes the
  default ``base_url``; generated code keeps working).

:func:`suggest_bump`: any breaking change → ``major``; otherwise any addition (a kind ending in
``-added``) → ``minor``; otherwise ``patch``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import click

from generator.ir import model as m

__all__ = [
    "Change",
    "compare",
    "diff_command",
    "diff_specs",
    "format_json",
    "format_text",
    "suggest_bump",
    "surface",
]

SURFACE_VERSION = 1

Usage = Literal["request", "response", "both", "none"]

# --------------------------------------------------------------------------------------------
# The surface
# --------------------------------------------------------------------------------------------


def surface(api: m.Api) -> dict[str, Any]:
    """The client-visible API surface of ``api``: compact, JSON-serialisable, deterministic."""
    operations = {f"{op.method} {op.path}": _operation(op) for op in api.operations}
    usage = _usage(api)
    definitions = {d.name: _definition(d, usage.get(d.name, "none")) for d in api.definitions}
    return {
        "version": SURFACE_VERSION,
        "servers": [s.url for s in api.servers],
        "security": {s.key: f"{s.kind} {s.location} {s.param} {s.attr}" for s in
                     sorted(api.security_schemes, key=lambda s: s.key)},
        "operations": dict(sorted(operations.items())),
        "definitions": dict(sorted(definitions.items())),
    }


def _type(t: m.TypeRef | None) -> str:
    return "None" if t is None else t.py()


def _literal(t: m.TypeRef) -> m.LiteralOf | None:
    if isinstance(t, m.Nullable):
        t = t.inner
    return t if isinstance(t, m.LiteralOf) else None


def _variants(t: m.TypeRef) -> list[str] | None:
    """The members of an inline union type (``None`` included when nullable), else None."""
    tail: list[str] = []
    if isinstance(t, m.Nullable):
        t, tail = t.inner, ["None"]
    if not isinstance(t, m.UnionOf):
        return None
    return sorted({x.py() for x in t.members} | set(tail))


def _typed(entry: dict[str, Any], t: m.TypeRef) -> dict[str, Any]:
    """Add ``type`` (and ``values`` for an inline ``Literal``, ``variants`` for an inline union)."""
    entry["type"] = _type(t)
    lit = _literal(t)
    if lit is not None:
        entry["values"] = list(lit.values)
    variants = _variants(t)
    if variants is not None:
        entry["variants"] = variants
    return entry


def _param(p: m.Parameter) -> dict[str, Any]:
    entry: dict[str, Any] = {"in": p.location}
    if p.required:
        entry["required"] = True
    if p.name != p.wire:
        entry["name"] = p.name
    return _typed(entry, p.type)


def _params(params: Iterable[m.Parameter]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for p in params:
        key = p.wire if p.wire not in out else f"{p.wire}@{p.location}"
        out[key] = _param(p)
    return dict(sorted(out.items()))


def _operation(op: m.Operation) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": op.id, "name": op.name, "group": op.group, "params": _params(op.params)}
    if op.body is not None:
        body: dict[str, Any] = {"kind": op.body.kind, "content_type": op.body.content_type,
                                "type": _type(op.body.type), "required": op.body.required}
        if op.body.fields:
            body["fields"] = _params(op.body.fields)
        entry["body"] = body
    entry["responses"] = {r.status: f"{r.kind} {r.py}" for r in sorted(op.success, key=lambda r: r.status)}
    entry["security"] = sorted(sorted(alt) for alt in op.security)
    if op.stream is not None:
        entry["stream"] = _type(op.stream.event_type)
    if op.pagination is not None:
        entry["paginated"] = _type(op.pagination.item_type)
    return entry


def _definition(d: m.Definition, usage: Usage) -> dict[str, Any]:
    entry: dict[str, Any] = {"kind": d.kind, "usage": usage}
    if isinstance(d, m.Model):
        fields: dict[str, Any] = {}
        for f in d.fields:
            fe: dict[str, Any] = {}
            if f.required:
                fe["required"] = True
            if f.nullable:
                fe["nullable"] = True
            if f.name != f.wire:
                fe["name"] = f.name
            fields[f.wire] = _typed(fe, f.type)
        entry["fields"] = dict(sorted(fields.items()))
        if d.bases:
            entry["bases"] = list(d.bases)
    elif isinstance(d, m.Enum):
        entry["values"] = list(d.values)
    elif isinstance(d, m.Union):
        entry["variants"] = sorted({_type(v.type) for v in d.variants})
    else:
        entry["type"] = _type(d.target)
    return entry


def _usage(api: m.Api) -> dict[str, Usage]:
    """Definition name → how it is reachable: from requests, responses, both (or neither)."""
    by_name = {d.name: d for d in api.definitions}
    request: set[str] = set()
    response: set[str] = set()
    for op in api.operations:
        for p in op.params:
            request |= p.type.names()
        if op.body is not None:
            request |= op.body.type.names()
            if op.body.model:
                request.add(op.body.model)
            for p in op.body.fields:
                request |= p.type.names()
        for r in op.responses:
            if r.type is not None:
                response |= r.type.names()
        if op.stream is not None:
            response |= op.stream.event_type.names()
        if op.pagination is not None:
            response |= op.pagination.item_type.names()
    for hook in api.webhooks:
        response |= hook.event_type.names()
    request, response = _closure(request, by_name), _closure(response, by_name)
    out: dict[str, Usage] = {}
    for name in by_name:
        if name in request and name in response:
            out[name] = "both"
        elif name in request:
            out[name] = "request"
        elif name in response:
            out[name] = "response"
    return out


def _closure(roots: set[str], by_name: Mapping[str, m.Definition]) -> set[str]:
    """Everything reachable from ``roots``: the names a definition mentions, and the models that
    extend it (a subtype can stand where its base is expected, e.g. a discriminator mapping)."""
    subtypes: dict[str, set[str]] = {}
    for d in by_name.values():
        if isinstance(d, m.Model):
            for base in d.bases:
                subtypes.setdefault(base, set()).add(d.name)
    seen: set[str] = set()
    stack = [n for n in roots if n in by_name]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        nxt = by_name[name].names() | subtypes.get(name, set())
        stack.extend(n for n in nxt if n in by_name and n not in seen)
    return seen


# --------------------------------------------------------------------------------------------
# Changes
# --------------------------------------------------------------------------------------------


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
_ORDER = {k: i for i, k in enumerate(KINDS)}


def _sort_key(c: Change) -> tuple[int, str, str, str, str, bool]:
    return (_ORDER.get(c.kind, len(_ORDER)), c.kind, c.where, c.message, c.before or "", c.breaking)


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every client-visible change from surface ``old`` to surface ``new``, sorted."""
    out: list[Change] = []
    _servers(old.get("servers", []), new.get("servers", []), out)
    _schemes(old.get("security", {}), new.get("security", {}), out)
    _operations(old.get("operations", {}), new.get("operations", {}), out)
    _definitions(old.get("definitions", {}), new.get("definitions", {}), out)
    return sorted(set(out), key=_sort_key)


def _servers(old: list[str], new: list[str], out: list[Change]) -> None:
    if old != new:
        before, after = (old[0] if old else None), (new[0] if new else None)
        msg = ("default server URL changed" if before != after else "server list changed")
        out.append(Change("server-changed", False, "servers", msg,
                          ", ".join(old) or None, ", ".join(new) or None))


def _schemes(old: Mapping[str, str], new: Mapping[str, str], out: list[Change]) -> None:
    for key in sorted(old.keys() | new.keys()):
        where = f"security {key}"
        if key not in new:
            out.append(Change("security-scheme-removed", True, where, f"security scheme {key} removed", old[key], None))
        elif key not in old:
            out.append(Change("security-scheme-added", False, where, f"security scheme {key} added", None, new[key]))
        elif old[key] != new[key]:
            out.append(Change("security-scheme-changed", True, where, f"security scheme {key} changed",
                              old[key], new[key]))


# -- operations ------------------------------------------------------------------------------


def _operations(old: Mapping[str, Any], new: Mapping[str, Any], out: list[Change]) -> None:
    removed = sorted(old.keys() - new.keys())
    added = sorted(new.keys() - old.keys())
    # same operationId at a different path: the same method, moved
    new_by_id = {new[k]["id"]: k for k in added}
    moved: dict[str, str] = {}
    for k in removed:
        target = new_by_id.get(old[k]["id"])
        if target is not None and target not in moved.values():
            moved[k] = target
    for k in removed:
        if k in moved:
            continue
        o = old[k]
        out.append(Change("operation-removed", True, k, f"operation removed: {o['group']}.{o['name']}()",
                          o["id"], None))
    moved_to = set(moved.values())
    for k in added:
        if k in moved_to:
            continue
        n = new[k]
        out.append(Change("operation-added", False, k, f"operation added: {n['group']}.{n['name']}()",
                          None, n["id"]))
    for k in sorted(old.keys() & new.keys()):
        _operation_changes(k, old[k], new[k], out)
    for k_old, k_new in sorted(moved.items()):
        out.append(Change("operation-path-changed", False, k_new,
                          f"{new[k_new]['id']} moved from {k_old} to {k_new}", k_old, k_new))
        _operation_changes(k_new, old[k_old], new[k_new], out)


def _operation_changes(where: str, o: Mapping[str, Any], n: Mapping[str, Any], out: list[Change]) -> None:
    if o["name"] != n["name"]:
        out.append(Change("operation-renamed", True, where, f"method renamed {o['name']}() -> {n['name']}()",
                          f"{o['id']} {o['name']}", f"{n['id']} {n['name']}"))
    elif o["id"] != n["id"]:
        out.append(Change("operation-renamed", False, where,
                          f"operationId changed {o['id']} -> {n['id']} (method name unchanged)", o["id"], n["id"]))
    if o["group"] != n["group"]:
        out.append(Change("operation-moved", True, where,
                          f"{n['name']}() moved from client.{o['group']} to client.{n['group']}", o["group"], n["group"]))
    _params_changes(where, "param", o.get("params", {}), n.get("params", {}), out)
    _body_changes(where, o.get("body"), n.get("body"), out)
    _response_changes(where, o.get("responses", {}), n.get("responses", {}), out)
    _security_changes(where, o.get("security", []), n.get("security", []), out)
    for key, kind, label in (("stream", "operation-streaming-changed", "streaming"),
                             ("paginated", "operation-pagination-changed", "auto-pagination")):
        b, a = o.get(key), n.get(key)
        if b == a:
            continue
        if b is None:
            out.append(Change(kind, False, where, f"{label} added", None, a))
        elif a is None:
            out.append(Change(kind, True, where, f"{label} removed", b, None))
        else:
            out.append(Change(kind, True, where, f"{label} item type changed", b, a))


def _params_changes(op: str, label: str, old: Mapping[str, Any], new: Mapping[str, Any],
                    out: list[Change]) -> None:
    for wire in sorted(old.keys() | new.keys()):
        where = f"{op} {label} {wire}"
        b, a = old.get(wire), new.get(wire)
        if a is None:
            assert b is not None
            out.append(Change("param-removed", True, where, f"{b['in']} parameter {wire} removed",
                              _show_param(b), None))
            continue
        if b is None:
            req = bool(a.get("required"))
            out.append(Change("param-added", req, where,
                              f"{'required' if req else 'optional'} {a['in']} parameter {wire} added",
                              None, _show_param(a)))
            continue
        if b.get("name", wire) != a.get("name", wire):
            out.append(Change("param-renamed", True, where, f"Python argument renamed {b.get('name', wire)} -> "
                              f"{a.get('name', wire)}", b.get("name", wire), a.get("name", wire)))
        if b["in"] != a["in"]:
            out.append(Change("param-location-changed", False, where,
                              f"parameter {wire} moved from {b['in']} to {a['in']}", b["in"], a["in"]))
        if bool(b.get("required")) != bool(a.get("required")):
            if a.get("required"):
                out.append(Change("param-required", True, where, f"parameter {wire} made required", "optional", "required"))
            else:
                out.append(Change("param-optional", False, where, f"parameter {wire} made optional", "required", "optional"))
        _type_changes(where, f"parameter {wire}", "param-type-changed", b, a, "request", out)


def _show_param(p: Mapping[str, Any]) -> str:
    return f"{p['type']} ({'required' if p.get('required') else 'optional'}, {p['in']})"


def _body_changes(op: str, b: Mapping[str, Any] | None, a: Mapping[str, Any] | None, out: list[Change]) -> None:
    where = f"{op} body"
    if b is None and a is None:
        return
    if a is None:
        assert b is not None
        out.append(Change("body-removed", True, where, "request body removed", _show_body(b), None))
        return
    if b is None:
        out.append(Change("body-added", bool(a["required"]), where,
                          f"{'required' if a['required'] else 'optional'} request body added", None, _show_body(a)))
        return
    if b["kind"] != a["kind"]:
        out.append(Change("body-changed", True, where, f"request body kind changed {b['kind']} -> {a['kind']}",
                          _show_body(b), _show_body(a)))
    elif b["content_type"] != a["content_type"]:
        out.append(Change("body-changed", False, where, "request content type changed",
                          b["content_type"], a["content_type"]))
    if b["type"] != a["type"] and not (b.get("fields") or a.get("fields")):
        out.append(Change("body-changed", True, where, "request body type changed", b["type"], a["type"]))
    if b["required"] != a["required"]:
        out.append(Change("body-changed", bool(a["required"]), where,
                          f"request body made {'required' if a['required'] else 'optional'}",
                          str(b["required"]), str(a["required"])))
    _params_changes(op, "body field", b.get("fields", {}), a.get("fields", {}), out)


def _show_body(b: Mapping[str, Any]) -> str:
    return f"{b['kind']} {b['content_type']} {b['type']}"


def _response_changes(op: str, old: Mapping[str, str], new: Mapping[str, str], out: list[Change]) -> None:
    for status in sorted(old.keys() | new.keys()):
        where = f"{op} response {status}"
        b, a = old.get(status), new.get(status)
        if a is None:
            out.append(Change("response-removed", True, where, f"{status} response removed", b, None))
        elif b is None:
            out.append(Change("response-added", False, where, f"{status} response added", None, a))
        elif a != b:
            out.append(Change("response-type-changed", True, where, f"{status} response type changed", b, a))


def _security_changes(op: str, old: list[list[str]], new: list[list[str]], out: list[Change]) -> None:
    if old == new:
        return
    olds = [frozenset(x) for x in old] or [frozenset()]
    news = [frozenset(x) for x in new] or [frozenset()]
    # breaking when credentials that satisfied an old alternative satisfy no new one
    lost = [alt for alt in olds if not any(n <= alt for n in news)]
    needs = sorted(set().union(*news) - set().union(*olds))
    msg = "security changed"
    if lost:
        msg += "; now needs " + (", ".join(needs) if needs else "a different combination of schemes")
    out.append(Change("operation-security-changed", bool(lost), f"{op} security", msg,
                      _show_security(old), _show_security(new)))


def _show_security(alts: list[list[str]]) -> str:
    if not alts:
        return "none"
    return " | ".join(" + ".join(a) if a else "anonymous" for a in alts)


# -- definitions -----------------------------------------------------------------------------


def _definitions(old: Mapping[str, Any], new: Mapping[str, Any], out: list[Change]) -> None:
    for name in sorted(old.keys() | new.keys()):
        b, a = old.get(name), new.get(name)
        if a is None:
            assert b is not None
            out.append(Change("definition-removed", True, f"{b['kind']} {name}", f"removed ({b['usage']})"))
        elif b is None:
            out.append(Change("definition-added", False, f"{a['kind']} {name}", f"added ({a['usage']})"))
        elif a["kind"] != b["kind"]:
            out.append(Change("definition-kind-changed", True, f"{a['kind']} {name}",
                              f"{name} changed from {b['kind']} to {a['kind']}", b["kind"], a["kind"]))
        else:
            _definition_changes(name, b, a, out)


def _effective(b: Mapping[str, Any], a: Mapping[str, Any]) -> Usage:
    """How a definition is used across both versions (the union of uses; stricter rule wins)."""
    uses = {b.get("usage", "none"), a.get("usage", "none")}
    if "none" in uses and len(uses) == 1:
        return "none"
    req = bool(uses & {"request", "both"})
    resp = bool(uses & {"response", "both"})
    return "both" if req and resp else "request" if req else "response"


def _breaks(usage: Usage, *, request: bool, response: bool) -> bool:
    """Is a change breaking, given whether it breaks a request use and a response use?"""
    if usage == "request":
        return request
    if usage == "response":
        return response
    return request or response  # both, or unreferenced: the stricter rule


def _definition_changes(name: str, b: Mapping[str, Any], a: Mapping[str, Any], out: list[Change]) -> None:
    usage = _effective(b, a)
    kind = a["kind"]
    where = f"{kind} {name}"
    if kind == "enum":
        _value_changes(where, "enum-value", "value", b.get("values", []), a.get("values", []), usage, out)
    elif kind == "union":
        _value_changes(where, "union-variant", "variant", b.get("variants", []), a.get("variants", []), usage, out)
    elif kind == "alias":
        if b.get("type") != a.get("type"):
            out.append(Change("alias-type-changed", True, where, f"alias {name} target changed", b.get("type"), a.get("type")))
    else:
        _field_changes(name, b.get("fields", {}), a.get("fields", {}), usage, out)


def _value_changes(where: str, kind: str, noun: str, old: list[Any], new: list[Any], usage: Usage,
                   out: list[Change]) -> None:
    raw = kind == "union-variant"  # variants are type strings; enum values JSON scalars
    old_keys = {json.dumps(v): v for v in old}
    new_keys = {json.dumps(v): v for v in new}
    for key in sorted(old_keys.keys() - new_keys.keys()):
        shown = _show_value(old_keys[key], raw)
        out.append(Change(f"{kind}-removed", _breaks(usage, request=True, response=False), where,
                          f"{noun} {shown} removed ({usage})", shown, None))
    for key in sorted(new_keys.keys() - old_keys.keys()):
        shown = _show_value(new_keys[key], raw)
        out.append(Change(f"{kind}-added", False, where, f"{noun} {shown} added", None, shown))


def _show_value(v: Any, raw: bool) -> str:
    return str(v) if raw else json.dumps(v, ensure_ascii=False)


_LITERAL = re.compile(r"Literal\[(?:[^\[\]'\"]|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")*\]")


def _type_changes(where: str, subject: str, kind: str, b: Mapping[str, Any], a: Mapping[str, Any],
                  usage: Usage, out: list[Change]) -> None:
    """A type change; inline ``Literal`` value changes are reported as enum value changes."""
    if b["type"] == a["type"]:
        return
    if "values" in b and "values" in a:
        _value_changes(where, "enum-value", "value", b["values"], a["values"], usage, out)
        if _LITERAL.sub("Literal[...]", b["type"], 1) == _LITERAL.sub("Literal[...]", a["type"], 1):
            return
    if "variants" in b or "variants" in a:
        # an inline union gaining or losing members (a single type counts as a one-member union)
        before, after = b.get("variants", [b["type"]]), a.get("variants", [a["type"]])
        if set(before) & set(after):
            _value_changes(where, "union-variant", "variant", before, after, usage, out)
            return
    out.append(Change(kind, True, where, f"{subject} type changed", b["type"], a["type"]))


def _field_changes(model: str, old: Mapping[str, Any], new: Mapping[str, Any], usage: Usage,
                   out: list[Change]) -> None:
    for wire in sorted(old.keys() | new.keys()):
        where = f"model {model}.{wire}"
        b, a = old.get(wire), new.get(wire)
        if a is None:
            assert b is not None
            out.append(Change("field-removed", True, where, f"field {wire} removed ({usage})", _show_field(b), None))
            continue
        if b is None:
            req = bool(a.get("required"))
            out.append(Change("field-added", _breaks(usage, request=req, response=False), where,
                              f"{'required' if req else 'optional'} field {wire} added ({usage})", None, _show_field(a)))
            continue
        if b.get("name", wire) != a.get("name", wire):
            out.append(Change("field-renamed", True, where,
                              f"Python attribute renamed {b.get('name', wire)} -> {a.get('name', wire)}",
                              b.get("name", wire), a.get("name", wire)))
        # (flag, word when set, word when not, set breaks requests?, cleared breaks requests?)
        for flag, on, off, on_breaks_requests in (("required", "required", "optional", True),
                                                 ("nullable", "nullable", "non-nullable", False)):
            if bool(b.get(flag)) == bool(a.get(flag)):
                continue
            now, was = (on, off) if a.get(flag) else (off, on)
            request = on_breaks_requests == bool(a.get(flag))
            out.append(Change(f"field-{now}", _breaks(usage, request=request, response=not request),
                              where, f"field {wire} made {now} ({usage})", was, now))
        _type_changes(where, f"field {wire}", "field-type-changed", b, a, usage, out)


def _show_field(f: Mapping[str, Any]) -> str:
    flags = ["required" if f.get("required") else "optional"]
    if f.get("nullable"):
        flags.append("nullable")
    return f"{f['type']} ({', '.join(flags)})"


# --------------------------------------------------------------------------------------------
# Summary and output
# --------------------------------------------------------------------------------------------


def suggest_bump(changes: Iterable[Change]) -> Literal["major", "minor", "patch"]:
    """``major`` for any breaking change, ``minor`` for any addition, else ``patch``."""
    changes = list(changes)
    if any(c.breaking for c in changes):
        return "major"
    if any(c.kind.endswith("-added") for c in changes):
        return "minor"
    return "patch"


def _summary(changes: list[Change]) -> dict[str, Any]:
    counts = Counter(c.kind for c in changes)
    return {
        "total": len(changes),
        "breaking": sum(1 for c in changes if c.breaking),
        "by_kind": {k: counts[k] for k in sorted(counts, key=lambda k: (_ORDER.get(k, len(_ORDER)), k))},
        "bump": suggest_bump(changes),
    }


def format_text(changes: Iterable[Change], *, color: bool) -> str:
    """Grouped by kind, a header per group, breaking changes marked; a summary line at the end."""
    changes = sorted(changes, key=_sort_key)

    def style(text: str, **kw: Any) -> str:
        return click.style(text, **kw) if color else text

    if not changes:
        return "No API changes.\n"
    lines: list[str] = []
    kind = None
    for c in changes:
        if c.kind != kind:
            kind = c.kind
            n = sum(1 for x in changes if x.kind == kind)
            if lines:
                lines.append("")
            lines.append(style(f"{KINDS.get(kind, kind)} ({n})", bold=True))
        mark = style("BREAKING", fg="red", bold=True) if c.breaking else "        "
        detail = ""
        if c.before is not None or c.after is not None:
            detail = f"  [{c.before if c.before is not None else '-'} -> {c.after if c.after is not None else '-'}]"
            if c.before is None:
                detail = f"  [{c.after}]"
            elif c.after is None:
                detail = f"  [{c.before}]"
        lines.append(f"  {mark} {c.where}: {c.message}{style(detail, dim=True) if detail else ''}")
    s = _summary(changes)
    by_kind = ", ".join(f"{k} {n}" for k, n in s["by_kind"].items())
    breaking = f"{s['breaking']} breaking"
    lines.append("")
    lines.append(f"{s['total']} changes ({style(breaking, fg='red', bold=True) if s['breaking'] else breaking}): "
                 f"{by_kind}; suggested version bump: {s['bump']}")
    return "\n".join(lines) + "\n"


def format_json(changes: Iterable[Change]) -> str:
    """``{"changes": [...], "summary": {...}}`` with sorted keys."""
    changes = sorted(changes, key=_sort_key)
    return json.dumps({"changes": [asdict(c) for c in changes], "summary": _summary(changes)},
                      indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------------
# Specs and the command
# --------------------------------------------------------------------------------------------


def api_of(path: str | Path, *, strict: bool = False) -> m.Api:
    """Load a spec (lenient unless ``strict``) and build its IR with an ad hoc target."""
    from generator.config import adhoc_target
    from generator.ir import build_api
    from generator.loader import load_spec

    spec = load_spec(path, strict=strict)
    target = adhoc_target(Path(path), "api_client", Path("api_client"))
    api, _ = build_api(spec.document, spec.resolve, target, spec_sha256=spec.sha256)
    return api


def diff_specs(old_path: str | Path, new_path: str | Path, *, strict: bool = False) -> list[Change]:
    """The changes from the spec at ``old_path`` to the one at ``new_path``."""
    return compare(surface(api_of(old_path, strict=strict)), surface(api_of(new_path, strict=strict)))


@click.command("diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Readable text (coloured on a terminal) or JSON.")
@click.option("--fail-on-breaking", is_flag=True, help="Exit 1 when any change is breaking (for CI).")
@click.option("--strict", is_flag=True, help="Fail on any validation problem instead of repairing.")
def diff_command(old: Path, new: Path, fmt: str, fail_on_breaking: bool, strict: bool) -> None:
    """API-level changes from spec OLD to spec NEW, each marked breaking or not."""
    from generator.cli import _guard
    from generator.diagnostics import ExitCode

    def go() -> None:
        changes = diff_specs(old, new, strict=strict)
        if fmt == "json":
            click.echo(format_json(changes), nl=False)
        else:
            color = sys.stdout.isatty()
            click.echo(format_text(changes, color=color), nl=False, color=color)
        if fail_on_breaking and any(c.breaking for c in changes):
            sys.exit(ExitCode.DRIFT)

    _guard(go)
