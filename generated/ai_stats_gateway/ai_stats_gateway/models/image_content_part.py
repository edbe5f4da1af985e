"""ImageContentPart."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .image_content_part_image_url import ImageContentPartImageUrl

__all__ = ["ImageContentPart"]


class ImageContentPart(OagenModel):
    """ImageContentPart"""

    type: Literal["image_url"]

    image_url: ImageContentPartImageUrl
