"""WebSearchActionOpenPage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["WebSearchActionOpenPage"]


class WebSearchActionOpenPage(OagenModel):
    """Action type "open_page" - Opens a specific URL from search results."""

    type: Literal["open_page"]
    """The action type."""

    url: str | None = None
    """The URL opened by the model."""
