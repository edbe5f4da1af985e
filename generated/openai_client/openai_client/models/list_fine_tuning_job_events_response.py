"""ListFineTuningJobEventsResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .fine_tuning_job_event import FineTuningJobEvent

__all__ = ["ListFineTuningJobEventsResponse"]


class ListFineTuningJobEventsResponse(OagenModel):
    """ListFineTuningJobEventsResponse"""

    data: list[FineTuningJobEvent]

    object: Literal["list"]

    has_more: bool
