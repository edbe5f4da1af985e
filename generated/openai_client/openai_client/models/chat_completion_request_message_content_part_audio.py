"""ChatCompletionRequestMessageContentPartAudio."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_request_message_content_part_audio_input_audio import (
    ChatCompletionRequestMessageContentPartAudioInputAudio,
)

__all__ = ["ChatCompletionRequestMessageContentPartAudio"]


class ChatCompletionRequestMessageContentPartAudio(OagenModel):
    """Learn about [audio inputs](/docs/guides/audio)."""

    type: Literal["input_audio"]
    """The type of the content part. Always `input_audio`."""

    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio
