"""ChatCompletionRequestMessageContentPartAudioInputAudio."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "ChatCompletionRequestMessageContentPartAudioInputAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudioParam",
]


class ChatCompletionRequestMessageContentPartAudioInputAudio(OagenModel):
    """ChatCompletionRequestMessageContentPartAudioInputAudio"""

    data: str
    """Base64 encoded audio data."""

    format: Literal["wav", "mp3"] | str
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""


class ChatCompletionRequestMessageContentPartAudioInputAudioParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestMessageContentPartAudioInputAudio`: a dict a type checker can check."""

    data: Required[str]
    """Base64 encoded audio data."""

    format: Required[Literal["wav", "mp3"]]
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""
