"""CreateModerationRequestInputArrayItemImageUrlImageUrl."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CreateModerationRequestInputArrayItemImageUrlImageUrl",
    "CreateModerationRequestInputArrayItemImageUrlImageUrlParam",
]


class CreateModerationRequestInputArrayItemImageUrlImageUrl(OagenModel):
    """Contains either an image URL or a data URL for a base64 encoded image."""

    url: str
    """Either a URL of the image or the base64 encoded image data."""


class CreateModerationRequestInputArrayItemImageUrlImageUrlParam(TypedDict, total=False):
    """Request form of :class:`CreateModerationRequestInputArrayItemImageUrlImageUrl`: a dict a type checker can check."""

    url: Required[str]
    """Either a URL of the image or the base64 encoded image data."""
