"""RunGraderResponse."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel
from .run_grader_response_metadata import RunGraderResponseMetadata

__all__ = ["RunGraderResponse"]


class RunGraderResponse(OagenModel):
    """RunGraderResponse"""

    reward: float

    metadata: RunGraderResponseMetadata

    sub_rewards: dict[str, Any]

    model_grader_token_usage_per_model: dict[str, Any]
