"""InputAudioInputAudio."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["InputAudioInputAudio", "InputAudioInputAudioParam"]


class InputAudioInputAudio(OagenModel):
    """InputAudioInputAudio"""

    data: str
    """Base64-encoded audio data."""

    format: Literal["mp3", "wav"] | str
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`."""


class InputAudioInputAudioParam(TypedDict, total=False):
    """Request form of :class:`InputAudioInputAudio`: a dict a type checker can check."""

    data: Required[str]
    """Base64-encoded audio data."""

    format: Required[Literal["mp3", "wav"]]
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`."""
