"""CreateModerationRequestInputArrayItemImageUrl."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .create_moderation_request_input_array_item_image_url_image_url import (
    CreateModerationRequestInputArrayItemImageUrlImageUrl,
)

__all__ = ["CreateModerationRequestInputArrayItemImageUrl"]


class CreateModerationRequestInputArrayItemImageUrl(OagenModel):
    """An object describing an image to classify."""

    type: Literal["image_url"]
    """Always `image_url`."""

    image_url: CreateModerationRequestInputArrayItemImageUrlImageUrl
    """Contains either an image URL or a data URL for a base64 encoded image."""
