"""ListPaginatedFineTuningJobsResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .fine_tuning_job import FineTuningJob

__all__ = ["ListPaginatedFineTuningJobsResponse"]


class ListPaginatedFineTuningJobsResponse(OagenModel):
    """ListPaginatedFineTuningJobsResponse"""

    data: list[FineTuningJob]

    has_more: bool

    object: Literal["list"]
