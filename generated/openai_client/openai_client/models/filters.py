"""Filters."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter

__all__ = ["Filters"]

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
