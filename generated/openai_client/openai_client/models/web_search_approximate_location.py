"""WebSearchApproximateLocation."""

from __future__ import annotations

from typing import TypeAlias

from .web_search_approximate_location_web_search_approximate_location import (
    WebSearchApproximateLocationWebSearchApproximateLocation,
    WebSearchApproximateLocationWebSearchApproximateLocationParam,
)

__all__ = ["WebSearchApproximateLocation", "WebSearchApproximateLocationParam"]

WebSearchApproximateLocation: TypeAlias = (
    WebSearchApproximateLocationWebSearchApproximateLocation | None
)


WebSearchApproximateLocationParam: TypeAlias = (
    WebSearchApproximateLocationWebSearchApproximateLocationParam
    | WebSearchApproximateLocationWebSearchApproximateLocation
    | None
)
"""Request form of :class:`WebSearchApproximateLocation`: a dict a type checker can check."""
