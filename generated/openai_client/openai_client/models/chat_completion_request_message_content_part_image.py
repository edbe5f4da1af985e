"""ChatCompletionRequestMessageContentPartImage."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_request_message_content_part_image_image_url import (
    ChatCompletionRequestMessageContentPartImageImageUrl,
    ChatCompletionRequestMessageContentPartImageImageUrlParam,
)

__all__ = [
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageParam",
]


class ChatCompletionRequestMessageContentPartImage(OagenModel):
    """Learn about [image inputs](/docs/guides/vision)."""

    type: Literal["image_url"]
    """The type of the content part."""

    image_url: ChatCompletionRequestMessageContentPartImageImageUrl


class ChatCompletionRequestMessageContentPartImageParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestMessageContentPartImage`: a dict a type checker can check."""

    type: Required[Literal["image_url"]]
    """The type of the content part."""

    image_url: Required[
        ChatCompletionRequestMessageContentPartImageImageUrlParam
        | ChatCompletionRequestMessageContentPartImageImageUrl
    ]
