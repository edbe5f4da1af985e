"""ChatCompletionRequestUserMessage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_request_user_message_content_part import (
    ChatCompletionRequestUserMessageContentPart,
)

__all__ = ["ChatCompletionRequestUserMessage"]


class ChatCompletionRequestUserMessage(OagenModel):
    """Messages sent by an end user, containing prompts or additional context
    information."""

    content: list[ChatCompletionRequestUserMessageContentPart] | str
    """The contents of the user message."""

    role: Literal["user"]
    """The role of the messages author, in this case `user`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
