"""WebSearchLocation."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["WebSearchLocation", "WebSearchLocationParam"]


class WebSearchLocation(OagenModel):
    """Approximate location parameters for the search."""

    country: str | None = None
    """The two-letter
    [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    e.g. `US`."""

    region: str | None = None
    """Free text input for the region of the user, e.g. `California`."""

    city: str | None = None
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: str | None = None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones)
    of the user, e.g. `America/Los_Angeles`."""


class WebSearchLocationParam(TypedDict, total=False):
    """Request form of :class:`WebSearchLocation`: a dict a type checker can check."""

    country: str
    """The two-letter
    [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    e.g. `US`."""

    region: str
    """Free text input for the region of the user, e.g. `California`."""

    city: str
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: str
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones)
    of the user, e.g. `America/Los_Angeles`."""
