"""ChatCompletionRequestToolMessage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_request_tool_message_content_part import (
    ChatCompletionRequestToolMessageContentPart,
    ChatCompletionRequestToolMessageContentPartParam,
)

__all__ = ["ChatCompletionRequestToolMessage", "ChatCompletionRequestToolMessageParam"]


class ChatCompletionRequestToolMessage(OagenModel):
    """Tool message"""

    role: Literal["tool"]
    """The role of the messages author, in this case `tool`."""

    content: list[ChatCompletionRequestToolMessageContentPart] | str
    """The contents of the tool message."""

    tool_call_id: str
    """Tool call that this message is responding to."""


class ChatCompletionRequestToolMessageParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestToolMessage`: a dict a type checker can check."""

    role: Required[Literal["tool"]]
    """The role of the messages author, in this case `tool`."""

    content: Required[str | Sequence[ChatCompletionRequestToolMessageContentPartParam]]
    """The contents of the tool message."""

    tool_call_id: Required[str]
    """Tool call that this message is responding to."""
