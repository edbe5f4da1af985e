"""RealtimeTranslationSessionUpdateRequestAudioInput."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_session_update_request_audio_input_noise_reduction_variant1 import (
    RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1,
)
from .realtime_translation_session_update_request_audio_input_transcription_variant1 import (
    RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1,
)

__all__ = ["RealtimeTranslationSessionUpdateRequestAudioInput"]


class RealtimeTranslationSessionUpdateRequestAudioInput(OagenModel):
    """RealtimeTranslationSessionUpdateRequestAudioInput"""

    transcription: RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1 | None = (
        None
    )

    noise_reduction: (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1 | None
    ) = None
