"""ChatCompletionRequestMessageContentPartFile."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_request_message_content_part_file_file import (
    ChatCompletionRequestMessageContentPartFileFile,
    ChatCompletionRequestMessageContentPartFileFileParam,
)

__all__ = [
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartFileParam",
]


class ChatCompletionRequestMessageContentPartFile(OagenModel):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Literal["file"]
    """The type of the content part. Always `file`."""

    file: ChatCompletionRequestMessageContentPartFileFile


class ChatCompletionRequestMessageContentPartFileParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestMessageContentPartFile`: a dict a type checker can check."""

    type: Required[Literal["file"]]
    """The type of the content part. Always `file`."""

    file: Required[
        ChatCompletionRequestMessageContentPartFileFileParam
        | ChatCompletionRequestMessageContentPartFileFile
    ]
