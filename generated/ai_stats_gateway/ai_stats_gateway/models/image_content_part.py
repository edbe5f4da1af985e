"""ImageContentPart."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .image_content_part_image_url import ImageContentPartImageUrl, ImageContentPartImageUrlParam

__all__ = ["ImageContentPart", "ImageContentPartParam"]


class ImageContentPart(OagenModel):
    """ImageContentPart"""

    type: Literal["image_url"]

    image_url: ImageContentPartImageUrl


class ImageContentPartParam(TypedDict, total=False):
    """Request form of :class:`ImageContentPart`: a dict a type checker can check."""

    type: Required[Literal["image_url"]]

    image_url: Required[ImageContentPartImageUrlParam | ImageContentPartImageUrl]
