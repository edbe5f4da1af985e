"""Forgiving response parsing: the declared type always comes back, the server's data is never lost.

The fast path validates a body fully (``model_validate_json``).  Only when that fails is the same
declared type built leniently by :func:`build`: every field that validates is typed, a field that
does not keeps its raw JSON value, a missing required field reads ``None``, unknown fields are kept
as extras, lists and maps are lenient per item (one bad item never costs its siblings their
types), and a union member is chosen by its discriminator tag, else by the fewest errors.  Models
come back as instances of their declared class, so ``isinstance`` holds and type checkers see one
type; each model built this way lists what did not validate in :func:`deviations`.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel, Discriminator, Tag, TypeAdapter, ValidationError

__all__ = ["Deviation", "build", "deviations", "error_lines", "location"]

# Where the deviations of a leniently built model are kept: in the model's private storage, so
# they are neither a field nor an extra and never reach ``model_dump``.
_DEVIATIONS = "__oagen_deviations__"


class Deviation(NamedTuple):
    """One value that did not validate: where it is (``results[0].categories.hate``) and why."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


def deviations(value: object) -> tuple[Deviation, ...]:
    """What did not validate when ``value`` was built leniently (empty when it validated)."""
    private = getattr(value, "__pydantic_private__", None)
    if isinstance(private, dict):
        found = private.get(_DEVIATIONS, ())
        return found if isinstance(found, tuple) else ()
    return ()


