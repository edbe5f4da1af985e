"""ScrollParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ScrollParam"]


class ScrollParam(OagenModel):
    """A scroll action."""

    type: Literal["scroll"]
    """Specifies the event type. For a scroll action, this property is always set to `scroll`.

    Server default: ``"scroll"``."""

    x: int
    """The x-coordinate where the scroll occurred."""

    y: int
    """The y-coordinate where the scroll occurred."""

    scroll_x: int
    """The horizontal scroll distance."""

    scroll_y: int
    """The vertical scroll distance."""

    keys: list[str] | None = None
