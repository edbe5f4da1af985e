"""CompoundFilter, CompoundFilterFiltersItem."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias, Union

from pydantic import Tag

from .._models import OagenModel, UnknownVariant, tagged
from .comparison_filter import ComparisonFilter

__all__ = ["CompoundFilter", "CompoundFilterFiltersItem"]


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
