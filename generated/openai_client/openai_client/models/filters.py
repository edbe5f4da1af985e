"""Filters."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .comparison_filter import ComparisonFilter, ComparisonFilterParam
from .compound_filter import CompoundFilter, CompoundFilterParam

__all__ = ["Filters", "FiltersParam"]

Filters: TypeAlias = Annotated[
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


FiltersParam: TypeAlias = (
    ComparisonFilterParam | ComparisonFilter | CompoundFilterParam | CompoundFilter
)
"""Request form of :class:`Filters`: a dict a type checker can check."""