def location(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as a path: ``("results", 0, "categories")`` → ``results[0].categories``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "<body>"


def error_lines(exc: ValidationError) -> list[str]:
    """Every error of ``exc`` as ``location: reason`` (``results[0].categories.hate: field required``)."""
    return [
        f"{location(tuple(e['loc']))}: {_lower_first(e['msg'])}"
        for e in exc.errors(include_url=False)
    ]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@lru_cache(maxsize=2048)
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


def _validate(tp: Any, value: Any) -> tuple[Any, list[str] | None]:
    """``(validated value, None)``, or ``(None, reasons)`` when ``value`` does not validate."""
    try:
        if _is_model(tp):
            return tp.model_validate(value), None
        return _adapter(tp).validate_python(value), None
    except ValidationError as exc:
        return None, [_lower_first(e["msg"]) for e in exc.errors(include_url=False)]


def _strip_annotated(tp: Any) -> Any:
    while get_origin(tp) is typing.Annotated:
        tp = get_args(tp)[0]
    return tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _members(tp: Any) -> tuple[Any, ...]:
    """The members of a (possibly annotated, possibly nested) union; ``(tp,)`` for a non-union."""
    plain = _strip_annotated(tp)
    if get_origin(plain) in (Union, types.UnionType):
        out: list[Any] = []
        for arg in get_args(plain):
            out.extend(_members(arg))
        return tuple(out)
    return (tp,)


def _metadata(tp: Any) -> tuple[Any, ...]:
    return tuple(tp.__metadata__) if get_origin(tp) is typing.Annotated else ()


def build(
    tp: Any, value: Any, failure: ValidationError | None = None
) -> tuple[Any, list[Deviation]]:
    """``value`` (JSON data) as ``tp`` with as much typed as validates; the deviations found.

    ``failure``, the error of the fast path on the same data, says where the problems are: the
    parts it does not mention are validated in one piece (a list's clean items in one call)."""
    return _build(tp, value, "", _trie(failure) if failure is not None else None)


# Where a value's errors are: None when unknown, _CLEAN when it has none, else a trie of the
# error locations below it (an empty trie: the value itself is in error).
_Hint = dict[Any, Any] | None
_CLEAN: dict[Any, Any] = {}


def _trie(failure: ValidationError) -> dict[Any, Any]:
    trie: dict[Any, Any] = {}
    for error in failure.errors(include_url=False):
        node = trie
        for part in error["loc"]:
            node = node.setdefault(part, {})
    return trie


def _child(hint: _Hint, key: Any) -> _Hint:
    return None if hint is None else hint.get(key, _CLEAN)


def _build(tp: Any, value: Any, where: str, hint: _Hint) -> tuple[Any, list[Deviation]]:
    plain = _strip_annotated(tp)
    if plain is Any or plain is object:
        return value, []
    if _is_model(plain):
        if isinstance(value, Mapping):
            return _model(plain, value, where, hint)
        return value, [Deviation(where or "<body>", f"expected an object, got {_kind(value)}")]
    origin = get_origin(plain)
    if origin is list and isinstance(value, list):
        (item_tp,) = get_args(plain) or (Any,)
        return _list(item_tp, value, where, hint)
    if origin is dict and isinstance(value, Mapping):
        args = get_args(plain)
        value_tp = args[1] if len(args) == 2 else Any
        out: dict[str, Any] = {}
        found: list[Deviation] = []
        for key, item in value.items():
            at = f"{where}.{key}" if where else str(key)
            out[key], item_devs = _value(value_tp, item, at, _child(hint, key))
            found += item_devs
        return out, found
    members = _members(tp)
    if len(members) > 1:
        return _union(tp, members, value, where)
    validated, reasons = _validate(tp, value)  # a scalar, or a container of the wrong kind
    if reasons is None:
        return validated, []
    return value, [Deviation(where or "<body>", _reason(reasons))]


def _list(item_tp: Any, value: list[Any], where: str, hint: _Hint) -> tuple[Any, list[Deviation]]:
    """A list item by item: one bad item never costs its siblings their types."""
    items: list[Any] = list(value)
    todo = list(range(len(value)))
    if hint is not None:  # validate the items the fast path found clean in one call
        clean = [i for i in todo if _child(hint, i) is _CLEAN]
        typed, reasons = _validate(list[item_tp], [value[i] for i in clean])
        if reasons is None:
            for i, item in zip(clean, typed, strict=True):
                items[i] = item
            todo = [i for i in todo if _child(hint, i) is not _CLEAN]
    found: list[Deviation] = []
    for i in todo:
        items[i], item_devs = _value(item_tp, value[i], f"{where}[{i}]", _child(hint, i))
        found += item_devs
    return items, found


def _value(tp: Any, value: Any, where: str, hint: _Hint = None) -> tuple[Any, list[Deviation]]:
    """One value: validated when it can be, else built leniently, else kept raw."""
    plain = _strip_annotated(tp)
    container = _is_model(plain) or get_origin(plain) in (list, dict)
    if hint is not None and hint is not _CLEAN and container and isinstance(value, list | Mapping):
        return _build(tp, value, where, hint)  # known to fail as a whole: straight to its parts
    validated, reasons = _validate(tp, value)
    if reasons is None:
        return validated, []
    if container or get_origin(plain) in (Union, types.UnionType):
        return _build(tp, value, where, None)
    return value, [Deviation(where or "<body>", _reason(reasons))]


def _union(
    tp: Any, members: tuple[Any, ...], value: Any, where: str
) -> tuple[Any, list[Deviation]]:
    """A union value that matches no member: built as the member of its kind (the only one
    besides ``None``; for an object, the member its discriminator names, else the model with the
    fewest errors; for an array, the list type with the fewest errors), else kept raw."""
    candidates = [m for m in members if _strip_annotated(m) is not type(None)]
    if value is not None and len(candidates) == 1:
        return _build(candidates[0], value, where, None)
    if isinstance(value, Mapping):
        tagged = _by_tag(tp, value)
        if tagged is not None:
            return _build(tagged, value, where, None)
        known = [m for m in candidates if _is_model(_strip_annotated(m)) and not _is_unknown(m)]
        if known:
            return _model(_strip_annotated(_fewest_errors(known, value)), value, where, None)
        unknown = [m for m in candidates if _is_unknown(m)]
        if unknown:  # keeps the data, but says so: this value matched none of the members
            instance, found = _model(_strip_annotated(unknown[0]), value, where, None)
            found.append(Deviation(where or "<body>", "matches no member of the union"))
            return instance, found
        maps = [m for m in candidates if get_origin(_strip_annotated(m)) is dict]
        if maps:
            return _build(_fewest_errors(maps, value), value, where, None)
    if isinstance(value, list):
        lists = [m for m in candidates if get_origin(_strip_annotated(m)) is list]
        if lists:
            return _build(_fewest_errors(lists, value), value, where, None)
    _, reasons = _validate(tp, value)
    return value, [Deviation(where or "<body>", _reason(reasons or []))]


def _is_unknown(tp: Any) -> bool:
    """``_models.UnknownVariant`` (by name: ``_models`` imports this module)."""
    plain = _strip_annotated(tp)
    return _is_model(plain) and plain.__name__ == "UnknownVariant"


def _fewest_errors(members: list[Any], value: Any) -> Any:
    return min(members, key=lambda m: len(_validate(m, value)[1] or ()))


def _by_tag(tp: Any, value: Mapping[str, Any]) -> Any | None:
    """The direct member of union ``tp`` that its callable discriminator (``_models.tagged``)
    names for ``value``; None without a discriminator, or when it names ``UnknownVariant``."""
    pick: Callable[[Any], Any] | None = None
    for meta in _metadata(tp):
        if isinstance(meta, Discriminator) and callable(meta.discriminator):
            pick = meta.discriminator
    if pick is None:
        return None
    tag = pick(value)
    for member in get_args(_strip_annotated(tp)):
        if any(isinstance(m, Tag) and m.tag == tag for m in _metadata(member)):
            return None if _is_unknown(member) else member
    return None


def _model(
    cls: type[BaseModel], data: Mapping[str, Any], where: str, hint: _Hint
) -> tuple[BaseModel, list[Deviation]]:
    if not cls.__pydantic_complete__:  # deferred build: field annotations may be forward refs
        cls.model_rebuild()
    values: dict[str, Any] = {}
    found: list[Deviation] = []
    consumed: set[str] = set()
    missing: set[str] = set()
    for name, info in cls.model_fields.items():
        alias = info.validation_alias
        key = alias if isinstance(alias, str) else (info.alias or name)
        at = f"{where}.{key}" if where else key
        if key in data:
            consumed.add(key)
            raw = data[key]
        elif name in data:
            consumed.add(name)
            raw = data[name]
        else:
            if info.is_required():
                found.append(Deviation(at, "field required"))
                values[name] = None
                missing.add(name)
            continue
        values[name], field_devs = _value(info.annotation, raw, at, _child(hint, key))
        found += field_devs
    # a missing field reads None but stays unset, so that to_dict() gives back what was sent
    sent = {name for name in values if name not in missing}
    instance = cls.model_construct(_fields_set=sent, **values)
    extra = {k: v for k, v in data.items() if k not in consumed}
    if extra and cls.model_config.get("extra") == "allow":
        if instance.__pydantic_extra__ is None:
            object.__setattr__(instance, "__pydantic_extra__", {})
        if instance.__pydantic_extra__ is not None:
            instance.__pydantic_extra__.update(extra)
    private = instance.__pydantic_private__
    if private is None:
        private = {}
        object.__setattr__(instance, "__pydantic_private__", private)
    private[_DEVIATIONS] = tuple(found)
    return instance, found


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    return type(value).__name__


def _reason(reasons: list[str]) -> str:
    if not reasons:
        return "does not match the declared type"
    return reasons[0] if len(reasons) == 1 else f"{reasons[0]} (and {len(reasons) - 1} more)"
