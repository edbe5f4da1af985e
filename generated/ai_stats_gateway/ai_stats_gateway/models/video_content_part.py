"""VideoContentPart."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["VideoContentPart", "VideoContentPartParam"]


class VideoContentPart(OagenModel):
    """VideoContentPart"""

    type: Literal["input_video"]

    video_url: str


class VideoContentPartParam(TypedDict, total=False):
    """Request form of :class:`VideoContentPart`: a dict a type checker can check."""

    type: Required[Literal["input_video"]]

    video_url: Required[str]
