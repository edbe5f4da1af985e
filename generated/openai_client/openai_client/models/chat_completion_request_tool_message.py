"""ChatCompletionRequestToolMessage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_request_tool_message_content_part import (
    ChatCompletionRequestToolMessageContentPart,
)

__all__ = ["ChatCompletionRequestToolMessage"]


class ChatCompletionRequestToolMessage(OagenModel):
    """Tool message"""

    role: Literal["tool"]
    """The role of the messages author, in this case `tool`."""

    content: list[ChatCompletionRequestToolMessageContentPart] | str
    """The contents of the tool message."""

    tool_call_id: str
    """Tool call that this message is responding to."""
