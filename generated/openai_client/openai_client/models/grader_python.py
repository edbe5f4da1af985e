"""GraderPython."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["GraderPython"]


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
