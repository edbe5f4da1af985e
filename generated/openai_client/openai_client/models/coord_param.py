"""CoordParam."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CoordParam", "CoordParamParam"]


class CoordParam(OagenModel):
    """An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`."""

    x: int
    """The x-coordinate."""

    y: int
    """The y-coordinate."""


class CoordParamParam(TypedDict, total=False):
    """Request form of :class:`CoordParam`: a dict a type checker can check."""

    x: Required[int]
    """The x-coordinate."""

    y: Required[int]
    """The y-coordinate."""
