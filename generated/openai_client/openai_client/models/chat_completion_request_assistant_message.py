"""ChatCompletionRequestAssistantMessage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_message_tool_calls import ChatCompletionMessageToolCalls
from .chat_completion_request_assistant_message_audio_variant1 import (
    ChatCompletionRequestAssistantMessageAudioVariant1,
)
from .chat_completion_request_assistant_message_content_part import (
    ChatCompletionRequestAssistantMessageContentPart,
)
from .chat_completion_request_assistant_message_function_call_variant1 import (
    ChatCompletionRequestAssistantMessageFunctionCallVariant1,
)

__all__ = ["ChatCompletionRequestAssistantMessage"]


class ChatCompletionRequestAssistantMessage(OagenModel):
    """Messages sent by the model in response to user messages."""

    content: list[ChatCompletionRequestAssistantMessageContentPart] | str | None = None

    refusal: str | None = None

    role: Literal["assistant"]
    """The role of the messages author, in this case `assistant`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""

    audio: ChatCompletionRequestAssistantMessageAudioVariant1 | None = None

    tool_calls: ChatCompletionMessageToolCalls | None = None

    function_call: ChatCompletionRequestAssistantMessageFunctionCallVariant1 | None = None
