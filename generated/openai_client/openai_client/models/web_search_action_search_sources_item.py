"""WebSearchActionSearchSourcesItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["WebSearchActionSearchSourcesItem"]


class WebSearchActionSearchSourcesItem(OagenModel):
    """A source used in the search."""

    type: Literal["url"]
    """The type of source. Always `url`."""

    url: str
    """The URL of the source."""
