"""WebSearchApproximateLocationWebSearchApproximateLocation."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "WebSearchApproximateLocationWebSearchApproximateLocation",
    "WebSearchApproximateLocationWebSearchApproximateLocationParam",
]


class WebSearchApproximateLocationWebSearchApproximateLocation(OagenModel):
    """The approximate location of the user."""

    type: Literal["approximate"] | None = None
    """The type of location approximation. Always `approximate`.

    Server default: ``"approximate"``."""

    country: str | None = None

    region: str | None = None

    city: str | None = None

    timezone: str | None = None


class WebSearchApproximateLocationWebSearchApproximateLocationParam(TypedDict, total=False):
    """Request form of :class:`WebSearchApproximateLocationWebSearchApproximateLocation`: a dict a type checker can check."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    country: str | None

    region: str | None

    city: str | None

    timezone: str | None
