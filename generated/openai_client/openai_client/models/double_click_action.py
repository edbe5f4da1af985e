"""DoubleClickAction."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DoubleClickAction"]


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
