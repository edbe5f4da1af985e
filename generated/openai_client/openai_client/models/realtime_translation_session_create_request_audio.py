"""RealtimeTranslationSessionCreateRequestAudio."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_session_create_request_audio_input import (
    RealtimeTranslationSessionCreateRequestAudioInput,
)
from .realtime_translation_session_create_request_audio_output import (
    RealtimeTranslationSessionCreateRequestAudioOutput,
)

__all__ = ["RealtimeTranslationSessionCreateRequestAudio"]


class RealtimeTranslationSessionCreateRequestAudio(OagenModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionCreateRequestAudioInput | None = None

    output: RealtimeTranslationSessionCreateRequestAudioOutput | None = None
