"""ImageModerationInputImageUrl."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ImageModerationInputImageUrl", "ImageModerationInputImageUrlParam"]


class ImageModerationInputImageUrl(OagenModel):
    """ImageModerationInputImageUrl"""

    url: str | None = None


class ImageModerationInputImageUrlParam(TypedDict, total=False):
    """Request form of :class:`ImageModerationInputImageUrl`: a dict a type checker can check."""

    url: str
