"""CompoundFilter, CompoundFilterFiltersItem."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal, TypeAlias, Union

from pydantic import Tag
from typing_extensions import Required, TypedDict

from .._models import OagenModel, UnknownVariant, tagged
from .comparison_filter import ComparisonFilter, ComparisonFilterParam

__all__ = [
    "CompoundFilter",
    "CompoundFilterFiltersItem",
    "CompoundFilterParam",
    "CompoundFilterFiltersItemParam",
]


class CompoundFilter(OagenModel):
    """Combine multiple filters using `and` or `or`."""

    type: Literal["and", "or"] | str
    """Type of operation: `and` or `or`."""

    filters: list[CompoundFilterFiltersItem]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""


CompoundFilterFiltersItem: TypeAlias = Annotated[
    Union[
        Annotated[ComparisonFilter, Tag("ComparisonFilter")],
        Annotated[CompoundFilter, Tag("CompoundFilter")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "eq": "ComparisonFilter",
            "ne": "ComparisonFilter",
            "gt": "ComparisonFilter",
            "gte": "ComparisonFilter",
            "lt": "ComparisonFilter",
            "lte": "ComparisonFilter",
            "in": "ComparisonFilter",
            "nin": "ComparisonFilter",
            "and": "CompoundFilter",
            "or": "CompoundFilter",
        },
    ),
]


class CompoundFilterParam(TypedDict, total=False):
    """Request form of :class:`CompoundFilter`: a dict a type checker can check."""

    type: Required[Literal["and", "or"]]
    """Type of operation: `and` or `or`."""

    filters: Required[Sequence[CompoundFilterFiltersItemParam]]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""


CompoundFilterFiltersItemParam: TypeAlias = (
    ComparisonFilterParam | ComparisonFilter | CompoundFilterParam | CompoundFilter
)
"""Request form of :class:`CompoundFilterFiltersItem`: a dict a type checker can check."""
