"""EvalGraderStringCheck."""

from __future__ import annotations

from typing import TypeAlias

from .grader_string_check import GraderStringCheck

__all__ = ["EvalGraderStringCheck"]

EvalGraderStringCheck: TypeAlias = GraderStringCheck
"""StringCheckGrader"""
