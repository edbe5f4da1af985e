"""DragPoint."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["DragPoint"]


class DragPoint(OagenModel):
    """An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`."""

    x: int
    """The x-coordinate."""

    y: int
    """The y-coordinate."""
