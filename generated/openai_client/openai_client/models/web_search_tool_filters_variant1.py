"""WebSearchToolFiltersVariant1."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["WebSearchToolFiltersVariant1", "WebSearchToolFiltersVariant1Param"]


class WebSearchToolFiltersVariant1(OagenModel):
    """Filters for the search."""

    allowed_domains: list[str] | None = None


class WebSearchToolFiltersVariant1Param(TypedDict, total=False):
    """Request form of :class:`WebSearchToolFiltersVariant1`: a dict a type checker can check."""

    allowed_domains: Sequence[str] | None
