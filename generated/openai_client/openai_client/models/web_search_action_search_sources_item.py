"""WebSearchActionSearchSourcesItem."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["WebSearchActionSearchSourcesItem", "WebSearchActionSearchSourcesItemParam"]


class WebSearchActionSearchSourcesItem(OagenModel):
    """A source used in the search."""

    type: Literal["url"]
    """The type of source. Always `url`."""

    url: str
    """The URL of the source."""


class WebSearchActionSearchSourcesItemParam(TypedDict, total=False):
    """Request form of :class:`WebSearchActionSearchSourcesItem`: a dict a type checker can check."""

    type: Required[Literal["url"]]
    """The type of source. Always `url`."""

    url: Required[str]
    """The URL of the source."""
