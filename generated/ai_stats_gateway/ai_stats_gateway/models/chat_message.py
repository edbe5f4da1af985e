"""ChatMessage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_content_part import MessageContentPart
from .tool_call import ToolCall

__all__ = ["ChatMessage"]


class ChatMessage(OagenModel):
    """ChatMessage"""

    role: Literal["system", "user", "assistant", "tool"] | str

    content: list[MessageContentPart] | str | None = None

    name: str | None = None

    tool_calls: list[ToolCall] | None = None

    tool_call_id: str | None = None
