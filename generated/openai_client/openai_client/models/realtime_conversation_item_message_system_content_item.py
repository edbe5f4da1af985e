"""RealtimeConversationItemMessageSystemContentItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RealtimeConversationItemMessageSystemContentItem"]


class RealtimeConversationItemMessageSystemContentItem(OagenModel):
    """RealtimeConversationItemMessageSystemContentItem"""

    type: Literal["input_text"] | None = None
    """The content type. Always `input_text` for system messages."""

    text: str | None = None
    """The text content."""
