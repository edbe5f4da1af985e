"""Parameter serialization per OpenAPI 3 (``style`` / ``explode``), for path, query, header and
cookie parameters.

Scalars are written as JSON would spell them: booleans ``true``/``false``, integral floats
without ``.0`` (``35625``, the JSON number text, not Python's ``35625.0``), dates and datetimes
as RFC 3339 (``isoformat()``), bytes (``format: byte``) as base64, enums by value; models are
objects with their JSON names.
"""

from __future__ import annotations

import base64
import datetime
import enum
import math
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel

__all__ = [
    "DEFAULT_STYLES",
    "cookie_header",
    "cookie_items",
    "header_value",
    "path_segment",
    "query_items",
    "scalar_text",
]

# Location → (style, explode) when the parameter does not say.
DEFAULT_STYLES: Mapping[str, tuple[str, bool]] = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
}


def scalar_text(value: Any) -> str:
    """One primitive value as parameter text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return scalar_text(value.value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    # an integral float as JSON spells it; beyond 1e16 a float is not exact: Python's exponent form
    exact = isinstance(value, float) and math.isfinite(value) and abs(value) < 1e16
    if exact and value.is_integer():
        return str(int(value))
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(value).decode("ascii")
    if value is None:
        return ""
    return str(value)


def _shape(value: Any) -> Any:
    """``value`` with models dumped to dicts and tuples as lists: list, dict or a primitive."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, tuple):
        return list(value)
    return value


def _pairs(obj: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [(str(k), scalar_text(v)) for k, v in obj.items() if v is not None]


def path_segment(name: str, value: Any, style: str = "simple", explode: bool = False) -> str:
    """A path parameter's text, percent-encoded, with its ``label``/``matrix`` prefix."""
    value = _shape(value)

    def enc(text: str) -> str:
        return quote(text, safe="")

    if isinstance(value, list):
        items = [enc(scalar_text(v)) for v in value]
        if style == "label":
            return "." + ("." if explode else ",").join(items)
        if style == "matrix":
            if explode:
                return "".join(f";{name}={item}" for item in items)
            return f";{name}=" + ",".join(items)
        return ",".join(items)
    if isinstance(value, dict):
        pairs = [(enc(k), enc(v)) for k, v in _pairs(value)]
        if explode:
            joined = [f"{k}={v}" for k, v in pairs]
            if style == "label":
                return "." + ".".join(joined)
            if style == "matrix":
                return "".join(f";{item}" for item in joined)
            return ",".join(joined)
        flat = ",".join(f"{k},{v}" for k, v in pairs)
        if style == "label":
            return "." + flat
        if style == "matrix":
            return f";{name}=" + flat
        return flat
    text = enc(scalar_text(value))
    if style == "label":
        return "." + text
    if style == "matrix":
        return f";{name}={text}"
    # a lone '.' or '..' would be resolved away as a relative path by the URL parser
    return text.replace(".", "%2E") if text in (".", "..") else text


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def query_items(
    name: str, value: Any, style: str = "form", explode: bool = True
) -> list[tuple[str, str]]:
    """A query parameter as ``(name, value)`` pairs (not yet percent-encoded)."""
    value = _shape(value)
    if value is None:
        return []
    if style == "deepObject" and isinstance(value, dict):
        return list(_deep_items(name, value))
    delimiter = _DELIMITERS.get(style, ",")
    if isinstance(value, list):
        texts = [scalar_text(_shape(v)) for v in value if v is not None]
        if explode:
            return [(name, t) for t in texts]
        return [(name, delimiter.join(texts))]
    if isinstance(value, dict):
        pairs = _pairs(value)
        if explode:
            return pairs
        return [(name, delimiter.join(f"{k}{delimiter}{v}" for k, v in pairs))]
    return [(name, scalar_text(value))]


def _deep_items(name: str, value: Any) -> Iterable[tuple[str, str]]:
    value = _shape(value)
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _deep_items(f"{name}[{key}]", item)
    elif isinstance(value, list):
        for item in value:
            yield from _deep_items(name, item)
    elif value is not None:
        yield name, scalar_text(value)


def header_value(value: Any, explode: bool = False) -> str:
    """A header parameter (``simple`` style): lists comma-joined, objects ``k,v`` or ``k=v``."""
    value = _shape(value)
    if isinstance(value, list):
        return ",".join(scalar_text(_shape(v)) for v in value)
    if isinstance(value, dict):
        if explode:
            return ",".join(f"{k}={v}" for k, v in _pairs(value))
        return ",".join(f"{k},{v}" for k, v in _pairs(value))
    return scalar_text(value)


def cookie_header(cookies: Iterable[tuple[str, str]]) -> str:
    """The ``Cookie`` header for ``(name, value)`` pairs."""
    return "; ".join(f"{name}={value}" for name, value in cookies)


def cookie_items(name: str, value: Any, explode: bool = True) -> list[tuple[str, str]]:
    """A cookie parameter (``form`` style) as ``(name, value)`` pairs, values percent-encoded."""
    value = _shape(value)

    def enc(text: str) -> str:
        return quote(text, safe="")

    if value is None:
        return []
    if isinstance(value, list):
        texts = [enc(scalar_text(_shape(v))) for v in value if v is not None]
        return [(name, t) for t in texts] if explode else [(name, ",".join(texts))]
    if isinstance(value, dict):
        pairs = [(enc(k), enc(v)) for k, v in _pairs(value)]
        return pairs if explode else [(name, ",".join(f"{k},{v}" for k, v in pairs))]
    return [(name, enc(scalar_text(value)))]
