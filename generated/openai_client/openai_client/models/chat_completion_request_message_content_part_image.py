"""ChatCompletionRequestMessageContentPartImage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_request_message_content_part_image_image_url import (
    ChatCompletionRequestMessageContentPartImageImageUrl,
)

__all__ = ["ChatCompletionRequestMessageContentPartImage"]


class ChatCompletionRequestMessageContentPartImage(OagenModel):
    """Learn about [image inputs](/docs/guides/vision)."""

    type: Literal["image_url"]
    """The type of the content part."""

    image_url: ChatCompletionRequestMessageContentPartImageImageUrl
