"""AudioContentPart."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .audio_content_part_input_audio import (
    AudioContentPartInputAudio,
    AudioContentPartInputAudioParam,
)

__all__ = ["AudioContentPart", "AudioContentPartParam"]


class AudioContentPart(OagenModel):
    """AudioContentPart"""

    type: Literal["input_audio"]

    input_audio: AudioContentPartInputAudio


class AudioContentPartParam(TypedDict, total=False):
    """Request form of :class:`AudioContentPart`: a dict a type checker can check."""

    type: Required[Literal["input_audio"]]

    input_audio: Required[AudioContentPartInputAudioParam | AudioContentPartInputAudio]
