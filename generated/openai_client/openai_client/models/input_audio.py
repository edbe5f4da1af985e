"""InputAudio."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .input_audio_input_audio import InputAudioInputAudio

__all__ = ["InputAudio"]


class InputAudio(OagenModel):
    """An audio input to the model."""

    type: Literal["input_audio"]
    """The type of the input item. Always `input_audio`."""

    input_audio: InputAudioInputAudio
