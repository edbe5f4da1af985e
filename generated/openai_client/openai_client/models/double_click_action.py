"""DoubleClickAction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["DoubleClickAction", "DoubleClickActionParam"]


class DoubleClickAction(OagenModel):
    """A double click action."""

    type: Literal["double_click"]
    """Specifies the event type. For a double click action, this property is always set to `double_click`.

    Server default: ``"double_click"``."""

    x: int
    """The x-coordinate where the double click occurred."""

    y: int
    """The y-coordinate where the double click occurred."""

    keys: list[str] | None


class DoubleClickActionParam(TypedDict, total=False):
    """Request form of :class:`DoubleClickAction`: a dict a type checker can check."""

    type: Required[Literal["double_click"]]
    """Specifies the event type. For a double click action, this property is always set to `double_click`."""

    x: Required[int]
    """The x-coordinate where the double click occurred."""

    y: Required[int]
    """The y-coordinate where the double click occurred."""

    keys: Required[Sequence[str] | None]
