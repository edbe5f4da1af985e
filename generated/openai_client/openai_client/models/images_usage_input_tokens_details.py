"""ImagesUsageInputTokensDetails."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ImagesUsageInputTokensDetails"]


class ImagesUsageInputTokensDetails(OagenModel):
    """The input tokens detailed information for the image generation."""

    text_tokens: int
    """The number of text tokens in the input prompt."""

    image_tokens: int
    """The number of image tokens in the input prompt."""
