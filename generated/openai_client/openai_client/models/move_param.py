"""MoveParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["MoveParam"]


class MoveParam(OagenModel):
    """A mouse move action."""

    type: Literal["move"]
    """Specifies the event type. For a move action, this property is always set to `move`.

    Server default: ``"move"``."""

    x: int
    """The x-coordinate to move to."""

    y: int
    """The y-coordinate to move to."""

    keys: list[str] | None = None
