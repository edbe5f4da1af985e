"""ChatCompletionRequestUserMessageContentPart."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio,
    ChatCompletionRequestMessageContentPartAudioParam,
)
from .chat_completion_request_message_content_part_file import (
    ChatCompletionRequestMessageContentPartFile,
    ChatCompletionRequestMessageContentPartFileParam,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartImageParam,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

__all__ = [
    "ChatCompletionRequestUserMessageContentPart",
    "ChatCompletionRequestUserMessageContentPartParam",
]

ChatCompletionRequestUserMessageContentPart: TypeAlias = Annotated[
    Union[
        Annotated[
            ChatCompletionRequestMessageContentPartText,
            Tag("ChatCompletionRequestMessageContentPartText"),
        ],
        Annotated[
            ChatCompletionRequestMessageContentPartImage,
            Tag("ChatCompletionRequestMessageContentPartImage"),
        ],
        Annotated[
            ChatCompletionRequestMessageContentPartAudio,
            Tag("ChatCompletionRequestMessageContentPartAudio"),
        ],
        Annotated[
            ChatCompletionRequestMessageContentPartFile,
            Tag("ChatCompletionRequestMessageContentPartFile"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "text": "ChatCompletionRequestMessageContentPartText",
            "image_url": "ChatCompletionRequestMessageContentPartImage",
            "input_audio": "ChatCompletionRequestMessageContentPartAudio",
            "file": "ChatCompletionRequestMessageContentPartFile",
        },
    ),
]


ChatCompletionRequestUserMessageContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam
    | ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartImageParam
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartAudioParam
    | ChatCompletionRequestMessageContentPartAudio
    | ChatCompletionRequestMessageContentPartFileParam
    | ChatCompletionRequestMessageContentPartFile
)
"""Request form of :class:`ChatCompletionRequestUserMessageContentPart`: a dict a type checker can check."""
