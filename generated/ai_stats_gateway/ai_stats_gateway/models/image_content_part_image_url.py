"""ImageContentPartImageUrl."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ImageContentPartImageUrl", "ImageContentPartImageUrlParam"]


class ImageContentPartImageUrl(OagenModel):
    """ImageContentPartImageUrl"""

    url: str | None = None


class ImageContentPartImageUrlParam(TypedDict, total=False):
    """Request form of :class:`ImageContentPartImageUrl`: a dict a type checker can check."""

    url: str
