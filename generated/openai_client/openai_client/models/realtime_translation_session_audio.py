"""RealtimeTranslationSessionAudio."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_translation_session_audio_input import RealtimeTranslationSessionAudioInput
from .realtime_translation_session_audio_output import RealtimeTranslationSessionAudioOutput

__all__ = ["RealtimeTranslationSessionAudio"]


class RealtimeTranslationSessionAudio(OagenModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionAudioInput | None = None

    output: RealtimeTranslationSessionAudioOutput | None = None
