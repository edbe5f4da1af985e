"""RealtimeTranslationSessionAudioInput."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_session_audio_input_noise_reduction_variant1 import (
    RealtimeTranslationSessionAudioInputNoiseReductionVariant1,
)
from .realtime_translation_session_audio_input_transcription_variant1 import (
    RealtimeTranslationSessionAudioInputTranscriptionVariant1,
)

__all__ = ["RealtimeTranslationSessionAudioInput"]


class RealtimeTranslationSessionAudioInput(OagenModel):
    """RealtimeTranslationSessionAudioInput"""

    transcription: RealtimeTranslationSessionAudioInputTranscriptionVariant1 | None = None

    noise_reduction: RealtimeTranslationSessionAudioInputNoiseReductionVariant1 | None = None
