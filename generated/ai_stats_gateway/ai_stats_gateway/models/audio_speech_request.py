"""AudioSpeechRequest."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["AudioSpeechRequest", "AudioSpeechRequestParam"]


class AudioSpeechRequest(OagenModel):
    """AudioSpeechRequest"""

    model: str

    input: str

    voice: str | None = None

    format: Literal["mp3", "wav", "ogg", "aac"] | str | None = None


class AudioSpeechRequestParam(TypedDict, total=False):
    """Request form of :class:`AudioSpeechRequest`: a dict a type checker can check."""

    model: Required[str]

    input: Required[str]

    voice: str

    format: Literal["mp3", "wav", "ogg", "aac"]
