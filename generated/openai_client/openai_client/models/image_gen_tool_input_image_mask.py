"""ImageGenToolInputImageMask."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ImageGenToolInputImageMask", "ImageGenToolInputImageMaskParam"]


class ImageGenToolInputImageMask(OagenModel):
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional)."""

    image_url: str | None = None
    """Base64-encoded mask image."""

    file_id: str | None = None
    """File ID for the mask image."""


class ImageGenToolInputImageMaskParam(TypedDict, total=False):
    """Request form of :class:`ImageGenToolInputImageMask`: a dict a type checker can check."""

    image_url: str
    """Base64-encoded mask image."""

    file_id: str
    """File ID for the mask image."""
