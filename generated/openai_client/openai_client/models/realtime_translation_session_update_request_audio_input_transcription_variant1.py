"""RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1"]


class RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1(OagenModel):
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream."""

    model: str
    """The transcription model to use for source transcript deltas."""
