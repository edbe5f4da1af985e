"""WebSearchToolFiltersVariant1."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["WebSearchToolFiltersVariant1"]


class WebSearchToolFiltersVariant1(OagenModel):
    """Filters for the search."""

    allowed_domains: list[str] | None = None
