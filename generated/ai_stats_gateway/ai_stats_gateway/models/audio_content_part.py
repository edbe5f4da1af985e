"""AudioContentPart."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .audio_content_part_input_audio import AudioContentPartInputAudio

__all__ = ["AudioContentPart"]


class AudioContentPart(OagenModel):
    """AudioContentPart"""

    type: Literal["input_audio"]

    input_audio: AudioContentPartInputAudio
