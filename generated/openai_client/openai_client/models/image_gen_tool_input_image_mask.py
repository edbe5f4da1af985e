"""ImageGenToolInputImageMask."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ImageGenToolInputImageMask"]


class ImageGenToolInputImageMask(OagenModel):
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional)."""

    image_url: str | None = None
    """Base64-encoded mask image."""

    file_id: str | None = None
    """File ID for the mask image."""
