"""ChatChoice."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_message import ChatMessage

__all__ = ["ChatChoice"]


class ChatChoice(OagenModel):
    """ChatChoice"""

    index: int | None = None

    message: ChatMessage | None = None

    finish_reason: Literal["stop", "length", "tool_calls", "content_filter"] | str | None = None
