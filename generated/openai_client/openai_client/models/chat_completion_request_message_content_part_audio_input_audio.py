"""ChatCompletionRequestMessageContentPartAudioInputAudio."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ChatCompletionRequestMessageContentPartAudioInputAudio"]


class ChatCompletionRequestMessageContentPartAudioInputAudio(OagenModel):
    """ChatCompletionRequestMessageContentPartAudioInputAudio"""

    data: str
    """Base64 encoded audio data."""

    format: Literal["wav", "mp3"] | str
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""
