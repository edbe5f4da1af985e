"""RealtimeServerEventConversationCreatedConversation."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeServerEventConversationCreatedConversation"]


class RealtimeServerEventConversationCreatedConversation(OagenModel):
    """The conversation resource."""

    id: str | None = None
    """The unique ID of the conversation."""

    object: str | None = None
    """The object type, must be `realtime.conversation`."""
