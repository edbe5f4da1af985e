"""WebSearchActionFind."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["WebSearchActionFind", "WebSearchActionFindParam"]


class WebSearchActionFind(OagenModel):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    type: Literal["find_in_page"]
    """The action type."""

    url: str
    """The URL of the page searched for the pattern."""

    pattern: str
    """The pattern or text to search for within the page."""


class WebSearchActionFindParam(TypedDict, total=False):
    """Request form of :class:`WebSearchActionFind`: a dict a type checker can check."""

    type: Required[Literal["find_in_page"]]
    """The action type."""

    url: Required[str]
    """The URL of the page searched for the pattern."""

    pattern: Required[str]
    """The pattern or text to search for within the page."""
