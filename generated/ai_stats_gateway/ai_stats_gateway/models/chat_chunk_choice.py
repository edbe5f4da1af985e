"""ChatChunkChoice."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_message_delta import ChatMessageDelta

__all__ = ["ChatChunkChoice"]


class ChatChunkChoice(OagenModel):
    """ChatChunkChoice"""

    index: int | None = None

    delta: ChatMessageDelta | None = None

    finish_reason: Literal["stop", "length", "tool_calls", "content_filter"] | str | None = None
