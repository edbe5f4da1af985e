"""RealtimeBetaResponseUsageOutputTokenDetails."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeBetaResponseUsageOutputTokenDetails"]


class RealtimeBetaResponseUsageOutputTokenDetails(OagenModel):
    """Details about the output tokens used in the Response."""

    text_tokens: int | None = None
    """The number of text tokens used in the Response."""

    audio_tokens: int | None = None
    """The number of audio tokens used in the Response."""
