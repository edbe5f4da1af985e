"""ChatCompletionRequestAssistantMessageContentPart."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["ChatCompletionRequestAssistantMessageContentPart"]

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
