"""RealtimeTranslationSessionUpdateRequestAudioOutput."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeTranslationSessionUpdateRequestAudioOutput"]


class RealtimeTranslationSessionUpdateRequestAudioOutput(OagenModel):
    """RealtimeTranslationSessionUpdateRequestAudioOutput"""

    language: str | None = None
    """Target language for translated output audio and transcript deltas."""
