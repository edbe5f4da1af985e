"""RunGraderResponseMetadata."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel
from .run_grader_response_metadata_errors import RunGraderResponseMetadataErrors

__all__ = ["RunGraderResponseMetadata"]


class RunGraderResponseMetadata(OagenModel):
    """RunGraderResponseMetadata"""

    name: str

    type: str

    errors: RunGraderResponseMetadataErrors

    execution_time: float

    scores: dict[str, Any]

    token_usage: int | None

    sampled_model_name: str | None
