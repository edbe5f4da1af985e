"""ChatMessageDelta."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_message_delta_tool_calls_item import ChatMessageDeltaToolCallsItem

__all__ = ["ChatMessageDelta"]


class ChatMessageDelta(OagenModel):
    """The part of the assistant message that this chunk adds."""

    role: Literal["system", "user", "assistant", "tool"] | str | None = None

    content: str | None = None

    tool_calls: list[ChatMessageDeltaToolCallsItem] | None = None
