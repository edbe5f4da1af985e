"""VideoContentPart."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["VideoContentPart"]


class VideoContentPart(OagenModel):
    """VideoContentPart"""

    type: Literal["input_video"]

    video_url: str
