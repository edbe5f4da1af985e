"""ImageModerationInput."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .image_moderation_input_image_url import (
    ImageModerationInputImageUrl,
    ImageModerationInputImageUrlParam,
)

__all__ = ["ImageModerationInput", "ImageModerationInputParam"]


class ImageModerationInput(OagenModel):
    """ImageModerationInput"""

    type: Literal["image_url"]

    image_url: ImageModerationInputImageUrl


class ImageModerationInputParam(TypedDict, total=False):
    """Request form of :class:`ImageModerationInput`: a dict a type checker can check."""

    type: Required[Literal["image_url"]]

    image_url: Required[ImageModerationInputImageUrlParam | ImageModerationInputImageUrl]
