"""InputAudioInputAudio."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["InputAudioInputAudio"]


class InputAudioInputAudio(OagenModel):
    """InputAudioInputAudio"""

    data: str
    """Base64-encoded audio data."""

    format: Literal["mp3", "wav"] | str
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`."""
