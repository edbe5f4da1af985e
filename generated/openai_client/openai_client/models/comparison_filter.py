"""ComparisonFilter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ComparisonFilter", "ComparisonFilterParam"]


class ComparisonFilter(OagenModel):
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation."""

    type: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"] | str
    """Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in

    Server default: ``"eq"``."""

    key: str
    """The key to compare against the value."""

    value: list[str | float] | str | float | bool
    """The value to compare against the attribute key; supports string, number, or boolean types."""


class ComparisonFilterParam(TypedDict, total=False):
    """Request form of :class:`ComparisonFilter`: a dict a type checker can check."""

    type: Required[Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]]
    """Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in"""

    key: Required[str]
    """The key to compare against the value."""

    value: Required[str | float | bool | Sequence[str | float]]
    """The value to compare against the attribute key; supports string, number, or boolean types."""
