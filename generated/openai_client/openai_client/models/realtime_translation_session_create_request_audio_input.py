"""RealtimeTranslationSessionCreateRequestAudioInput."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_session_create_request_audio_input_noise_reduction_variant1 import (
    RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1,
)
from .realtime_translation_session_create_request_audio_input_transcription_variant1 import (
    RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1,
)

__all__ = ["RealtimeTranslationSessionCreateRequestAudioInput"]


class RealtimeTranslationSessionCreateRequestAudioInput(OagenModel):
    """RealtimeTranslationSessionCreateRequestAudioInput"""

    transcription: RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1 | None = (
        None
    )

    noise_reduction: (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1 | None
    ) = None
