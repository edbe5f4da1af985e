"""UsageTimeBucket."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .usage_time_bucket_results_item import UsageTimeBucketResultsItem

__all__ = ["UsageTimeBucket"]


class UsageTimeBucket(OagenModel):
    """UsageTimeBucket"""

    object: Literal["bucket"]

    start_time: int

    end_time: int

    results: list[UsageTimeBucketResultsItem]
