"""ListFineTuningJobCheckpointsResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint

__all__ = ["ListFineTuningJobCheckpointsResponse"]


class ListFineTuningJobCheckpointsResponse(OagenModel):
    """ListFineTuningJobCheckpointsResponse"""

    data: list[FineTuningJobCheckpoint]

    object: Literal["list"]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
