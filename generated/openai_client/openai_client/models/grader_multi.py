"""GraderMulti."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .grader_multi_graders import GraderMultiGraders

__all__ = ["GraderMulti"]


class GraderMulti(OagenModel):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    type: Literal["multi"]
    """The object type, which is always `multi`.

    Server default: ``"multi"``."""

    name: str
    """The name of the grader."""

    graders: GraderMultiGraders

    calculate_output: str
    """A formula to calculate the output based on grader results."""
