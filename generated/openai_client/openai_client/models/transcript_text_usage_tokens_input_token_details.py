"""TranscriptTextUsageTokensInputTokenDetails."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["TranscriptTextUsageTokensInputTokenDetails"]


class TranscriptTextUsageTokensInputTokenDetails(OagenModel):
    """Details about the input tokens billed for this request."""

    text_tokens: int | None = None
    """Number of text tokens billed for this request."""

    audio_tokens: int | None = None
    """Number of audio tokens billed for this request."""
