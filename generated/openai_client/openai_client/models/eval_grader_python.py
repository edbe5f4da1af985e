"""EvalGraderPython."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .grader_python import GraderPython

__all__ = ["EvalGraderPython", "EvalGraderPythonParam"]


class EvalGraderPython(GraderPython):
    """PythonGrader"""

    pass_threshold: float | None = None
    """The threshold for the score."""


class EvalGraderPythonParam(TypedDict, total=False):
    """Request form of :class:`EvalGraderPython`: a dict a type checker can check."""

    type: Required[Literal["python"]]
    """The object type, which is always `python`."""

    name: Required[str]
    """The name of the grader."""

    source: Required[str]
    """The source code of the python script."""

    image_tag: str
    """The image tag to use for the python script."""

    pass_threshold: float
    """The threshold for the score."""
