"""RealtimeTranslationSessionCreateRequestAudioInput."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .realtime_translation_session_create_request_audio_input_noise_reduction_variant1 import (
    RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1,
    RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1Param,
)
from .realtime_translation_session_create_request_audio_input_transcription_variant1 import (
    RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1,
    RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1Param,
)

__all__ = [
    "RealtimeTranslationSessionCreateRequestAudioInput",
    "RealtimeTranslationSessionCreateRequestAudioInputParam",
]


class RealtimeTranslationSessionCreateRequestAudioInput(OagenModel):
    """RealtimeTranslationSessionCreateRequestAudioInput"""

    transcription: RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1 | None = (
        None
    )

    noise_reduction: (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1 | None
    ) = None


class RealtimeTranslationSessionCreateRequestAudioInputParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTranslationSessionCreateRequestAudioInput`: a dict a type checker can check."""

    transcription: (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1Param
        | RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1
        | None
    )

    noise_reduction: (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1Param
        | RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1
        | None
    )
