"""CreateModerationRequestInputArrayItemImageUrlImageUrl."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateModerationRequestInputArrayItemImageUrlImageUrl"]


class CreateModerationRequestInputArrayItemImageUrlImageUrl(OagenModel):
    """Contains either an image URL or a data URL for a base64 encoded image."""

    url: str
    """Either a URL of the image or the base64 encoded image data."""
