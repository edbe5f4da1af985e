"""ValidateGraderResponse."""

from __future__ import annotations

from .._models import OagenModel
from .validate_grader_response_grader import ValidateGraderResponseGrader

__all__ = ["ValidateGraderResponse"]


class ValidateGraderResponse(OagenModel):
    """ValidateGraderResponse"""

    grader: ValidateGraderResponseGrader | None = None
    """The grader used for the fine-tuning job."""
