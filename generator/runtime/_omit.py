"""``omit``: the default of every optional request argument, so "not given" (not sent) and
``None`` (sent as JSON ``null``) stay two different things; and the assembly of a JSON body
given either whole or as keyword arguments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal

__all__ = ["Omit", "body_from", "omit"]


class Omit:
    """The type of :data:`omit`: an argument left out of the request."""

    _instance: Omit | None = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"


omit: Final = Omit()


def body_from(body: object, fields: Mapping[str, object], operation: str) -> Any:
    """The request body of ``operation``: ``body`` when it was given whole, else the keyword
    arguments that were given (by JSON name; left-out ones are not sent, ``None`` is sent as
    ``null``), else :data:`omit` when neither was given."""
    given = {name: value for name, value in fields.items() if not isinstance(value, Omit)}
    if not isinstance(body, Omit):
        if given:
            raise TypeError(
                f"{operation}: pass the request body either whole (positionally) or as keyword "
                f"arguments, not both (got the body and {', '.join(sorted(given))})"
            )
        return body
    return given if given else omit
