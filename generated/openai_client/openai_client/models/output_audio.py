"""OutputAudio."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["OutputAudio"]


class OutputAudio(OagenModel):
    """An audio output from the model."""

    type: Literal["output_audio"]
    """The type of the output audio. Always `output_audio`."""

    data: str
    """Base64-encoded audio data from the model."""

    transcript: str
    """The transcript of the audio data from the model."""
