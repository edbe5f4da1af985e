"""ValidateGraderRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .validate_grader_request_grader import (
    ValidateGraderRequestGrader,
    ValidateGraderRequestGraderParam,
)

__all__ = ["ValidateGraderRequest", "ValidateGraderRequestParam"]


class ValidateGraderRequest(OagenModel):
    """ValidateGraderRequest"""

    grader: ValidateGraderRequestGrader
    """The grader used for the fine-tuning job."""


class ValidateGraderRequestParam(TypedDict, total=False):
    """Request form of :class:`ValidateGraderRequest`: a dict a type checker can check."""

    grader: Required[ValidateGraderRequestGraderParam]
    """The grader used for the fine-tuning job."""
