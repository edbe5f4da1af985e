"""AudioContentPartInputAudio."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["AudioContentPartInputAudio", "AudioContentPartInputAudioParam"]


class AudioContentPartInputAudio(OagenModel):
    """AudioContentPartInputAudio"""

    data: str | None = None

    format: Literal["wav", "mp3", "flac", "m4a", "ogg", "pcm16", "pcm24"] | str | None = None


class AudioContentPartInputAudioParam(TypedDict, total=False):
    """Request form of :class:`AudioContentPartInputAudio`: a dict a type checker can check."""

    data: str

    format: Literal["wav", "mp3", "flac", "m4a", "ogg", "pcm16", "pcm24"]
