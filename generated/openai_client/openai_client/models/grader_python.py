"""GraderPython."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["GraderPython", "GraderPythonParam"]


class GraderPython(OagenModel):
    """A PythonGrader object that runs a python script on the input."""

    type: Literal["python"]
    """The object type, which is always `python`."""

    name: str
    """The name of the grader."""

    source: str
    """The source code of the python script."""

    image_tag: str | None = None
    """The image tag to use for the python script."""


class GraderPythonParam(TypedDict, total=False):
    """Request form of :class:`GraderPython`: a dict a type checker can check."""

    type: Required[Literal["python"]]
    """The object type, which is always `python`."""

    name: Required[str]
    """The name of the grader."""

    source: Required[str]
    """The source code of the python script."""

    image_tag: str
    """The image tag to use for the python script."""
