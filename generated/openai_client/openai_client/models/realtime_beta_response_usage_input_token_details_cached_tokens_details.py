"""RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails"]


class RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails(OagenModel):
    """Details about the cached tokens used as input for the Response."""

    text_tokens: int | None = None
    """The number of cached text tokens used as input for the Response."""

    image_tokens: int | None = None
    """The number of cached image tokens used as input for the Response."""

    audio_tokens: int | None = None
    """The number of cached audio tokens used as input for the Response."""
