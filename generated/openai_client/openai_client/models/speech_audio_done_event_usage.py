"""SpeechAudioDoneEventUsage."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["SpeechAudioDoneEventUsage"]


class SpeechAudioDoneEventUsage(OagenModel):
    """Token usage statistics for the request."""

    input_tokens: int
    """Number of input tokens in the prompt."""

    output_tokens: int
    """Number of output tokens generated."""

    total_tokens: int
    """Total number of tokens used (input + output)."""
