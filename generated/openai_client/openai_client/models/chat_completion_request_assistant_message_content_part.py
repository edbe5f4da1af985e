"""ChatCompletionRequestAssistantMessageContentPart."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal,
    ChatCompletionRequestMessageContentPartRefusalParam,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

__all__ = [
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestAssistantMessageContentPartParam",
]

ChatCompletionRequestAssistantMessageContentPart: TypeAlias = Annotated[
    Union[
        Annotated[
            ChatCompletionRequestMessageContentPartText,
            Tag("ChatCompletionRequestMessageContentPartText"),
        ],
        Annotated[
            ChatCompletionRequestMessageContentPartRefusal,
            Tag("ChatCompletionRequestMessageContentPartRefusal"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "text": "ChatCompletionRequestMessageContentPartText",
            "refusal": "ChatCompletionRequestMessageContentPartRefusal",
        },
    ),
]


ChatCompletionRequestAssistantMessageContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam
    | ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartRefusalParam
    | ChatCompletionRequestMessageContentPartRefusal
)
"""Request form of :class:`ChatCompletionRequestAssistantMessageContentPart`: a dict a type checker can check."""
