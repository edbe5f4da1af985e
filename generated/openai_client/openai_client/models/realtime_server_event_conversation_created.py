"""RealtimeServerEventConversationCreated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_server_event_conversation_created_conversation import (
    RealtimeServerEventConversationCreatedConversation,
)

__all__ = ["RealtimeServerEventConversationCreated"]


class RealtimeServerEventConversationCreated(OagenModel):
    """Returned when a conversation is created. Emitted right after session creation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.created"]
    """The event type, must be `conversation.created`."""

    conversation: RealtimeServerEventConversationCreatedConversation
    """The conversation resource."""
