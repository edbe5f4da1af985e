"""SpeechAudioDeltaEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["SpeechAudioDeltaEvent"]


class SpeechAudioDeltaEvent(OagenModel):
    """Emitted for each chunk of audio data generated during speech synthesis."""

    type: Literal["speech.audio.delta"]
    """The type of the event. Always `speech.audio.delta`."""

    audio: str
    """A chunk of Base64-encoded audio data."""
