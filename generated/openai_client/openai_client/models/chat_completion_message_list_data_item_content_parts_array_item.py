"""ChatCompletionMessageListDataItemContentPartsArrayItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["ChatCompletionMessageListDataItemContentPartsArrayItem"]

ChatCompletionMessageListDataItemContentPartsArrayItem: TypeAlias = Annotated[
    Union[
        Annotated[
            ChatCompletionRequestMessageContentPartText,
            Tag("ChatCompletionRequestMessageContentPartText"),
        ],
        Annotated[
            ChatCompletionRequestMessageContentPartImage,
            Tag("ChatCompletionRequestMessageContentPartImage"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "text": "ChatCompletionRequestMessageContentPartText",
            "image_url": "ChatCompletionRequestMessageContentPartImage",
        },
    ),
]
