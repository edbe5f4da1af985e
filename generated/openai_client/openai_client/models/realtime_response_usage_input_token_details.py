"""RealtimeResponseUsageInputTokenDetails."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_response_usage_input_token_details_cached_tokens_details import (
    RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
)

__all__ = ["RealtimeResponseUsageInputTokenDetails"]


class RealtimeResponseUsageInputTokenDetails(OagenModel):
    """Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the conversation that are included as context for the current response. Cached tokens here are counted as a subset of input tokens, meaning input tokens will include cached and uncached tokens."""

    cached_tokens: int | None = None
    """The number of cached tokens used as input for the Response."""

    text_tokens: int | None = None
    """The number of text tokens used as input for the Response."""

    image_tokens: int | None = None
    """The number of image tokens used as input for the Response."""

    audio_tokens: int | None = None
    """The number of audio tokens used as input for the Response."""

    cached_tokens_details: RealtimeResponseUsageInputTokenDetailsCachedTokensDetails | None = None
    """Details about the cached tokens used as input for the Response."""
