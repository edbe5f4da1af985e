"""EvalGraderStringCheck."""

from __future__ import annotations

from typing import TypeAlias

from .grader_string_check import GraderStringCheck, GraderStringCheckParam

__all__ = ["EvalGraderStringCheck", "EvalGraderStringCheckParam"]

EvalGraderStringCheck: TypeAlias = GraderStringCheck
"""StringCheckGrader"""


EvalGraderStringCheckParam: TypeAlias = GraderStringCheckParam | GraderStringCheck
"""Request form of :class:`EvalGraderStringCheck`: a dict a type checker can check."""
