"""Refusing a request body that breaks the spec's constraints, before it is sent.

Each generated request-side model class carries its fields' rules as plain data,
``__oagen_constraints__ = {"temperature": (("maximum", 2, 0), ...)}``: attribute name → rules
``(keyword, operand, depth)``, where depth 0 is the value itself and 1 (2) each item of the
array (of its items).  :func:`check_request` walks a validated body (nested models, lists and
maps) and raises :class:`RequestValidationError` at the first broken rule.  Fields left out
are not checked, and neither is an explicit ``None`` (whether null is allowed is the type's
business).  Responses are never checked: the server's word is taken as it comes.

Parameters and form/multipart fields carry theirs in the operation's ``Call(...)``,
``constraints={("query", "limit"): (("maximum", 100, 0),)}``, checked by
:func:`check_parameters` when the call is described, so a refused call sends nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from pydantic import BaseModel

from ._omit import Omit
from .exceptions import RequestValidationError

__all__ = ["Constraints", "ParameterConstraints", "check_parameters", "check_request"]

Rule = tuple[str, int | float | str | tuple[Any, ...], int]
Constraints = Mapping[str, tuple[Rule, ...]]
"""The type of a model's ``__oagen_constraints__`` table."""
ParameterConstraints = Mapping[tuple[str, str], tuple[Rule, ...]]
"""The type of a ``Call``'s ``constraints``: (location, wire name) → rules; the location is
``path``, ``query``, ``header``, ``cookie`` or ``form`` (a form or multipart body field)."""

_MAX_DEPTH = 64  # nesting followed; deeper (cyclic) data is left to the server


def check_request(value: Any, path: str = "") -> None:
    """Raise :class:`RequestValidationError` when ``value`` (a request body or part of one)
    breaks a constraint of a model it contains; ``path`` is its JSON path."""
    _walk(value, path, 0)


def check_parameters(
    rules: ParameterConstraints, values: Mapping[str, Mapping[str, Any] | None]
) -> None:
    """Raise :class:`RequestValidationError` when a parameter or form field breaks its rules.

    ``values`` maps a location to the call's values there (wire name → value); a value that is
    not given (``None``, :data:`omit`) is not checked.  Models inside a form field are checked
    as a JSON body's are."""
    for (location, name), found in rules.items():
        value = (values.get(location) or {}).get(name)
        if value is None or isinstance(value, Omit):
            continue
        where = f"{name} (form field)" if location == "form" else f"{name} ({location} parameter)"
        for rule in found:
            _apply(rule, value, where)
        _walk(value, where, 1)


def _walk(value: Any, path: str, depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, BaseModel):
        _check_model(value, path, depth)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _walk(item, f"{path}[{i}]", depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, _join(path, str(key)), depth + 1)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


@cache
def _table(cls: type[BaseModel]) -> dict[str, tuple[Rule, ...]]:
    """The rules of every field of ``cls``, its bases' included (a class's own table wins)."""
    table: dict[str, tuple[Rule, ...]] = {}
    for klass in reversed(cls.__mro__):
        table.update(vars(klass).get("__oagen_constraints__", {}))
    return table


def _check_model(model: BaseModel, path: str, depth: int) -> None:
    cls = type(model)
    table = _table(cls)
    given = model.model_fields_set
    for name, info in cls.model_fields.items():  # in declaration order: the same first error
        if name not in given:
            continue
        value = getattr(model, name)
        wire = info.serialization_alias or info.alias or name
        where = _join(path, wire)
        if value is not None:
            for rule in table.get(name, ()):
                _apply(rule, value, where)
        _walk(value, where, depth + 1)
    for key, value in (model.__pydantic_extra__ or {}).items():
        _walk(value, _join(path, key), depth + 1)


def _apply(rule: Rule, value: Any, path: str) -> None:
    keyword, limit, items = rule
    if items:
        if isinstance(value, list | tuple):
            for i, item in enumerate(value):
                if item is not None:
                    _apply((keyword, limit, items - 1), item, f"{path}[{i}]")
        return
    if not _holds(keyword, limit, value):
        raise RequestValidationError(path or "<body>", value, keyword, limit)


def _holds(keyword: str, limit: int | float | str | tuple[Any, ...], value: Any) -> bool:
    """Does ``value`` satisfy ``keyword: limit``?  A keyword about another kind of value (a
    length rule on a number) holds, as in JSON Schema."""
    if isinstance(limit, tuple):
        return keyword != "enum" or _one_of(value, limit)
    if isinstance(value, bool):
        return True
    if isinstance(value, int | float) and not isinstance(limit, str):
        if keyword == "minimum":
            return value >= limit
        if keyword == "maximum":
            return value <= limit
        if keyword == "exclusiveMinimum":
            return value > limit
        if keyword == "exclusiveMaximum":
            return value < limit
        if keyword == "multipleOf":
            return _multiple_of(value, limit)
        return True
    if isinstance(value, str):
        if keyword == "minLength" and isinstance(limit, int):
            return len(value) >= limit
        if keyword == "maxLength" and isinstance(limit, int):
            return len(value) <= limit
        if keyword == "pattern" and isinstance(limit, str):
            compiled = _compile(limit)
            return compiled is None or compiled.search(value) is not None
        return True
    if isinstance(value, list | tuple) and isinstance(limit, int):
        if keyword == "minItems":
            return len(value) >= limit
        if keyword == "maxItems":
            return len(value) <= limit
    return True


def _one_of(value: Any, allowed: tuple[Any, ...]) -> bool:
    """``enum``: is ``value`` (or an Enum member's value) one of ``allowed``?  ``True`` is not
    ``1`` here, as in JSON."""
    value = getattr(value, "value", value)
    return any(value == v and isinstance(value, bool) == isinstance(v, bool) for v in allowed)


def _multiple_of(value: int | float, limit: int | float) -> bool:
    """Exact for the decimal numbers people write (0.1 divides 0.3), unlike float division."""
    try:
        return Decimal(str(value)) % Decimal(str(limit)) == 0
    except (InvalidOperation, ValueError):  # inf, nan, or a quotient too large to divide
        return True


@cache
def _compile(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:  # the generator left such patterns out; never crash on one
        return None
