"""InputAudio."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .input_audio_input_audio import InputAudioInputAudio, InputAudioInputAudioParam

__all__ = ["InputAudio", "InputAudioParam"]


class InputAudio(OagenModel):
    """An audio input to the model."""

    type: Literal["input_audio"]
    """The type of the input item. Always `input_audio`."""

    input_audio: InputAudioInputAudio


class InputAudioParam(TypedDict, total=False):
    """Request form of :class:`InputAudio`: a dict a type checker can check."""

    type: Required[Literal["input_audio"]]
    """The type of the input item. Always `input_audio`."""

    input_audio: Required[InputAudioInputAudioParam | InputAudioInputAudio]
