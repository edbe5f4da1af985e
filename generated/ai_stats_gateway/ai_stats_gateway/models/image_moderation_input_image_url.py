"""ImageModerationInputImageUrl."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ImageModerationInputImageUrl"]


class ImageModerationInputImageUrl(OagenModel):
    """ImageModerationInputImageUrl"""

    url: str | None = None
