"""MessageDeltaContentImageUrlObjectImageUrl."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["MessageDeltaContentImageUrlObjectImageUrl"]


class MessageDeltaContentImageUrlObjectImageUrl(OagenModel):
    """MessageDeltaContentImageUrlObjectImageUrl"""

    url: str | None = None
    """The URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp."""

    detail: Literal["auto", "low", "high"] | str | None = None
    """Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`.

    Server default: ``"auto"``."""
