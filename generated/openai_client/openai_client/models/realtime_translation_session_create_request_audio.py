"""RealtimeTranslationSessionCreateRequestAudio."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .realtime_translation_session_create_request_audio_input import (
    RealtimeTranslationSessionCreateRequestAudioInput,
    RealtimeTranslationSessionCreateRequestAudioInputParam,
)
from .realtime_translation_session_create_request_audio_output import (
    RealtimeTranslationSessionCreateRequestAudioOutput,
    RealtimeTranslationSessionCreateRequestAudioOutputParam,
)

__all__ = [
    "RealtimeTranslationSessionCreateRequestAudio",
    "RealtimeTranslationSessionCreateRequestAudioParam",
]


class RealtimeTranslationSessionCreateRequestAudio(OagenModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionCreateRequestAudioInput | None = None

    output: RealtimeTranslationSessionCreateRequestAudioOutput | None = None


class RealtimeTranslationSessionCreateRequestAudioParam(TypedDict, total=False):
    """Request form of :class:`RealtimeTranslationSessionCreateRequestAudio`: a dict a type checker can check."""

    input: (
        RealtimeTranslationSessionCreateRequestAudioInputParam
        | RealtimeTranslationSessionCreateRequestAudioInput
    )

    output: (
        RealtimeTranslationSessionCreateRequestAudioOutputParam
        | RealtimeTranslationSessionCreateRequestAudioOutput
    )
