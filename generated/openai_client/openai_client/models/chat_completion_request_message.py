"""ChatCompletionRequestMessage."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage,
    ChatCompletionRequestAssistantMessageParam,
)
from .chat_completion_request_developer_message import (
    ChatCompletionRequestDeveloperMessage,
    ChatCompletionRequestDeveloperMessageParam,
)
from .chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessage,
    ChatCompletionRequestFunctionMessageParam,
)
from .chat_completion_request_system_message import (
    ChatCompletionRequestSystemMessage,
    ChatCompletionRequestSystemMessageParam,
)
from .chat_completion_request_tool_message import (
    ChatCompletionRequestToolMessage,
    ChatCompletionRequestToolMessageParam,
)
from .chat_completion_request_user_message import (
    ChatCompletionRequestUserMessage,
    ChatCompletionRequestUserMessageParam,
)

__all__ = ["ChatCompletionRequestMessage", "ChatCompletionRequestMessageParam"]

ChatCompletionRequestMessage: TypeAlias = Annotated[
    Union[
        Annotated[
            ChatCompletionRequestDeveloperMessage, Tag("ChatCompletionRequestDeveloperMessage")
        ],
        Annotated[ChatCompletionRequestSystemMessage, Tag("ChatCompletionRequestSystemMessage")],
        Annotated[ChatCompletionRequestUserMessage, Tag("ChatCompletionRequestUserMessage")],
        Annotated[
            ChatCompletionRequestAssistantMessage, Tag("ChatCompletionRequestAssistantMessage")
        ],
        Annotated[ChatCompletionRequestToolMessage, Tag("ChatCompletionRequestToolMessage")],
        Annotated[
            ChatCompletionRequestFunctionMessage, Tag("ChatCompletionRequestFunctionMessage")
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "role",
        {
            "developer": "ChatCompletionRequestDeveloperMessage",
            "system": "ChatCompletionRequestSystemMessage",
            "user": "ChatCompletionRequestUserMessage",
            "assistant": "ChatCompletionRequestAssistantMessage",
            "tool": "ChatCompletionRequestToolMessage",
            "function": "ChatCompletionRequestFunctionMessage",
        },
    ),
]


ChatCompletionRequestMessageParam: TypeAlias = (
    ChatCompletionRequestDeveloperMessageParam
    | ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestSystemMessageParam
    | ChatCompletionRequestSystemMessage
    | ChatCompletionRequestUserMessageParam
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessageParam
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessageParam
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestFunctionMessageParam
    | ChatCompletionRequestFunctionMessage
)
"""Request form of :class:`ChatCompletionRequestMessage`: a dict a type checker can check."""
