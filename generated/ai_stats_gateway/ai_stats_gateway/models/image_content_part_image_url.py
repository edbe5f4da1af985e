"""ImageContentPartImageUrl."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ImageContentPartImageUrl"]


class ImageContentPartImageUrl(OagenModel):
    """ImageContentPartImageUrl"""

    url: str | None = None
