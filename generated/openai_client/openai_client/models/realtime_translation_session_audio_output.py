"""RealtimeTranslationSessionAudioOutput."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeTranslationSessionAudioOutput"]


class RealtimeTranslationSessionAudioOutput(OagenModel):
    """RealtimeTranslationSessionAudioOutput"""

    language: str | None = None
    """Target language for translated output audio and transcript deltas."""
