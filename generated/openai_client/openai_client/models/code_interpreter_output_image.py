"""CodeInterpreterOutputImage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["CodeInterpreterOutputImage"]


class CodeInterpreterOutputImage(OagenModel):
    """The image output from the code interpreter."""

    type: Literal["image"]
    """The type of the output. Always `image`.

    Server default: ``"image"``."""

    url: str
    """The URL of the image output from the code interpreter."""
