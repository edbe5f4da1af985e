"""TextContentPart."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["TextContentPart"]


class TextContentPart(OagenModel):
    """TextContentPart"""

    type: Literal["text"]

    text: str
