"""ChatCompletionRequestAssistantMessage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_message_tool_calls import (
    ChatCompletionMessageToolCalls,
    ChatCompletionMessageToolCallsParam,
)
from .chat_completion_request_assistant_message_audio_variant1 import (
    ChatCompletionRequestAssistantMessageAudioVariant1,
    ChatCompletionRequestAssistantMessageAudioVariant1Param,
)
from .chat_completion_request_assistant_message_content_part import (
    ChatCompletionRequestAssistantMessageContentPart,
    ChatCompletionRequestAssistantMessageContentPartParam,
)
from .chat_completion_request_assistant_message_function_call_variant1 import (
    ChatCompletionRequestAssistantMessageFunctionCallVariant1,
    ChatCompletionRequestAssistantMessageFunctionCallVariant1Param,
)

__all__ = ["ChatCompletionRequestAssistantMessage", "ChatCompletionRequestAssistantMessageParam"]


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


class ChatCompletionRequestAssistantMessageParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestAssistantMessage`: a dict a type checker can check."""

    content: str | Sequence[ChatCompletionRequestAssistantMessageContentPartParam] | None

    refusal: str | None

    role: Required[Literal["assistant"]]
    """The role of the messages author, in this case `assistant`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""

    audio: (
        ChatCompletionRequestAssistantMessageAudioVariant1Param
        | ChatCompletionRequestAssistantMessageAudioVariant1
        | None
    )

    tool_calls: ChatCompletionMessageToolCallsParam

    function_call: (
        ChatCompletionRequestAssistantMessageFunctionCallVariant1Param
        | ChatCompletionRequestAssistantMessageFunctionCallVariant1
        | None
    )
