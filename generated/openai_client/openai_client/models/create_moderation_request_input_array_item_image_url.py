"""CreateModerationRequestInputArrayItemImageUrl."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_moderation_request_input_array_item_image_url_image_url import (
    CreateModerationRequestInputArrayItemImageUrlImageUrl,
    CreateModerationRequestInputArrayItemImageUrlImageUrlParam,
)

__all__ = [
    "CreateModerationRequestInputArrayItemImageUrl",
    "CreateModerationRequestInputArrayItemImageUrlParam",
]


class CreateModerationRequestInputArrayItemImageUrl(OagenModel):
    """An object describing an image to classify."""

    type: Literal["image_url"]
    """Always `image_url`."""

    image_url: CreateModerationRequestInputArrayItemImageUrlImageUrl
    """Contains either an image URL or a data URL for a base64 encoded image."""


class CreateModerationRequestInputArrayItemImageUrlParam(TypedDict, total=False):
    """Request form of :class:`CreateModerationRequestInputArrayItemImageUrl`: a dict a type checker can check."""

    type: Required[Literal["image_url"]]
    """Always `image_url`."""

    image_url: Required[
        CreateModerationRequestInputArrayItemImageUrlImageUrlParam
        | CreateModerationRequestInputArrayItemImageUrlImageUrl
    ]
    """Contains either an image URL or a data URL for a base64 encoded image."""
