"""Two surfaces → the list of changes from one to the other, each judged breaking or not.

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
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from generator.surface.changes import Change, sort_key
from generator.surface.extract import Usage


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every client-visible change from surface ``old`` to surface ``new``, sorted."""
    out: list[Change] = []
    _servers(old.get("servers", []), new.get("servers", []), out)
    _schemes(old.get("security", {}), new.get("security", {}), out)
    _operations(old.get("operations", {}), new.get("operations", {}), out)
    _definitions(old.get("definitions", {}), new.get("definitions", {}), out)
    return sorted(set(out), key=sort_key)


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
