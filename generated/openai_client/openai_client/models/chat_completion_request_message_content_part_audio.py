"""ChatCompletionRequestMessageContentPartAudio."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_request_message_content_part_audio_input_audio import (
    ChatCompletionRequestMessageContentPartAudioInputAudio,
    ChatCompletionRequestMessageContentPartAudioInputAudioParam,
)

__all__ = [
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartAudioParam",
]


class ChatCompletionRequestMessageContentPartAudio(OagenModel):
    """Learn about [audio inputs](/docs/guides/audio)."""

    type: Literal["input_audio"]
    """The type of the content part. Always `input_audio`."""

    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio


class ChatCompletionRequestMessageContentPartAudioParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestMessageContentPartAudio`: a dict a type checker can check."""

    type: Required[Literal["input_audio"]]
    """The type of the content part. Always `input_audio`."""

    input_audio: Required[
        ChatCompletionRequestMessageContentPartAudioInputAudioParam
        | ChatCompletionRequestMessageContentPartAudioInputAudio
    ]
