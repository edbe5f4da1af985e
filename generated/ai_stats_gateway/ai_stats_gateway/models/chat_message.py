"""ChatMessage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .message_content_part import MessageContentPart, MessageContentPartParam
from .tool_call import ToolCall, ToolCallParam

__all__ = ["ChatMessage", "ChatMessageParam"]


class ChatMessage(OagenModel):
    """ChatMessage"""

    role: Literal["system", "user", "assistant", "tool"] | str

    content: list[MessageContentPart] | str | None = None

    name: str | None = None

    tool_calls: list[ToolCall] | None = None

    tool_call_id: str | None = None


class ChatMessageParam(TypedDict, total=False):
    """Request form of :class:`ChatMessage`: a dict a type checker can check."""

    role: Required[Literal["system", "user", "assistant", "tool"]]

    content: str | Sequence[MessageContentPartParam]

    name: str

    tool_calls: Sequence[ToolCallParam | ToolCall]

    tool_call_id: str
