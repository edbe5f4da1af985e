"""CodeInterpreterOutputImage."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CodeInterpreterOutputImage", "CodeInterpreterOutputImageParam"]


class CodeInterpreterOutputImage(OagenModel):
    """The image output from the code interpreter."""

    type: Literal["image"]
    """The type of the output. Always `image`.

    Server default: ``"image"``."""

    url: str
    """The URL of the image output from the code interpreter."""


class CodeInterpreterOutputImageParam(TypedDict, total=False):
    """Request form of :class:`CodeInterpreterOutputImage`: a dict a type checker can check."""

    type: Required[Literal["image"]]
    """The type of the output. Always `image`."""

    url: Required[str]
    """The URL of the image output from the code interpreter."""
