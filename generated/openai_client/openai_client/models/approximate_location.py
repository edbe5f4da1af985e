"""ApproximateLocation."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ApproximateLocation", "ApproximateLocationParam"]


class ApproximateLocation(OagenModel):
    """ApproximateLocation"""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`.

    Server default: ``"approximate"``."""

    country: str | None = None

    region: str | None = None

    city: str | None = None

    timezone: str | None = None


class ApproximateLocationParam(TypedDict, total=False):
    """Request form of :class:`ApproximateLocation`: a dict a type checker can check."""

    type: Required[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""

    country: str | None

    region: str | None

    city: str | None

    timezone: str | None
