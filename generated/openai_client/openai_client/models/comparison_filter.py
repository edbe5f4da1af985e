"""ComparisonFilter."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ComparisonFilter"]


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
