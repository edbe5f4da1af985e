"""GraderMulti."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .grader_multi_graders import GraderMultiGraders, GraderMultiGradersParam

__all__ = ["GraderMulti", "GraderMultiParam"]


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


class GraderMultiParam(TypedDict, total=False):
    """Request form of :class:`GraderMulti`: a dict a type checker can check."""

    type: Required[Literal["multi"]]
    """The object type, which is always `multi`."""

    name: Required[str]
    """The name of the grader."""

    graders: Required[GraderMultiGradersParam]

    calculate_output: Required[str]
    """A formula to calculate the output based on grader results."""
