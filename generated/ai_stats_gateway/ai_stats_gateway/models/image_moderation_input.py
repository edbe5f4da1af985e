"""ImageModerationInput."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .image_moderation_input_image_url import ImageModerationInputImageUrl

__all__ = ["ImageModerationInput"]


class ImageModerationInput(OagenModel):
    """ImageModerationInput"""

    type: Literal["image_url"]

    image_url: ImageModerationInputImageUrl
