"""RealtimeTranslationSessionUpdateRequestAudio."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_session_update_request_audio_input import (
    RealtimeTranslationSessionUpdateRequestAudioInput,
)
from .realtime_translation_session_update_request_audio_output import (
    RealtimeTranslationSessionUpdateRequestAudioOutput,
)

__all__ = ["RealtimeTranslationSessionUpdateRequestAudio"]


class RealtimeTranslationSessionUpdateRequestAudio(OagenModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionUpdateRequestAudioInput | None = None

    output: RealtimeTranslationSessionUpdateRequestAudioOutput | None = None
