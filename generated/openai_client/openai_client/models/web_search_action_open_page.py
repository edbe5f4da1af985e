"""WebSearchActionOpenPage."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["WebSearchActionOpenPage", "WebSearchActionOpenPageParam"]


class WebSearchActionOpenPage(OagenModel):
    """Action type "open_page" - Opens a specific URL from search results."""

    type: Literal["open_page"]
    """The action type."""

    url: str | None = None
    """The URL opened by the model."""


class WebSearchActionOpenPageParam(TypedDict, total=False):
    """Request form of :class:`WebSearchActionOpenPage`: a dict a type checker can check."""

    type: Required[Literal["open_page"]]
    """The action type."""

    url: str | None
    """The URL opened by the model."""
