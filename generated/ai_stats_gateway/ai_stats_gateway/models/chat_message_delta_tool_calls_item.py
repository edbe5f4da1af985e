"""ChatMessageDeltaToolCallsItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_message_delta_tool_calls_item_function import ChatMessageDeltaToolCallsItemFunction

__all__ = ["ChatMessageDeltaToolCallsItem"]


class ChatMessageDeltaToolCallsItem(OagenModel):
    """ChatMessageDeltaToolCallsItem"""

    index: int | None = None

    id: str | None = None

    type: Literal["function"] | None = None

    function: ChatMessageDeltaToolCallsItemFunction | None = None
