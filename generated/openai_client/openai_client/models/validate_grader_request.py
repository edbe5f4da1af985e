"""ValidateGraderRequest."""

from __future__ import annotations

from .._models import OagenModel
from .validate_grader_request_grader import ValidateGraderRequestGrader

__all__ = ["ValidateGraderRequest"]


class ValidateGraderRequest(OagenModel):
    """ValidateGraderRequest"""

    grader: ValidateGraderRequestGrader
    """The grader used for the fine-tuning job."""
