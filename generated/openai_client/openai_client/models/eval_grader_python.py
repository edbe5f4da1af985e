"""EvalGraderPython."""

from __future__ import annotations

from .grader_python import GraderPython

__all__ = ["EvalGraderPython"]


class EvalGraderPython(GraderPython):
    """PythonGrader"""

    pass_threshold: float | None = None
    """The threshold for the score."""
