"""RealtimeBetaResponseUsageInputTokenDetails."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_beta_response_usage_input_token_details_cached_tokens_details import (
    RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
)

__all__ = ["RealtimeBetaResponseUsageInputTokenDetails"]


class RealtimeBetaResponseUsageInputTokenDetails(OagenModel):
    """Details about the input tokens used in the Response."""

    cached_tokens: int | None = None
    """The number of cached tokens used as input for the Response."""

    text_tokens: int | None = None
    """The number of text tokens used as input for the Response."""

    image_tokens: int | None = None
    """The number of image tokens used as input for the Response."""

    audio_tokens: int | None = None
    """The number of audio tokens used as input for the Response."""

    cached_tokens_details: RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | None = (
        None
    )
    """Details about the cached tokens used as input for the Response."""
