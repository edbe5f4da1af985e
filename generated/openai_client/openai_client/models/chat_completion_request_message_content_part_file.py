"""ChatCompletionRequestMessageContentPartFile."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_request_message_content_part_file_file import (
    ChatCompletionRequestMessageContentPartFileFile,
)

__all__ = ["ChatCompletionRequestMessageContentPartFile"]


class ChatCompletionRequestMessageContentPartFile(OagenModel):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Literal["file"]
    """The type of the content part. Always `file`."""

    file: ChatCompletionRequestMessageContentPartFileFile
