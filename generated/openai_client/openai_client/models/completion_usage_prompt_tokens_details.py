"""CompletionUsagePromptTokensDetails."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CompletionUsagePromptTokensDetails"]


class CompletionUsagePromptTokensDetails(OagenModel):
    """Breakdown of tokens used in the prompt."""

    audio_tokens: int | None = None
    """Audio input tokens present in the prompt.

    Server default: ``0``."""

    cached_tokens: int | None = None
    """Cached tokens present in the prompt.

    Server default: ``0``."""
