"""UsageResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .usage_time_bucket import UsageTimeBucket

__all__ = ["UsageResponse"]


class UsageResponse(OagenModel):
    """UsageResponse"""

    object: Literal["page"]

    data: list[UsageTimeBucket]

    has_more: bool

    next_page: str | None
