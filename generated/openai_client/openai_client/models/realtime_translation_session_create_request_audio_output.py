"""RealtimeTranslationSessionCreateRequestAudioOutput."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeTranslationSessionCreateRequestAudioOutput"]


class RealtimeTranslationSessionCreateRequestAudioOutput(OagenModel):
    """RealtimeTranslationSessionCreateRequestAudioOutput"""

    language: str | None = None
    """Target language for translated output audio and transcript deltas."""
